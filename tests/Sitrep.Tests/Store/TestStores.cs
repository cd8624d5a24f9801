using Sitrep.Documents;
using Npgsql;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>
/// A fresh, empty store of either dialect for one test: a SQLite file in a temporary directory,
/// or a new database on the PostgreSQL server named by SITREP_TEST_POSTGRES (test.sh starts one
/// on 127.0.0.1). Without that server the PostgreSQL tests fail — they are never skipped.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly TemporaryDirectory? _dir;
    private readonly string? _database;
    private readonly string? _server;

    public TestStore(string dialect)
    {
        if (dialect == "sqlite")
        {
            _dir = new TemporaryDirectory();
            Target = _dir.File("sitrep.db");
            return;
        }
        _server = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(_server), "The PostgreSQL tests need a server: SITREP_TEST_POSTGRES=postgres://user@127.0.0.1:PORT/postgres (./test.sh starts one).");
        _database = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(SitrepStore.PostgresConnectionString(_server!).ConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            create.ExecuteNonQuery();
        }
        var b = SitrepStore.PostgresConnectionString(_server!);
        var user = b.Password is { Length: > 0 } ? $"{b.Username}:{b.Password}" : b.Username;
        Target = $"postgres://{user}@{b.Host}:{b.Port}/{_database}";
    }

    /// <summary>What --db takes.</summary>
    public string Target { get; }

    public ISitrepStore Open() => SitrepStore.Open(Target);

    /// <summary>The store with its connection, for tests that read rows directly.</summary>
    public SqlStore OpenSql() => (SqlStore)SitrepStore.Open(Target);

    public void Dispose()
    {
        _dir?.Dispose();
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(SitrepStore.PostgresConnectionString(_server!).ConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
