using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// A stretch of text between quotation marks; Close is -1 when the quote is never closed. A mark
/// is one character, or two for the newswire '' and ``.
/// </summary>
public readonly record struct QuotedSpan(int Open, int Close, int OpenLength = 1, int CloseLength = 1)
{
    public TextSpan Span(string text) => TextSpan.FromBounds(Open, Close >= 0 ? Close + CloseLength : ParagraphEnd(text, Open));

    public TextSpan Content(string text)
    {
        int s = Open + OpenLength, e = Close >= 0 ? Close : ParagraphEnd(text, Open);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return TextSpan.FromBounds(s, e);
    }

    private static int ParagraphEnd(string text, int from)
    {
        int i = text.IndexOf("\n\n", from, StringComparison.Ordinal);
        int end = i < 0 ? text.Length : i;
        // Text whose paragraph breaks were lost (a feed's body in one line) would run a quote that is never closed to the
        // end of the report: past a paragraph's length, it ends with its first sentence instead.
        if (end - from <= LongestParagraph) return end;
        for (int k = from + 1; k + 2 < end; k++)
            if (text[k] is '.' or '?' or '!' && text[k + 1] == ' ' && char.IsUpper(text[k + 2]) && !AfterAbbreviation(text, k)) return k + 1;
        return end;
    }

    /// <summary>A full stop after a short capitalised word or a single letter ("Mr.", "Gen.", "U.S."): an abbreviation's, no sentence's end.</summary>
    private static bool AfterAbbreviation(string text, int stop)
    {
        if (text[stop] != '.') return false;
        int start = stop;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        return stop - start is > 0 and <= 3 && char.IsUpper(text[start]);
    }

    /// <summary>About the longest paragraph news prints, in characters.</summary>
    internal const int LongestParagraph = 1200;
}

/// <summary>
/// Pairs quotation marks: curly, straight, guillemets and the newswire '' and ``. A quote left open at a paragraph's
/// end continues when the next paragraph opens with a quotation mark (the newspaper convention
/// for multi-paragraph quotes); otherwise it ends with its paragraph. A straight mark and a curly
/// one pair with each other either way round. A curly quote opened
/// inside an open curly quote is nested (“... what he calls “hell” than ...”), as writers who
/// do not switch to single marks leave it.
/// </summary>
public static class QuoteMarks
{
    public static List<QuotedSpan> Find(string text)
    {
        var result = new List<QuotedSpan>();
        int open = -1, openLength = 1, nested = 0;
        char closer = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && open >= 0 && IsParagraphBreak(text, i, out int next))
            {
                if (next < text.Length && (text[next] is '\u201C' or '"' or '\u00AB' || IsDoubled(text, next)))
                {
                    i = next + (IsDoubled(text, next) ? 1 : 0);
                    continue;
                }
                result.Add(new QuotedSpan(open, -1, openLength));
                open = -1;
                nested = 0;
                continue;
            }
            // '' and `` count as one straight double quotation mark.
            bool doubled = IsDoubled(text, i);
            if (doubled) c = '"';
            if (open < 0)
            {
                if (c is '\u201C' or '\u00AB' || c == '"' && (OpensStraight(text, i, doubled ? 2 : 1) || text[i] == '`'))
                {
                    open = i;
                    openLength = doubled ? 2 : 1;
                    closer = c switch { '\u201C' => '\u201D', '\u00AB' => '\u00BB', _ => '"' };
                }
                if (doubled) i++;
                continue;
            }
            // A curly pair inside the quote is nested, whether the quote opened curly or straight ("He called it “hell” on earth").
            if (c == '\u201C' && closer is '\u201D' or '"')
            {
                if (nested == 0 && ClosesAsTyped(text, i))
                {
                    result.Add(new QuotedSpan(open, i, openLength));
                    open = -1;
                    continue;
                }
                if (nested == 0 && ReopensAfterSentence(text, i))
                {
                    // A quote open longer than a paragraph was never closed: a mark that opens a sentence opens a quote of its own.
                    // (Not any mark: a long quote's own nested ones would split it; PolNeAR dev speaker accuracy 0.903 -> 0.899.)
                    if (i - open > QuotedSpan.LongestParagraph)
                    {
                        result.Add(new QuotedSpan(open, -1, openLength));
                        (open, openLength) = (i, 1);
                        continue;
                    }
                    if (!ClosedInItsSentence(text, i)) continue;
                }
                nested++;
                continue;
            }
            if (nested > 0 && c == '\u201D')
            {
                nested--;
                continue;
            }
            // Mixed marks, as text pasted from several sources leaves them: “..." and "...”.
            if (c == closer || closer == '\u201D' && c == '"' && !OpensStraight(text, i, doubled ? 2 : 1) || closer == '"' && c == '\u201D')
            {
                result.Add(new QuotedSpan(open, i, openLength, doubled ? 2 : 1));
                open = -1;
            }
            if (doubled) i++;
        }
        if (open >= 0) result.Add(new QuotedSpan(open, -1, openLength));
        return result;
    }

    /// <summary>
    /// An opening mark typed where the closing one belongs ("... safest places in Europe.“ The island is ..."): right
    /// after the quote's last word or its full stop, with a space after it. An opening mark opens a word.
    /// </summary>
    private static bool ClosesAsTyped(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    /// <summary>
    /// The next paragraph of a quote that runs over several, in text whose paragraph breaks were lost ("“But we still live
    /// in hope. “Once I was free, I felt reborn. ...”"): an opening mark right after a sentence's end inside the quote
    /// continues it, as an opening mark after a paragraph break does; it is not a quote nested in it.
    /// </summary>
    private static bool ReopensAfterSentence(string text, int i)
    {
        int j = i - 1;
        if (j < 0 || !char.IsWhiteSpace(text[j])) return false;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        // (A sentence may end inside a quote of its own or a bracket: "... your wife and children.’ “I got emotional".)
        while (j >= 0 && text[j] is '\u2019' or '\'' or ')' or ']') j--;
        return j >= 0 && text[j] is '.' or '?' or '!';
    }

    /// <summary>
    /// A closing mark comes mid-sentence, before the next sentence's end: a quote nested in the open one ("The war is over.
    /// “Never again” must be our promise"), not the next paragraph of it, which closes after its own full stop ("... to cry.”").
    /// </summary>
    private static bool ClosedInItsSentence(string text, int i)
    {
        // (Within a paragraph's length: a text of unclosed marks is not read to its end at each one.)
        for (int k = i + 1; k < Math.Min(text.Length, i + QuotedSpan.LongestParagraph); k++)
        {
            if (text[k] == '\u201D') return text[k - 1] is not ('.' or '?' or '!' or ',');
            if (text[k] is '.' or '?' or '!' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1]))) return false;
        }
        return false;
    }

    private static bool IsDoubled(string text, int i) => i + 1 < text.Length && text[i] is '\'' or '`' && text[i + 1] == text[i];

    private static bool OpensStraight(string text, int i, int length = 1) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '-' or ':')
        && i + length < text.Length && !char.IsWhiteSpace(text[i + length]);

    private static bool IsParagraphBreak(string text, int i, out int next)
    {
        int j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        if (j < text.Length && text[j] == '\n')
        {
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            next = j;
            return true;
        }
        next = i + 1;
        return false;
    }
}
