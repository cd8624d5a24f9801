using System.Text.Json;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>A US town as the ZIP code table names it, at the mean of its ZIP codes' points.</summary>
public sealed record ZipCodeTown(string State, string Name, double Latitude, double Longitude);

/// <summary>
/// US towns from the ZIP code table of npm zipcodes (BSD): local news names villages and
/// hamlets GeoNames' cities500 lacks. ZIP codes that name a firm or an office ("Citicorp
/// Services Inc", "Contest Mail") are left out by the words in data/zip-not-towns.txt.
/// </summary>
public static class ZipCodeTowns
{
    public const string Entry = "package/lib/codes.js";

    public static List<ZipCodeTown> Read(string tarball, IReadOnlySet<string> notTownWords)
    {
        var text = System.Text.Encoding.UTF8.GetString(NpmTarball.Bytes(tarball, Entry));
        // "exports.codes = {...};" then other tables: the first object is the codes.
        int start = text.IndexOf('{');
        int end = start < 0 ? -1 : text.IndexOf("};", start, StringComparison.Ordinal);
        if (end < 0) throw new InvalidDataException($"{tarball}: {Entry} is not 'exports.codes = {{...}};'.");
        using var json = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
        var towns = new Dictionary<(string, string), (double Lat, double Lon, int N)>();
        foreach (var code in json.RootElement.EnumerateObject())
        {
            var z = code.Value;
            if (z.GetProperty("country").GetString() != "US") continue;
            string state = z.GetProperty("state").GetString()!, city = z.GetProperty("city").GetString()!;
            if (city.Length < 3 || city.Split(' ').Any(notTownWords.Contains)) continue;
            double lat = z.GetProperty("latitude").GetDouble(), lon = z.GetProperty("longitude").GetDouble();
            towns[(state, city)] = towns.TryGetValue((state, city), out var t) ? (t.Lat + lat, t.Lon + lon, t.N + 1) : (lat, lon, 1);
        }
        return towns.Select(t => new ZipCodeTown(t.Key.Item1, t.Key.Item2, t.Value.Lat / t.Value.N, t.Value.Lon / t.Value.N))
            .OrderBy(t => t.State, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }
}
