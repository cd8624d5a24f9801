using Sitrep.Documents;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The key a place name is looked up by: lower case, accents dropped, hyphens as spaces,
/// apostrophes and dots left out, runs of spaces as one — so "al-Qaim", "Al Qa'im" and
/// "AL QAIM" meet, as do "Sant Julià" and "Sant Julia", "St. Louis" and "St Louis", and the
/// Arabic article however it is written ("Salah-al-Din", "Salah ad Din"). Hashed
/// (64-bit FNV-1a) without allocating, for the gazetteer's sorted hash index.
/// </summary>
public static class PlaceNameKey
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(ReadOnlySpan<char> name)
    {
        // Folded into a buffer first: an article is known only where its word ends.
        char[]? rented = name.Length > 256 ? ArrayPool<char>.Shared.Rent(name.Length) : null;
        Span<char> folded = rented ?? stackalloc char[name.Length];
        int n = FoldInto(name, folded);
        ulong h = Offset;
        foreach (char c in folded[..n]) h = (h ^ c) * Prime;
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return h;
    }

    /// <summary>The folded form as a string, for tests and messages.</summary>
    public static string Normalise(string name)
    {
        var folded = new char[name.Length];
        return new string(folded, 0, FoldInto(name, folded));
    }

    /// <summary>
    /// Writes the key's characters: words of folded letters one space apart, and an Arabic article
    /// before another word as "al", however it is transliterated — "Salah-al-Din" and GeoNames'
    /// "Salah ad Din", "al-Dawr" and "Ad Dawr", "ash-Shirqat" and "Al Shirqat" meet. (The
    /// gazetteer's names get the same key, so "Aix-en-Provence" still finds itself.)
    /// </summary>
    private static int FoldInto(ReadOnlySpan<char> name, Span<char> into)
    {
        int n = 0, wordStart = 0;
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            char c = Fold(raw);
            if (c == '\0') continue;
            if (c == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                // The word before ends here, and another follows it: an article is written as "al".
                if (IsArticle(into[wordStart..n]))
                {
                    into[wordStart] = 'a';
                    into[wordStart + 1] = 'l';
                    n = wordStart + 2;
                }
                into[n++] = ' ';
                wordStart = n;
                pendingSpace = false;
            }
            into[n++] = c;
        }
        return n;
    }

    /// <summary>"al", "ad", "as", "el", "ul", "ash", "adh" …: the Arabic article, folded, however transliterated.</summary>
    private static bool IsArticle(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word[0] is 'a' or 'e' or 'u' && word[1] is 'l' or 'd' or 'r' or 's' or 't' or 'n' or 'z',
        3 => word[0] is 'a' or 'e' or 'u' && word[2] == 'h' && word[1] is 's' or 'd' or 't',
        _ => false,
    };

    /// <summary>One character's folded form: '\0' to leave it out, ' ' for a separator.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c is '-' or ' ' or '\t' or '\n' or '\r' or '_' or '/') return ' ';
            if (c is '\'' or '.' or '`' or ',') return '\0';
            return c;
        }
        if (c is '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE') return '\0';
        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00A0') return ' ';
        if (c < LatinEnd) return LatinLetter(c);
        // Combining accents of a decomposed name ("a" + U+0300) go, like the precomposed ones.
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0' : char.ToLowerInvariant(c);
    }

    /// <summary>Latin-1 and Latin Extended-A/B: where the accented letters of place names are.</summary>
    private const int LatinEnd = 0x250;

    /// <summary>
    /// The lower-case base letter of U+00C0 to U+024F ("À" → "a", "ł" → "l"), from Unicode's
    /// canonical decompositions; a table, because Sitrep runs with invariant globalization,
    /// where string.Normalize cannot decompose.
    /// </summary>
    private const string LatinBase =
        "aaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00D7ouuuuy\u00FE\u00DFaaaaaa\u00E6ceeeeiiii" +
        "\u00F0nooooo\u00F7ouuuuy\u00FEyaaaaaaccccccccddddeeeeeeeeeegggg" +
        "gggghhhhiiiiiiiiii\u0133\u0133jjkk\u0138llllll\u0140\u0140llnnnnnn\u0149\u014B\u014Boooo" +
        "oo\u0153\u0153rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz\u017F" +
        "\u0180\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288u" +
        "u\u028A\u028B\u01B4\u01B4\u01B6\u01B6\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaa" +
        "aa\u00E6\u00E6\u01E5\u01E5ggkkoooo\u0292\u0292j\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u00E6\u00E6\u00F8\u00F8aaaaeeeeiiiioooo" +
        "rrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F" +
        "\u0240\u0242\u0242\u0180\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F";

    private static char LatinLetter(char c) => c < 0xC0 ? char.ToLowerInvariant(c) : LatinBase[c - 0xC0];
}
