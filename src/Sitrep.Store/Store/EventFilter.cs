using Sitrep.Documents;
using Dapper;

namespace Sitrep.Store;

/// <summary>
/// What a user asks for: event type, actor (name or code, as actor, target or recipient),
/// place (name, or a point and a radius), dates, status, outlet and words of the reports.
/// Turned into one parameterised WHERE clause that both dialects run.
/// </summary>
public sealed record EventFilter
{
    public string? Type { get; init; }
    public string? Actor { get; init; }
    public string? Place { get; init; }
    public (double Lat, double Lon, double Km)? Near { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Status { get; init; }
    public string? Outlet { get; init; }
    public string? Text { get; init; }

    /// <summary>Whether the conditions read the report (outlet, words), so the query must join the documents.</summary>
    internal bool ReadsDocuments => Outlet is not null || Text is not null;

    /// <summary>
    /// Events aliased e with their merged events (m), for <see cref="Sql"/>'s conditions: a report's
    /// row is large (its text), so the documents (d) are joined only when the conditions read them.
    /// </summary>
    internal string MergedEventsSource => ReadsDocuments
        ? "events e JOIN documents d ON d.id = e.document_id JOIN fused_members m ON m.event_id = e.id"
        : "events e JOIN fused_members m ON m.event_id = e.id";

    /// <summary>The conditions on events aliased <paramref name="e"/> joined to documents aliased <paramref name="d"/>.</summary>
    internal (string Where, DynamicParameters Parameters) Sql(ISqlDialect dialect, string e = "e", string d = "d")
    {
        var where = new List<string>();
        var p = new DynamicParameters();
        // Types are stored upper case: a plain comparison lets the index on type serve it.
        if (Type is { } type) { where.Add($"{e}.type = @type"); p.Add("type", type.ToUpperInvariant()); }
        if (Actor is { } actor)
        {
            where.Add($"(LOWER({e}.actor) LIKE @actor ESCAPE '!' OR LOWER({e}.target) LIKE @actor ESCAPE '!' OR LOWER({e}.recipient) LIKE @actor ESCAPE '!' OR LOWER({e}.associated) LIKE @actor ESCAPE '!' "
                      + $"OR {e}.actor_code = @code OR {e}.target_code = @code OR {e}.recipient_code = @code)");
            p.Add("actor", Contains(actor));
            p.Add("code", actor.ToUpperInvariant());
        }
        if (Place is { } place) { where.Add($"(LOWER({e}.place) LIKE @place ESCAPE '!' OR LOWER({e}.admin1) LIKE @place ESCAPE '!')"); p.Add("place", Contains(place)); }
        if (Near is { } near)
        {
            // A box first (an index can use it); the exact distance is checked after.
            double dLat = near.Km / 111.0, dLon = near.Km / (111.0 * Math.Max(0.05, Math.Cos(near.Lat * Math.PI / 180)));
            where.Add($"{e}.lat BETWEEN @latMin AND @latMax AND {e}.lon BETWEEN @lonMin AND @lonMax");
            p.Add("latMin", near.Lat - dLat); p.Add("latMax", near.Lat + dLat); p.Add("lonMin", near.Lon - dLon); p.Add("lonMax", near.Lon + dLon);
        }
        // An event known on one side only is read at the day it has: "after 2 May" (no end) is on or after
        // 2 May, "before the report of 30 March" (no start, "previously") on or before 30 March.
        if (From is { } from) { where.Add($"COALESCE({e}.date_end, {e}.date_start) >= @from"); p.Add("from", from); }
        if (To is { } to) { where.Add($"({e}.date_start <= @to OR {e}.date_start IS NULL AND {e}.date_end <= @to)"); p.Add("to", to); }
        if (Status is { } status) { where.Add($"{e}.status = @status"); p.Add("status", status.ToLowerInvariant()); }
        if (Outlet is { } outlet) { where.Add($"LOWER({d}.outlet) LIKE @outlet ESCAPE '!'"); p.Add("outlet", Contains(outlet)); }
        if (Text is { } text)
        {
            where.Add(dialect.DocumentsMatching(d));
            p.Add("text", dialect.SearchTerms(text));
        }
        return (where.Count == 0 ? "1=1" : string.Join(" AND ", where), p);
    }

    /// <summary>
    /// A LIKE pattern for "contains these characters": % and _ in what the user typed are
    /// characters, not wildcards. The escape is "!", which means the same to both databases
    /// whatever PostgreSQL's standard_conforming_strings says about a backslash.
    /// </summary>
    internal static string Contains(string words) =>
        "%" + words.ToLowerInvariant().Replace("!", "!!").Replace("%", "!%").Replace("_", "!_") + "%";

}
