namespace Sitrep.Rows;

/// <summary>A stored event with its report and the merged event it belongs to, as query, export and fusion read it.</summary>
public sealed record EventView : EventRow
{
    public long? FusedId { get; init; }
    public string Input { get; init; } = "";
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }

    /// <summary>The most precise date several reports give one happening ("2020-03-29" over "2020-03"); null when none gives a calendar date.</summary>
    public static string? MostPreciseDate(IEnumerable<EventView> reports) =>
        reports.Select(m => m.DateValue).OfType<string>().Where(v => char.IsDigit(v[0]))
            .OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).FirstOrDefault();
}
