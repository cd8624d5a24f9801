using System.Text;
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
        var ids = new Counters(1, 1);
        for (int k = 0; k < clusters.Count; k++) Insert(c, tx, k + 1, clusters[k], ids);
        return new FusionResult(members.Count, clusters.Count, ids.Contradictions, ids.States);
    }

    /// <summary>
    /// Merges only the events stored since the last merge, with the result a rebuild would give:
    /// the greedy merge runs in event order, and the new events come after every merged one (ids
    /// are given in the order writes commit, one writer at a time), so it goes on where it
    /// stopped — against the merged events a new one could join (same type, a member whose dates
    /// overlap, or for an undated event one of the same actor), read by the database's indexes.
    /// Merged events a new event joins are rewritten with their contradictions and timeline
    /// facts; new ones are numbered after the last. Should a new event come before a merged one,
    /// it rebuilds everything.
    /// </summary>
    public static FusionResult Update(DbConnection c, DbTransaction tx, ISqlDialect dialect)
    {
        // Events are merged in id order and ids are given in commit order, one writer at a time:
        // what is not merged yet is what comes after the last merged event.
        long? lastMerged = c.ExecuteScalar<long?>("SELECT MAX(event_id) FROM fused_members", transaction: tx);
        if (lastMerged is null) return Rebuild(c, tx);
        var fresh = EventQueries.After(c, lastMerged, tx);
        if (fresh.Count == 0) return new FusionResult(0, 0, 0, 0);

        var candidates = new SortedSet<long>();
        var types = fresh.Select(e => e.Type).Distinct().ToList();
        var dated = fresh.Where(e => e.DateStart is not null).ToList();
        if (dated.Count > 0)
        {
            var days = dated.SelectMany(e => new[] { e.DateStart!, e.DateEnd ?? e.DateStart! }).ToList();
            string minDay = days.Min(StringComparer.Ordinal)!, maxDay = days.Max(StringComparer.Ordinal)!;
            // Two index ranges, neither a scan of the past: events that start in the last year up
            // to the new ones' end; and longer ones, which must end on or after the new ones' start.
            string bound = DateOnly.TryParse(minDay, System.Globalization.CultureInfo.InvariantCulture, out var first)
                ? first.AddDays(-366).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "0000";
            candidates.UnionWith(c.Query<long>($"""
                SELECT DISTINCT m.fused_id FROM events e JOIN fused_members m ON m.event_id = e.id
                WHERE {dialect.InList("e.type", "types")} AND e.date_start >= @bound AND e.date_start <= @maxDay AND COALESCE(e.date_end, e.date_start) >= @minDay
                """, new { types, minDay, maxDay, bound }, tx));
            candidates.UnionWith(c.Query<long>($"""
                SELECT DISTINCT m.fused_id FROM events e JOIN fused_members m ON m.event_id = e.id
                WHERE {dialect.InList("e.type", "types")} AND e.date_end >= @minDay AND e.date_start < @bound AND e.date_start <= @maxDay
                """, new { types, minDay, maxDay, bound }, tx));
        }
        // An undated event joins an undated cluster only through a member with the same actor and
        // the same target or recipient (EventFusion's link; no place links without a date), so
        // only such members are asked for: not every undated event of a frequent actor.
        var undated = fresh.Where(e => e.DateStart is null && e.Actor is not null && (e.Target is not null || e.Recipient is not null)).ToList();
        if (undated.Count > 0)
        {
            static bool Coded(string? code) => code is { Length: >= 3 } && !code.StartsWith("---", StringComparison.Ordinal);
            var names = undated.Select(e => e.Actor!.ToLowerInvariant()).Distinct().ToList();
            var codes = undated.Select(e => e.ActorCode).Where(Coded).Distinct().DefaultIfEmpty("").ToList();
            var others = undated.SelectMany(e => new[] { e.Target, e.Recipient }).OfType<string>().Select(x => x.ToLowerInvariant()).Distinct().ToList();
            var otherCodes = undated.SelectMany(e => new[] { e.TargetCode, e.RecipientCode }).Where(Coded).Distinct().DefaultIfEmpty("").ToList();
            // SQL's LOWER folds ASCII only (SQLite's always): a name with another capital ("Élysée")
            // is not narrowed by, or the merge could miss what a rebuild finds. (A stored name with
            // such a capital against a new one without, "Diyarbakır" and "DIYARBAKIR", still can:
            // folded key columns written by Sitrep would close that.)
            string otherParty = others.All(o => Ascii.IsValid(o)) ? $"""
                ({dialect.InList("LOWER(e.target)", "others")} OR {dialect.InList("e.target_code", "otherCodes")}
                 OR {dialect.InList("LOWER(e.recipient)", "others")} OR {dialect.InList("e.recipient_code", "otherCodes")})
                """ : "1 = 1";
            candidates.UnionWith(c.Query<long>($"""
                SELECT DISTINCT m.fused_id FROM events e JOIN fused_members m ON m.event_id = e.id
                WHERE e.date_start IS NULL AND {(names.All(n => Ascii.IsValid(n)) ? dialect.InList("LOWER(e.actor)", "names") : "1 = 1")} AND {dialect.InList("e.type", "types")} AND {otherParty}
                UNION
                SELECT DISTINCT m.fused_id FROM events e JOIN fused_members m ON m.event_id = e.id
                WHERE e.date_start IS NULL AND {dialect.InList("e.actor_code", "codes")} AND {dialect.InList("e.type", "types")} AND {otherParty}
                """, new { types, names, codes, others, otherCodes }, tx));
        }
        // In the order they were started, which is the order of their ids.
        var existing = EventQueries.Load(c, dialect, candidates.ToList(), tx);
        var lists = existing.Select(f => f.Members).ToList();
        var (joined, started) = EventFusion.Extend(lists, fresh);

        long nextFused = (c.ExecuteScalar<long?>("SELECT MAX(id) FROM fused_events", transaction: tx) ?? 0) + 1;
        var ids = new Counters(
            (c.ExecuteScalar<long?>("SELECT MAX(id) FROM contradictions", transaction: tx) ?? 0) + 1,
            (c.ExecuteScalar<long?>("SELECT MAX(id) FROM states", transaction: tx) ?? 0) + 1);
        foreach (int k in joined)
        {
            long id = existing[k].FusedId;
            foreach (var table in new[] { "states", "contradictions" }) c.Execute($"DELETE FROM {table} WHERE fused_id = @id", new { id }, tx);
            c.Execute("DELETE FROM fused_members WHERE fused_id = @id", new { id }, tx);
            c.Execute("DELETE FROM fused_events WHERE id = @id", new { id }, tx);
            Insert(c, tx, id, lists[k], ids);
        }
        foreach (var cluster in started) Insert(c, tx, nextFused++, cluster, ids);
        return new FusionResult(fresh.Count, joined.Count + started.Count, ids.Contradictions, ids.States);
    }

    /// <summary>Where the next contradiction and timeline fact ids start, and how many this merge wrote.</summary>
    private sealed class Counters(long contradiction, long state)
    {
        private readonly long _firstContradiction = contradiction, _firstState = state;
        public long Contradiction { get; set; } = contradiction;
        public long State { get; set; } = state;
        public int Contradictions => (int)(Contradiction - _firstContradiction);
        public int States => (int)(State - _firstState);
    }

    /// <summary>One merged event: its row, its members, its contradictions and its timeline facts.</summary>
    private static void Insert(DbConnection c, DbTransaction tx, long id, List<EventView> m, Counters ids)
    {
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
            c.Execute("INSERT INTO contradictions (id, fused_id, kind, about, sides) VALUES (@cid, @f, @kind, @about, @sides)",
                new { cid = ids.Contradiction++, f = id, kind, about, sides = JsonSerializer.Serialize(sides) }, tx);
        foreach (var s in Timeline.Derive([(id, m)]))
            c.Execute("""
                INSERT INTO states (id, subject, predicate, value, valid_from, valid_to, unknown_bound, fused_id, sources)
                VALUES (@sid, @Subject, @Predicate, @Value, @ValidFrom, @ValidTo, @UnknownBound, @FusedId, @Sources)
                """, new { sid = ids.State++, s.Subject, s.Predicate, s.Value, s.ValidFrom, s.ValidTo, s.UnknownBound, s.FusedId, Sources = JsonSerializer.Serialize(s.Sources) }, tx);
    }
}
