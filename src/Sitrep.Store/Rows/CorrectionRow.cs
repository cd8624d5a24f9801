namespace Sitrep.Rows;

/// <summary>
/// An analyst's correction of a merged event, kept beside the machine's reading and never
/// overwriting it: who, when, a verdict (confirmed or rejected) and/or new values of some fields
/// (null: unchanged), and why. It is attached to a report's event (<see cref="EventId"/>), whose
/// id the database keeps, so it follows that event into whatever merged event a rebuild puts it.
/// </summary>
public sealed record CorrectionRow
{
    public long Id { get; init; }
    public long EventId { get; init; }
    public string Author { get; init; } = "";
    /// <summary>UTC, ISO 8601 ("2026-12-03T10:49:02Z").</summary>
    public string Created { get; init; } = "";
    public string? Note { get; init; }
    /// <summary>"confirmed", "rejected" or null (fields changed only).</summary>
    public string? Verdict { get; init; }
    public string? Type { get; init; }
    public string? Actor { get; init; }
    public string? Target { get; init; }
    public string? Place { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string? Date { get; init; }
    public int? Fatalities { get; init; }
}
