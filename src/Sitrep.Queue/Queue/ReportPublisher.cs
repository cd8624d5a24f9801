using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Ingest;

namespace Sitrep.Queue;

/// <summary>What publishing did: reports the broker now holds, repeats it dropped, and sources that could not be published (with why).</summary>
public sealed record PublishReport(int Published, int Duplicates, IReadOnlyList<(string Input, string Reason)> Failures);

/// <summary>
/// Publishes reports to the work queue, each acknowledged by the broker before the next is counted
/// (at most <see cref="MaxInFlight"/> awaiting their acknowledgement, so memory stays bounded
/// however long the source). A report the broker already holds (same content, within its
/// duplicate window) is counted as a duplicate.
/// </summary>
public sealed class ReportPublisher(Broker broker)
{
    public int MaxInFlight { get; init; } = 64;

    public async Task<PublishReport> PublishAsync(IEnumerable<IngestItem> items, CancellationToken cancel = default)
    {
        int published = 0, duplicates = 0;
        var failures = new List<(string, string)>();
        long maxPayload = broker.Connection.ServerInfo?.MaxPayload ?? 1024 * 1024;
        var inFlight = new Queue<(string Key, Task<NATS.Client.JetStream.Models.PubAckResponse> Ack)>();
        async Task Settle()
        {
            var (key, ack) = inFlight.Dequeue();
            try
            {
                var answer = await ack;
                answer.EnsureSuccess();
                if (answer.Duplicate) duplicates++;
                else published++;
            }
            catch (NatsJSDuplicateMessageException)
            {
                duplicates++;
            }
            catch (Exception e) when (e is NatsJSException or NatsException)
            {
                failures.Add((key, $"{key}: the broker did not take it ({e.Message})."));
            }
        }
        foreach (var item in items)
        {
            if (cancel.IsCancellationRequested) break;
            if (item.Error is { } error) { failures.Add((item.Key, error)); continue; }
            var data = ReportMessage.Of(item).Serialize();
            if (data.Length > maxPayload)
            {
                failures.Add((item.Key, $"{item.Key}: {data.Length:N0} bytes is more than the broker takes in one message ({maxPayload:N0}; raise max_payload in nats-server's configuration)."));
                continue;
            }
            inFlight.Enqueue((item.Key, broker.JetStream.PublishAsync(Broker.ReportSubject, data, opts: new NatsJSPubOpts { MsgId = ReportMessage.IdOf(data) }, cancellationToken: cancel).AsTask()));
            if (inFlight.Count >= MaxInFlight) await Settle();
        }
        while (inFlight.Count > 0) await Settle();
        return new PublishReport(published, duplicates, failures);
    }
}
