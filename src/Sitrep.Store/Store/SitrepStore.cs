using System.Globalization;
using Npgsql;

namespace Sitrep.Store;

/// <summary>Opens the store a --db value names: a SQLite file, or a PostgreSQL server.</summary>
public static class SitrepStore
{
    /// <summary>A SQLite path, or postgres://user[:password]@host[:port]/database (also postgresql://, or an Npgsql "Host=…" string).</summary>
    public static ISitrepStore Open(string target) =>
        IsServer(target) ? PostgresStore.Open(target) : SqliteStore.Open(target);

    /// <summary>The store for a command that only reads: never created, migrated or written (see <see cref="SqliteStore.OpenReadOnly"/>).</summary>
    public static ISitrepStore OpenReadOnly(string target) =>
        IsServer(target) ? PostgresStore.OpenReadOnly(target) : SqliteStore.OpenReadOnly(target);

    /// <summary>Whether the value names a PostgreSQL server rather than a file.</summary>
    public static bool IsServer(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

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
}
