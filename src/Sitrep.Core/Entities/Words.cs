using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>Small tests on tokens that the entity finders share.</summary>
public static class Words
{
    /// <summary>
    /// A word joined by a hyphen to a participle or "born", "run", "held", "made", "style"
    /// ("Dhabi-based", "Smith-led", "Iran-backed", "London-born", "Vegas-style"): the part before the hyphen ends a name. Not the
    /// lower-case second syllable of a Korean given name ("Ki-moon", "Jong-un").
    /// </summary>
    public static bool IsJoinedToParticiple(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 3 >= word.Length) return false;
        var tail = word[(hyphen + 1)..];
        foreach (char c in tail)
            if (!char.IsLower(c)) return false;
        return tail.EndsWith("ed") || tail is "born" or "run" or "held" or "made" or "built" or "bound" or "style";
    }

    /// <summary>"Kurdish-held", "Isis-controlled", "Russian-occupied": who holds the place named next.</summary>
    public static bool HoldsTerritory(ReadOnlySpan<char> word) =>
        IsJoinedToParticiple(word) && word[(word.LastIndexOf('-') + 1)..] is "held" or "controlled" or "occupied" or "besieged" or "ruled" or "administered";

    /// <summary>
    /// The sentence ending before token <paramref name="end"/> ends in a word or a number, with no full
    /// stop, mark or quote: a headline or a title ("Blasts target Iraq mourners, six killed: police").
    /// </summary>
    public static bool EndsLikeHeadline(Document doc, int end) =>
        end > 0 && doc.Tokens[end - 1].Kind is TokenKind.Word or TokenKind.Number;

    public static bool IsCapitalised(Document doc, int i)
    {
        var t = doc.Tokens[i];
        return t.Kind == TokenKind.Word && char.IsUpper(doc.Text[t.Start]);
    }

    public static bool IsLowerWord(Document doc, int i)
    {
        var t = doc.Tokens[i];
        return t.Kind == TokenKind.Word && char.IsLower(doc.Text[t.Start]);
    }

    /// <summary>
    /// The token is the second half of a word the tokenizer split at its hyphen (after an abbreviation: "U.N.-backed"): a
    /// half that describes a noun, never a deed of its own.
    /// </summary>
    public static bool AfterHyphen(Document doc, int i) => doc.Tokens[i].Start > 0 && doc.Text[doc.Tokens[i].Start - 1] == '-';

    public static bool Is(Document doc, int i, string word) =>
        i >= 0 && i < doc.Tokens.Count && doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token at <paramref name="i"/> is one of the words, ignoring case. (A span of words: the call's list
    /// is built on the stack, not allocated, on per-token paths.)</summary>
    public static bool IsAny(Document doc, int i, params ReadOnlySpan<string> words)
    {
        if (i < 0 || i >= doc.Tokens.Count) return false;
        var text = doc.TokenText(i);
        foreach (var w in words)
            if (text.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Where a possessive that ends at token <paramref name="last"/> ends: that token for "his", "her", "its",
    /// "their", the "'s" (or a plural's bare apostrophe) right after it before <paramref name="limit"/>; -1 for none.
    /// </summary>
    public static int PossessiveEnd(Document doc, int last, int limit)
    {
        if (last < 0) return -1;
        if (IsAny(doc, last, "his", "her", "its", "their")) return last;
        return last + 1 < limit && IsAny(doc, last + 1, "'s", "’s", "'", "’") ? last + 1 : -1;
    }

    public static bool IsPunct(Document doc, int i, char c)
    {
        if (i < 0 || i >= doc.Tokens.Count) return false;
        var t = doc.Tokens[i];
        return t.Length == 1 && doc.Text[t.Start] == c;
    }

    public static bool IsOpeningQuote(Document doc, int i) =>
        i >= 0 && i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Quote && (doc.Text[doc.Tokens[i].Start] is '\u201C' or '"' or '\u00AB' || doc.Tokens[i].Length == 2);

    public static bool IsClosingQuote(Document doc, int i) =>
        i >= 0 && i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Quote && (doc.Text[doc.Tokens[i].Start] is '\u201D' or '"' or '\u00BB' || doc.Tokens[i].Length == 2 && doc.Text[doc.Tokens[i].Start] == '\'');

    /// <summary>A name suffix: "Jr.", "III".</summary>
    public static bool IsNameSuffix(ReadOnlySpan<char> s) => s is "Jr." or "Sr." or "II" or "III" or "IV" or "Jr" or "Sr";

    /// <summary>Lower-case particles inside Arabic, Kurdish, Dutch and other names: "bin", "al", "van".</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> s) =>
        s is "bin" or "ibn" or "bint" or "al" or "el" or "abu" or "de" or "van" or "von" or "der" or "da" or "di" or "du" or "la" or "le";

    /// <summary>Damerau-Levenshtein distance up to a limit; returns limit + 1 past it.</summary>
    public static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
            }
        }
        return Math.Min(d[a.Length, b.Length], limit + 1);
    }
}
