using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Places named inside an organisation's or a building's name: "California" in "University of
/// California", "Washington" in "The Washington Post", "Colorado" in "Colorado State
/// University". Only well-known places count — a country, continent, first-level division or a
/// town of 100,000 people or more — so that "Trump Tower" holds no place; a smaller town or a
/// county counts when it lies near two towns the article places elsewhere ("Slidell PD" in a
/// story from Slidell's parish).
/// </summary>
public static class EmbeddedPlaces
{
    /// <summary>Where an article's own towns are, and the country most of its places are in.</summary>
    public sealed record LocalPlaces(IReadOnlyList<(double Lat, double Lon)> Points, string? Country)
    {
        public static LocalPlaces Of(Document doc) => Of(doc.Entities);

        public static LocalPlaces Of(IEnumerable<Entity> entities)
        {
            var placed = entities.Where(e => e.IsPlace && e.Place is { Latitude: not null, Country.Length: > 0 }).ToList();
            var points = placed.Where(e => e.Place!.Precision is "city" or "admin2" or "facility").Select(e => ((double)e.Place!.Latitude!, (double)e.Place.Longitude!)).Distinct().ToList();
            var country = placed.GroupBy(e => e.Place!.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            return new LocalPlaces(points, country);
        }
    }

    public const long MinimumPopulation = 100_000;

    /// <param name="local">Points of the towns the article places elsewhere, and the country most of its places are in: a smaller town or a county of that country near them counts too ("Slidell PD", "Beverly Hills Police Department").</param>
    /// <param name="namesCountry">Whether a word of two letters names a country ("US", "UK" in Sitrep's dictionary; not "GE", "SK" or "BT", which are only codes); none when null.</param>
    public static IEnumerable<(TextSpan Span, GazetteerEntry Place)> In(Document doc, Mention m, WorldGazetteer gazetteer, PlaceWords words, LocalPlaces? local = null, Func<string, bool>? namesCountry = null)
    {
        int first = doc.TokenAtOrAfter(m.Span.Start), last = doc.TokenCovering(m.Span.End - 1);
        if (first < 0 || last <= first) yield break;
        // "California State University", "University of California" stand somewhere in the state,
        // not at its middle: the name of a building or other feature ("Church", "River": place-words.tsv)
        // gives a town ("Colchester General Hospital"), never a state or country.
        bool building = words.IsFeature(doc.TokenString(last)) || words.IsFeature(doc.TokenString(first)) && first + 1 < last && doc.TokenText(first + 1) is "of";
        for (int i = first; i <= last; i++)
        {
            // "St.", "Al", "GE Healthcare" and "SK Hynix" name no place; "US" and "UK" do.
            if (!IsCapitalised(doc.TokenText(i)) || doc.TokenText(i).Length <= 2 && namesCountry?.Invoke(doc.TokenString(i)) != true) continue;
            // Longest first, never the whole name; a generic word ("New", "North") starts a longer
            // name ("New York" in "The New York Times") but is no place alone.
            for (int j = Math.Min(last, i + 3); j >= i; j--)
            {
                if (i == first && j == last) continue;
                if (j == i && words.IsGeneric(doc.TokenText(i))) continue;
                var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[j].End);
                var text = doc.Text.AsSpan(span.Start, span.Length);
                var candidates = gazetteer.Find(text);
                if ((HomeDivision(candidates, local) ?? WellKnown(candidates, PlaceNameKey.Normalise(text.ToString())) ?? Local(candidates, local)) is not { } place) continue;
                // Nor the words inside it: "Carolina" of "University of North Carolina" is no Puerto Rican town.
                if (building && place.Feature is GazetteerFeature.Country or GazetteerFeature.Admin1 or GazetteerFeature.Continent)
                {
                    i = j;
                    break;
                }
                yield return (span, place);
                i = j;
                break;
            }
        }
    }

