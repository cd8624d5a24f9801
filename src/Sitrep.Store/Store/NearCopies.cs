using System.Numerics;

namespace Sitrep.Store;

/// <summary>
/// Two reports are near-copies (a syndicated or lightly edited version) when their SimHashes differ
/// in at most <see cref="MaxDistance"/> bits. The database finds them through four 16-bit bands,
/// each with its index over the originals (migration 4): hashes that differ in at most 3 bits agree
/// on at least one band, so the bands give every candidate and nothing stays in memory.
/// </summary>
public static class NearCopies
{
    public const int MaxDistance = 3;

    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>The 16 bits of band 0–3, as the index expression computes them.</summary>
    public static long Band(long hash, int band) => (long)((unchecked((ulong)hash) >> (16 * band)) & 0xFFFF);

    /// <summary>Originals sharing a band with @b0–@b3; each branch matches its index's expression and condition exactly.</summary>
    public const string CandidatesSql = """
        SELECT id, simhash FROM documents WHERE duplicate_of IS NULL AND (simhash & 65535) = @b0
        UNION ALL SELECT id, simhash FROM documents WHERE duplicate_of IS NULL AND ((simhash >> 16) & 65535) = @b1
        UNION ALL SELECT id, simhash FROM documents WHERE duplicate_of IS NULL AND ((simhash >> 32) & 65535) = @b2
        UNION ALL SELECT id, simhash FROM documents WHERE duplicate_of IS NULL AND ((simhash >> 48) & 65535) = @b3
        """;

    /// <summary>The earliest original among the candidates within <see cref="MaxDistance"/> bits.</summary>
    public static long? Earliest(long hash, IEnumerable<(long Id, long SimHash)> candidates)
    {
        long? best = null;
        foreach (var (id, other) in candidates)
            if (Distance(hash, other) <= MaxDistance && (best is null || id < best)) best = id;
        return best;
    }
}
