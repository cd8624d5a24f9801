using System.Data.Common;
using Dapper;
using Sitrep.Rows;

namespace Sitrep.Store;

/// <summary>
/// What both databases share: the same tables and the same plain SQL. A subclass opens its
/// database, runs the migrations under its own lock, and says how it searches text and locks
/// the merge; nothing outside the store sees a connection.
/// </summary>
public abstract class SqlStore : ISitrepStore, ISqlDialect
{
    private protected SqlStore(DbConnection connection, string description)
    {
        Connection = connection;
        Description = description;
    }

    /// <summary>For the store's own queries (and its tests); never public.</summary>
    internal DbConnection Connection { get; }

    public string Description { get; }

    public abstract string? FilePath { get; }

    public int SchemaVersion => Connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;

    /// <summary>
    /// For a store opened only to read: it must be a Sitrep store (it has the schema table) of the
    /// current version, since a read command never migrates it.
    /// </summary>
    private protected void CheckReadable()
    {
        int version;
        try
        {
            version = SchemaVersion;
        }
        catch (Exception e) when (e is DbException)
        {
            Dispose();
            throw new StoreException($"{Description} is not a Sitrep store ({e.Message}).");
        }
        int latest = Migrations.Steps.Max(s => s.Version);
        if (version < latest)
        {
            Dispose();
            throw new StoreException($"{Description} was written by an older Sitrep (schema {version}; this one reads {latest}): run any 'sitrep ingest' into it once to upgrade it.");
        }
    }

