using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Entities;

/// <summary>The named actors of data/actors.tsv.</summary>
public sealed class ActorDictionary
{
    public ActorDictionary(IEnumerable<(Referent Actor, IReadOnlyList<ActorAlias> Aliases)> actors)
    {
        Actors = actors.ToArray();
    }

    public IReadOnlyList<(Referent Actor, IReadOnlyList<ActorAlias> Aliases)> Actors { get; }

    public static ActorDictionary Load(string path, string source = "data/actors.tsv")
    {
        var t = TsvTable.Load(path);
        var list = new List<(Referent, IReadOnlyList<ActorAlias>)>();
        foreach (var r in t.Rows)
        {
            var aliases = t.List(r, "aliases").Select(ActorAlias.Parse).ToArray();
            var actor = new Referent(t.Required(r, "id"), t.Required(r, "name"), EntityKinds.Parse(t.Required(r, "kind")))
            {
                Country = t.Get(r, "country"),
                Sector = t.Get(r, "sector"),
                Code = t.Get(r, "code"),
                ParentId = t.Get(r, "parent"),
                Backer = t.Get(r, "backer"),
                Aliases = aliases.Select(a => a.Text).Distinct().ToArray(),
                Descriptors = t.List(r, "descriptors"),
                Source = source,
            };
            list.Add((actor, aliases));
        }
        return new ActorDictionary(list);
    }
}
