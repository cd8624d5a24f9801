using Sitrep.Documents;
namespace Sitrep.Places;

/// <summary>Distances on the Earth's surface.</summary>
public static class GeoDistance
{
    /// <summary>Great-circle distance in km (haversine, mean Earth radius 6,371 km).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double dLat = (lat2 - lat1) * Math.PI / 180, dLon = (lon2 - lon1) * Math.PI / 180;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
