using Sitrep.Documents;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

public sealed class GeoJsonWriterTests
{
    private static JsonElement Seed()
    {
        using var json = JsonDocument.Parse(GeoJsonWriter.ToGeoJson(Some.Seed()));
        return json.RootElement.Clone();
    }

    [Fact]
    public void Writes_one_feature_collection_of_points_in_longitude_latitude_order()
    {
        var root = Seed();
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var kirkuk = root.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").TryGetProperty("name", out var n) && n.GetString() == "Kirkuk");
        var point = kirkuk.GetProperty("geometry");
        Assert.Equal(("Point", 44.39, 35.47), (point.GetProperty("type").GetString(), point.GetProperty("coordinates")[0].GetDouble(), point.GetProperty("coordinates")[1].GetDouble()));
        Assert.Equal(("place", "city"), (kirkuk.GetProperty("properties").GetProperty("feature").GetString(), kirkuk.GetProperty("properties").GetProperty("precision").GetString()));
    }

    [Fact]
    public void Writes_a_located_event_with_its_evidence_and_precision()
    {
        var handover = Seed().GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .First(p => p.GetProperty("feature").GetString() == "event" && p.GetProperty("place").GetString() == "K1 Air Base");
        Assert.Equal(("RETREAT", "facility", 1, "2020-03-29"), (handover.GetProperty("type").GetString(), handover.GetProperty("precision").GetString(),
            handover.GetProperty("geo_precision").GetInt32(), handover.GetProperty("date").GetString()));
        Assert.StartsWith("He supervised the withdrawal of coalition forces from the base", handover.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Says_who_claims_an_event_and_whether_its_point_is_only_where_what_it_commits_to_is()
    {
        var doc = Some.Report("Activists said government forces bombed the town of Douma on Tuesday.\n\nThe NATO alliance agreed on Thursday to an expansion of its peacekeeping force in Afghanistan.", "2018-03-01");
        using var json = JsonDocument.Parse(GeoJsonWriter.ToGeoJson(doc));
        var events = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("feature").GetString() == "event").ToDictionary(p => p.GetProperty("type").GetString()!);
        Assert.Equal(("Activists", false), (events["ASSAULT"].GetProperty("claimed_by").GetString(), events["ASSAULT"].GetProperty("place_of_deed").GetBoolean()));
        Assert.Equal(("Afghanistan", true, false), (events["AGREE"].GetProperty("place").GetString(), events["AGREE"].GetProperty("place_of_deed").GetBoolean(),
            events["AGREE"].TryGetProperty("claimed_by", out _)));
    }
}
