using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.Places;

/// <summary>Whether one place lies in another, from what the data and the text say (a facility's town, a city's country).</summary>
public static class PlaceRelations
{
    public static bool Contains(Entity outer, Entity inner)
    {
        if (outer.Id == inner.Id) return true;
        if (inner.WithinId == outer.Id) return true;
        string? innerCountry = inner.Place?.Country ?? inner.Country;
        switch (outer.Kind)
        {
            case EntityKind.Country:
                return innerCountry is not null && string.Equals(innerCountry, outer.Place?.Country ?? outer.Country, StringComparison.OrdinalIgnoreCase)
                       && inner.Kind != EntityKind.Country;
            case EntityKind.Region:
                return outer.Place?.Admin1 is { } admin1 && inner.Place?.Admin1 == admin1 && inner.Place.Country == outer.Place.Country && Rank(inner) > Rank(outer);
            case EntityKind.City:
                return inner.Kind == EntityKind.Facility && outer.Referent is { } r && (inner.Place?.Within == r.Id || inner.Referent?.ParentId == r.Id);
        }
        return false;
    }

    /// <summary>How precise a place is: facility 4, city 3, region 2, country 1.</summary>
    public static int Rank(Entity e) => e.Kind switch
    {
        EntityKind.Facility => 4,
        EntityKind.City => 3,
        EntityKind.Region => 2,
        EntityKind.Country => 1,
        _ => 0,
    };
}
