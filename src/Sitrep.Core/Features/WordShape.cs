using Sitrep.Documents;
namespace Sitrep.Features;

/// <summary>
/// A word's shape, written into a caller's buffer: "Xxxx" for "Baghdad", "XX" for "ISIS", "X.X."
/// for "U.S.", "dd" for "20", with runs longer than two collapsed ("Xxx-xxx" → "Xx-x"). The short
/// form collapses every run.
/// </summary>
public static class WordShape
{
    public static int Write(ReadOnlySpan<char> word, Span<char> shape, bool collapseAll)
    {
        int n = 0, run = 0;
        char last = '\0';
        foreach (char ch in word)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = c == last ? run + 1 : 1;
            last = c;
            if (collapseAll ? run > 1 : run > 2) continue;
            if (n < shape.Length) shape[n++] = c;
        }
        return n;
    }
}
