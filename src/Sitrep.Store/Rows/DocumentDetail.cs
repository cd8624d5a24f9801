namespace Sitrep.Rows;

/// <summary>A stored report with its text and its sitrep/1 JSON (entities, events and their spans).</summary>
public sealed record DocumentDetail
{
    public long Id { get; init; }
    public string Input { get; init; } = "";
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }
    public long? DuplicateOf { get; init; }
    public string Text { get; init; } = "";
    /// <summary>The sitrep/1 JSON written when it was ingested; null for a near-duplicate, whose events are its original's.</summary>
    public string? Result { get; init; }
}

/// <summary>A report that matches a full-text search.</summary>
public sealed record DocumentHit
{
    public long Id { get; init; }
    public string Input { get; init; } = "";
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public long Events { get; init; }
}

/// <summary>A party named in stored events: its name, its code, and how many events name it as actor, target or recipient.</summary>
public sealed record ActorCount
{
    public string Name { get; init; } = "";
    public string? Code { get; init; }
    public long AsActor { get; init; }
    public long AsTarget { get; init; }
    public long AsRecipient { get; init; }
}
