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

    /// <param name="featuresPath">data/natural-features.tsv: seas, rivers and ranges by their names where its dictionary column says so and by their longer other names ("Euphrates", "Red Sea", "River Thames"); a one-word other name ("Atlantic", "Mediterranean", "Rockies") is left to the tagger and the world gazetteer, for it is often a firm's, a diet's or a team's.</param>
    /// <param name="areasPath">data/named-areas.tsv: regions of a country no division matches ("Donbas", "East Anglia"), read the same way.</param>
    public static PlaceTable Load(string placesPath, string facilitiesPath, string? featuresPath = null, string? areasPath = null)
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
        HandPlaced(featuresPath, "NATURAL-", EntityKind.Place, "feature", "data/natural-features.tsv", "a point inside the feature, chosen by hand");
        HandPlaced(areasPath, "AREA-", EntityKind.Region, "area", "data/named-areas.tsv", "a point inside the region, chosen by hand");
        return new PlaceTable(list);

        void HandPlaced(string? path, string idPrefix, EntityKind kind, string precision, string file, string how)
        {
            if (path is null || !File.Exists(path)) return;
            var n = TsvTable.Load(path);
            foreach (var r in n.Rows)
            {
                var name = n.Required(r, "name");
                var country = n.Get(r, "country") ?? "";
                var longer = n.List(r, "aliases").Where(a => a.Contains(' ')).ToArray();
                bool byName = n.Get(r, "dictionary") switch
                {
                    "name" => true,
                    "no" => false,
                    var other => throw new InvalidDataException($"{path}: {name}: dictionary must be 'name' or 'no', not '{other}'."),
                };
                if (!byName && longer.Length == 0) continue;
                // A place found only by a longer name ("River Thames", "San Francisco Bay Area") is named by it.
                list.Add(new Referent(idPrefix + name.Replace(' ', '-').ToUpperInvariant(), byName ? name : longer[0], kind)
                {
                    Country = country.Length > 0 ? country : null,
                    Aliases = byName ? longer : longer[1..],
                    Place = new PlaceInfo(country, null, Number(n.Required(r, "lat")), Number(n.Required(r, "lon")), precision)
                    {
                        FeatureCode = n.Required(r, "kind"),
                        Source = $"{file} ({how})",
                    },
                    Source = file,
                });
            }
        }
    }

    private static double? Number(string? s) => s is null ? null : double.Parse(s, CultureInfo.InvariantCulture);
}
