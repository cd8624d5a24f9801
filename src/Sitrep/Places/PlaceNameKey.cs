using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The key a place name is looked up by: lower case, accents dropped, hyphens as spaces,
/// apostrophes and dots left out, runs of spaces as one — so "al-Qaim", "Al Qa'im" and
/// "AL QAIM" meet, as do "Sant Julià" and "Sant Julia", "St. Louis" and "St Louis". Hashed
/// (64-bit FNV-1a) without allocating, for the gazetteer's sorted hash index.
/// </summary>
public static class PlaceNameKey
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(ReadOnlySpan<char> name)
    {
        ulong h = Offset;
        bool pendingSpace = false, any = false;
        foreach (char raw in name)
        {
            char c = Fold(raw);
            if (c == '\0') continue;
            if (c == ' ')
            {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace)
            {
                h = (h ^ ' ') * Prime;
                pendingSpace = false;
            }
            h = (h ^ c) * Prime;
            any = true;
        }
        return h;
    }

    /// <summary>The folded form as a string, for tests and messages.</summary>
    public static string Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            char c = Fold(raw);
            if (c == '\0') continue;
            if (c == ' ')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

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
        return c < LatinEnd ? Latin[c] : char.ToLowerInvariant(c);
    }

    /// <summary>Latin-1 and Latin Extended-A/B: where the accented letters of place names are.</summary>
    private const int LatinEnd = 0x250;

    private static readonly char[] Latin = Enumerable.Range(0, LatinEnd).Select(i => i < 128 ? (char)i : BaseLetter((char)i)).ToArray();

    /// <summary>Accented Latin letters: the lower-case base letter ("À" → "a").</summary>
    private static char BaseLetter(char c)
    {
        if (!char.IsLetter(c)) return char.ToLowerInvariant(c);
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return char.ToLowerInvariant(d);
        return char.ToLowerInvariant(c);
    }
}
