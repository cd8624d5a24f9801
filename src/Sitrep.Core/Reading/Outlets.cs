using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Reading;

public sealed record Outlet(string Name, IReadOnlyList<string> Aliases, string? ActorId);

/// <summary>News outlets recognised in headers and datelines (data/outlets.tsv).</summary>
public sealed class Outlets
{
    private readonly Dictionary<string, Outlet> _byName;

    public Outlets(IEnumerable<Outlet> outlets)
    {
        _byName = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in outlets)
            foreach (var n in o.Aliases.Prepend(o.Name))
                _byName.TryAdd(n, o);
    }

    public Outlet? Find(string name) => _byName.GetValueOrDefault(name.Trim());

    public static Outlets Load(string path)
    {
        var t = TsvTable.Load(path);
        return new Outlets(t.Rows.Select(r => new Outlet(t.Required(r, "name"), t.List(r, "aliases"), t.Get(r, "actor"))));
    }
}