    /// <param name="words">The words, normalised: a town is read inside a name by its own name or the start of it ("New York" of New York City), not by another of its names ("Venice Commission" is no Dayton, once called Venice) unless it is a capital or a city of a million.</param>
    public static GazetteerEntry? WellKnown(IReadOnlyList<GazetteerEntry> candidates, string words)
    {
        GazetteerEntry? best = null;
        foreach (var c in candidates)
        {
            if (c.Feature is GazetteerFeature.City or GazetteerFeature.Admin1Seat or GazetteerFeature.Capital && !NamedBy(c, words)) continue;
            bool known = c.Feature is GazetteerFeature.Country or GazetteerFeature.Continent or GazetteerFeature.Admin1 || c.Population >= MinimumPopulation;
            if (!known || c.Feature == GazetteerFeature.Admin2) continue;
            if (best is null || Rank(c) > Rank(best.Value) || Rank(c) == Rank(best.Value) && c.Population > best.Value.Population) best = c;
        }
        return best;
    }

    /// <summary>
    /// By its own name or the start of it; by another of its names only for a capital or a city of a
    /// million, whose English names news uses ("Cologne" for Köln, "Kiev" for Kyiv). Not a division's
    /// seat: "Salt" of "Salt + Smoke" was Jordan's As-Salt ("Geneva" for Genève is lost with it).
    /// </summary>
    private static bool NamedBy(GazetteerEntry c, string words)
    {
        var own = PlaceNameKey.Normalise(c.Name);
        return own == words || own.StartsWith(words + " ", StringComparison.Ordinal)
            || c.Feature == GazetteerFeature.Capital || c.Population >= 1_000_000;
    }

    /// <summary>"Georgia National Guard" in an article about American places: the state, not the country abroad.</summary>
    private static GazetteerEntry? HomeDivision(IReadOnlyList<GazetteerEntry> candidates, LocalPlaces? local)
    {
        // Only against a country abroad of the same name: "New York" in "The New York Times" stays the city.
        if (local?.Country is not { } home || !candidates.Any(c => c.Feature == GazetteerFeature.Country && c.Country != home)) return null;
        foreach (var c in candidates)
            if (c.Feature == GazetteerFeature.Admin1 && c.Country == home) return c;
        return null;
    }

    /// <summary>How near the article's other towns a smaller town or county inside a name must lie.</summary>
    public const double LocalKm = 50;

    /// <summary>
    /// How many of the article's towns it must lie near: one let a wrongly placed town pull in its
    /// namesakes ("Marigny" in France beside a misread "Chartres"); two raised GeoWebNews accuracy
    /// 0.893 → 0.895 where one lowered it to 0.892.
    /// </summary>
    private const int LocalNeighbours = 2;

    /// <summary>The town or county of that name, in the article's main country, near the most of its towns (at least <see cref="LocalNeighbours"/> within <see cref="LocalKm"/>).</summary>
    private static GazetteerEntry? Local(IReadOnlyList<GazetteerEntry> candidates, LocalPlaces? local)
    {
        if (local is not { Points.Count: > 0 }) return null;
        GazetteerEntry? best = null;
        int most = 0;
        foreach (var c in candidates)
        {
            if (c.Feature is not (GazetteerFeature.City or GazetteerFeature.Admin1Seat or GazetteerFeature.Capital or GazetteerFeature.Admin2) || c.Country != local.Country) continue;
            int near = local.Points.Count(p => GeoDistance.Km(c.Latitude, c.Longitude, p.Lat, p.Lon) < LocalKm);
            if (near >= LocalNeighbours && near > most) (most, best) = (near, c);
        }
        return best;
    }

    /// <summary>
    /// Countries, continents, capitals and cities of a million first ("The New York Times",
    /// "The Washington Post"); then the most populous town or first-level division ("Manchester
    /// City" is the English city, not the Jamaican parish). Counties are not looked for.
    /// </summary>
    private static int Rank(GazetteerEntry c) => c.Feature switch
    {
        GazetteerFeature.Country => 5,
        GazetteerFeature.Continent => 4,
        GazetteerFeature.Capital => 3,
        GazetteerFeature.City or GazetteerFeature.Admin1Seat when c.Population >= 1_000_000 => 3,
        GazetteerFeature.Admin2 => 0,
        _ => 1,
    };

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]);

}
