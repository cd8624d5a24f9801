using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer) with FTS5
/// tables kept by triggers. Several processes may write to it: each write and each merge is one
/// IMMEDIATE transaction, and a process waits for another's up to <see cref="BusyTimeoutSeconds"/>.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    /// <summary>How long a writer waits for another process's transaction (a merge of a large store can take a while).</summary>
    public const int BusyTimeoutSeconds = 600;

    private readonly string _path;

    private SqliteStore(SqliteConnection connection, string path) : base(connection, path) => _path = path;

    public override string? FilePath => _path;

    public static SqliteStore Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The store's path is empty.", nameof(path));
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = BusyTimeoutSeconds }.ConnectionString);
        connection.Open();
        // synchronous=NORMAL keeps every committed batch across a crash of the process.
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        var store = new SqliteStore(connection, path);
        store.Migrate();
        return store;
    }

    /// <summary>
    /// For commands that only read: the file is opened read-only, never created, migrated or
    /// written. In a directory the user cannot write, SQLite cannot make the WAL's shared-memory
    /// file: when no write-ahead log is left beside it, the store is then read as immutable.
    /// </summary>
    public static SqliteStore OpenReadOnly(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The store's path is empty.", nameof(path));
        if (!File.Exists(path)) throw new StoreException($"no store at {path} (create one with: sitrep ingest SOURCE... --db {path}).");
        if (new FileInfo(path).Length == 0) throw new StoreException($"{path} is an empty file, not a Sitrep store (create one with: sitrep ingest SOURCE... --db {path}).");
        SqliteConnection connection;
        try
        {
            connection = OpenReading(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = BusyTimeoutSeconds }.ConnectionString);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26) // SQLITE_NOTADB
        {
            throw new StoreException($"{path} is not a Sitrep store ({e.Message.TrimEnd('.')}).", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 or 8 && !HasWriteAheadLog(path)) // SQLITE_CANTOPEN, SQLITE_READONLY: no -shm file and no right to make one
        {
            // Immutable reads the main file only: right when no write-ahead log holds commits
            // still to be copied into it (else those would be silently missing, so it refuses).
            var uri = "file:" + Uri.EscapeDataString(Path.GetFullPath(path)).Replace("%2F", "/") + "?immutable=1";
            connection = OpenReading(new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        }
        var store = new SqliteStore(connection, path);
        store.CheckReadable();
        return store;
    }

    private static bool HasWriteAheadLog(string path) => new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };

    private static SqliteConnection OpenReading(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // Reading the schema is what touches the WAL's files: fail here, not in the first query.
            connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private protected override void Migrate()
    {
        if (IsCurrent()) return;
        // BEGIN IMMEDIATE: the first process to open a new file creates the schema; the others wait and find it done.
        using var tx = BeginWrite();
        RunSteps(s => s.Sqlite, tx);
        tx.Commit();
    }

    private protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    /// <summary>A deferred transaction reads one snapshot of the WAL file and takes no write lock.</summary>
    private protected override DbTransaction BeginSnapshot() => ((SqliteConnection)Connection).BeginTransaction(deferred: true);

    private protected override void LockForFusion(DbTransaction transaction)
    {
        // The transaction is IMMEDIATE: it holds the write lock from its start.
    }

    public override string DocumentsMatching(string d) => $"{d}.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @text)";

    public override string QuotesMatching(string q) => $"{q}.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @words)";

    /// <summary>Words as FTS5 terms, each quoted, so "K1" or "al-Qaim" are words and not syntax.</summary>
    public override string SearchTerms(string words)
    {
        var sb = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('"').Append(word.Replace("\"", "\"\"")).Append('"');
        }
        return sb.ToString();
    }

    /// <summary>SQLite sorts NULLs first; the expression index fused_events_order serves this key.</summary>
    public override string UndatedLast(string column) => $"({column} IS NULL), {column}";

    /// <summary>Dapper spreads a list into one parameter per item for SQLite.</summary>
    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";
}
