using Sitrep.Documents;
namespace Sitrep.Ingest;

/// <summary>
/// 64-bit SimHash of a text's word three-grams (case-folded, punctuation ignored): syndicated
/// copies and lightly edited versions differ in a few bits, different reports in about half.
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

    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>SplitMix64's finaliser: spreads a shingle's hash over all 64 bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}

/// <summary>
/// Finds a stored report within <see cref="MaxDistance"/> bits of a new one without comparing
/// against all: four 16-bit bands, and two hashes that differ in at most 3 bits agree on one.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int MaxDistance = 3;

    private readonly Dictionary<(int Band, ushort Value), List<(long Id, long Hash)>> _bands = [];

    public void Add(long id, long hash)
    {
        for (int band = 0; band < 4; band++)
        {
            var key = (band, (ushort)(unchecked((ulong)hash) >> (16 * band)));
            if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = [];
            list.Add((id, hash));
        }
    }

    /// <summary>The earliest stored report this one nearly copies, if any.</summary>
    public long? Find(long hash)
    {
        long? best = null;
        for (int band = 0; band < 4; band++)
        {
            if (!_bands.TryGetValue((band, (ushort)(unchecked((ulong)hash) >> (16 * band))), out var list)) continue;
            foreach (var (id, other) in list)
                if (SimHash.Distance(hash, other) <= MaxDistance && (best is null || id < best)) best = id;
        }
        return best;
    }
}
