
namespace Sitrep.Documents;

/// <summary>
/// A party's assertion. A denial is a claim with status "denied" that points at the claim it
/// denies, so users see both sides with their sources.
/// </summary>
public sealed record Claim(string Id, TextSpan Span, EventStatus Status)
{
    public string? ById { get; init; }

    /// <summary>Who claims it, when the text names the speaker only in words ("Syrian activists").</summary>
    public TextSpan? ByWords { get; init; }

    public string? QuoteId { get; init; }

    /// <summary>For a denial: the claim it denies.</summary>
    public string? DeniesId { get; init; }

    /// <summary>For a claim: the denial that disputes it.</summary>
    public string? DeniedById { get; init; }

    public IReadOnlyList<string> EventIds { get; init; } = [];

    public string? Cue { get; init; }

    public TextSpan? CueSpan { get; init; }
}
