using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>What fills an event role: an entity mention, a quantity, or just words ("great training").</summary>
public sealed record Filler(TextSpan Span, Mention? Mention, Quantity? Quantity)
{
    /// <summary>How the words were found: "subject", "object", "'in' phrase" — for --explain.</summary>
    public string? Via { get; init; }

    public string? EntityId => Mention?.EntityId;
}
