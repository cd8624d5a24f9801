using Dapper;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>Merging what each ingest adds gives exactly what merging everything again gives, whatever the order reports arrive in.</summary>
public sealed class IncrementalFusionTests
{
    private static List<IngestItem> Reports()
    {
        var bbc = Directory.GetFiles(Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw", "politics"), "*.txt")
            .Order(StringComparer.Ordinal).Take(45).Select(f => new IngestItem(Path.GetFileName(f)) { Bytes = File.ReadAllBytes(f), FallbackPublished = new DateOnly(2005, 6, 1) });
        var handover = new[] { Some.SeedPath, Some.Fixture("handover", "kurdistan-monitor.txt"), Some.Fixture("handover", "gulf-wire.txt") }
            .Select(f => new IngestItem(f) { Bytes = File.ReadAllBytes(f), FallbackPublished = new DateOnly(2020, 3, 30) });
        return bbc.Concat(handover).ToList();
    }

    /// <summary>Every merged event with its members, contradictions and timeline facts, ids included.</summary>
    private static List<string> Snapshot(TestStore target)
    {
        using var store = target.OpenSql();
        var c = store.Connection;
        return c.Query<string>("SELECT 'F' || f.id || ':' || f.type || ':' || COALESCE(f.actor, '') || ':' || COALESCE(f.date_start, '') || ':' || f.sources FROM fused_events f")
            .Concat(c.Query<string>("SELECT 'M' || fused_id || ':' || event_id FROM fused_members"))
            .Concat(c.Query<string>("SELECT 'C' || fused_id || ':' || kind || ':' || about || ':' || sides FROM contradictions"))
            .Concat(c.Query<string>("SELECT 'S' || COALESCE(fused_id, 0) || ':' || subject || ':' || predicate || ':' || value || ':' || COALESCE(valid_from, '') || ':' || COALESCE(valid_to, '') || ':' || COALESCE(unknown_bound, '') FROM states"))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>An undated meeting of one actor with a target named with a capital SQL's LOWER does not fold.</summary>
    private static Sitrep.Rows.StoredDocument Meeting(int n, string target) => new(0, $"hash-{n}", $"meeting-{n}.txt", $"Report {n} of a meeting with {target}.")
    {
        SimHash = n * 0x1234_5678_9ABCL,
        Events = [new Sitrep.Rows.EventRow { LocalId = "v1", Type = "CONSULT", Actor = "French government", Target = target, Status = "reported", Summary = "met", Evidence = "met" }],
    };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void An_undated_event_joins_a_merged_event_whose_target_is_spelt_with_another_case_of_a_non_ascii_capital(string dialect)
    {
        using var target = new TestStore(dialect);
        using (var store = target.Open())
        {
            store.Write([Meeting(1, "Élysée Palace")]);
            store.Fuse();
            store.Write([Meeting(2, "élysée palace")]);
            store.Fuse();
        }
        var incremental = Snapshot(target);
        using (var store = target.Open()) store.Fuse(rebuild: true);
        Assert.Equal(Snapshot(target), incremental);
        Assert.Single(incremental, x => x.StartsWith("F", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite", 1)]
    [InlineData("sqlite", 2)]
    [InlineData("postgres", 3)]
    public void MergingEachIngestsEventsGivesWhatMergingEverythingGives(string dialect, int seed)
    {
        using var target = new TestStore(dialect);
        var reports = Reports();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(reports));
        int merges = 0;
        using (var store = target.Open())
        {
            foreach (var batch in reports.Chunk(7))
            {
                new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1 }.Run(batch);
                store.Fuse();
                merges++;
            }
        }
        var incremental = Snapshot(target);
        using (var store = target.Open()) store.Fuse(rebuild: true);
        var rebuilt = Snapshot(target);
        Assert.True(merges >= 6);
        Assert.Contains(rebuilt, x => x.StartsWith("C"));
        Assert.Contains(rebuilt, x => x.StartsWith("S"));
        Assert.True(rebuilt.SequenceEqual(incremental), "only after a rebuild: " + string.Join("\n", rebuilt.Except(incremental).Take(10)) + "\nonly incremental: " + string.Join("\n", incremental.Except(rebuilt).Take(10)));
    }
}
