using Sitrep.Documents;
using Sitrep.Lexicons;
namespace Sitrep.Text;

/// <summary>
/// Splits text into tokens with exact offsets. A ref struct over the text so the hot loop
/// allocates nothing; the rules are those of news English: abbreviations keep their period
/// ("Gen.", "U.S."), numbers keep their separators ("7,500", "4.5", "29/03/2020"), hyphenated
/// names stay whole ("K-1", "al-Qaim"), clitics split off ("Kirkuk" "'s").
/// </summary>
public ref struct TokenLexer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Abbreviations _abbreviations;
    private int _pos;

    public TokenLexer(ReadOnlySpan<char> text, Abbreviations abbreviations)
    {
        _text = text;
        _abbreviations = abbreviations;
        _pos = 0;
    }

    public bool Next(out Token token)
    {
        var t = _text;
        while (_pos < t.Length && IsSpace(t[_pos])) _pos++;
        if (_pos >= t.Length)
        {
            token = default;
            return false;
        }

        int start = _pos;
        char c = t[_pos];
        if (IsUrlStart(t[_pos..]))
        {
            int end = _pos;
            while (end < t.Length && !IsSpace(t[end]) && t[end] != '"' && t[end] != '<' && t[end] != '”') end++;
            while (end > _pos + 1 && ".,;:!?)'’".Contains(t[end - 1])) end--;
            _pos = end;
            token = new Token(start, end - start, TokenKind.Url);
            return true;
        }
        if (IsApostrophe(c) && (_pos == 0 || char.IsLetter(t[_pos - 1])))
        {
            int clitic = CliticLength(t, _pos);
            if (clitic > 0)
            {
                _pos += clitic;
                token = new Token(start, clitic, TokenKind.Word);
                return true;
            }
        }
        if (IsWordChar(c))
        {
            token = ReadWord(start);
            return true;
        }
        if (c == '.' && _pos + 2 < t.Length && t[_pos + 1] == '.' && t[_pos + 2] == '.')
        {
            _pos += 3;
            token = new Token(start, 3, TokenKind.Punctuation);
            return true;
        }
        // '' and `` stand for double quotation marks in some newswire (''It's about me,'' he said).
        if ((c == '\'' || c == '`') && _pos + 1 < t.Length && t[_pos + 1] == c)
        {
            _pos += 2;
            token = new Token(start, 2, TokenKind.Quote);
            return true;
        }
        if (c == '-' && _pos + 1 < t.Length && t[_pos + 1] == '-')
        {
            _pos += 2;
            token = new Token(start, 2, TokenKind.Punctuation);
            return true;
        }
        if ((c == '@' || c == '#') && _pos + 1 < t.Length && char.IsLetterOrDigit(t[_pos + 1]))
        {
            _pos++;
            var word = ReadWord(_pos);
            token = new Token(start, word.End - start, TokenKind.Word);
            return true;
        }
        _pos++;
        if (char.IsHighSurrogate(c) && _pos < t.Length && char.IsLowSurrogate(t[_pos])) _pos++;
        token = new Token(start, _pos - start, KindOfPunctuation(c));
        return true;
    }

    private Token ReadWord(int start)
    {
        var t = _text;
        int i = start;
        if ((t[i] == 'n' || t[i] == 'N') && i + 2 < t.Length && IsApostrophe(t[i + 1]) && (t[i + 2] == 't' || t[i + 2] == 'T')
            && (i + 3 >= t.Length || !char.IsLetter(t[i + 3])))
        {
            _pos = i + 3;
            return new Token(start, 3, TokenKind.Word);
        }
        bool digitsOnly = true;
        while (i < t.Length)
        {
            char c = t[i];
            if (IsWordChar(c))
            {
                if (!char.IsDigit(c)) digitsOnly = false;
                i++;
                continue;
            }
            bool nextIsWord = i + 1 < t.Length && IsWordChar(t[i + 1]);
            bool nextIsDigit = i + 1 < t.Length && char.IsDigit(t[i + 1]);
            bool prevIsDigit = char.IsDigit(t[i - 1]);
            // A wire slug's version number before the headline ("UPDATE 3-Iraqi air strikes"): the number stands alone.
            if (IsHyphen(c) && nextIsWord && digitsOnly && char.IsUpper(t[i + 1]) && i + 2 < t.Length && char.IsLower(t[i + 2]) && AfterSlugWord(t, start)) break;
            if (IsHyphen(c) && nextIsWord) { i++; continue; }
            if ((c == ',' ) && digitsOnly && prevIsDigit && IsThousandsGroup(t, i + 1)) { i++; continue; }
            if ((c == '.' || c == ':' || c == '/') && prevIsDigit && nextIsDigit) { i++; continue; }
            if (IsApostrophe(c) && nextIsWord && char.IsLetter(t[i - 1]))
            {
                int clitic = CliticLength(t, i);
                if (clitic > 0) break;
                // "n't": split before the n, as in "do" "n't".
                if ((t[i + 1] == 't' || t[i + 1] == 'T') && (t[i - 1] == 'n' || t[i - 1] == 'N') && !(i + 2 < t.Length && char.IsLetter(t[i + 2])))
                {
                    if (i - 1 > start) i--;
                    break;
                }
                i++;
                continue;
            }
            if (c == '.' && char.IsLetter(t[i - 1]))
            {
                // "U.S.", "a.m.": single letters joined by periods.
                if (i + 2 < t.Length && char.IsLetter(t[i + 1]) && t[i + 2] == '.' && IsSingleLetterRun(t, start, i))
                {
                    i += 2;
                    continue;
                }
                if (_abbreviations.Contains(t[start..(i + 1)]) || IsInitial(t, start, i) || IsSingleLetterRun(t, start, i) && i - start > 1)
                {
                    i++;
                }
            }
            break;
        }
        _pos = i;
        var kind = digitsOnly || IsNumeric(t[start..i]) ? TokenKind.Number : TokenKind.Word;
        return new Token(start, i - start, kind);
    }

    /// <summary>Length of "'s", "'re", "'ve", "'ll", "'d", "'m" starting at the apostrophe, or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> t, int apostrophe)
    {
        int j = apostrophe + 1;
        while (j < t.Length && char.IsLetter(t[j])) j++;
        var rest = t[(apostrophe + 1)..j];
        if (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase))
            return j - apostrophe;
        return 0;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> t, int i) =>
        i + 2 < t.Length && char.IsDigit(t[i]) && char.IsDigit(t[i + 1]) && char.IsDigit(t[i + 2])
        && (i + 3 >= t.Length || !char.IsDigit(t[i + 3]));

    /// <summary>A capital letter alone before the period, as in "Myles B. Caggins".</summary>
    private static bool IsInitial(ReadOnlySpan<char> t, int start, int period) =>
        period - start == 1 && char.IsUpper(t[start]);

    /// <summary>"U.S" so far: letters each followed by a period.</summary>
    private static bool IsSingleLetterRun(ReadOnlySpan<char> t, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(t[k]) : t[k] != '.') return false;
        }
        return (end - start) % 2 == 1;
    }

    private static bool IsNumeric(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!char.IsDigit(c) && c != ',' && c != '.' && c != ':' && c != '/' && !IsHyphen(c)) return false;
        return s.Length > 0 && char.IsDigit(s[0]);
    }

    private static bool IsUrlStart(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c == '_' ||
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>"UPDATE 3-", "WRAPUP 2-": the wire's slug words before a version number ("25-Year Deal" stays one word).</summary>
    private static bool AfterSlugWord(ReadOnlySpan<char> t, int start)
    {
        var before = t[..start].TrimEnd();
        return before.EndsWith("UPDATE", StringComparison.Ordinal) || before.EndsWith("WRAPUP", StringComparison.Ordinal)
               || before.EndsWith("REFILE", StringComparison.Ordinal) || before.EndsWith("CORRECTED", StringComparison.Ordinal);
    }

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static TokenKind KindOfPunctuation(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'' => TokenKind.Quote,
        '$' or '\u20AC' or '\u00A3' or '%' or '\u00A5' or '+' or '=' or '&' => TokenKind.Symbol,
        _ => TokenKind.Punctuation,
    };
}
