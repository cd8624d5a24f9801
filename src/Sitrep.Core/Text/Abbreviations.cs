using Sitrep.Documents;
using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Words that keep their final period ("Gen.", "U.S."), and those of them that may also end a
/// sentence ("U.S.", "Inc."). Loaded from data/abbreviations.tsv.
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _canEnd;

    public Abbreviations(IEnumerable<string> all, IEnumerable<string> canEndSentence)
    {
        _all = all.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _canEnd = canEndSentence.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Empty { get; } = new([], []);

    /// <summary>True when <paramref name="withPeriod"/> (e.g. "Gen.") is a known abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> withPeriod) => _all.Contains(withPeriod);

    public bool CanEndSentence(ReadOnlySpan<char> withPeriod) => _canEnd.Contains(withPeriod);
}
