using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Places;

namespace Sitrep.Entities;

/// <summary>The states of data/countries.tsv, by ISO code.</summary>
public sealed class CountryTable
{
    private readonly Dictionary<string, Country> _byIso2;

    public CountryTable(IEnumerable<Country> countries)
    {
        All = countries.ToArray();
        _byIso2 = All.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Country> All { get; }

    public Country? ByIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;

    public static CountryTable Load(string path) => new(Read(path, "data/countries.tsv"));

    /// <summary>The rows of a file in the format of data/countries.tsv.</summary>
    public static IEnumerable<Country> Read(string path, string source)
    {
        var t = TsvTable.Load(path);
        return t.Rows.Select(r => new Country(t.Required(r, "iso2"), t.Required(r, "iso3"), t.Required(r, "name"))
        {
            Aliases = t.List(r, "aliases"),
            Demonyms = t.List(r, "demonyms"),
            PeopleNouns = t.HasColumn("people_nouns") ? t.List(r, "people_nouns") : [],
            Capital = t.Get(r, "capital"),
            CapitalAliases = t.List(r, "capital_aliases"),
            Source = source,
        });
    }

    public Referent ToReferent(Country c) => new(c.ReferentId, c.Name, EntityKind.Country)
    {
        Code = c.Iso3,
        Country = c.Iso2,
        Aliases = c.Aliases,
        Place = new PlaceInfo(c.Iso2, null, null, null, "country"),
        Source = c.Source,
    };
}
