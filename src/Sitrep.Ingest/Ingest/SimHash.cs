using Sitrep.Documents;
namespace Sitrep.Ingest;

/// <summary>
/// 64-bit SimHash of a text's word three-grams (case-folded, punctuation ignored): syndicated
/// copies and lightly edited versions differ in a few bits, different reports in about half
/// (the store decides which are near-copies: <see cref="Sitrep.Store.NearCopies"/>).
/// </summary>
public static class SimHash
{
    public static long Of(string text)
    {
        Span<int> weights = stackalloc int[64];
        weights.Clear();
        ulong w0 = 0, w1 = 0;
        int seen = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            seen++;
            if (seen >= 3)
            {
                ulong shingle = Mix(w0 * 31 + w1 * 17 + h);
                for (int b = 0; b < 64; b++) weights[b] += ((shingle >> b) & 1) == 1 ? 1 : -1;
            }
            (w0, w1) = (w1, h);
        }
        ulong result = 0;
        for (int b = 0; b < 64; b++)
            if (weights[b] > 0) result |= 1UL << b;
        return unchecked((long)result);
    }

    /// <summary>SplitMix64's finaliser: spreads a shingle's hash over all 64 bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
