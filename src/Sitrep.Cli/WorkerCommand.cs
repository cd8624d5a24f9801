using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Queue;
using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>sitrep worker, and sitrep ingest --broker: reports through a NATS JetStream work queue.</summary>
public static class WorkerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var broker = new Option<string>("--broker") { Description = "nats://HOST:PORT of a NATS server with JetStream.", Required = true };
        var db = IngestCommand.DatabaseOption();
        var batch = new Option<int>("--batch") { Description = "Reports taken at once (the bound on work in flight).", DefaultValueFactory = _ => 32 }.MustBeWithin(1, 1000, "the reports taken at once");
        var tries = new Option<int>("--tries") { Description = "Deliveries a failing report gets before it goes to the dead letters (sitrep.dead).", DefaultValueFactory = _ => 3 }.MustBeWithin(1, 100, "the deliveries a report gets");
        var idle = new Option<int?>("--stop-when-idle") { Description = "Stop once the queue has been empty this many seconds (a batch job); by default run until stopped." }.MustBeWithin(1, 86_400, "the idle seconds");
        var ackWait = new Option<int>("--ack-wait") { Description = "Seconds the broker waits for a taken report's acknowledgement before giving it to another worker (a worker that died).", DefaultValueFactory = _ => 300 }.MustBeWithin(1, 86_400, "the seconds to wait for an acknowledgement");
        var workers = new Option<int>("--workers") { Description = "Pipelines run in parallel within a batch.", DefaultValueFactory = _ => 1 }.MustBeWithin(1, 64, "the parallel pipelines");
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var limits = new SitrepCli.LimitOptions();
        var command = new Command("worker", "Take reports from the broker's work queue, extract and store them (acknowledged only once stored), merge events when the queue runs empty; any number on any machine.")
        {
            broker, db, batch, tries, idle, ackWait, workers, data,
        };
        limits.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            if (SitrepCli.LoadResources(parse.GetValue(data), error) is not { } resources) return SitrepCli.SomeInputsFailed;
            ISitrepStore store;
            try
            {
                store = SitrepStore.Open(parse.GetValue(db)!);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UriFormatException or StoreException)
            {
                error.WriteLine($"sitrep: cannot open the store {parse.GetValue(db)}: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            using (store)
            {
                Broker connected;
                try
                {
                    connected = await Broker.ConnectAsync(parse.GetValue(broker)!, cancel, waitForIt: true);
                }
                catch (Exception e) when (e is NATS.Client.Core.NatsException or NATS.Client.JetStream.NatsJSException or UriFormatException)
                {
                    error.WriteLine($"sitrep: cannot use the broker {parse.GetValue(broker)}: {e.Message}");
                    return SitrepCli.SomeInputsFailed;
                }
                await using (connected)
                {
                    var options = new WorkerOptions
                    {
                        BatchSize = parse.GetValue(batch), Tries = parse.GetValue(tries), Workers = parse.GetValue(workers), Limits = limits.Read(parse),
                        StopWhenIdle = parse.GetValue(idle) is { } s ? TimeSpan.FromSeconds(s) : null, AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)),
                    };
                    output.WriteLine($"sitrep worker: taking reports from {connected.Url} into {store.Description}.");
                    output.Flush();
                    var report = await new ReportWorker(connected, resources, store, options).RunAsync(m => error.WriteLine($"sitrep: {m}"), cancel);
                    var merged = report.LastFusion is not null ? "; " + MergeSummary.Short(store) : "";
                    output.WriteLine($"{report.Stored} stored, {report.Skipped} already stored, {report.DeadLetters} to the dead letters; {report.Events} events{merged}; "
                                     + $"done after {report.DoneAfter.TotalSeconds:0.0} s of {report.Elapsed.TotalSeconds:0.0} s; broker {report.BrokerTime.TotalSeconds:0.0} s (waiting for reports included), store {report.StoreTime.TotalSeconds:0.0} s");
                    return report.DeadLetters == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
                }
            }
        });
        return command;
    }

    /// <summary>sitrep ingest SOURCE... --broker URL: the reports to the work queue, nothing stored here.</summary>
    public static async Task<int> PublishAsync(string url, IngestSources sources, string[] inputs, DateOnly? published, string? outlet, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        Broker broker;
        try
        {
            broker = await Broker.ConnectAsync(url, cancel);
        }
        catch (Exception e) when (e is NATS.Client.Core.NatsException or NATS.Client.JetStream.NatsJSException or UriFormatException)
        {
            error.WriteLine($"sitrep: cannot use the broker {url}: {e.Message}");
            return SitrepCli.SomeInputsFailed;
        }
        await using (broker)
        {
            // The options fill what a report does not give, as in a direct ingest: the worker applies them.
            var items = sources.Expand(inputs).Select(i => i with { FallbackPublished = published, FallbackOutlet = outlet });
            var report = await new ReportPublisher(broker).PublishAsync(items, cancel);
            foreach (var (_, reason) in report.Failures) error.WriteLine($"sitrep: {reason}");
            output.WriteLine($"{report.Published} published to {url} ({report.Duplicates} already queued), {report.Failures.Count} failed; {await broker.PendingAsync(CancellationToken.None)} waiting for workers");
            if (cancel.IsCancellationRequested) return SitrepCli.Interrupted;
            return report.Failures.Count == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
        }
    }
}
