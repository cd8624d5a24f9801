using Sitrep.Documents;
using System.Globalization;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Quantities;

/// <summary>A number read from tokens: its value, how many tokens it took, and whether it was vague or an ordinal.</summary>
public readonly record struct NumberReading(double Value, int TokenCount, NumberWordKind Kind);

/// <summary>
/// Reads numbers written in digits ("7,500", "4.5 billion"), in words ("four billion",
/// "twenty-five", "a dozen") or vaguely ("hundreds", "tens of thousands").
/// </summary>
public sealed class NumberReader(PhraseSet<NumberWord> words)
{
    public NumberReading? ReadAt(Document doc, int i, int end)
    {
        if (i >= end) return null;
        var token = doc.Tokens[i];
        var text = doc.TokenText(i);
        double value;
        int next;
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(text, out value)) return null;
            next = i + 1;
        }
        else if (token.Kind == TokenKind.Word && OrdinalDigits(text) is { } ordinal)
        {
            return new NumberReading(ordinal, 1, NumberWordKind.Ordinal);
        }
        else
        {
            var (length, word) = words.LongestAt(doc, i, end);
            if (word is null)
            {
                // "a dozen", "a hundred", "a million"
                if (text.Equals("a", StringComparison.OrdinalIgnoreCase) && i + 1 < end && words.LongestAt(doc, i + 1, end) is (1, { } w2)
                    && (w2.Kind == NumberWordKind.Multiplier || w2.Word == "dozen"))
                    return Multiply(doc, i + 2, end, w2.Value, 2);
                return Compound(doc, i, end);
            }
            if (word.Kind is NumberWordKind.Vague or NumberWordKind.Ordinal) return new NumberReading(word.Value, length, word.Kind);
            if (word.Kind == NumberWordKind.Multiplier) return null;
            value = word.Value;
            next = i + length;
        }
        return Multiply(doc, next, end, value, next - i);
    }

    /// <summary>Applies "hundred", "thousand", "million", "billion" after a number: "four billion", "two hundred thousand".</summary>
    private NumberReading Multiply(Document doc, int next, int end, double value, int consumed)
    {
        while (next < end && words.LongestAt(doc, next, end) is (1, { Kind: NumberWordKind.Multiplier } m)
               && !(m.Word.Length <= 2 && doc.Tokens[next].Start != doc.Tokens[next - 1].End))
        {
            value *= m.Value;
            next++;
            consumed++;
        }
        return new NumberReading(value, consumed, NumberWordKind.Cardinal);
    }

    /// <summary>"twenty-five": a hyphenated compound of number words.</summary>
    private NumberReading? Compound(Document doc, int i, int end)
    {
        var text = doc.TokenString(i);
        int hyphen = text.IndexOf('-');
        if (hyphen <= 0) return null;
        var tens = WordValue(text[..hyphen]);
        var ones = WordValue(text[(hyphen + 1)..]);
        if (tens is not { } t || ones is not { } o || t < 20 || o >= 10) return null;
        return Multiply(doc, i + 1, end, t + o, 1);
    }

    private double? WordValue(string word) => words.Find(word) is { Kind: NumberWordKind.Cardinal } w ? w.Value : null;

    public static bool TryParseDigits(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.Length == 0 || !char.IsDigit(text[0])) return false;
        foreach (char c in text)
            if (!char.IsDigit(c) && c != ',' && c != '.') return false;
        Span<char> clean = stackalloc char[text.Length];
        int n = 0;
        foreach (char c in text) if (c != ',') clean[n++] = c;
        return double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static int? OrdinalDigits(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || !char.IsDigit(text[0])) return null;
        var suffix = text[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
              || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))) return null;
        return int.TryParse(text[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
