namespace Sitrep.Rows;

public sealed record StateView
{
    public string Subject { get; init; } = "";
    public string Predicate { get; init; } = "";
    public string Value { get; init; } = "";
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    /// <summary>"from" or "to" when no report dates the event behind the fact: it holds from, or until, a date nobody gave.</summary>
    public string? UnknownBound { get; init; }
    public long? FusedId { get; init; }
    public string Sources { get; init; } = "[]";
}
