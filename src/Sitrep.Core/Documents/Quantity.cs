
namespace Sitrep.Documents;

public enum QuantityKind
{
    Count,
    Money,
    Ordinal,
    Measure,
    Percent,
}

/// <summary>
/// A number with what it counts: "300 troops", "four billion dollars" (4e9 USD), "hundreds of
/// Humvees" (at least 200, approximate), "the third scaleback" (ordinal 3).
/// </summary>
public sealed record Quantity(string Id, TextSpan Span, double Value, QuantityKind Kind)
{
    /// <summary>Normalised unit: "troops", "USD", "vehicles", "attacks"; null when the number stands alone.</summary>
    public string? Unit { get; init; }

    /// <summary>What the unit is: troops, people, casualties, money, vehicles, weapons, attacks, distance, other.</summary>
    public string? Category { get; init; }

    /// <summary>The counted noun as written: "Humvees and trucks", "missile attacks".</summary>
    public string? Noun { get; init; }

    /// <summary>True for "some 7,500", "about 500", "hundreds of".</summary>
    public bool Approximate { get; init; }

    /// <summary>"at_least" when <see cref="Value"/> is the least the words imply ("hundreds" = at least 200).</summary>
    public string? Bound { get; init; }

    public TextSpan NumberSpan { get; init; }

    /// <summary>A word between number and noun that says whose or what kind: "coalition" in "7,500 coalition troops".</summary>
    public string? Modifier { get; init; }
}
