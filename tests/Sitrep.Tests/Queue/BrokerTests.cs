using System.Diagnostics;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Sitrep.Ingest;
using Sitrep.Queue;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Tests.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Queue;

/// <summary>Reports through a real NATS JetStream broker on 127.0.0.1, into a real store, against a single-process ingest of the same reports.</summary>
public sealed class BrokerTests
{
    private static readonly DateOnly Published = new(2020, 3, 30);

    private static List<IngestItem> Handover() =>
    [
        new(Some.SeedPath) { Bytes = File.ReadAllBytes(Some.SeedPath), FallbackPublished = Published },
        new(Some.Fixture("handover", "kurdistan-monitor.txt")) { Bytes = File.ReadAllBytes(Some.Fixture("handover", "kurdistan-monitor.txt")), FallbackPublished = Published, FallbackOutlet = "Kurdistan Monitor" },
        new(Some.Fixture("handover", "gulf-wire.txt")) { Bytes = File.ReadAllBytes(Some.Fixture("handover", "gulf-wire.txt")), FallbackPublished = new DateOnly(2020, 3, 29), FallbackOutlet = "Gulf Wire" },
    ];

    private static List<IngestItem> Bbc(int count) =>
        Directory.GetFiles(Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw", "politics"), "*.txt").Order(StringComparer.Ordinal).Take(count)
            .Select(f => new IngestItem(Path.GetFileName(f)) { Bytes = File.ReadAllBytes(f), FallbackPublished = new DateOnly(2005, 6, 1) }).ToList();

    /// <summary>What a store holds, in a form two stores can be compared by: reports, events, and each merged event's content.</summary>
    private static (long Documents, long Events, List<string> Merged) Contents(string target)
    {
        using var store = SitrepStore.Open(target);
        var merged = store.FindFused(new EventFilter())
            .Select(f => string.Join(" | ", f.Members.Select(m => $"{m.Type} {m.Actor}>{m.Target ?? m.Recipient} @{m.Place} {m.DateValue} [{m.Input}:{m.LocalId}]").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        return (store.Count(StoreTable.Documents), store.Count(StoreTable.Events), merged);
    }

    private static string DirectIngest(IEnumerable<IngestItem> items, TemporaryDirectory dir)
    {
        var target = dir.File("direct.db");
        using var store = SitrepStore.Open(target);
        new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1 }.Run(items);
        store.Fuse();
        return target;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportsThroughTheBrokerAreStoredOnceAndMergedAsByOneProcess(string dialect)
    {
        using var nats = new NatsServer();
        using var dir = new TemporaryDirectory();
        using var workerStore = new TestStore(dialect);
        await using var broker = await Broker.ConnectAsync(nats.Url);
        var first = await new ReportPublisher(broker).PublishAsync(Handover());
        Assert.Equal((3, 0, 0), (first.Published, first.Duplicates, first.Failures.Count));
        // The same reports again: the broker's duplicate window drops them.
        var again = await new ReportPublisher(broker).PublishAsync(Handover());
        Assert.Equal((0, 3), (again.Published, again.Duplicates));
        // A redelivery the window does not catch (another id): the store skips the stored text.
        var copy = ReportMessage.Of(Handover()[0]).Serialize();
        (await broker.JetStream.PublishAsync(Broker.ReportSubject, copy, opts: new NatsJSPubOpts { MsgId = "another-id" })).EnsureSuccess();
        Assert.Equal(4, await broker.PendingAsync());

        var target = workerStore.Target;
        using (var store = SitrepStore.Open(target))
        {
            var report = await new ReportWorker(broker, Some.Resources, store, new WorkerOptions { StopWhenIdle = TimeSpan.FromSeconds(1) }).RunAsync();
            Assert.Equal((3, 1, 0), (report.Stored, report.Skipped, report.DeadLetters));
        }
        Assert.Equal(0, await broker.PendingAsync());
        var viaBroker = Contents(target);
        var direct = Contents(DirectIngest(Handover(), dir));
        Assert.Equal((3, 23), (viaBroker.Documents, viaBroker.Events));
        Assert.Equal(direct.Documents, viaBroker.Documents);
        Assert.Equal(direct.Events, viaBroker.Events);
        Assert.True(direct.Merged.SequenceEqual(viaBroker.Merged), "only direct: " + string.Join("\n", direct.Merged.Except(viaBroker.Merged)) + "\nonly via the broker: " + string.Join("\n", viaBroker.Merged.Except(direct.Merged)));
        using var check = SitrepStore.Open(target);
        Assert.Contains(check.Documents(), d => d.Outlet == "Gulf Wire" && d.Published == "2020-03-29");
    }

    [Fact]
    public async Task AReportThatFailsItsTriesGoesToTheDeadLettersWithItsReasonAndTheOthersAreStored()
    {
        using var nats = new NatsServer();
        using var dir = new TemporaryDirectory();
        await using var broker = await Broker.ConnectAsync(nats.Url);
        var items = Handover().Take(1).Append(new IngestItem("empty.txt") { Text = "   " }).ToList();
        await new ReportPublisher(broker).PublishAsync(items);
        (await broker.JetStream.PublishAsync(Broker.ReportSubject, "not json"u8.ToArray())).EnsureSuccess();
        using (var store = SitrepStore.Open(dir.File("w.db")))
        {
            var report = await new ReportWorker(broker, Some.Resources, store, new WorkerOptions { Tries = 2, StopWhenIdle = TimeSpan.FromSeconds(3) }).RunAsync();
            Assert.Equal((1, 2), (report.Stored, report.DeadLetters));
            Assert.Equal(1, store.Count(StoreTable.Documents));
        }
        Assert.Equal(0, await broker.PendingAsync());
        var dead = await broker.JetStream.CreateOrderedConsumerAsync(Broker.DeadStream);
        var letters = new List<(string Input, string Reason)>();
        await foreach (var msg in dead.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 10, Expires = TimeSpan.FromSeconds(2) }))
            letters.Add((msg.Headers!["Sitrep-Input"].ToString(), msg.Headers![Broker.ReasonHeader].ToString()));
        Assert.Equal(2, letters.Count);
        Assert.Contains(("empty.txt", "empty.txt: the input is empty."), letters);
        Assert.Contains(letters, l => l.Input == "?" && l.Reason.StartsWith("the message is not a Sitrep report"));
    }

    [Fact]
    public async Task AWorkerKilledMidStreamAndABrokerRestartLoseNothingAndStoreNothingTwice()
    {
        using var nats = new NatsServer();
        using var dir = new TemporaryDirectory();
        var reports = Bbc(120);
        await using (var broker = await Broker.ConnectAsync(nats.Url))
            Assert.Equal(120, (await new ReportPublisher(broker).PublishAsync(reports)).Published);
        var target = dir.File("workers.db");
        using (SitrepStore.Open(target)) { }
        string[] Worker(params string[] more) => ["worker", "--broker", nats.Url, "--db", target, "--batch", "8", "--ack-wait", "4", .. more];
        using (var doomed = SitrepCommand.Start(Worker()))
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                using (var s = SitrepStore.OpenReadOnly(target)) if (s.Count(StoreTable.Documents) >= 24) break;
                Thread.Sleep(50);
            }
            Assert.False(doomed.HasExited, "the worker ended before it could be killed");
            doomed.Kill();
            doomed.WaitForExit();
        }
        // The broker goes away for a few seconds while two workers start.
        nats.Stop();
        var workers = new[] { SitrepCommand.Start(Worker("--stop-when-idle", "8")), SitrepCommand.Start(Worker("--stop-when-idle", "8")) };
        Thread.Sleep(3000);
        nats.Start();
        foreach (var w in workers)
        {
            var stdout = w.StandardOutput.ReadToEndAsync();
            var stderr = w.StandardError.ReadToEndAsync();
            Assert.True(w.WaitForExit(240_000), "a worker did not finish");
            Assert.True(w.ExitCode == 0, await stdout + await stderr);
            w.Dispose();
        }
        var viaBroker = Contents(target);
        var direct = Contents(DirectIngest(reports, dir));
        Assert.Equal(direct.Documents, viaBroker.Documents);
        Assert.Equal(direct.Events, viaBroker.Events);
        Assert.True(direct.Merged.SequenceEqual(viaBroker.Merged), "only direct: " + string.Join("\n", direct.Merged.Except(viaBroker.Merged)) + "\nonly via the broker: " + string.Join("\n", viaBroker.Merged.Except(direct.Merged)));
    }

    [Fact]
    public async Task AWorkerStoppedBySigtermFinishesItsBatchAndAnotherTakesTheRest()
    {
        using var nats = new NatsServer();
        using var dir = new TemporaryDirectory();
        var reports = Bbc(60);
        await using (var broker = await Broker.ConnectAsync(nats.Url))
            Assert.Equal(60, (await new ReportPublisher(broker).PublishAsync(reports)).Published);
        var target = dir.File("w.db");
        using (SitrepStore.Open(target)) { }
        using (var worker = SitrepCommand.Start(["worker", "--broker", nats.Url, "--db", target, "--batch", "4"]))
        {
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                using (var s = SitrepStore.OpenReadOnly(target)) if (s.Count(StoreTable.Documents) >= 8) break;
                Thread.Sleep(50);
            }
            using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString()])) kill.WaitForExit();
            Assert.True(worker.WaitForExit(60_000), "the worker did not stop on SIGTERM");
            Assert.Equal(0, worker.ExitCode);
            Assert.Matches(@"\d+ stored, 0 already stored, 0 to the dead letters", await stdout);
        }
        long stopped;
        using (var s = SitrepStore.OpenReadOnly(target)) stopped = s.Count(StoreTable.Documents);
        Assert.InRange(stopped, 8, 59);
        var (code, output, error) = SitrepCommand.Run("", "worker", "--broker", nats.Url, "--db", target, "--stop-when-idle", "2");
        Assert.True(code == 0, error);
        Assert.StartsWith($"{60 - stopped} stored, 0 already stored, 0 to the dead letters", output.Split('\n')[1]);
        Assert.Equal(DirectContents(reports, dir), Contents(target).Merged);
    }

    private static List<string> DirectContents(List<IngestItem> reports, TemporaryDirectory dir) => Contents(DirectIngest(reports, dir)).Merged;
}
