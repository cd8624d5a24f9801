using Sitrep.Documents;
using System.Data.Common;
using Dapper;
using Sitrep.Rows;
using Sitrep.Places;

namespace Sitrep.Store;

/// <summary>The store's queries of events and the timeline, the same SQL on both databases.</summary>
internal static class EventQueries
{
    private const string Columns = """
        e.id AS Id, e.document_id AS DocumentId, e.local_id AS LocalId, m.fused_id AS FusedId, e.type AS Type, e.mode AS Mode, e.cameo AS Cameo, e.acled_type AS AcledType, e.acled_sub_type AS AcledSubType,
        e.actor AS Actor, e.actor_code AS ActorCode, e.associated AS Associated, e.target AS Target, e.target_code AS TargetCode,
        e.recipient AS Recipient, e.recipient_code AS RecipientCode, e.place AS Place, e.admin1 AS Admin1, e.country AS Country,
        e.lat AS Lat, e.lon AS Lon, e.geo_precision AS GeoPrecision, e.place_of_deed AS PlaceOfDeed, e.date_value AS DateValue, e.date_start AS DateStart, e.date_end AS DateEnd,
        e.status AS Status, e.claimed_by AS ClaimedBy, e.summary AS Summary, e.evidence AS Evidence, e.quantities AS Quantities, e.fatalities AS Fatalities,
        d.input AS Input, d.url AS Url, d.outlet AS Outlet, d.published AS Published
        """;

    /// <summary>Events that match, each from its report, in date order (undated last), then by id.</summary>
    public static List<EventView> Find(DbConnection connection, ISqlDialect dialect, EventFilter filter, int? limit = null, DbTransaction? transaction = null)
    {
        var (where, p) = filter.Sql(dialect);
        var sql = $"""
            SELECT {Columns}
            FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN fused_members m ON m.event_id = e.id
            WHERE {where}
            ORDER BY CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, e.id
            """;
        var rows = connection.Query<EventView>(sql, p, transaction).ToList();
        if (filter.Near is { } near)
            rows = rows.Where(r => r.Lat is { } lat && r.Lon is { } lon && GeoDistance.Km(near.Lat, near.Lon, lat, lon) <= near.Km).ToList();
        return limit is { } n ? rows.Take(n).ToList() : rows;
    }

    /// <summary>The stored events after this one (all when null), in id order: what was stored since the last merge.</summary>
    public static List<EventView> After(DbConnection connection, long? lastMerged, DbTransaction transaction) =>
        connection.Query<EventView>($"""
            SELECT {Columns}
            FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN fused_members m ON m.event_id = e.id
            WHERE e.id > @last
            ORDER BY e.id
            """, new { last = lastMerged ?? 0 }, transaction).ToList();

    /// <summary>Every stored event in id order, for merging.</summary>
    public static List<EventView> All(DbConnection connection, DbTransaction transaction) =>
        connection.Query<EventView>($"""
            SELECT {Columns}
            FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN fused_members m ON m.event_id = e.id
            ORDER BY e.id
            """, transaction: transaction).ToList();

    /// <summary>The merged events the matching events belong to, each with all its members (whether they match or not).</summary>
    public static List<FusedEvent> FindFused(DbConnection connection, ISqlDialect dialect, EventFilter filter, DbTransaction? transaction = null)
    {
        var ids = Find(connection, dialect, filter, transaction: transaction).Select(e => e.FusedId).OfType<long>().Distinct().ToList();
        return Load(connection, dialect, ids, transaction);
    }

    /// <summary>
    /// One page of the merged events the matching events belong to, in the order of their dates
    /// (undated last), and how many there are in all. The page is taken from fused_events in the
    /// order its index keeps, so a page of a large store reads only its own rows; with filters,
    /// the matching events' merged ids bound it.
    /// </summary>
    public static FusedPage FindFusedPage(DbConnection connection, ISqlDialect dialect, EventFilter filter, int offset, int limit, DbTransaction? transaction = null)
    {
        var (where, p) = filter.Sql(dialect);
        p.Add("offset", offset);
        p.Add("limit", limit);
        string order = $"{dialect.UndatedLast("f.date_start")}, f.id";
        long total;
        List<long> ids;
        if (filter.Near is { } near)
        {
            // The exact distance is checked after the box the SQL used.
            var matching = Find(connection, dialect, filter, transaction: transaction).Select(e => e.FusedId).OfType<long>().Distinct().ToList();
            total = matching.Count;
            ids = Order(connection, dialect, matching, transaction).Skip(offset).Take(limit).ToList();
        }
        else if (where == "1=1")
        {
            total = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fused_events", transaction: transaction);
            ids = connection.Query<long>($"SELECT f.id FROM fused_events f ORDER BY {order} LIMIT @limit OFFSET @offset", p, transaction).ToList();
        }
        else
        {
            string from = filter.MergedEventsSource;
            total = connection.ExecuteScalar<long>($"SELECT COUNT(DISTINCT m.fused_id) FROM {from} WHERE {where}", p, transaction);
            ids = connection.Query<long>($"SELECT f.id FROM fused_events f WHERE f.id IN (SELECT m.fused_id FROM {from} WHERE {where}) ORDER BY {order} LIMIT @limit OFFSET @offset", p, transaction).ToList();
        }
        return new FusedPage(total, offset, Load(connection, dialect, ids, transaction));
    }