    /// <summary>
    /// Whether the schema is already the latest, read without a lock: then opening takes no write
    /// lock at all, so a reader never waits behind a running ingest or merge to open the store.
    /// </summary>
    private protected bool IsCurrent()
    {
        try
        {
            return Connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") == Migrations.Steps.Max(s => s.Version);
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>Runs the migration steps after the recorded one, one migrator at a time.</summary>
    private protected abstract void Migrate();

    /// <summary>Takes the merge lock inside the transaction, so two processes never merge at once nor from a stale read.</summary>
    private protected abstract void LockForFusion(DbTransaction transaction);

    /// <summary>A transaction that holds the write lock from its start: one writer at a time, as in SQLite, so two batches inserting the same texts in another order never deadlock.</summary>
    private protected abstract DbTransaction BeginWrite();

    /// <summary>A read-only transaction that sees one state of the store, so a merge committed meanwhile never mixes into one answer.</summary>
    private protected abstract DbTransaction BeginSnapshot();

    public abstract string DocumentsMatching(string documentAlias);

    public abstract string QuotesMatching(string quoteAlias);

    public abstract string SearchTerms(string words);

    public abstract string InList(string column, string parameter);

    public abstract string UndatedLast(string column);

    private protected void RunSteps(Func<Migrations.Step, string> sqlOf, DbTransaction? transaction)
    {
        Connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: transaction);
        int current = Connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version", transaction: transaction) ?? 0;
        foreach (var step in Migrations.Steps.Where(s => s.Version > current).OrderBy(s => s.Version))
        {
            Connection.Execute(sqlOf(step), transaction: transaction);
            Connection.Execute("INSERT INTO schema_version (version) VALUES (@v)", new { v = step.Version }, transaction);
        }
    }

    public StoredKeys FindStored(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> urls)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in contentHashes.Distinct().Chunk(500))
            hashes.UnionWith(Connection.Query<string>($"SELECT content_hash FROM documents WHERE {InList("content_hash", "chunk")}", new { chunk }));
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in urls.Distinct().Chunk(500))
            stored.UnionWith(Connection.Query<string>($"SELECT url FROM documents WHERE {InList("url", "chunk")}", new { chunk }));
        return new StoredKeys(hashes, stored);
    }

    public IReadOnlyList<WriteOutcome> Write(IReadOnlyList<StoredDocument> batch)
    {
        var outcomes = new List<WriteOutcome>(batch.Count);
        if (batch.Count == 0) return outcomes;
        using var tx = BeginWrite();
        foreach (var written in batch)
        {
            // Under the write lock: what another process stored meanwhile is seen here, and so is
            // what this batch wrote before (a near-copy of it becomes its link).
            bool stored = Connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = @ContentHash) OR EXISTS (SELECT 1 FROM documents WHERE url = @Url)",
                new { written.ContentHash, written.Url }, tx);
            if (stored)
            {
                outcomes.Add(WriteOutcome.AlreadyStored);
                continue;
            }
            var d = written;
            long? original = d.DuplicateOf ?? NearCopies.Earliest(d.SimHash, Connection.Query<(long, long)>(NearCopies.CandidatesSql,
                new { b0 = NearCopies.Band(d.SimHash, 0), b1 = NearCopies.Band(d.SimHash, 1), b2 = NearCopies.Band(d.SimHash, 2), b3 = NearCopies.Band(d.SimHash, 3) }, tx));
            if (original is not null) d = d with { DuplicateOf = original, Events = [], Quotes = [], Result = null };
            long? id = Connection.ExecuteScalar<long?>("""
                INSERT INTO documents (content_hash, url, input, title, outlet, published, characters, simhash, duplicate_of, text, result)
                VALUES (@ContentHash, @Url, @Input, @Title, @Outlet, @Published, @Characters, @SimHash, @DuplicateOf, @Text, @Result)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id
                """, new { d.ContentHash, d.Url, d.Input, d.Title, d.Outlet, d.Published, Characters = d.Text.Length, d.SimHash, d.DuplicateOf, d.Text, d.Result }, tx);
            outcomes.Add(new WriteOutcome(id, id is null ? null : original));
            if (id is not { } documentId) continue;
            if (d.Events.Count > 0)
                Connection.Execute("""
                    INSERT INTO events (document_id, local_id, type, mode, cameo, acled_type, acled_sub_type, actor, actor_code, associated,
                      target, target_code, recipient, recipient_code, place, admin1, country, lat, lon, geo_precision, place_of_deed,
                      date_value, date_start, date_end, status, claimed_by, summary, evidence, quantities, fatalities)
                    VALUES (@DocumentId, @LocalId, @Type, @Mode, @Cameo, @AcledType, @AcledSubType, @Actor, @ActorCode, @Associated,
                      @Target, @TargetCode, @Recipient, @RecipientCode, @Place, @Admin1, @Country, @Lat, @Lon, @GeoPrecision, @PlaceOfDeed,
                      @DateValue, @DateStart, @DateEnd, @Status, @ClaimedBy, @Summary, @Evidence, @Quantities, @Fatalities)
                    """, d.Events.Select(e => e with { DocumentId = documentId }), tx);
            if (d.Quotes.Count > 0)
                Connection.Execute("INSERT INTO quotes (document_id, speaker, content) VALUES (@DocumentId, @Speaker, @Content)",
                    d.Quotes.Select(q => q with { DocumentId = documentId }), tx);
        }
        Connection.Execute("DELETE FROM failures WHERE input = @Input", batch.Select(d => new { d.Input }), tx);
        tx.Commit();
        return outcomes;
    }

    public void RecordFailure(string input, string reason) =>
        Connection.Execute("INSERT INTO failures (input, reason) VALUES (@input, @reason) ON CONFLICT (input) DO UPDATE SET reason = excluded.reason", new { input, reason });

    public long Count(StoreTable table) => Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {TableName(table)}");

    private static string TableName(StoreTable table) => table switch
    {
        StoreTable.Documents => "documents",
        StoreTable.Events => "events",
        StoreTable.Quotes => "quotes",
        StoreTable.Failures => "failures",
        StoreTable.FusedEvents => "fused_events",
        StoreTable.Contradictions => "contradictions",
        StoreTable.States => "states",
        StoreTable.Corrections => "corrections",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    public IReadOnlyList<DocumentView> Documents() => Connection.Query<DocumentView>("""
        SELECT d.id AS Id, d.content_hash AS ContentHash, d.input AS Input, d.title AS Title, d.outlet AS Outlet, d.published AS Published, d.url AS Url,
          d.duplicate_of AS DuplicateOf, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS Events
        FROM documents d ORDER BY d.id
        """).ToList();

    public IReadOnlyList<EventView> FindEvents(EventFilter filter, int? limit = null) => EventQueries.Find(Connection, this, filter, limit);

    public IReadOnlyList<FusedEvent> FindFused(EventFilter filter)
    {
        using var tx = BeginSnapshot();
        var fused = EventQueries.FindFused(Connection, this, filter, tx);
        tx.Commit();
        return fused;
    }

    public FusedPage FindFusedPage(EventFilter filter, int offset, int limit)
    {
        using var tx = BeginSnapshot();
        var page = EventQueries.FindFusedPage(Connection, this, filter, Math.Max(0, offset), Math.Max(0, limit), tx);
        tx.Commit();
        return page;
    }

    public IReadOnlyList<DayCount> CountByDay(EventFilter filter)
    {
        var (where, p) = filter.Sql(this);
        // A merged event's date is where its reports' dates agree (fused_events.date_start).
        var matching = where == "1=1" ? "" : $"""
            AND f.id IN (SELECT m.fused_id FROM {filter.MergedEventsSource} WHERE {where})
            """;
        return Connection.Query<DayCount>($"""
            SELECT f.date_start AS Day, COUNT(*) AS Events FROM fused_events f
            WHERE f.date_start IS NOT NULL {matching}
            GROUP BY f.date_start ORDER BY f.date_start
            """, p).ToList();
    }

    public FusedEvent? FindFusedById(long fusedId)
    {
        using var tx = BeginSnapshot();
        var fused = EventQueries.Load(Connection, this, [fusedId], tx);
        tx.Commit();
        return fused.FirstOrDefault();
    }

    public DocumentDetail? Document(long id) => Connection.QuerySingleOrDefault<DocumentDetail>("""
        SELECT id AS Id, input AS Input, title AS Title, outlet AS Outlet, published AS Published, url AS Url, duplicate_of AS DuplicateOf, text AS Text, result AS Result
        FROM documents WHERE id = @id
        """, new { id });

    public long? FindDocumentId(string contentHash, string? url) =>
        Connection.ExecuteScalar<long?>("SELECT id FROM documents WHERE content_hash = @contentHash", new { contentHash })
        ?? (url is null ? null : Connection.ExecuteScalar<long?>("SELECT MIN(id) FROM documents WHERE url = @url", new { url }));

    public IReadOnlyList<DocumentHit> SearchDocuments(string words, int limit) => Connection.Query<DocumentHit>($"""
        SELECT d.id AS Id, d.input AS Input, d.title AS Title, d.outlet AS Outlet, d.published AS Published,
          (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS Events
        FROM documents d WHERE {DocumentsMatching("d")}
        ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.id DESC
        LIMIT @limit
        """, new { text = SearchTerms(words), limit }).ToList();

    public IReadOnlyList<ActorCount> Actors(string? name, int limit)
    {
        // Each role's names with their codes, counted together.
        var where = name is null ? "1=1" : "(LOWER(name) LIKE @name ESCAPE '!' OR code = @code)";
        return Connection.Query<ActorCount>($"""
            SELECT name AS Name, MAX(code) AS Code, SUM(a) AS AsActor, SUM(t) AS AsTarget, SUM(r) AS AsRecipient
            FROM (
              SELECT actor AS name, actor_code AS code, 1 AS a, 0 AS t, 0 AS r FROM events WHERE actor IS NOT NULL
              UNION ALL SELECT target, target_code, 0, 1, 0 FROM events WHERE target IS NOT NULL
              UNION ALL SELECT recipient, recipient_code, 0, 0, 1 FROM events WHERE recipient IS NOT NULL
            ) roles
            WHERE {where}
            GROUP BY name
            ORDER BY SUM(a) + SUM(t) + SUM(r) DESC, name
            LIMIT @limit
            """, new { name = name is null ? null : EventFilter.Contains(name), code = name?.ToUpperInvariant(), limit }).ToList();
    }

    public long AddCorrection(CorrectionRow c)
    {
        using var tx = BeginWrite();
        if (Connection.ExecuteScalar<long?>("SELECT id FROM events WHERE id = @EventId", new { c.EventId }, tx) is null)
            throw new StoreException($"no stored event has the id {c.EventId}.");
        long id = Connection.ExecuteScalar<long>("""
            INSERT INTO corrections (event_id, author, created, note, verdict, type, actor, target, place, lat, lon, date, fatalities)
            VALUES (@EventId, @Author, @Created, @Note, @Verdict, @Type, @Actor, @Target, @Place, @Lat, @Lon, @Date, @Fatalities)
            RETURNING id
            """, c, tx);
        tx.Commit();
        return id;
    }

    public IReadOnlyList<CorrectionRow> Corrections(IReadOnlyCollection<long>? eventIds = null)
    {
        const string Select = """
            SELECT id AS Id, event_id AS EventId, author AS Author, created AS Created, note AS Note, verdict AS Verdict, type AS Type, actor AS Actor,
              target AS Target, place AS Place, lat AS Lat, lon AS Lon, date AS Date, fatalities AS Fatalities
            FROM corrections
            """;
        if (eventIds is null) return Connection.Query<CorrectionRow>(Select + " ORDER BY id").ToList();
        var rows = new List<CorrectionRow>();
        foreach (var chunk in eventIds.Distinct().Chunk(500))
            rows.AddRange(Connection.Query<CorrectionRow>($"{Select} WHERE {InList("event_id", "chunk")}", new { chunk }));
        return rows.OrderBy(r => r.Id).ToList();
    }

    public IReadOnlyList<StateView> States(string? place, string? actor) => EventQueries.States(Connection, place, actor);

    public IReadOnlyList<QuoteView> FindQuotes(string? words, string? speaker, int? limit = null) => QuoteQueries.Find(Connection, this, words, speaker, limit);

    public FusionResult Fuse(bool rebuild = false)
    {
        using var tx = BeginWrite();
        LockForFusion(tx);
        var result = rebuild ? FusionWriter.Rebuild(Connection, tx) : FusionWriter.Update(Connection, tx, this);
        tx.Commit();
        return result;
    }

    public void Dispose() => Connection.Dispose();
}
