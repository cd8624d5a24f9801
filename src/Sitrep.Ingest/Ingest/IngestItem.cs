using Sitrep.Documents;
namespace Sitrep.Ingest;

/// <summary>
/// One report to ingest, as its source gives it: either raw bytes (a file or a web page, read by
/// <see cref="Reading.DocumentReader"/>) or text already taken out of a container (a JSON line, a
/// CSV row, a feed entry, a Reuters story), with what the container says about it.
/// <see cref="Key"/> names it in messages: "feeds.jsonl:12", "reut2-000.sgm#NEWID=5".
/// </summary>
public sealed record IngestItem(string Key)
{
    public byte[]? Bytes { get; init; }

    public string? Text { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The --published of the command that read it (through a broker, where the worker's own has no say): a fallback, not an override.</summary>
    public DateOnly? FallbackPublished { get; init; }

    /// <summary>The --outlet of the command that read it, for a report that names none.</summary>
    public string? FallbackOutlet { get; init; }

    /// <summary>Set when the source could not be read at all: the item is reported as failed.</summary>
    public string? Error { get; init; }
}
