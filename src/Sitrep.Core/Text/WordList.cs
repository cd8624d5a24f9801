using Sitrep.Documents;
using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>A set of words from a one-word-per-line data file, looked up without allocating.</summary>
public sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> words, bool ignoreCase = true)
    {
        var set = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public static WordList Load(string path, bool ignoreCase = true) =>
        new(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'), ignoreCase);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
