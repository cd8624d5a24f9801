using Sitrep.Documents;
using System.Globalization;

namespace Sitrep.Time;

/// <summary>The meaning of a resolved time expression: TIMEX3 value and type, precision and calendar range.</summary>
public sealed record ResolvedTime(TimexType Type, TimePrecision Precision, string? Value, DateOnly? Start, DateOnly? End, string? Mod);

/// <summary>
/// Turns what a time expression says into a TIMEX3 value against an anchor date (the
/// publication date, or the date a quote was said). Pure: same spec, anchor and tense, same result.
/// Without an anchor, relative expressions stay unresolved rather than guessed.
/// </summary>
public static class TimeExpressionResolver
{
    /// <param name="reference">The value of the narrative's last date, for "the following year", "a year earlier".</param>
    public static ResolvedTime Resolve(TimexSpec spec, DateOnly? anchor, Tense tense, string? reference = null)
    {
        switch (spec.Kind)
        {
            case TimexKind.Duration:
                return new ResolvedTime(TimexType.Duration, TimePrecision.Duration, DurationValue(spec.Amount, spec.Unit), null, null, spec.Mod);
            case TimexKind.Set:
                return new ResolvedTime(TimexType.Set, TimePrecision.Duration, spec.SetValue, null, null, null);
            case TimexKind.Reference:
                return Reference(spec, anchor);
            case TimexKind.Span when spec.Amount is not null || spec.Vague:
                // "the past two months", "the next few days", "recent weeks": a stretch of time, measured back or ahead.
                {
                    var span = anchor is { } an ? Span(spec, an) : null;
                    return new ResolvedTime(TimexType.Duration, TimePrecision.Duration, DurationValue(spec.Amount, spec.Unit), span?.Start, span?.End, spec.Mod);
                }
            case TimexKind.Anaphoric:
                return Anaphoric(spec, reference, anchor, tense);
            case TimexKind.Range:
                {
                    // Each end resolved as a date of its own; the value is the ISO 8601 interval "2020-03-03/2020-03-05".
                    var from = Resolve(spec.RangeStart!, anchor, tense, reference);
                    var to = Resolve(spec.RangeEnd!, anchor, tense, reference);
                    if (from.Value is null || to.Value is null || from.Start is null || to.End is null || to.End < from.Start)
                        return new ResolvedTime(TimexType.Date, TimePrecision.Unresolved, null, null, null, spec.Mod);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Range, $"{from.Value}/{to.Value}", from.Start, to.End, spec.Mod);
                }
            case TimexKind.Century:
                {
                    int start = spec.Year!.Value;
                    return new ResolvedTime(TimexType.Date, TimePrecision.Century, (start / 100).ToString("00", CultureInfo.InvariantCulture) + "XX",
                        new DateOnly(Math.Max(1, start), 1, 1), new DateOnly(start + 99, 12, 31), spec.Mod);
                }
        }
        var date = ResolveDate(spec, anchor, tense);
        if (date is null)
            return new ResolvedTime(spec.Kind == TimexKind.Clock ? TimexType.Time : TimexType.Date, TimePrecision.Unresolved, null, null, null, spec.Mod);
        var r = date;
        if (spec.Since && anchor is { } a && r.Start is { } s)
            return r with { Precision = TimePrecision.Range, Start = s, End = a >= s ? a : r.End, Mod = "AFTER" };
        if (spec.Until && r.End is { } e)
            return r with { Precision = TimePrecision.Range, Start = null, End = e, Mod = "BEFORE" };
        // "earlier this year": from the year's start to the day it is told; "later this month": from that day to the month's end.
        if (spec.Kind == TimexKind.RelativeUnit && spec.Offset == 0 && anchor is { } now && r.Start is { } first && r.End is { } last && first <= now && now <= last)
        {
            if (spec.Mod == "BEFORE") return r with { Precision = TimePrecision.Range, End = now };
            if (spec.Mod == "AFTER") return r with { Precision = TimePrecision.Range, Start = now };
        }
        return r;
    }

    private static ResolvedTime? ResolveDate(TimexSpec spec, DateOnly? anchor, Tense tense)
    {
        switch (spec.Kind)
        {
            case TimexKind.Calendar:
                return Calendar(spec, anchor, tense);
            case TimexKind.Decade:
                {
                    int start = spec.Year!.Value;
                    return new ResolvedTime(TimexType.Date, TimePrecision.Decade, (start / 10).ToString(CultureInfo.InvariantCulture),
                        new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31), spec.Mod);
                }
            case TimexKind.Quarter when spec.Half is { } half:
                {
                    int? hy = spec.Year ?? (anchor is { } ha ? ha.Year + (spec.Unit == "Y" ? spec.Offset : 0) : null);
                    if (hy is null) return null;
                    var hs = new DateOnly(hy.Value, half == 1 ? 1 : 7, 1);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Quarter, $"{hy}-H{half}", hs, hs.AddMonths(6).AddDays(-1), spec.Mod);
                }
            case TimexKind.Quarter:
                {
                    int q = spec.Quarter!.Value;
                    int? year = spec.Year;
                    if (year is null && anchor is { } qa)
                    {
                        if (spec.Unit == "Y") year = qa.Year + spec.Offset;
                        else
                        {
                            // "the fourth quarter" in January is last year's: the latest one begun (reports look back at quarters).
                            int current = (qa.Month - 1) / 3 + 1;
                            year = q <= current ? qa.Year : qa.Year - 1;
                        }
                    }
                    if (year is null) return null;
                    var start = new DateOnly(year.Value, (q - 1) * 3 + 1, 1);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Quarter, $"{year}-Q{q}", start, start.AddMonths(3).AddDays(-1), spec.Mod);
                }
            case TimexKind.Season:
                {
                    int? year = spec.Year ?? SeasonYear(spec, anchor, tense);
                    if (year is null) return null;
                    var (start, end) = SeasonRange(year.Value, spec.Season!);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Season, $"{year}-{spec.Season}", start, end, spec.Mod);
                }
        }
        if (anchor is not { } a) return null;
        switch (spec.Kind)
        {
            case TimexKind.DayOffset:
                return Day(a.AddDays(spec.Offset), spec);
            case TimexKind.Weekday when spec.Unit == "WE":
                // "the weekend": the weekend of the Saturday just past (or, in the future tense, coming).
                return RelativeUnit(spec with { Offset = 0 }, WeekdayFrom(a, 6, spec.Offset, tense));
            case TimexKind.Weekday:
                return Day(WeekdayFrom(a, spec.Weekday!.Value, spec.Offset, tense), spec);
            case TimexKind.RelativeUnit:
                return RelativeUnit(spec, a);
            case TimexKind.Ago:
                return Ago(spec, a);
            case TimexKind.Span:
                return Span(spec, a);
            case TimexKind.Clock:
                {
                    string time = $"T{spec.Hour:00}:{spec.Minute ?? 0:00}";
                    return new ResolvedTime(TimexType.Time, TimePrecision.Time, Iso(a) + time, a, a, spec.Mod);
                }
        }
        return null;
    }

    private static ResolvedTime? Calendar(TimexSpec spec, DateOnly? anchor, Tense tense)
    {
        int? year = spec.Year;
        if (spec.Month is { } month)
        {
            if (year is null)
            {
                if (anchor is not { } a) return null;
                // "January this year", "June last year", "this September"
                if (spec.Unit == "Y") year = a.Year + spec.Offset;
                else year = spec.Day is { } d ? YearForDay(a, month, d, tense, spec.Offset) : YearForMonth(a, month, tense, spec.Offset);
            }
            if (spec.Day is { } day)
            {
                if (day < 1 || day > DateTime.DaysInMonth(year.Value, month)) return null;
                return Day(new DateOnly(year.Value, month, day), spec);
            }
            var first = new DateOnly(year.Value, month, 1);
            var (s, e) = (first, first.AddMonths(1).AddDays(-1));
            return new ResolvedTime(TimexType.Date, TimePrecision.Month, $"{year:0000}-{month:00}", s, e, spec.Mod);
        }
        if (year is { } y)
        {
            var (s, e) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            return new ResolvedTime(TimexType.Date, TimePrecision.Year, y.ToString("0000", CultureInfo.InvariantCulture), s, e, spec.Mod);
        }
        return null;
    }

    private static ResolvedTime Day(DateOnly date, TimexSpec spec)
    {
        string time = spec.Hour is { } h ? $"T{h:00}:{spec.Minute ?? 0:00}" : spec.Part is { } p ? "T" + p : "";
        return new ResolvedTime(time.Length == 0 ? TimexType.Date : TimexType.Time, spec.Hour is null ? TimePrecision.Day : TimePrecision.Time,
            Iso(date) + time, date, date, spec.Mod);
    }

    /// <summary>
    /// "the following year" after "in 1995" is 1996; "a year earlier" than the third quarter of 1989
    /// is the third quarter of 1988 (a shift keeps the reference's precision); without an earlier
    /// date the publication date is the reference.
    /// </summary>
    private static ResolvedTime Anaphoric(TimexSpec spec, string? reference, DateOnly? anchor, Tense tense)
    {
        // Counted from another event ("a day before the meeting"): no date says when that was.
        if (spec.AnchoredToEvent) return new ResolvedTime(TimexType.Date, TimePrecision.Unresolved, null, null, null, null);
        var (refDate, refPrecision) = ParseValue(reference) ?? (anchor is { } a ? (a, TimePrecision.Day) : (default, TimePrecision.Unresolved));
        if (refPrecision == TimePrecision.Unresolved) return new ResolvedTime(TimexType.Date, TimePrecision.Unresolved, null, null, null, null);
        // "the quarter" with no quarter named before: the last quarter ended, the one results are reported for.
        if (spec.QuarterInQuestion && (refPrecision != TimePrecision.Quarter || spec.LatestQuarter) && anchor is { } published)
            return RelativeUnit(new TimexSpec(TimexKind.RelativeUnit) { Unit = "Q", Offset = -1 }, published)!;
        var shifted = Add(refDate, spec.Unit, spec.Offset);
        if (spec.Unit == "Q") shifted = refDate.AddMonths(3 * spec.Offset);
        var precision = spec.KeepPrecision ? refPrecision : spec.Unit switch
        {
            "D" => TimePrecision.Day, "W" => TimePrecision.Week, "M" => TimePrecision.Month, "Q" => TimePrecision.Quarter, _ => TimePrecision.Year,
        };
        if (spec.Quarter is { } q) (shifted, precision) = (new DateOnly(shifted.Year, (q - 1) * 3 + 1, 1), TimePrecision.Quarter);
        if (precision < TimePrecision.Day) precision = TimePrecision.Day;
        return precision switch
        {
            TimePrecision.Day => new ResolvedTime(TimexType.Date, TimePrecision.Day, Iso(shifted), shifted, shifted, spec.Mod),
            TimePrecision.Week => RelativeUnit(new TimexSpec(TimexKind.RelativeUnit) { Unit = "W" }, shifted)!,
            TimePrecision.Month => RelativeUnit(new TimexSpec(TimexKind.RelativeUnit) { Unit = "M" }, shifted)!,
            TimePrecision.Quarter => RelativeUnit(new TimexSpec(TimexKind.RelativeUnit) { Unit = "Q" }, shifted)!,
            _ => RelativeUnit(new TimexSpec(TimexKind.RelativeUnit) { Unit = "Y" }, shifted)!,
        };
    }

    /// <summary>A TIMEX3 date value back into a date and a precision: "1989-Q3", "1998-08", "1995", "1998-W32".</summary>
    public static (DateOnly Date, TimePrecision Precision)? ParseValue(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1) return null;
        if (value.Length == 4) return (new DateOnly(y, 1, 1), TimePrecision.Year);
        if (value.Length >= 7 && value[5] == 'Q' && char.IsDigit(value[6])) return (new DateOnly(y, (value[6] - '1') * 3 + 1, 1), TimePrecision.Quarter);
        if (value.Length >= 8 && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int w) && w is >= 1 and <= 53)
            return (DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday)), TimePrecision.Week);
        if (value.Length >= 7 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
        {
            if (value.Length >= 10 && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                return (new DateOnly(y, m, d), TimePrecision.Day);
            return (new DateOnly(y, m, 1), TimePrecision.Month);
        }
        return null;
    }

    /// <summary>
    /// The weekday's date: "last Sunday" is the Sunday before the anchor, "next Tuesday" the
    /// Tuesday after it; a bare "on Sunday" is the most recent Sunday (the anchor day itself
    /// included) in past tense, the coming one in future tense.
    /// </summary>
    public static DateOnly WeekdayFrom(DateOnly anchor, int isoWeekday, int offset, Tense tense)
    {
        int anchorDay = IsoWeekday(anchor);
        int back = (anchorDay - isoWeekday + 7) % 7;
        int forward = (isoWeekday - anchorDay + 7) % 7;
        return offset switch
        {
            < 0 => anchor.AddDays(-(back == 0 ? 7 : back)),
            > 0 => anchor.AddDays(forward == 0 ? 7 : forward),
            _ when tense == Tense.Future => anchor.AddDays(forward),
            _ => anchor.AddDays(-back),
        };
    }

    private static ResolvedTime? RelativeUnit(TimexSpec spec, DateOnly a)
    {
        int o = spec.Offset;
        switch (spec.Unit)
        {
            case "D":
                return Day(a.AddDays(o), spec);
            case "W":
            case "WE":
                {
                    var monday = a.AddDays(1 - IsoWeekday(a)).AddDays(7 * o);
                    int week = ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));
                    int year = ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
                    if (spec.Unit == "WE")
                        return new ResolvedTime(TimexType.Date, TimePrecision.Week, $"{year}-W{week:00}-WE", monday.AddDays(5), monday.AddDays(6), spec.Mod);
                    var (s, e) = (monday, monday.AddDays(6));
                    return new ResolvedTime(TimexType.Date, TimePrecision.Week, $"{year}-W{week:00}", s, e, spec.Mod);
                }
            case "M":
                {
                    var first = new DateOnly(a.Year, a.Month, 1).AddMonths(o);
                    var (s, e) = (first, first.AddMonths(1).AddDays(-1));
                    return new ResolvedTime(TimexType.Date, TimePrecision.Month, $"{first.Year:0000}-{first.Month:00}", s, e, spec.Mod);
                }
            case "Q":
                {
                    int q = (a.Month - 1) / 3 + o;
                    var first = new DateOnly(a.Year, 1, 1).AddMonths(3 * q);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Quarter, $"{first.Year}-Q{(first.Month - 1) / 3 + 1}", first, first.AddMonths(3).AddDays(-1), spec.Mod);
                }
            case "Y":
                {
                    int y = a.Year + o;
                    var (s, e) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
                    return new ResolvedTime(TimexType.Date, TimePrecision.Year, y.ToString("0000", CultureInfo.InvariantCulture), s, e, spec.Mod);
                }
            case "DE":
                {
                    int start = (a.Year / 10 + o) * 10;
                    return new ResolvedTime(TimexType.Date, TimePrecision.Decade, (start / 10).ToString(CultureInfo.InvariantCulture),
                        new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31), spec.Mod);
                }
            case "SP" or "SU" or "FA" or "WI":
                {
                    int year = a.Year + o;
                    var (s, e) = SeasonRange(year, spec.Unit);
                    return new ResolvedTime(TimexType.Date, TimePrecision.Season, $"{year}-{spec.Unit}", s, e, spec.Mod);
                }
        }
        return null;
    }

    private static ResolvedTime? Ago(TimexSpec spec, DateOnly a)
    {
        if (spec.Amount is not { } n) return new ResolvedTime(TimexType.Date, TimePrecision.Range, "PAST_REF", null, a, spec.Mod);
        int k = (int)n;
        return spec.Unit switch
        {
            "D" => Day(a.AddDays(-k), spec),
            "W" => RelativeUnit(spec with { Unit = "W", Offset = -k }, a),
            "M" => RelativeUnit(spec with { Unit = "M", Offset = -k }, a),
            "Y" => RelativeUnit(spec with { Unit = "Y", Offset = -k }, a),
            "DE" => RelativeUnit(spec with { Unit = "DE", Offset = -k }, a),
            _ => new ResolvedTime(TimexType.Date, TimePrecision.Range, "PAST_REF", null, a, spec.Mod),
        };
    }

    /// <summary>"in the coming days" (a future range from the day after the anchor), "the past two weeks" (a range ending on it).</summary>
    private static ResolvedTime Span(TimexSpec spec, DateOnly a)
    {
        if (spec.Offset > 0)
        {
            DateOnly? end = spec.Amount is { } n ? Add(a, spec.Unit, (int)n) : null;
            return new ResolvedTime(TimexType.Date, TimePrecision.Range, spec.Amount is null ? "FUTURE_REF" : DurationValue(spec.Amount, spec.Unit),
                a.AddDays(1), end, spec.Mod);
        }
        DateOnly? start = spec.Amount is { } m ? Add(a, spec.Unit, -(int)m) : null;
        return new ResolvedTime(TimexType.Date, TimePrecision.Range, spec.Amount is null ? "PAST_REF" : DurationValue(spec.Amount, spec.Unit),
            start, a, spec.Mod);
    }

    private static ResolvedTime Reference(TimexSpec spec, DateOnly? anchor) => spec.Reference switch
    {
        "PRESENT_REF" => new ResolvedTime(TimexType.Date, TimePrecision.Day, "PRESENT_REF", anchor, anchor, spec.Mod),
        "FUTURE_REF" => new ResolvedTime(TimexType.Date, TimePrecision.Range, "FUTURE_REF", anchor?.AddDays(1), null, spec.Mod),
        _ => new ResolvedTime(TimexType.Date, TimePrecision.Range, "PAST_REF", null, anchor, spec.Mod),
    };

    private static DateOnly Add(DateOnly d, string? unit, int n) => unit switch
    {
        "D" => d.AddDays(n),
        "W" => d.AddDays(7 * n),
        "M" => d.AddMonths(n),
        "Q" => d.AddMonths(3 * n),
        "Y" => d.AddYears(n),
        "DE" => d.AddYears(10 * n),
        _ => d,
    };

    public static string DurationValue(double? amount, string? unit)
    {
        // Quarters are written in months: "the next three quarters" is P9M.
        if (unit == "Q" && amount is { } quarters) return DurationValue(quarters * 3, "M");
        string n = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            "H" => $"PT{n}H",
            "MIN" => $"PT{n}M",
            "DE" => amount is { } d ? $"P{(d * 10).ToString("0.##", CultureInfo.InvariantCulture)}Y" : "PXDE",
            null => "PX",
            _ => $"P{n}{unit}",
        };
    }

    /// <summary>
    /// The year of a month named without one: "last October" the one before, "next January" the
    /// one after; otherwise the nearest to the anchor, news being about the months around it, and
    /// the tense deciding only when both are about as near.
    /// </summary>
    private static int YearForMonth(DateOnly a, int month, Tense tense, int offset)
    {
        if (offset < 0) return month < a.Month ? a.Year : a.Year - 1;
        if (offset > 0) return month > a.Month ? a.Year : a.Year + 1;
        return Nearest(a, y => new DateOnly(y, month, 15), tense);
    }

    /// <summary>The year that puts "March 29" nearest the anchor; the tense decides near ties.</summary>
    private static int YearForDay(DateOnly a, int month, int day, Tense tense, int offset)
    {
        if (offset < 0) return new DateOnly(a.Year, month, Math.Min(day, 28)) < a ? a.Year : a.Year - 1;
        if (offset > 0) return new DateOnly(a.Year, month, Math.Min(day, 28)) > a ? a.Year : a.Year + 1;
        return Nearest(a, y => new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))), tense);
    }

    private static int Nearest(DateOnly a, Func<int, DateOnly> dateIn, Tense tense)
    {
        var candidates = new[] { a.Year - 1, a.Year, a.Year + 1 }
            .Select(y => (Year: y, Distance: dateIn(y).DayNumber - a.DayNumber))
            .OrderBy(c => Math.Abs(c.Distance))
            .ToArray();
        // A sentence about the future ("will resume in January") means the next one.
        if (tense == Tense.Future) return candidates.Where(c => c.Distance >= -7).OrderBy(c => c.Distance).First().Year;
        var (first, second) = (candidates[0], candidates[1]);
        // About as near either way: the past.
        if (Math.Abs(Math.Abs(first.Distance) - Math.Abs(second.Distance)) < 45) return first.Distance <= 0 ? first.Year : second.Year;
        return first.Year;
    }

    private static int? SeasonYear(TimexSpec spec, DateOnly? anchor, Tense tense)
    {
        if (anchor is not { } a) return null;
        return a.Year + spec.Offset;
    }

    private static (DateOnly, DateOnly) SeasonRange(int year, string season) => season switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        _ => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.IsLeapYear(year + 1) ? 29 : 28)),
    };

    public static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
