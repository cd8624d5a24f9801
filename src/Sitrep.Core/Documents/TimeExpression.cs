
namespace Sitrep.Documents;

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

public enum TimePrecision
{
    Unresolved,
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Range,
    Duration,
}

/// <summary>
/// A time expression and its meaning in TIMEX3 terms (value "2020-03-29", "2020-03", "P3M",
/// "FUTURE_REF"), with the calendar range it covers where that is known and the anchor it was
/// resolved against.
/// </summary>
public sealed record TimeExpression(string Id, TextSpan Span, TimexType Type, TimePrecision Precision)
{
    /// <summary>TIMEX3 value; null when it cannot be resolved (no anchor date).</summary>
    public string? Value { get; init; }

    /// <summary>TIMEX3 modifier: START, END, MID, BEFORE, AFTER, APPROX, ...</summary>
    public string? Mod { get; init; }

    /// <summary>First day covered, when known.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day covered, when known; null for an open range.</summary>
    public DateOnly? End { get; init; }

    /// <summary>What it was resolved against: "document" (publication date), "speech" (the date a quote was said), "none".</summary>
    public string Anchor { get; init; } = "none";

    /// <summary>The date it was resolved against.</summary>
    public DateOnly? AnchorDate { get; init; }

    /// <summary>Which rule recognised and resolved it.</summary>
    public string DecidedBy { get; init; } = "";

    /// <summary>True for the date of an agency dateline ("QAMISHLI, Oct. 14 (Reuters) -"): the report's date, not an event's.</summary>
    public bool Dateline { get; init; }

    /// <summary>True for expressions like "today", "on Sunday" whose value depends on when they were said.</summary>
    public bool Deictic { get; init; }

    /// <summary>What the words say before resolution, kept so a later stage can resolve them against another anchor.</summary>
    public TimexSpec? Spec { get; init; }

    public bool Contains(TimeExpression other) =>
        Start is { } s && End is { } e && other.Start is { } os && other.End is { } oe && s <= os && oe <= e;

    public bool Overlaps(TimeExpression other) =>
        Start is { } s && other.Start is { } os && (End ?? DateOnly.MaxValue) >= os && (other.End ?? DateOnly.MaxValue) >= s;
}
