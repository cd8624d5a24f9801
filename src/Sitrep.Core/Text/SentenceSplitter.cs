using Sitrep.Documents;
using Sitrep.Lexicons;
namespace Sitrep.Text;

/// <summary>
/// Groups tokens into paragraphs (blank-line separated) and sentences. A sentence ends at
/// ".", "!", "?" or "..." (closing quotes and brackets stay with it) unless the next word is
/// lower-case, or at an abbreviation that may end a sentence ("U.S.") when a closed-class word
/// such as "The" follows; a paragraph break always ends one, and so does the limit of
/// <see cref="MaxSentenceTokens"/>.
/// </summary>
public sealed class SentenceSplitter(Abbreviations abbreviations, Func<string, bool> isSentenceStarter)
{
    public (List<Sentence> Sentences, List<Paragraph> Paragraphs) Split(string text, IReadOnlyList<Token> tokens)
    {
        var paragraphs = FindParagraphs(text);
        var sentences = new List<Sentence>();
        int t = 0;
        foreach (var para in paragraphs)
        {
            while (t < tokens.Count && tokens[t].Start < para.Span.Start) t++;
            int first = t;
            int end = t;
            while (end < tokens.Count && tokens[end].Start < para.Span.End) end++;
            int start = first;
            // "QAMISHLI, Syria, Oct. 14 (Reuters) - A Turkish ...": the dateline is not part of the first sentence.
            int dateline = DatelineEnd(text, tokens, first, end);
            if (dateline >= 0)
            {
                Add(sentences, tokens, first, dateline, para.Index);
                start = dateline + 1;
            }
            for (int i = start; i < end; i++)
            {
                int last = SentenceEndAt(text, tokens, i, end);
                if (last < 0 && i - start + 1 >= MaxSentenceTokens) last = LongestRunBreak(text, tokens, start, i);
                if (last < 0) continue;
                Add(sentences, tokens, start, last, para.Index);
                start = last + 1;
                i = last;
            }
            if (start < end) Add(sentences, tokens, start, end - 1, para.Index);
            t = end;
        }
        return (sentences, paragraphs);
    }

    /// <summary>
    /// No news sentence runs this long; text that does (a list without stops, "Mr. Mr. Mr. ...") is
    /// cut into pieces of at most this many tokens, so every stage that looks across a sentence
    /// costs time linear in the text, not quadratic.
    /// </summary>
    public const int MaxSentenceTokens = 200;

    /// <summary>Where to cut a run that reached the limit at token <paramref name="last"/>: after its last ";" or "," in the second half, else at the limit.</summary>
    private static int LongestRunBreak(string text, IReadOnlyList<Token> tokens, int start, int last)
    {
        for (int k = last; k > start + MaxSentenceTokens / 2; k--)
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Length == 1 && text[tokens[k].Start] is ';' or ',')
                return k;
        return last;
    }

    /// <summary>
    /// The index of a dateline's closing dash, or -1: capitals, then a comma or an agency in brackets,
    /// then a dash within a few tokens ("QAMISHLI, Syria, Oct. 14 (Reuters) -", "JERUSALEM (AP) --"),
    /// or capitals and a spaced dash right after them ("BOGOTA - Police in ...").
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first >= end) return -1;
        var head = tokens[first];
        if (head.Kind != TokenKind.Word || head.Length < 3) return -1;
        for (int k = head.Start; k < head.End; k++)
            if (char.IsLower(text[k])) return -1;
        bool comma = false, agency = false;
        for (int i = first + 1; i < Math.Min(end - 1, first + 16); i++)
        {
            var t = tokens[i];
            var s = text.AsSpan(t.Start, t.Length);
            if (s is ",") comma = true;
            else if (s is ")") agency = true;
            else if (s is "-" or "\u2013" or "\u2014" or "--")
                return comma || agency || i == first + 1 && t.Start > tokens[i - 1].End && tokens[i + 1].Start > t.End ? i : -1;
            else if (s is "." or "!" or "?") return -1;
        }
        return -1;
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int last, int paragraph)
    {
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        sentences.Add(new Sentence(sentences.Count, span, first, last - first + 1, paragraph));
    }

    /// <summary>The index of the sentence's last token if a sentence ends at token i, else -1.</summary>
    private int SentenceEndAt(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var tok = tokens[i];
        var s = text.AsSpan(tok.Start, tok.Length);
        if (tok.Kind == TokenKind.Punctuation && (s is "." or "!" or "?" or "..." || s.Length == 1 && s[0] == '\u2026'))
        {
            int j = i + 1;
            // At most a few closers: a run of 100,000 ")" must not make one sentence past the limit.
            while (j < end && j - i <= 4 && IsCloser(text, tokens[j]) && tokens[j].Start == tokens[j - 1].End) j++;
            if (j >= end) return end - 1;
            var next = tokens[j];
            char first = text[next.Start];
            if (char.IsLower(first)) return -1;
            if (s is "..." && !char.IsUpper(first)) return -1;
            return j - 1;
        }
        if (tok.Kind == TokenKind.Word && s.Length > 1 && s[^1] == '.' && abbreviations.CanEndSentence(s) && i + 1 < end)
        {
            var next = tokens[i + 1];
            if (next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && isSentenceStarter(text.Substring(next.Start, next.Length)))
                return i;
        }
        return -1;
    }

    private static bool IsCloser(string text, Token token)
    {
        if (token.Length != 1) return false;
        char c = text[token.Start];
        return c is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB';
    }

    public static List<Paragraph> FindParagraphs(string text)
    {
        var result = new List<Paragraph>();
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                // A blank line: newline, optional spaces, newline.
                int j = i + 1;
                while (j < text.Length && text[j] != '\n' && TokenLexer.IsSpace(text[j])) j++;
                if (j < text.Length && text[j] == '\n')
                {
                    AddParagraph(result, text, start, i);
                    while (j < text.Length && TokenLexer.IsSpace(text[j])) j++;
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        AddParagraph(result, text, start, text.Length);
        return result;
    }

    private static void AddParagraph(List<Paragraph> result, string text, int start, int end)
    {
        while (start < end && TokenLexer.IsSpace(text[start])) start++;
        while (end > start && TokenLexer.IsSpace(text[end - 1])) end--;
        if (end > start) result.Add(new Paragraph(result.Count, TextSpan.FromBounds(start, end)));
    }
}
