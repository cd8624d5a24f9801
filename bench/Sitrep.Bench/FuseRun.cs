using System.Diagnostics;
using Sitrep.Fusion;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// <c>bench fuse STORE</c>: merging every stored event, the plain greedy scan against the indexed
/// one on the same events (and that they agree), then the store's whole rebuild (it writes: give a copy).
/// </summary>
public static class FuseRun
{
    public static int Run(string[] args)
    {
        using var store = SitrepStore.Open(args[0]);
        var read = Stopwatch.StartNew();
        var events = store.FindEvents(new EventFilter()).OrderBy(e => e.Id).ToList();
        Console.WriteLine($"{events.Count:N0} events read in {read.Elapsed.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        var scanned = EventFusion.ClusterByScan(events);
        var scan = clock.Elapsed;
        clock.Restart();
        var indexed = EventFusion.Cluster(events);
        var index = clock.Elapsed;
        bool same = scanned.Count == indexed.Count && scanned.Zip(indexed).All(p => p.First.Select(e => e.Id).SequenceEqual(p.Second.Select(e => e.Id)));
        Console.WriteLine($"clustering into {indexed.Count:N0} merged events: scan {scan.TotalSeconds:F2} s, indexed {index.TotalSeconds:F2} s; the same clusters: {same}");
        clock.Restart();
        var result = store.Fuse();
        Console.WriteLine($"the store's rebuild (read, cluster, write merged events, contradictions, timeline): {clock.Elapsed.TotalSeconds:F1} s for {result.Events:N0} events into {result.Fused:N0}");
        return same ? 0 : 1;
    }
}
