using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Entities;

/// <summary>Ethnic, religious and social groups (data/groups.tsv), with the adjectives that name them.</summary>
public sealed class GroupTable
{
    public GroupTable(IEnumerable<(Referent Group, IReadOnlyList<string> Adjectives)> groups) => Groups = groups.ToArray();

    public IReadOnlyList<(Referent Group, IReadOnlyList<string> Adjectives)> Groups { get; }

    public static GroupTable Load(string path)
    {
        var t = TsvTable.Load(path);
        return new GroupTable(t.Rows.Select(r => (
            new Referent(t.Required(r, "id"), t.Required(r, "name"), EntityKind.Group)
            {
                Aliases = t.List(r, "aliases"),
                Sector = t.Required(r, "kind"),
                Source = "data/groups.tsv",
            },
            t.List(r, "adjectives"))));
    }
}
