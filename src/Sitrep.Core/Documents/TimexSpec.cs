namespace Sitrep.Documents;

public enum TimexKind
{
    /// <summary>A calendar date, some parts known: "29 March 2020", "March 29", "March 2020", "2020".</summary>
    Calendar,
    Weekday,
    /// <summary>today, yesterday, tomorrow: <see cref="TimexSpec.Offset"/> days from the anchor.</summary>
    DayOffset,
    /// <summary>this/last/next week, month, year, quarter, decade, season.</summary>
    RelativeUnit,
    /// <summary>"two weeks ago".</summary>
    Ago,
    /// <summary>"in the coming days", "the past two weeks".</summary>
    Span,
    Duration,
    Season,
    Quarter,
    Decade,
    /// <summary>PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    Reference,
    Set,
    Clock,
    /// <summary>"the following year", "a year earlier", "that day": relative to the narrative's last date.</summary>
    Anaphoric,
    /// <summary>"the 20th century": value 19.</summary>
    Century,
    /// <summary>"March 3-5, 2020", "from 2015 to 2017", "between March and May": <see cref="TimexSpec.RangeStart"/> to <see cref="TimexSpec.RangeEnd"/>.</summary>
    Range,
}

/// <summary>
/// What a time expression says, before it is resolved against a date: the recogniser fills it,
/// the <see cref="TimeExpressionResolver"/> turns it into a value.
/// </summary>
public sealed record TimexSpec(TimexKind Kind)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>ISO weekday, 1 = Monday .. 7 = Sunday.</summary>
    public int? Weekday { get; init; }

    /// <summary>-1 last/past, 0 this, +1 next/coming; days for <see cref="TimexKind.DayOffset"/>.</summary>
    public int Offset { get; init; }

    /// <summary>D, W, M, Y, Q, DE, H, MIN, WE (weekend), or a season code for RelativeUnit.</summary>
    public string? Unit { get; init; }

    /// <summary>The number of units; null for "several", "a few" (written X in TIMEX3).</summary>
    public double? Amount { get; init; }

    /// <summary>True for "a few", "several", "recent": a number of units nobody gave.</summary>
    public bool Vague { get; init; }

    /// <summary>For anaphoric shifts ("a year earlier"): keep the reference's own precision, not the unit's.</summary>
    public bool KeepPrecision { get; init; }

    /// <summary>TIMEX3 modifier: START, MID, END, BEFORE, AFTER, ON_OR_AFTER.</summary>
    public string? Mod { get; init; }

    /// <summary>
    /// "a day before a key meeting", "a week after the ceasefire was signed": counted from another
    /// event, not from a date, so it stays unresolved rather than being counted from the publication date.
    /// </summary>
    public bool AnchoredToEvent { get; init; }

    /// <summary>"since October": a range from the date to the anchor.</summary>
    public bool Since { get; init; }

    /// <summary>"until", "by": a range up to the date.</summary>
    public bool Until { get; init; }

    public string? Season { get; init; }

    public int? Quarter { get; init; }

    /// <summary>1 or 2 for "the first half", "the second half" of a year (with <see cref="TimexKind.Quarter"/>).</summary>
    public int? Half { get; init; }

    public string? Reference { get; init; }

    /// <summary>"the quarter": the quarter the text is about, else the last one ended ("the latest quarter" always that).</summary>
    public bool QuarterInQuestion { get; init; }

    public bool LatestQuarter { get; init; }

    /// <summary>The two ends of a <see cref="TimexKind.Range"/>, each a date of its own.</summary>
    public TimexSpec? RangeStart { get; init; }

    public TimexSpec? RangeEnd { get; init; }

    /// <summary>TIMEX3 value for sets: P1D, P1W, XXXX-WXX-1.</summary>
    public string? SetValue { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    /// <summary>Part of a day: MO, AF, EV, NI.</summary>
    public string? Part { get; init; }

    /// <summary>Which rule matched.</summary>
    public string Rule { get; init; } = "";

    /// <summary>True when the value depends on when it was said (today, on Sunday, this month).</summary>
    public bool Deictic => Kind is TimexKind.Weekday or TimexKind.DayOffset or TimexKind.RelativeUnit or TimexKind.Ago or TimexKind.Span
        || Kind is TimexKind.Calendar && Year is null || Kind is TimexKind.Quarter && Year is null;
}
