using Sitrep.Composition;

namespace Sitrep.Web.Hosting;

/// <summary>What <c>sitrep serve</c> was asked for: the store, where to listen, the token, and the limits on requests.</summary>
public sealed record WebOptions
{
    /// <summary>A SQLite path or a postgres:// address, as for --db.</summary>
    public required string Store { get; init; }

    public required SitrepResources Resources { get; init; }

    /// <summary>Addresses to listen on ("http://127.0.0.1:5000"; port 0 picks a free one).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5000"];

    /// <summary>Required of every request when set (Bearer header, or the cookie the login form sets); required to bind beyond loopback.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body; a larger one is refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The page's files; by default the wwwroot beside the program.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Whether every address is on this machine only (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return false;
        if (uri.IsLoopback) return true;
        return System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip);
    }
}
