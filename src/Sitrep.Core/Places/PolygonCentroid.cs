namespace Sitrep.Places;

/// <summary>
/// The area-weighted centroid of a place's outer rings, in degrees: where GeoNames and most
/// gazetteers put a division's point, unlike the middle of its bounding box, which a long coast
/// or a far island drags away. Planar in longitude and latitude, which for a division is
/// metres-close; a shape across the antimeridian (Alaska's Aleutians, Chukotka, Fiji) is
/// measured on 0–360° so it is not averaged across the globe.
/// </summary>
public static class PolygonCentroid
{
    /// <summary>Null when the rings enclose no area.</summary>
    public static (double Latitude, double Longitude)? Of(IEnumerable<IReadOnlyList<(double Lon, double Lat)>> outerRings)
    {
        var rings = outerRings.Where(r => r.Count >= 3).ToList();
        bool wraps = rings.Any(r => r.Any(p => p.Lon < -90)) && rings.Any(r => r.Any(p => p.Lon > 90));
        double totalArea = 0, x = 0, y = 0;
        foreach (var ring in rings)
        {
            double area = 0, cx = 0, cy = 0;
            for (int i = 0; i < ring.Count; i++)
            {
                var (x0, y0) = ring[i];
                var (x1, y1) = ring[(i + 1) % ring.Count];
                if (wraps) (x0, x1) = (Shift(x0), Shift(x1));
                double cross = x0 * y1 - x1 * y0;
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            if (area == 0) continue;
            // Each ring's own centroid, weighted by its area whichever way it winds.
            double weight = Math.Abs(area / 2);
            x += cx / (3 * area) * weight;
            y += cy / (3 * area) * weight;
            totalArea += weight;
        }
        if (totalArea == 0) return null;
        double lon = x / totalArea;
        if (lon > 180) lon -= 360;
        return (y / totalArea, lon);
    }

    private static double Shift(double lon) => lon < 0 ? lon + 360 : lon;
}
