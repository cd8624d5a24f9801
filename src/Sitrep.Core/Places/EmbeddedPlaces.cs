using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Places named inside an organisation's or a building's name: "California" in "University of
/// California", "Washington" in "The Washington Post", "Colorado" in "Colorado State
/// University". Only well-known places count — a country, continent, first-level division or a
/// town of 100,000 people or more — so that "Trump Tower" holds no place.
/// </summary>
public static class EmbeddedPlaces
{
    public const long MinimumPopulation = 100_000;

    public static IEnumerable<(TextSpan Span, GazetteerEntry Place)> In(Document doc, Mention m, WorldGazetteer gazetteer, PlaceWords words)
    {
        int first = doc.TokenAtOrAfter(m.Span.Start), last = doc.TokenCovering(m.Span.End - 1);
        if (first < 0 || last <= first) yield break;
        for (int i = first; i <= last; i++)
        {
            if (!IsCapitalised(doc.TokenText(i))) continue;
            // Longest first, never the whole name; a generic word ("New", "North") starts a longer
            // name ("New York" in "The New York Times") but is no place alone.
            for (int j = Math.Min(last, i + 3); j >= i; j--)
            {
                if (i == first && j == last) continue;
                if (j == i && words.IsGeneric(doc.TokenText(i))) continue;
                var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[j].End);
                if (Best(gazetteer.Find(doc.Text.AsSpan(span.Start, span.Length))) is not { } place) continue;
                yield return (span, place);
                i = j;
                break;
            }
        }
    }

    private static GazetteerEntry? Best(IReadOnlyList<GazetteerEntry> candidates)
    {
        GazetteerEntry? best = null;
        foreach (var c in candidates)
        {
            bool known = c.Feature is GazetteerFeature.Country or GazetteerFeature.Continent or GazetteerFeature.Admin1 || c.Population >= MinimumPopulation;
            if (!known || c.Feature == GazetteerFeature.Admin2) continue;
            if (best is null || Rank(c) > Rank(best.Value) || Rank(c) == Rank(best.Value) && c.Population > best.Value.Population) best = c;
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
