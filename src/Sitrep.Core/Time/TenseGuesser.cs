using Sitrep.Documents;
using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// Whether the clause around a time expression talks about the future ("will", "is to", "plans
/// to"). The clause ends at quotation marks and semicolons, so in "“We will continue,” he said on
/// Sunday" the words "he said on Sunday" decide, not the quote.
/// </summary>
public static partial class TenseGuesser
{
    public static Tense Guess(Document doc, TextSpan span)
    {
        if (doc.Sentences.Count == 0) return Tense.Past;
        var sentence = doc.Sentences[doc.SentenceAt(span.Start)].Span;
        int start = span.Start, end = span.End;
        while (start > sentence.Start && !IsClauseBreak(doc.Text[start - 1])) start--;
        while (end < sentence.End && !IsClauseBreak(doc.Text[end])) end++;
        return FutureMarker().IsMatch(doc.Text.AsSpan(start, end - start)) ? Tense.Future : Tense.Past;
    }

    /// <summary>
    /// The future only when a future auxiliary stands a short phrase before the expression ("will meet on
    /// Tuesday", "is scheduled to vote Monday", "is expected to hold tense talks with Turkish officials in
    /// Ankara over Syria on Tuesday"): a weekday in news is almost always this week's past or today.
    /// </summary>
    public static Tense GuessNear(Document doc, TextSpan span)
    {
        int first = doc.TokenAtOrAfter(span.Start);
        int sentenceStart = doc.Sentences.Count == 0 ? 0 : doc.Sentences[doc.SentenceAt(span.Start)].FirstToken;
        for (int i = first - 1; i >= Math.Max(sentenceStart, first - Window); i--)
        {
            var t = doc.TokenText(i);
            if (t is "." or ";" or "\u201C" or "\u201D" or "\"") break;
            if (IsFutureWord(t)) return Tense.Future;
        }
        return Tense.Past;
    }

    /// <summary>How far back a future auxiliary still governs the expression ("planned a large demonstration in Little Havana on Saturday").</summary>
    private const int Window = 15;

    private static bool IsFutureWord(ReadOnlySpan<char> t) =>
        t.Equals("will", StringComparison.OrdinalIgnoreCase) || t.Equals("shall", StringComparison.OrdinalIgnoreCase) || t is "'ll" or "\u2019ll"
        || t.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || t.Equals("expected", StringComparison.OrdinalIgnoreCase)
        || t.Equals("due", StringComparison.OrdinalIgnoreCase) || t.Equals("planned", StringComparison.OrdinalIgnoreCase);

    private static bool IsClauseBreak(char c) => c is '\u201C' or '\u201D' or '"' or ';';

    [GeneratedRegex(@"\b(?:will|won't|shall|going to|plans? to|planning to|is to|are to|expected to|scheduled to|set to|due to be|next)\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();
}
