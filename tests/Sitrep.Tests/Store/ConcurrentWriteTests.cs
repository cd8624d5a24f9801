using Dapper;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>Processes writing to one store at once decide repeats and near-copies as one process would: the store decides, under its write lock.</summary>
public sealed class ConcurrentWriteTests
{
    /// <summary>Two ingests, each on its own connection to the store, prepared and then started at the same moment.</summary>
    private static async Task<IngestReport[]> TwoAtOnce(TestStore target, Func<int, ISitrepStore, Func<IngestReport>> prepare)
    {
        using var start = new Barrier(2);
        return await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Factory.StartNew(() =>
        {
            using var store = target.Open();
            var run = prepare(i, store);
            start.SignalAndWait();
            return run();
        }, TaskCreationOptions.LongRunning)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_processes_each_storing_one_of_a_near_copy_pair_at_once_keep_one_original_and_one_link(string dialect)
    {
        using var target = new TestStore(dialect);
        using (target.Open()) { }
        var seed = File.ReadAllText(Some.SeedPath);
        // A syndicated copy: the same report with the outlet's own last line.
        var pair = new[] { seed, seed + "\nThis story first appeared on Rudaw.\n" };
        var reports = await TwoAtOnce(target, (i, store) =>
        {
            var ingester = new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1 };
            return () => ingester.Run([new IngestItem($"copy-{i}.txt") { Text = pair[i], FallbackPublished = new DateOnly(2020, 3, 30) }]);
        });
        Assert.Equal(1, reports.Sum(r => r.Totals.NearDuplicates));
        using var sql = target.OpenSql();
        var rows = sql.Connection.Query<(long Id, long? DuplicateOf)>("SELECT id, duplicate_of FROM documents ORDER BY id").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal((null, rows[0].Id), (rows[0].DuplicateOf, rows[1].DuplicateOf!.Value));
        Assert.Equal(0, sql.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events WHERE document_id = @id", new { id = rows[1].Id }));
        Assert.True(sql.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events WHERE document_id = @id", new { id = rows[0].Id }) > 0);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_processes_storing_the_same_reports_at_once_store_each_once(string dialect)
    {
        using var target = new TestStore(dialect);
        using (target.Open()) { }
        var files = Directory.GetFiles(Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw", "politics"), "*.txt")
            .Order(StringComparer.Ordinal).Take(24).ToList();
        var reports = await TwoAtOnce(target, (i, store) =>
        {
            var ingester = new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1, BatchSize = 4, ReadAhead = 4 };
            // One takes them in order, the other backwards: they meet in the middle.
            var order = i == 0 ? files : Enumerable.Reverse(files);
            return () => ingester.Run(order.Select(f => new IngestItem(Path.GetFileName(f)) { Bytes = File.ReadAllBytes(f), FallbackPublished = new DateOnly(2005, 6, 1) }).ToList());
        });
        Assert.Equal(24, reports.Sum(r => r.Totals.Stored));
        Assert.Equal(24, reports.Sum(r => r.Totals.Skipped));
        using var sql = target.OpenSql();
        Assert.Equal(24, sql.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
        Assert.Equal(24, sql.Connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT input) FROM documents"));
    }
}
