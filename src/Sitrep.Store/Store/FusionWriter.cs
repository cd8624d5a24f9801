using System.Data.Common;
using System.Text.Json;
using Dapper;
using Sitrep.Fusion;
using Sitrep.Rows;

namespace Sitrep.Store;

/// <summary>
/// Writes what <see cref="EventFusion"/> and <see cref="Timeline"/> derive from all stored events:
/// merged events, their members and contradictions, and the timeline, replacing the previous
/// ones, so the result does not depend on the order of ingests.
/// </summary>
internal static class FusionWriter
{
    /// <summary>Within the caller's transaction, which holds the merge lock: the events read are all the events there are.</summary>
    public static FusionResult Rebuild(DbConnection c, DbTransaction tx)
    {
        var members = EventQueries.All(c, tx);
        var clusters = EventFusion.Cluster(members);
        foreach (var table in new[] { "states", "contradictions", "fused_members", "fused_events" }) c.Execute($"DELETE FROM {table}", transaction: tx);
        int contradictions = 0;
        long contradictionId = 1;
        var fusedRows = new List<(long Id, List<EventView> Members)>();
        for (int k = 0; k < clusters.Count; k++)
        {
            var m = clusters[k];
            long id = k + 1;
            var located = m.FirstOrDefault(x => x.Lat is not null);
            var (start, end) = EventFusion.Dates(m);
            c.Execute("""
                INSERT INTO fused_events (id, type, mode, actor, actor_code, target, recipient, place, lat, lon, date_start, date_end, status, summary, sources)
                VALUES (@id, @type, @mode, @actor, @actorCode, @target, @recipient, @place, @lat, @lon, @start, @end, @status, @summary, @sources)
                """, new
            {
                id, type = m[0].Type, mode = m.Select(x => x.Mode).FirstOrDefault(x => x is not null),
                actor = m.Select(x => x.Actor).FirstOrDefault(x => x is not null), actorCode = m.Select(x => x.ActorCode).FirstOrDefault(x => x is not null),
                target = m.Select(x => x.Target).FirstOrDefault(x => x is not null), recipient = m.Select(x => x.Recipient).FirstOrDefault(x => x is not null),
                place = located?.Place ?? m.Select(x => x.Place).FirstOrDefault(x => x is not null), lat = located?.Lat, lon = located?.Lon,
                start, end, status = EventFusion.Status(m), summary = m[0].Summary, sources = m.Select(x => x.DocumentId).Distinct().Count(),
            }, tx);
            c.Execute("INSERT INTO fused_members (fused_id, event_id) VALUES (@f, @e)", m.Select(x => new { f = id, e = x.Id }), tx);
            foreach (var (kind, about, sides) in EventFusion.Contradictions(m))
            {
                c.Execute("INSERT INTO contradictions (id, fused_id, kind, about, sides) VALUES (@id, @f, @kind, @about, @sides)",
                    new { id = contradictionId++, f = id, kind, about, sides = JsonSerializer.Serialize(sides) }, tx);
                contradictions++;
            }
            fusedRows.Add((id, m));
        }
        var states = Timeline.Derive(fusedRows);
        for (int i = 0; i < states.Count; i++)
        {
            var s = states[i];
            c.Execute("""
                INSERT INTO states (id, subject, predicate, value, valid_from, valid_to, unknown_bound, fused_id, sources)
                VALUES (@id, @Subject, @Predicate, @Value, @ValidFrom, @ValidTo, @UnknownBound, @FusedId, @Sources)
                """, new { id = i + 1, s.Subject, s.Predicate, s.Value, s.ValidFrom, s.ValidTo, s.UnknownBound, s.FusedId, Sources = JsonSerializer.Serialize(s.Sources) }, tx);
        }
        return new FusionResult(members.Count, clusters.Count, contradictions, states.Count);
    }

}
