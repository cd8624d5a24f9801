using Sitrep.Fusion;
using Sitrep.Rows;

namespace Sitrep.Tests.Store;

/// <summary>Merging through the indexes gives exactly what the plain greedy scan gives.</summary>
public sealed class EventFusionTests
{
    private static readonly string[] Types = ["ASSAULT", "PROTEST", "RETREAT"];
    private static readonly (string Name, string? Code)[] Parties =
        [("Iraqi Army", "IRQMIL"), ("iraqi army", null), ("Iraqi Security Forces", "IRQMIL"), ("Islamic State", "IMGSEPISI"), ("US-led coalition", "IGOMIL"), ("protesters", null), ("police", "---COP")];
    private static readonly (string Name, double? Lat, double? Lon)[] Places =
        [("Mosul", 36.34, 43.13), ("Mosul", 36.34, 43.13), ("Tal Afar", 36.37, 42.45), ("Baghdad", 33.31, 44.37), ("Basra", null, null), ("K1 Air Base", 35.52, 44.28)];

    /// <summary>Events drawn with a seed: few types, parties and places so that many merge; dates exact, monthly, yearly, over years, backwards and missing.</summary>
    private static List<EventView> Events(int seed, int count)
    {
        var random = new Random(seed);
        var start = new DateOnly(2019, 11, 1);
        var list = new List<EventView>();
        for (int i = 0; i < count; i++)
        {
            var day = start.AddDays(random.Next(0, 200));
            (string? from, string? to) = random.Next(10) switch
            {
                0 => (null, null),
                1 => (new DateOnly(day.Year, day.Month, 1).ToString("yyyy-MM-dd"), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd")),
                2 => (new DateOnly(day.Year, 1, 1).ToString("yyyy-MM-dd"), new DateOnly(day.Year, 12, 31).ToString("yyyy-MM-dd")),
                3 => (day.AddYears(-4).ToString("yyyy-MM-dd"), day.ToString("yyyy-MM-dd")),
                4 => (day.AddDays(40).ToString("yyyy-MM-dd"), day.ToString("yyyy-MM-dd")),
                5 => (day.ToString("yyyy-MM-dd"), null),
                _ => (day.ToString("yyyy-MM-dd"), day.AddDays(random.Next(0, 3)).ToString("yyyy-MM-dd")),
            };
            var actor = random.Next(5) == 0 ? ((string, string?)?)null : Parties[random.Next(Parties.Length)];
            var target = random.Next(3) == 0 ? ((string, string?)?)null : Parties[random.Next(Parties.Length)];
            var place = random.Next(4) == 0 ? ((string, double?, double?)?)null : Places[random.Next(Places.Length)];
            list.Add(new EventView
            {
                Id = i + 1, DocumentId = i / 3 + 1, Type = Types[random.Next(Types.Length)], Status = random.Next(8) == 0 ? "planned" : "reported",
                Actor = actor?.Item1, ActorCode = actor?.Item2, Target = target?.Item1, TargetCode = target?.Item2,
                Place = place?.Item1, Lat = place?.Item2, Lon = place?.Item3, DateStart = from, DateEnd = to, DateValue = from,
            });
        }
        return list;
    }

    private static List<List<long>> Ids(List<List<EventView>> clusters) => clusters.Select(c => c.Select(e => e.Id).ToList()).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void MergingThroughTheIndexesGivesWhatTheScanGives(int seed)
    {
        var events = Events(seed, 4000);
        var scanned = EventFusion.ClusterByScan(events);
        var indexed = EventFusion.Cluster(events);
        Assert.Equal(Ids(scanned), Ids(indexed));
        // The draw merges a good share, or the comparison proves little.
        Assert.InRange(indexed.Count, 400, 3600);
        Assert.Contains(indexed, c => c.Count >= 3 && c[0].DateStart is null);
    }
}
