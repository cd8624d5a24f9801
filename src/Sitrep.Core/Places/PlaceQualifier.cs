using Sitrep.Documents;

namespace Sitrep.Places;

/// <summary>
/// The state, province or country a newspaper names after a place and a comma: "Alexandria,
/// Louisiana", "Long Beach, CA", "Fresno, Calif.", "Severn, Md.". The geocoder reads the place
/// in it; the place scorer counts it as a toponym of its own, as the gold sets do.
/// </summary>
public static class PlaceQualifier
{
    /// <summary>Where the qualifier is and the places it can be; null when the place is not followed by one.</summary>
    public static (TextSpan Span, IReadOnlyList<GazetteerEntry> Places)? After(Document doc, TextSpan place, WorldGazetteer gazetteer, StateAbbreviations states)
    {
        int next = doc.TokenAtOrAfter(place.End);
        if (next < 0 || next + 1 >= doc.Tokens.Count || doc.TokenText(next) is not "," || doc.TokenText(next + 1) is not [var first, ..] || !char.IsUpper(first)) return null;
        // One to three tokens: "Louisiana", "New Mexico", "CA", "Calif" and its dot.
        for (int length = 3; length >= 1; length--)
        {
            int last = next + length;
            if (last >= doc.Tokens.Count || InList(doc, last + 1) || NameGoesOn(doc, last + 1)) continue;
            var span = TextSpan.FromBounds(doc.Tokens[next + 1].Start, doc.Tokens[last].End);
            var words = doc.Text.AsSpan(span.Start, span.Length);
            // Newspapers' abbreviations first: "Md." is Maryland, not Moldova's code.
            if (states.Code(words) is { } state && gazetteer.Admin1(state.Country, state.Code) is { } s) return (span, [s]);
            // A name, never its punctuation ("Idaho," "Ohio.") nor a country's two-letter code ("IN", "IT").
            if (!char.IsLetterOrDigit(words[^1]) || words.Length <= 2) continue;
            var found = gazetteer.Find(words).Where(x => x.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Country).ToList();
            if (found.Count > 0) return (span, found);
        }
        return null;
    }

    /// <summary>"Miami, West Palm Beach": the words are the start of a longer name, not a state (a dot ends it: "Gainesville, Va. There").</summary>
    private static bool NameGoesOn(Document doc, int after) =>
        after < doc.Tokens.Count && doc.Tokens[after].Start == doc.Tokens[after - 1].End + 1 && char.IsLetter(doc.Text[doc.Tokens[after - 1].End - 1])
        && doc.TokenText(after) is { Length: > 0 } word && char.IsUpper(word[0]);

    /// <summary>"Washington, New York and Boston": a list of places goes on after the words ("and" or ", and" and a name), so they qualify nothing.</summary>
    private static bool InList(Document doc, int after)
    {
        int k = after;
        if (k < doc.Tokens.Count && doc.TokenText(k) is ",") k++;
        if (k >= doc.Tokens.Count || doc.TokenText(k) is not ("and" or "or")) return false;
        return k + 1 < doc.Tokens.Count && doc.TokenText(k + 1) is { Length: > 0 } name && char.IsUpper(name[0]);
    }
}
