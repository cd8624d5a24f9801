using System.Data.Common;
using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;

namespace Sitrep.Queue;

/// <summary>How a worker takes its work.</summary>
public sealed record WorkerOptions
{
    /// <summary>Reports taken at once: the bound on work in flight (and on memory) per worker.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Deliveries a failing report gets before it goes to the dead letters.</summary>
    public int Tries { get; init; } = 3;

    /// <summary>How long the broker waits for a taken report's acknowledgement before giving it to another worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Stop after the queue has been empty this long (a batch job); null: run until stopped.</summary>
    public TimeSpan? StopWhenIdle { get; init; }

    /// <summary>Pipelines run in parallel within a batch.</summary>
    public int Workers { get; init; } = 1;

    public WorkLimits Limits { get; init; } = new();
}

/// <summary>What a worker did before it stopped.</summary>
public sealed record WorkerReport(int Stored, int Skipped, int DeadLetters, long Events, int Batches, FusionResult? LastFusion)
{
    /// <summary>Waiting for and acknowledging reports: the broker's share (with the idle wait at the end).</summary>
    public TimeSpan BrokerTime { get; init; }

    /// <summary>Reading, writing and merging in the store: the database's share.</summary>
    public TimeSpan StoreTime { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>When its last work (a batch, or merging) was done, from its start: the run without the final wait for more.</summary>
    public TimeSpan DoneAfter { get; init; }
}

/// <summary>
/// Takes reports from the work queue a batch at a time, extracts and stores them through the
/// <see cref="Ingester"/> (which skips a report whose text is stored: a redelivery never stores
/// twice), and acknowledges each only after the store committed it. A report that fails is tried
/// again, up to <see cref="WorkerOptions.Tries"/> deliveries, then sent to the dead letters with
/// its reason. When the store fails (a server away), the batch goes back to the queue. Events are
/// merged again whenever the queue runs empty and when the worker stops. A stop (the token)
/// finishes the batch in hand and returns nothing unacknowledged but what the broker redelivers.
/// </summary>
public sealed class ReportWorker(Broker broker, SitrepResources resources, ISitrepStore store, WorkerOptions options)
{
    // One for the worker's life, so its pipeline is built once; each run reads what is stored anew.
    private readonly Ingester _ingester = new(resources, store, new ReaderOptions()) { Workers = options.Workers, BatchSize = options.BatchSize, Limits = options.Limits };

