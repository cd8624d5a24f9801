namespace Sitrep.Rows;

public sealed record QuoteView
{
    public string? Speaker { get; init; }
    public string Content { get; init; } = "";
    public string Input { get; init; } = "";
    public string? Outlet { get; init; }
    public string? Published { get; init; }
}
