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

    private static bool IsClauseBreak(char c) => c is '\u201C' or '\u201D' or '"' or ';';

    [GeneratedRegex(@"\b(?:will|won't|shall|going to|plans? to|planning to|is to|are to|expected to|scheduled to|set to|due to be|next)\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();
}
