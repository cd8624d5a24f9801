using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Sitrep.Queue;

/// <summary>
/// The broker as Sitrep uses it: a NATS server with JetStream, a work-queue stream of reports
/// (each message taken by one worker and removed once acknowledged), and a stream that keeps the
/// dead letters — reports that failed their tries, each with its reason.
/// </summary>
public sealed class Broker : IAsyncDisposable
{
    public const string ReportStream = "SITREP_REPORTS";
    public const string ReportSubject = "sitrep.reports";
    public const string DeadStream = "SITREP_DEAD";
    public const string DeadSubject = "sitrep.dead";
    public const string WorkerConsumer = "sitrep-workers";
    /// <summary>Header of a dead letter: why the report failed.</summary>
    public const string ReasonHeader = "Sitrep-Reason";

    private Broker(NatsConnection connection, INatsJSContext js, string url)
    {
        Connection = connection;
        JetStream = js;
        Url = url;
    }

    public NatsConnection Connection { get; }

    public INatsJSContext JetStream { get; }

    public string Url { get; }

    /// <summary>Connects and makes sure both streams exist (the first process to connect creates them).</summary>
    /// <param name="waitForIt">Keep trying until the broker answers (a worker started before its broker); otherwise fail at once.</param>
    public static async Task<Broker> ConnectAsync(string url, CancellationToken cancel = default, bool waitForIt = false)
    {
        var connection = new NatsConnection(new NatsOpts
        {
            Url = url,
            Name = "sitrep",
            // Through a broker restart: reconnect for as long as it takes, a little apart.
            MaxReconnectRetry = -1,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(200),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            RetryOnInitialConnect = waitForIt,
        });
        try
        {
            await connection.ConnectAsync();
            var js = new NatsJSContext(connection);
            await js.CreateStreamAsync(new StreamConfig(ReportStream, [ReportSubject])
            {
                Retention = StreamConfigRetention.Workqueue, Storage = StreamConfigStorage.File, DuplicateWindow = TimeSpan.FromMinutes(2),
            }, cancel);
            await js.CreateStreamAsync(new StreamConfig(DeadStream, [DeadSubject]) { Retention = StreamConfigRetention.Limits, Storage = StreamConfigStorage.File }, cancel);
            return new Broker(connection, js, url);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>How many reports wait in the stream (published and not yet acknowledged).</summary>
    public async Task<long> PendingAsync(CancellationToken cancel = default)
    {
        var stream = await JetStream.GetStreamAsync(ReportStream, cancellationToken: cancel);
        return (long)stream.Info.State.Messages;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
