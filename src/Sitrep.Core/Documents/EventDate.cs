
namespace Sitrep.Documents;

/// <summary>
/// When an event happened and how Sitrep knows: "own" (a time expression in its sentence),
/// "context" (the narrative's last date, e.g. the sentence before), or "document" (the
/// publication date, with a lower precision).
/// </summary>
public sealed record EventDate(string? Value, TimePrecision Precision, DateOnly? Start, DateOnly? End, string Basis)
{
    public string? TimeId { get; init; }
}
