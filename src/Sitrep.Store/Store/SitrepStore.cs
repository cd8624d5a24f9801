using Sitrep.Documents;
using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Store;

public enum StoreDialect { Sqlite, Postgres }

/// <summary>
/// Sitrep's database: a SQLite file by default (WAL, FTS5), or PostgreSQL given a
/// postgres:// address — one schema, the same queries. Opening migrates it to the current
/// schema. Ids are given by the writer in ingest order, so a resumed ingest ends with the same
/// rows as an uninterrupted one.
/// </summary>
public sealed class SitrepStore : IDisposable
{
    private readonly DbConnection _connection;

    private SitrepStore(DbConnection connection, StoreDialect dialect, string description)
    {
        _connection = connection;
        Dialect = dialect;
        Description = description;
    }

    public StoreDialect Dialect { get; }

    /// <summary>The file or server, for messages (no password).</summary>
    public string Description { get; }

    public DbConnection Connection => _connection;

    /// <summary>A SQLite path, or postgres://user[:password]@host[:port]/database (also postgresql://, or an Npgsql "Host=…" string).</summary>
    public static SitrepStore Open(string target)
    {
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = PostgresConnectionString(target);
            var pg = new NpgsqlConnection(builder.ConnectionString);
            pg.Open();
            var store = new SitrepStore(pg, StoreDialect.Postgres, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
            store.Migrate();
            return store;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(target));
        if (dir is not null) Directory.CreateDirectory(dir);
        var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
        sqlite.Open();
        // WAL: readers never block the writer; synchronous=NORMAL keeps every committed batch across a crash of the process.
        sqlite.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        var s = new SitrepStore(sqlite, StoreDialect.Sqlite, target);
        s.Migrate();
        return s;
    }

    public static NpgsqlConnectionStringBuilder PostgresConnectionString(string target)
    {
        if (target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)) return new NpgsqlConnectionStringBuilder(target);
        var uri = new Uri(target);
        var user = uri.UserInfo.Split(':', 2);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
            Username = user.Length > 0 && user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "postgres",
        };
        if (user.Length > 1) b.Password = Uri.UnescapeDataString(user[1]);
        return b;
    }

    public int SchemaVersion => _connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;

    private void Migrate()
    {
        _connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int current = SchemaVersion;
        foreach (var step in Migrations.Steps.Where(s => s.Version > current).OrderBy(s => s.Version))
        {
            using var tx = _connection.BeginTransaction();
            _connection.Execute(Dialect == StoreDialect.Sqlite ? step.Sqlite : step.Postgres, transaction: tx);
            _connection.Execute("INSERT INTO schema_version (version) VALUES (@v)", new { v = step.Version }, tx);
            tx.Commit();
        }
    }

    /// <summary>What an ingest needs to skip and link: every stored hash and address, and the near-duplicate fingerprints.</summary>
    public (HashSet<ulong> Hashes, HashSet<string> Urls, List<(long Id, long SimHash)> Originals, long NextDocument, long NextEvent, long NextQuote) IngestState()
    {
        var hashes = _connection.Query<string>("SELECT content_hash FROM documents").Select(HashKey).ToHashSet();
        var urls = _connection.Query<string>("SELECT url FROM documents WHERE url IS NOT NULL").ToHashSet(StringComparer.Ordinal);
        var originals = _connection.Query<(long, long)>("SELECT id, simhash FROM documents WHERE duplicate_of IS NULL ORDER BY id").ToList();
        long Next(string table) => (_connection.ExecuteScalar<long?>($"SELECT MAX(id) FROM {table}") ?? 0) + 1;
        return (hashes, urls, originals, Next("documents"), Next("events"), Next("quotes"));
    }

    /// <summary>
    /// A content hash's first 64 bits, which is all an ingest keeps in memory per stored report (8
    /// bytes instead of a 64-character string); two different reports share them with odds of
    /// about 1 in 10^8 for a million reports.
    /// </summary>
    public static ulong HashKey(string contentHash) => ulong.Parse(contentHash.AsSpan(0, 16), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes reports in one transaction, all of them or none, and clears any failure recorded for them earlier.</summary>
    public void Write(IReadOnlyList<StoredDocument> batch)
    {
        if (batch.Count == 0) return;
        using var tx = _connection.BeginTransaction();
        foreach (var d in batch)
        {
            _connection.Execute("""
                INSERT INTO documents (id, content_hash, url, input, title, outlet, published, characters, simhash, duplicate_of, text, result)
                VALUES (@Id, @ContentHash, @Url, @Input, @Title, @Outlet, @Published, @Characters, @SimHash, @DuplicateOf, @Text, @Result)
                """, new { d.Id, d.ContentHash, d.Url, d.Input, d.Title, d.Outlet, d.Published, Characters = d.Text.Length, d.SimHash, d.DuplicateOf, d.Text, d.Result }, tx);
            if (Dialect == StoreDialect.Sqlite)
                _connection.Execute("INSERT INTO documents_fts (rowid, title, text) VALUES (@Id, @Title, @Text)", new { d.Id, d.Title, d.Text }, tx);
            if (d.Events.Count > 0)
                _connection.Execute("""
                    INSERT INTO events (id, document_id, local_id, type, mode, cameo, acled_type, acled_sub_type, actor, actor_code, associated,
                      target, target_code, recipient, recipient_code, place, admin1, country, lat, lon, geo_precision,
                      date_value, date_start, date_end, status, claimed_by, summary, evidence, quantities, fatalities)
                    VALUES (@Id, @DocumentId, @LocalId, @Type, @Mode, @Cameo, @AcledType, @AcledSubType, @Actor, @ActorCode, @Associated,
                      @Target, @TargetCode, @Recipient, @RecipientCode, @Place, @Admin1, @Country, @Lat, @Lon, @GeoPrecision,
                      @DateValue, @DateStart, @DateEnd, @Status, @ClaimedBy, @Summary, @Evidence, @Quantities, @Fatalities)
                    """, d.Events, tx);
            if (d.Quotes.Count > 0)
            {
                _connection.Execute("INSERT INTO quotes (id, document_id, speaker, content) VALUES (@Id, @DocumentId, @Speaker, @Content)", d.Quotes, tx);
                if (Dialect == StoreDialect.Sqlite)
                    _connection.Execute("INSERT INTO quotes_fts (rowid, content) VALUES (@Id, @Content)", d.Quotes, tx);
            }
        }
        _connection.Execute("DELETE FROM failures WHERE input = @Input", batch.Select(d => new { d.Input }), tx);
        tx.Commit();
    }

    /// <summary>Records why an input failed; a later success of the same input clears it (<see cref="Write"/>).</summary>
    public void RecordFailure(string input, string reason) =>
        _connection.Execute(Dialect == StoreDialect.Sqlite
            ? "INSERT INTO failures (input, reason) VALUES (@input, @reason) ON CONFLICT(input) DO UPDATE SET reason = excluded.reason"
            : "INSERT INTO failures (input, reason) VALUES (@input, @reason) ON CONFLICT (input) DO UPDATE SET reason = EXCLUDED.reason", new { input, reason });

    public long Count(string table) => _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");

    public void Dispose() => _connection.Dispose();
}
