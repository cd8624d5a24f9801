using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Dates and times with month and weekday names: "March 29, 2020", "10 p.m. Wednesday", "every July", "since October".</summary>
    private void AddNamedDates(NameAlternations names)
    {
        string mon = names.Month, monFull = names.MonthFull, wd = names.Weekday;
        // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "9 a.m. today"
        Add("clock-day", [_clock], $@"\b{Clock},?\s+(?:(?i:on)\s+)?(?:(?<wd>{wd})|(?<dd>(?i:today|yesterday|tomorrow))|(?<mon>{mon})\s+(?<d>[0-3]?\d)\b)", (m, text) =>
        {
            var (h, mi) = ClockOf(m);
            var day = m.Groups["wd"].Success ? WeekdaySpec(m.Groups["wd"].Value, 0)
                : m.Groups["dd"].Success ? DayOffset(m.Groups["dd"].Value)
                : Calendar(null, Month(m), Int(m, "d"));
            return day with { Hour = h, Minute = mi };
        });
        // "Wednesday at 10 p.m.", "Friday, 3 p.m."
        Add("day-clock", [_weekdays, _clock], $@"\b(?:(?i:on)\s+)?(?<wd>{wd}),?\s+(?:(?i:at)\s+)?{Clock}", (m, text) =>
        {
            var (h, mi) = ClockOf(m);
            return WeekdaySpec(m.Groups["wd"].Value, 0) with { Hour = h, Minute = mi };
        });
        Add("day-month-year", [_monthNames, _digits], $@"{Lead($@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?(?:\b(?i:the)\s+)?")}\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{mon})(?:,?\s+{Year})?\b", (m, text) =>
            Calendar(YearOf(m), Month(m), Int(m, "d")));
        Add("month-day-year", [_monthNames, _digits], $@"{Lead($@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?")}\b(?<mon>{mon})\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{Year}\b)?", (m, text) =>
            Calendar(YearOf(m), Month(m), Int(m, "d")));
        // "January this year", "June last year"
        Add("month-relative-year", [_fullMonths, AnyOf("year")], $@"\b(?<mon>{monFull})\s+(?<rel>(?i:this|last|next))\s+(?i:year)\b", (m, text) =>
            new TimexSpec(TimexKind.Calendar) { Month = Month(m), Offset = Relative(m), Unit = "Y" });
        Add("month-year", [_monthNames, _year], $@"{Lead(@"(?:\b(?<since>(?i:since|from|until|till))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?")}\b(?<mon>{mon})(?:\s+of)?,?\s+{Year}\b", (m, text) =>
            Calendar(YearOf(m), Month(m), null) with { Mod = Mod(m), Since = Since(m), Until = Until(m) });
        // "each Thursday", "every July", "Tuesday nights", "on Mondays": sets
        Add("set-named", [_weekdaysOrMonths], $@"\b(?:(?<q>(?i:each|every))\s+(?:(?<wd>{wd})|(?<mon>{monFull}))(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?|(?<wds>{wd})s\b|(?<wd2>{wd})\s+(?<parts>(?i:mornings|afternoons|evenings|nights)))\b", (m, text) =>
        {
            if (m.Groups["mon"].Success) return new TimexSpec(TimexKind.Set) { SetValue = $"XXXX-{Month(m):00}" };
            var w = m.Groups["wd"].Success ? m.Groups["wd"].Value : m.Groups["wds"].Success ? m.Groups["wds"].Value : m.Groups["wd2"].Value;
            var part = Part(m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["parts"].Value.TrimEnd('s'));
            return new TimexSpec(TimexKind.Set) { SetValue = $"XXXX-WXX-{Weekday(w)}" + (part is null ? "" : "T" + part) };
        }, trimPrefix: false);
        Add("month", [_fullMonths], $@"{Lead(@"(?:\b(?<since>(?i:since|from|until|till|by))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?(?:\b(?<rel>(?i:last|next|this|coming|past))\s+)?")}\b(?<mon>{monFull})\b(?!\s+\d)", (m, text) =>
        {
            int month = Month(m);
            // "May" alone is the verb more often than the month.
            if (month == 5 && !m.Groups["since"].Success && !m.Groups["rel"].Success && !m.Groups["mod"].Success && !Preceded(text, m, "in")) return null;
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            // "this September" is this year's.
            if (rel == "this") return new TimexSpec(TimexKind.Calendar) { Month = month, Offset = 0, Unit = "Y", Mod = Mod(m) };
            return new TimexSpec(TimexKind.Calendar) { Month = month, Offset = Relative(m), Mod = Mod(m), Since = Since(m), Until = Until(m) };
        });
    }
}
