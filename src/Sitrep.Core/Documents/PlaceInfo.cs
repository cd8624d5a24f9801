namespace Sitrep.Documents;

/// <summary>Where a place is. Precision says what the coordinates stand for: facility, city, admin1 or country.</summary>
public sealed record PlaceInfo(string Country, string? Admin1, double? Latitude, double? Longitude, string Precision)
{
    /// <summary>The id of the place this one lies in (a facility's city), if known.</summary>
    public string? Within { get; init; }

    public string? FacilityKind { get; init; }

    /// <summary>Where the coordinates come from.</summary>
    public string? Source { get; init; }

    /// <summary>The GeoNames id of the gazetteer entry the place was resolved to, if any.</summary>
    public int? GeoNameId { get; init; }

    /// <summary>GeoNames feature code of that entry: PPL, PPLC, PPLA, ADM1, PCLI, CONT.</summary>
    public string? FeatureCode { get; init; }

    /// <summary>Why the place has no coordinates, when it has none: "not in the gazetteer", "ambiguous".</summary>
    public string? Unresolved { get; init; }
}
