using Sitrep.Documents;
namespace Sitrep.Reading;

/// <summary>The main text of a page or file with what it says about itself.</summary>
public sealed record ExtractedText(string Text)
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>Why the text was read in a lesser way than its format allows, for a warning; null when it was not.</summary>
    public string? Problem { get; init; }
}
