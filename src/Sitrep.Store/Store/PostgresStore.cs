using System.Data.Common;
using Dapper;
using Npgsql;

namespace Sitrep.Store;

/// <summary>
/// The server store: PostgreSQL, with generated tsvector columns for full-text search. Any
/// number of processes on any number of machines may write to it; ids come from sequences,
/// migrations and merges each run under an advisory lock.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    // Advisory lock keys: any two numbers no other application on the server uses.
    private const long MigrationLock = 0x5157_5245_5001;
    private const long FusionLock = 0x5157_5245_5002;
    private const long WriteLock = 0x5157_5245_5003;

    private PostgresStore(NpgsqlConnection connection, string description) : base(connection, description) { }

    public override string? FilePath => null;

    public static PostgresStore Open(string target)
    {
        var builder = SitrepStore.PostgresConnectionString(target);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        var store = new PostgresStore(connection, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
        store.Migrate();
        return store;
    }

    /// <summary>A session whose transactions are all read-only: the server refuses any write.</summary>
    public static PostgresStore OpenReadOnly(string target)
    {
        var builder = SitrepStore.PostgresConnectionString(target);
        builder.Options = ((builder.Options ?? "") + " -c default_transaction_read_only=on").Trim();
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        var store = new PostgresStore(connection, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
        store.CheckReadable();
        return store;
    }

    private protected override void Migrate()
    {
        if (IsCurrent()) return;
        Connection.Execute("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock });
        try
        {
            using var tx = Connection.BeginTransaction();
            RunSteps(s => s.Postgres, tx);
            tx.Commit();
        }
        finally
        {
            Connection.Execute("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock });
        }
    }

    private protected override DbTransaction BeginWrite()
    {
        var tx = Connection.BeginTransaction();
        Connection.Execute("SELECT pg_advisory_xact_lock(@WriteLock)", new { WriteLock }, tx);
        return tx;
    }

    private protected override DbTransaction BeginSnapshot() => Connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);

    private protected override void LockForFusion(DbTransaction transaction) =>
        Connection.Execute("SELECT pg_advisory_xact_lock(@FusionLock)", new { FusionLock }, transaction);

    public override string DocumentsMatching(string d) => $"{d}.search @@ plainto_tsquery('english', @text)";

    public override string QuotesMatching(string q) => $"{q}.search @@ plainto_tsquery('english', @words)";

    public override string SearchTerms(string words) => words;

    /// <summary>PostgreSQL sorts NULLs last in ascending order, as its plain index does.</summary>
    public override string UndatedLast(string column) => column;

    /// <summary>Npgsql passes a list as one array parameter.</summary>
    public override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";
}