    /// <summary>Merged ids in the page's order: by date, undated last, then by id.</summary>
    private static IEnumerable<long> Order(DbConnection connection, ISqlDialect dialect, List<long> ids, DbTransaction? transaction)
    {
        var rows = new List<(long Id, string? Start)>();
        foreach (var chunk in ids.Chunk(500))
            rows.AddRange(connection.Query<(long, string?)>($"SELECT f.id, f.date_start FROM fused_events f WHERE {dialect.InList("f.id", "chunk")}", new { chunk }, transaction));
        return rows.OrderBy(r => r.Start is null ? 1 : 0).ThenBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id);
    }

    /// <summary>The merged events of these ids, in that order, each with all its members and contradictions.</summary>
    public static List<FusedEvent> Load(DbConnection connection, ISqlDialect dialect, IReadOnlyList<long> ids, DbTransaction? transaction = null)
    {
        var members = new List<EventView>();
        var contradictions = new List<(long FusedId, ContradictionView View)>();
        // A few queries for any number of merged events, in chunks the parameter limits allow.
        foreach (var chunk in ids.Chunk(500))
        {
            members.AddRange(connection.Query<EventView>($"""
                SELECT {Columns}
                FROM events e JOIN documents d ON d.id = e.document_id JOIN fused_members m ON m.event_id = e.id
                WHERE {dialect.InList("m.fused_id", "chunk")} ORDER BY e.id
                """, new { chunk }, transaction));
            contradictions.AddRange(connection.Query<(long, string, string, string)>(
                $"SELECT fused_id, kind, about, sides FROM contradictions WHERE {dialect.InList("fused_id", "chunk")} ORDER BY id", new { chunk }, transaction)
                .Select(c => (c.Item1, new ContradictionView { Kind = c.Item2, About = c.Item3, Sides = c.Item4 })));
        }
        var membersOf = members.ToLookup(m => m.FusedId!.Value);
        var contradictionsOf = contradictions.ToLookup(c => c.FusedId, c => c.View);
        return ids.Where(id => membersOf[id].Any()).Select(id => new FusedEvent(id, membersOf[id].ToList(), contradictionsOf[id].ToList())).ToList();
    }

    public static List<StateView> States(DbConnection connection, string? place, string? actor)
    {
        var where = new List<string>();
        var p = new DynamicParameters();
        if (place is not null) { where.Add("LOWER(subject) = @place"); p.Add("place", place.ToLowerInvariant()); }
        if (actor is not null) { where.Add("(LOWER(value) LIKE @actor ESCAPE '!' OR LOWER(predicate) LIKE @actor ESCAPE '!')"); p.Add("actor", EventFilter.Contains(actor)); }
        return connection.Query<StateView>($"""
            SELECT subject AS Subject, predicate AS Predicate, value AS Value, valid_from AS ValidFrom, valid_to AS ValidTo, unknown_bound AS UnknownBound, fused_id AS FusedId, sources AS Sources
            FROM states WHERE {(where.Count == 0 ? "1=1" : string.Join(" AND ", where))}
            ORDER BY subject, predicate, CASE WHEN COALESCE(valid_from, valid_to) IS NULL THEN 1 ELSE 0 END, COALESCE(valid_from, valid_to), id
            """, p).ToList();
    }
}

internal static class QuoteQueries
{
    /// <summary>Quotes whose words match (full text: FTS5 in SQLite, tsvector in PostgreSQL), optionally by a speaker.</summary>
    public static List<QuoteView> Find(DbConnection connection, ISqlDialect dialect, string? words, string? speaker, int? limit = null)
    {
        var where = new List<string>();
        var p = new DynamicParameters();
        if (words is not null)
        {
            where.Add(dialect.QuotesMatching("q"));
            p.Add("words", dialect.SearchTerms(words));
        }
        if (speaker is not null) { where.Add("LOWER(q.speaker) LIKE @speaker ESCAPE '!'"); p.Add("speaker", EventFilter.Contains(speaker)); }
        var rows = connection.Query<QuoteView>($"""
            SELECT q.speaker AS Speaker, q.content AS Content, d.input AS Input, d.outlet AS Outlet, d.published AS Published
            FROM quotes q JOIN documents d ON d.id = q.document_id
            WHERE {(where.Count == 0 ? "1=1" : string.Join(" AND ", where))} ORDER BY q.id
            """, p).ToList();
        return limit is { } n ? rows.Take(n).ToList() : rows;
    }
}
