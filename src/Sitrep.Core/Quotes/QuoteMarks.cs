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
        return i < 0 ? text.Length : i;
    }
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
