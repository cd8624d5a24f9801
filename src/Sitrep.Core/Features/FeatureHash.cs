using Sitrep.Documents;
namespace Sitrep.Features;

/// <summary>
/// FNV-1a hashing of feature strings built piece by piece (a template number, then characters),
/// so a feature costs no allocation. Deterministic across processes, unlike string.GetHashCode.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Add(Offset, (char)template);

    public static ulong Add(ulong h, char c)
    {
        h ^= c;
        return h * Prime;
    }

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ c) * Prime;
        return (h ^ 0xFFFF) * Prime;
    }

    public static ulong AddLower(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return (h ^ 0xFFFF) * Prime;
    }

    public static ulong Add(ulong h, int value)
    {
        h = (h ^ (uint)(value & 0xFFFF)) * Prime;
        return (h ^ (uint)(value >>> 16)) * Prime;
    }

    /// <summary>Combines two hashes (a template's seed and a word's hash) with a 64-bit finaliser.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        ulong h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    /// <summary>The bucket of a hash in a table of 2^bits entries.</summary>
    public static int Bucket(ulong h, int bits) => (int)((h ^ (h >> 29) ^ (h >> 47)) & ((1UL << bits) - 1));
}
