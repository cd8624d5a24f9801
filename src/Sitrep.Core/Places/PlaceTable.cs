using Sitrep.Documents;
using System.Globalization;
using Sitrep.Entities;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>The curated places (data/places.tsv) and facilities (data/facilities.tsv) as referents.</summary>
public sealed class PlaceTable
{
    public PlaceTable(IEnumerable<Referent> places) => Places = places.ToArray();

    public IReadOnlyList<Referent> Places { get; }

    public static PlaceTable Load(string placesPath, string facilitiesPath)
    {
        var list = new List<Referent>();
        var p = TsvTable.Load(placesPath);
        foreach (var r in p.Rows)
        {
            var kind = EntityKinds.Parse(p.Required(r, "kind"));
            list.Add(new Referent(p.Required(r, "id"), p.Required(r, "name"), kind)
            {
                Country = p.Required(r, "country"),
                Aliases = p.List(r, "aliases"),
                Place = new PlaceInfo(p.Required(r, "country"), p.Get(r, "admin1"), Number(p.Get(r, "lat")), Number(p.Get(r, "lon")),
                    kind == EntityKind.Region ? "admin1" : "city") { Source = "data/places.tsv" },
                Source = "data/places.tsv",
            });
        }
        var f = TsvTable.Load(facilitiesPath);
        foreach (var r in f.Rows)
        {
            list.Add(new Referent(f.Required(r, "id"), f.Required(r, "name"), EntityKind.Facility)
            {
                Country = f.Required(r, "country"),
                Aliases = f.List(r, "aliases"),
                ParentId = f.Get(r, "in"),
                Place = new PlaceInfo(f.Required(r, "country"), f.Get(r, "admin1"), Number(f.Get(r, "lat")), Number(f.Get(r, "lon")), "facility")
                {
                    Within = f.Get(r, "in"),
                    FacilityKind = f.Required(r, "kind"),
                    Source = f.Required(r, "source"),
                },
                Source = "data/facilities.tsv",
            });
        }
        return new PlaceTable(list);
    }

    private static double? Number(string? s) => s is null ? null : double.Parse(s, CultureInfo.InvariantCulture);
}
