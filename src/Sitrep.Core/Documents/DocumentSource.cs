namespace Sitrep.Documents;

/// <summary>What is known about where a document came from. Unknown fields stay null.</summary>
public sealed record DocumentSource
{
    /// <summary>The file path, URL or "-" the document was read from; used in messages.</summary>
    public string InputName { get; init; } = "-";

    public InputFormat Format { get; init; } = InputFormat.PlainText;

    public string? Outlet { get; init; }

    /// <summary>Where the outlet's name stands in the text, when it came from the text.</summary>
    public TextSpan? OutletSpan { get; init; }

    public string? Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication date, decided by <see cref="PublicationDate.Decide"/> in the header stage (<see cref="Layer.Metadata"/>); set it beforehand only to state it outright.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Dates the input and the user give for the report, before the header stage decides among them.</summary>
    public IReadOnlyList<DateClaim> PublishedClaims { get; init; } = [];

    /// <summary>Where the publication date came from: "given", "container", "html-metadata", "front-matter", "dateline", "option".</summary>
    public string? PublishedFrom { get; init; }

    public TextSpan? PublishedSpan { get; init; }
}
