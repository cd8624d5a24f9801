using System.Globalization;
using Sitrep.Store;

namespace Sitrep.Web.Api;

/// <summary>
/// The filters of <c>sitrep query</c> as query-string parameters, with paging. Every value is
/// checked here and reaches the database only as a parameter.
/// </summary>
public sealed record EventQuery
{
    public string? Type { get; init; }
    public string? Actor { get; init; }
    public string? Place { get; init; }
    /// <summary>LAT,LON: events within <see cref="Radius"/> km of the point.</summary>
    public string? Near { get; init; }
    public double? Radius { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Status { get; init; }
    public string? Outlet { get; init; }
    public string? Text { get; init; }
    public int? Offset { get; init; }
    public int? Limit { get; init; }
    /// <summary>"machine": the machine's reading, without the analysts' corrections.</summary>
    public string? View { get; init; }

    public const int DefaultLimit = 100;

    private static readonly string[] Statuses = ["reported", "planned", "claimed", "denied", "hypothetical", "negated"];

    /// <summary>The filter, or the problems with the parameters (by name).</summary>
    public (EventFilter? Filter, Dictionary<string, string[]> Errors) Read(int maxLimit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        (double, double, double)? near = null;
        if (Near is { } n)
        {
            var parts = n.Split(',');
            if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180)
                near = (lat, lon, Radius ?? 50);
            else errors["near"] = ["LAT,LON in degrees, e.g. 35.47,44.39."];
        }
        if (Radius is { } r && (r <= 0 || r > 20_040)) errors["radius"] = ["Kilometres, more than 0 and at most 20040."];
        string? Day(string? value, string name)
        {
            if (value is null) return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            errors[name] = ["A date as YYYY-MM-DD."];
            return null;
        }
        var from = Day(From, "from");
        var to = Day(To, "to");
        if (Status is { } s && !Statuses.Contains(s.ToLowerInvariant())) errors["status"] = [$"One of {string.Join(", ", Statuses)}."];
        if (Offset is < 0) errors["offset"] = ["0 or more."];
        if (Limit is { } l && (l < 1 || l > maxLimit)) errors["limit"] = [$"From 1 to {maxLimit}."];
        if (View is { } v && v != "machine" && v != "corrected") errors["view"] = ["'corrected' (the default) or 'machine'."];
        if (errors.Count > 0) return (null, errors);
        static string? Blank(string? x) => string.IsNullOrWhiteSpace(x) ? null : x.Trim();
        return (new EventFilter
        {
            Type = Blank(Type), Actor = Blank(Actor), Place = Blank(Place), Near = near, From = from, To = to,
            Status = Blank(Status)?.ToLowerInvariant(), Outlet = Blank(Outlet), Text = Blank(Text),
        }, errors);
    }

    public bool Machine => View == "machine";
}