    public async Task<WorkerReport> RunAsync(Action<string>? log = null, CancellationToken stop = default)
    {
        var consumer = await broker.JetStream.CreateOrUpdateConsumerAsync(Broker.ReportStream, new ConsumerConfig(Broker.WorkerConsumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = options.AckWait,
            // The worker counts the tries itself; the server's bound is a backstop one past it.
            MaxDeliver = options.Tries + 1,
        }, stop);
        int stored = 0, skipped = 0, dead = 0, batches = 0;
        long events = 0;
        // A worker killed before it merged leaves events unmerged: the first empty queue merges whatever is stored.
        bool unmerged = true;
        FusionResult? fusion = null;
        var idleSince = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var timing = new Timing();
        var doneAfter = TimeSpan.Zero;
        void Merge()
        {
            var merge = Stopwatch.StartNew();
            fusion = store.Fuse();
            timing.Store += merge.Elapsed;
            unmerged = false;
            doneAfter = clock.Elapsed;
        }
        // The next batch is taken while this one is extracted, so the broker's round trip overlaps
        // the work: at most two batches in flight per worker.
        Task<List<INatsJSMsg<byte[]>>?>? next = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                timing.Broker.Start();
                var batch = await (next ?? FetchAsync(consumer, log));
                next = null;
                timing.Broker.Stop();
                if (batch is null)
                {
                    // The broker is away: the connection reconnects; wait and try again.
                    await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
                    continue;
                }
                if (batch.Count == 0)
                {
                    if (unmerged) Merge();
                    if (options.StopWhenIdle is { } idle && DateTime.UtcNow - idleSince >= idle) break;
                    continue;
                }
                if (!stop.IsCancellationRequested) next = FetchAsync(consumer, log);
                batches++;
                var outcome = await HandleAsync(batch, log, timing);
                stored += outcome.Stored;
                skipped += outcome.Skipped;
                dead += outcome.Dead;
                events += outcome.Events;
                if (outcome.Stored > 0) unmerged = true;
                idleSince = DateTime.UtcNow;
                doneAfter = clock.Elapsed;
                // The batch taken ahead waited while this one was worked: tell the broker it is in
                // hand, so its wait for an acknowledgement starts again.
                if (next is { IsCompletedSuccessfully: true } && next.Result is { } waiting)
                    foreach (var msg in waiting) await ProgressQuietlyAsync(msg);
            }
        }
        finally
        {
            // Stopped, or failed, with a batch taken ahead: it goes back to the queue at once, for
            // another worker; what is stored is merged, whatever stopped the loop.
            if (next is not null && await next is { } ahead)
                foreach (var msg in ahead) await NakQuietlyAsync(msg);
            if (unmerged) Merge();
        }
        return new WorkerReport(stored, skipped, dead, events, batches, fusion) { BrokerTime = timing.Broker.Elapsed, StoreTime = timing.Store, Elapsed = clock.Elapsed, DoneAfter = doneAfter };
    }

    /// <summary>Up to a batch of reports, an empty list when none came within 2 s, or null when the broker is away.</summary>
    private async Task<List<INatsJSMsg<byte[]>>?> FetchAsync(INatsJSConsumer consumer, Action<string>? log)
    {
        var batch = new List<INatsJSMsg<byte[]>>();
        try
        {
            // Not cancelled by the stop: a fetch ends within its expiry, and what it took is handled or
            // returned. The first report is waited for; then whatever is waiting, up to a batch, without
            // waiting for a full one: a report arriving alone is taken at once, not after the expiry.
            await foreach (var msg in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(2) }))
                batch.Add(msg);
            if (batch.Count == 1 && options.BatchSize > 1)
                await foreach (var msg in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.BatchSize - 1 }))
                    batch.Add(msg);
            return batch;
        }
        catch (Exception e) when (e is NatsException or NatsJSException)
        {
            log?.Invoke($"the broker {broker.Url} is not answering ({e.Message}); waiting.");
            // What it took before the failure goes back.
            foreach (var msg in batch) await NakQuietlyAsync(msg);
            return null;
        }
    }

    private static async Task ProgressQuietlyAsync(INatsJSMsg<byte[]> msg)
    {
        try { await msg.AckProgressAsync(); }
        catch (Exception e) when (e is NatsException or NatsJSException) { /* the broker redelivers it after the ack wait; the store skips it */ }
    }

    private static async Task NakQuietlyAsync(INatsJSMsg<byte[]> msg)
    {
        try { await msg.NakAsync(); }
        catch (Exception e) when (e is NatsException or NatsJSException) { /* the broker redelivers it after the ack wait */ }
    }

    private sealed record Outcome(int Stored, int Skipped, int Dead, long Events);

    /// <summary>Where a worker's time goes: waiting on the broker, and in the store.</summary>
    private sealed class Timing
    {
        public Stopwatch Broker { get; } = new();
        public TimeSpan Store { get; set; }
    }

    private async Task<Outcome> HandleAsync(List<INatsJSMsg<byte[]>> batch, Action<string>? log, Timing timing)
    {
        int dead = 0;
        var work = new List<(INatsJSMsg<byte[]> Msg, IngestItem Item)>();
        foreach (var msg in batch)
        {
            if (ReportMessage.Read(msg.Data) is { } message) work.Add((msg, message.ToItem()));
            else
            {
                await DeadLetterAsync(msg, "?", "the message is not a Sitrep report (JSON with key and bytes or text).");
                dead++;
            }
        }
        if (work.Count == 0) return new Outcome(0, 0, dead, 0);
        IngestReport report;
        try
        {
            report = _ingester.Run(work.Select(w => w.Item));
            timing.Store += report.StoreTime;
        }
        catch (Exception e) when (e is DbException or StoreException or IOException)
        {
            // Nothing of this batch is known to be stored: all of it goes back, to this worker or another.
            log?.Invoke($"the store failed ({e.Message}); {work.Count} reports go back to the queue.");
            foreach (var (msg, _) in work) await msg.NakAsync(delay: TimeSpan.FromSeconds(5));
            return new Outcome(0, 0, dead, 0);
        }
        var failed = report.Failures.GroupBy(f => f.Input).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
        timing.Broker.Start();
        foreach (var (msg, item) in work)
        {
            if (!failed.TryGetValue(item.Key, out var reason))
            {
                // Stored (or already stored) and committed: now the broker may forget it. An ack that
                // is lost only brings the report back, and the store skips it: no need to wait for the
                // broker's confirmation of each.
                await msg.AckAsync();
                continue;
            }
            if ((long)(msg.Metadata?.NumDelivered ?? 1) >= options.Tries)
            {
                await DeadLetterAsync(msg, item.Key, reason);
                dead++;
            }
            else await msg.NakAsync(delay: TimeSpan.FromSeconds(1));
        }
        timing.Broker.Stop();
        var t = report.Totals;
        return new Outcome(t.Stored, t.Skipped, dead, t.Events);
    }

    /// <summary>The report, unchanged, to the dead letters with its reason; then it leaves the queue.</summary>
    private async Task DeadLetterAsync(INatsJSMsg<byte[]> msg, string input, string reason)
    {
        var headers = new NatsHeaders { [Broker.ReasonHeader] = reason.ReplaceLineEndings(" "), ["Sitrep-Input"] = input };
        var ack = await broker.JetStream.PublishAsync(Broker.DeadSubject, msg.Data ?? [], headers: headers);
        ack.EnsureSuccess();
        await msg.AckAsync(new AckOpts { DoubleAck = true });
    }
}
