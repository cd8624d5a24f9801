using Sitrep.Documents;
namespace Sitrep.Rows;

/// <summary>A report as the store keeps it: its text and metadata, its sitrep/1 JSON, and its events and quotes as rows.</summary>
public sealed record StoredDocument(long Id, string ContentHash, string Input, string Text)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public long SimHash { get; init; }

    /// <summary>For a near-duplicate (a syndicated copy, a lightly edited version): the stored report it copies. Its events are not stored again.</summary>
    public long? DuplicateOf { get; init; }

    public string? Result { get; init; }
    public IReadOnlyList<EventRow> Events { get; init; } = [];
    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];
}

/// <summary>One event, flattened: names and codes of its parties, where and when, status, evidence, figures.</summary>
public record EventRow
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public string LocalId { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Mode { get; init; }
    public string? Cameo { get; init; }
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
    public string? Actor { get; init; }
    public string? ActorCode { get; init; }
    public string? Associated { get; init; }
    public string? Target { get; init; }
    public string? TargetCode { get; init; }
    public string? Recipient { get; init; }
    public string? RecipientCode { get; init; }
    public string? Place { get; init; }
    public string? Admin1 { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public int? GeoPrecision { get; init; }
    /// <summary>The place is where what the event sends or commits to is ("agreed to expand its force in Afghanistan"), not where it was done.</summary>
    public bool PlaceOfDeed { get; init; }
    public string? DateValue { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string Status { get; init; } = "";
    public string? ClaimedBy { get; init; }
    public string Summary { get; init; } = "";
    public string Evidence { get; init; } = "";
    /// <summary>JSON array of {role, text, value, unit, approximate}.</summary>
    public string Quantities { get; init; } = "[]";
    public int? Fatalities { get; init; }
}

public sealed record QuoteRow(long Id, long DocumentId, string? Speaker, string Content);
