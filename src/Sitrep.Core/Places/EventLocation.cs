using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>Where an event happened, on the map: its place, that place's point, and how precise the point is.</summary>
public sealed record EventLocation(Entity Place, double Latitude, double Longitude, string Precision)
{
    /// <summary>
    /// ACLED's geo_precision: 1 the town or a site in it, 2 part of a region or near a town
    /// ("northeast Syria", a district), 3 a province, a named region of a country ("Darfur", "New
    /// England": precision area), only the country, or a region of several countries.
    /// </summary>
    public int GeoPrecision => Precision switch
    {
        "facility" or "city" => 1,
        "admin2" or "region" => 2,
        _ => 3,
    };

    public static EventLocation? Of(Document doc, Event e)
    {
        if (e.PlaceId is null) return null;
        var place = doc.Entities.FirstOrDefault(x => x.Id == e.PlaceId);
        if (place?.Place is not { Latitude: { } lat, Longitude: { } lon } p) return null;
        return new EventLocation(place, lat, lon, p.Precision);
    }
}
