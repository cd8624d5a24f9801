using Sitrep.Documents;
namespace Sitrep.Features;

/// <summary>
/// Word classes learned from unlabelled news (sitrep train ner): words that occur in
/// the same contexts share a class, so the tagger generalises from "Baghdad" to towns it never saw
/// labelled. Words are looked up as written, then lower-cased.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int> _classes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(Dictionary<string, int> classes, int count)
    {
        _classes = classes;
        Count = count;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many classes there are.</summary>
    public int Count { get; }

    public int Words => _classes.Count;

    public IReadOnlyDictionary<string, int> Classes => _classes;

    /// <summary>Whether the corpora had the word exactly as written.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The word's class, or -1 when the corpora never had it.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out int c)) return c;
        Span<char> lower = stackalloc char[64];
        if (word.Length > lower.Length) return -1;
        int n = word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower[..n], out c) ? c : -1;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Count);
        w.Write(_classes.Count);
        foreach (var (word, c) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write((ushort)c);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        int n = r.ReadInt32();
        var classes = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) classes[r.ReadString()] = r.ReadUInt16();
        return new WordClusters(classes, count);
    }
}
