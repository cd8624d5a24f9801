using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Places;

namespace Sitrep.Evaluation;

/// <summary>
/// Every capitalised demonym of a country or a continent in a report, as the place it names:
/// "Russian officials", "Russian-backed", "the Nigerian Army" at the country's point, "European
/// leaders" at the continent's — the way GeoWebNews marks demonyms as toponyms. Not a region's
/// adjective ("Central American": no country's), nor one before "Embassy" (a building abroad).
/// Places named as part of a hyphenated word count too ("London-based", "Amsterdam-London").
/// </summary>
public static class DemonymToponyms
{
    public static IEnumerable<PlaceEvaluation.PredictedToponym> In(Document doc, EntityLexicon lexicon, WorldGazetteer gazetteer)
    {
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            var word = doc.TokenString(t);
            // "Russian-backed", "anti-Russian", "Syrian-Turkish": the parts of a hyphenated word.
            if (word.IndexOf('-') > 0)
            {
                // Not a person's double name ("Ketanji Brown-Jackson"); "Henry Lazenby US-based" is the tagger running on.
                if (!(InPerson(doc, t) && word.Split('-').All(p => p.Length > 0 && char.IsUpper(p[0]))))
                    foreach (var part in Parts(doc, t, word, lexicon, gazetteer)) yield return part;
                continue;
            }
            // Capitalised: "polish the car" names no country.
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            Nationality? nationality = null;
            int length = 0;
            foreach (var (len, values) in lexicon.Nationalities.MatchesAt(doc, t, Math.Min(doc.Tokens.Count, t + 3))) (nationality, length) = (values[0], len);
            if (nationality is null)
            {
                // A continent's demonym, which the gazetteer files under the continent.
                if (word.Length >= 5 && gazetteer.Find(word).FirstOrDefault(x => x.Feature == GazetteerFeature.Continent) is { Name: not null } continent)
                    yield return new(new TextSpan(doc.Tokens[t].Start, word.Length), continent.Latitude, continent.Longitude, continent.Precision);
                continue;
            }
            var span = TextSpan.FromBounds(doc.Tokens[t].Start, doc.Tokens[t + length - 1].End);
            t += length - 1;
            if (nationality.Country is not { } c || gazetteer.Country(c.Iso2) is not { } country) continue;
            if (t + 1 < doc.Tokens.Count && doc.TokenText(t + 1) is "Embassy" or "embassy" or "Consulate" or "consulate") continue;
            yield return new(span, country.Latitude, country.Longitude, "country");
        }
    }

    private static bool InPerson(Document doc, int t)
    {
        int at = doc.Tokens[t].Start;
        return doc.Mentions.Any(m => m.Kind == EntityKind.Person && m.Span.Start <= at && at < m.Span.End);
    }

    private static IEnumerable<PlaceEvaluation.PredictedToponym> Parts(Document doc, int t, string word, EntityLexicon lexicon, WorldGazetteer gazetteer)
    {
        int offset = doc.Tokens[t].Start;
        foreach (var part in word.Split('-'))
        {
            var span = new TextSpan(offset, part.Length);
            offset += part.Length + 1;
            // Never a compass word: "DPRK-South Korea" has no place called South.
            if (part.Length < 2 || !char.IsUpper(part[0]) || lexicon.Directions.ContainsKey(part)) continue;
            if (part.Length >= 3 && lexicon.Nationalities.Find([part]) is [{ Country: { } c }, ..] && gazetteer.Country(c.Iso2) is { } country)
                yield return new(span, country.Latitude, country.Longitude, "country");
            // "London-based", "US-based", "Amsterdam-London", "Pennsylvania-based": a place the
            // dictionary names, or a country, state or well-known city by its own name.
            else if (NamedPlace(part, lexicon, gazetteer) is { } place)
                yield return new(span, place.Latitude, place.Longitude, place.Precision);
        }
    }

    private static PlaceEvaluation.PredictedToponym? NamedPlace(string part, EntityLexicon lexicon, WorldGazetteer gazetteer)
    {
        foreach (var entry in lexicon.Names.Find([part]) ?? [])
        {
            var r = entry.Referent;
            if (r.Kind == EntityKind.Country && r.Country is { } iso2 && gazetteer.Country(iso2) is { } country)
                return new(default, country.Latitude, country.Longitude, "country");
            if (r.Kind.IsPlace() && r.Place is { Latitude: { } lat, Longitude: { } lon } p)
                return new(default, lat, lon, p.Precision);
        }
        // Two letters only as the dictionary has them ("US", "UK"): "AI-driven" names no Anguilla.
        if (part.Length < 3 || part.All(char.IsUpper)) return null;
        return EmbeddedPlaces.WellKnown(gazetteer.Find(part), PlaceNameKey.Normalise(part)) is { } known
            ? new(default, known.Latitude, known.Longitude, known.Precision) : null;
    }
}
