using System.Diagnostics;
using Sitrep.Composition;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// <c>bench fuse-growth BASE.db DIR REPORTS COPIES...</c>: for stores of growing size (BASE's
/// reports with events copied COPIES times, each copy a year later, built in DIR and merged), the
/// time to merge a few new reports (REPORTS: files) — incrementally, as an ingest does — against
/// merging everything again.
/// </summary>
public static class FuseGrowthRun
{
    public static int Run(string[] args)
    {
        string source = args[0], dir = args[1], reports = args[2];
        Directory.CreateDirectory(dir);
        var resources = SitrepResources.Load();
        var files = Directory.GetFiles(reports).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine("| stored events | merged events | new reports (events) | merge them: incremental | merge everything again | per new report, incremental |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var copies in args[3..].Select(int.Parse))
        {
            var target = Path.Combine(dir, $"growth-{copies}.db");
            if (!File.Exists(target)) Web.WebLatencyRun.Build(source, copies, target);
            var work = Path.Combine(dir, "work.db");
            foreach (var f in new[] { work, work + "-wal", work + "-shm" }) File.Delete(f);
            File.Copy(target, work);
            using var store = SitrepStore.Open(work);
            long before = store.Count(StoreTable.Events), mergedBefore = store.Count(StoreTable.FusedEvents);
            var report = new Ingester(resources, store, new ReaderOptions()) { Workers = 1, DefaultPublished = new DateOnly(2020, 3, 30) }
                .Run(files.Select(f => new IngestItem(f) { Bytes = File.ReadAllBytes(f) }));
            var clock = Stopwatch.StartNew();
            store.Fuse();
            var incremental = clock.Elapsed;
            clock.Restart();
            store.Fuse(rebuild: true);
            var rebuild = clock.Elapsed;
            Console.WriteLine($"| {before:N0} | {mergedBefore:N0} | {report.Totals.Stored} ({report.Totals.Events}) | {incremental.TotalMilliseconds:F0} ms | {rebuild.TotalSeconds:F1} s | {incremental.TotalMilliseconds / Math.Max(1, report.Totals.Stored):F1} ms |");
        }
        return 0;
    }
}
