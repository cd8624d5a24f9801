using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Mentions by where they start and end, and which characters any of them covers: constant-time
/// lookups, so stages stay linear on long documents instead of scanning every mention per token.
/// </summary>
public sealed class MentionLookup
{
    private readonly Dictionary<int, List<Mention>> _byStart = [];
    private readonly Dictionary<int, List<Mention>> _byEnd = [];
    private readonly bool[] _covered;
    private List<Mention>? _ordered;

    public MentionLookup(Document doc, IEnumerable<Mention> mentions)
    {
        _covered = new bool[doc.Text.Length];
        foreach (var m in mentions) Add(m);
    }

    /// <summary>Mentions that start in [from, to), in text order: a binary search, then only those.</summary>
    public IEnumerable<Mention> Between(int from, int to)
    {
        _ordered ??= _byStart.Values.SelectMany(l => l).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        int lo = 0, hi = _ordered.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ordered[mid].Span.Start < from) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < _ordered.Count && _ordered[i].Span.Start < to; i++) yield return _ordered[i];
    }

    public void Add(Mention m)
    {
        if (_ordered is not null)
        {
            int lo = 0, hi = _ordered.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_ordered[mid].Span.Start <= m.Span.Start) lo = mid + 1; else hi = mid;
            }
            _ordered.Insert(lo, m);
        }
        Bucket(_byStart, m.Span.Start).Add(m);
        Bucket(_byEnd, m.Span.End).Add(m);
        for (int k = m.Span.Start; k < m.Span.End; k++) _covered[k] = true;
    }

    public IReadOnlyList<Mention> StartingAt(int offset) => _byStart.TryGetValue(offset, out var l) ? l : [];

    public IReadOnlyList<Mention> EndingAt(int offset) => _byEnd.TryGetValue(offset, out var l) ? l : [];

    public bool Covers(int offset) => offset >= 0 && offset < _covered.Length && _covered[offset];

    private static List<Mention> Bucket(Dictionary<int, List<Mention>> map, int key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
