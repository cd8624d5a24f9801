using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>The roles an event trigger's words fill: role name to fillers (several when coordinated).</summary>
public sealed class Frame
{
    private readonly Dictionary<string, List<Filler>> _roles = new(StringComparer.Ordinal);

    public IReadOnlyList<Filler> this[string role] => _roles.TryGetValue(role, out var list) ? list : [];

    public IEnumerable<string> Roles => _roles.Keys;

    public bool Has(string role) => _roles.ContainsKey(role);

    public bool IsEmpty => _roles.Count == 0;

    public bool Passive { get; init; }

    /// <summary>Roles whose phrase names no entity, with its words up to the head noun ("A court" of "a court in Venezuela"): the tree saw a party there.</summary>
    public Dictionary<string, TextSpan> Unnamed { get; } = new(StringComparer.Ordinal);

    /// <summary>Two parties acting together or on each other ("Putin and Erdogan agreed").</summary>
    public bool Mutual { get; set; }

    /// <summary>The target was read from the phrase of a verb's object that names no one ("issued an ultimatum to Muslim leaders"), not from the object.</summary>
    public bool TargetFromObjectPhrase { get; set; }

    /// <summary>The target is the first party named in the clause the verb governs ("refused to meet Bolton"), which any row may take.</summary>
    public bool TargetFromGovernedClause { get; set; }

    public void Add(string role, Filler filler)
    {
        if (!_roles.TryGetValue(role, out var list)) _roles[role] = list = [];
        if (list.All(f => f.Span != filler.Span)) list.Add(filler);
    }

    public void AddAll(string role, IEnumerable<Filler> fillers)
    {
        foreach (var f in fillers) Add(role, f);
    }

    /// <summary>Adds fillers found one way, saying how (unless they already say).</summary>
    public void AddAll(string role, IEnumerable<Filler> fillers, string via)
    {
        foreach (var f in fillers) Add(role, f.Via is null ? f with { Via = via } : f);
    }

    public void Add(string role, Filler filler, string via) => Add(role, filler.Via is null ? filler with { Via = via } : filler);

    public void Remove(string role) => _roles.Remove(role);

    /// <summary>Drops the role's fillers that match, keeping the others in order (and the role only while it has some).</summary>
    public void RemoveWhere(string role, Func<Filler, bool> match)
    {
        if (_roles.TryGetValue(role, out var list) && list.RemoveAll(f => match(f)) > 0 && list.Count == 0) _roles.Remove(role);
    }
}
