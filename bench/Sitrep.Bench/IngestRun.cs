using Sitrep.Documents;
using System.Diagnostics;
using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Reading;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// End-to-end ingest into a fresh SQLite file (or --db TARGET): documents and events per second,
/// the fusion pass, the database's size, and the working set sampled as the corpus grows — flat
/// samples are how we know memory does not grow with the corpus. Prints figures; asserts nothing.
/// </summary>
public static class IngestRun
{
    public static int Run(string[] args)
    {
        var sources = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        int dbAt = Array.IndexOf(args, "--db");
        string db = dbAt >= 0 && dbAt + 1 < args.Length ? args[dbAt + 1] : Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        if (dbAt >= 0) sources.Remove(db);
        if (sources.Count == 0)
        {
            Console.Error.WriteLine("usage: ingest SOURCE... [--db TARGET]");
            return 2;
        }
        var load = Stopwatch.StartNew();
        var resources = SitrepResources.Load(Inputs.DataDirectory);
        Console.WriteLine($"resources loaded in {load.ElapsedMilliseconds} ms; {Environment.ProcessorCount} cores; store {db}");
        using var self = Process.GetCurrentProcess();
        var samples = new List<(int Seen, double Mb, double LiveMb)>();
        IngestReport report;
        using (var store = SitrepStore.Open(db))
        {
            var ingester = new Ingester(resources, store, new ReaderOptions());
            var items = new IngestSources(new FieldMap(Published: "date"), () => Stream.Null).Expand(sources);
            int nextSample = 1000;
            report = ingester.Run(items, p =>
            {
                if (p.Seen < nextSample) return;
                self.Refresh();
                // The live managed heap after a full collection: what the ingest keeps, as opposed to what the GC has not returned yet.
                samples.Add((p.Seen, self.WorkingSet64 / 1024.0 / 1024.0, GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0));
                nextSample = p.Seen + 2000;
            });
            var t = report.Totals;
            Console.WriteLine($"documents: {t.Seen} read, {t.Stored} stored ({t.NearDuplicates} near-duplicates linked), {t.Skipped} skipped, {t.Failed} failed, in {t.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"throughput: {t.Seen / t.Elapsed.TotalSeconds:0} documents/s, {t.Events / t.Elapsed.TotalSeconds:0} events/s ({t.Events} events)");
            var fusionClock = Stopwatch.StartNew();
            var fusion = store.Fuse();
            Console.WriteLine($"fusion: {fusion.Events} events merged, {fusion.Fused} merged events written ({store.Count(StoreTable.FusedEvents)} in the store), {fusion.Contradictions} contradictions, {fusion.States} timeline facts, in {fusionClock.Elapsed.TotalSeconds:0.0} s");
            foreach (var (reason, n) in report.Failures.GroupBy(f => f.Reason.Contains(": ") ? f.Reason[(f.Reason.IndexOf(": ", StringComparison.Ordinal) + 2)..] : f.Reason).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).Take(5))
                Console.WriteLine($"  failed ×{n}: {reason}");
        }
        self.Refresh();
        Console.WriteLine($"as the corpus grew (documents: working set / live managed heap): {string.Join(", ", samples.Select(s => $"{s.Seen}: {s.Mb:0}/{s.LiveMb:0} MB"))}");
        Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
        if (!db.Contains("://", StringComparison.Ordinal))
            Console.WriteLine($"database: {new FileInfo(db).Length / 1024.0 / 1024.0:0.0} MB");
        return 0;
    }
}
