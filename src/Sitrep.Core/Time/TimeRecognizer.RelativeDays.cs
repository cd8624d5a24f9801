using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Days and times relative to the report or to another date: "on Sunday", "yesterday", "three days ago", "the following year".</summary>
    private void AddRelativeDays(NameAlternations names)
    {
        string wd = names.Weekday;
        Add("weekday", [_weekdays], $@"{Lead(@"(?:\b(?<pre>(?i:on|last|next|this|coming|past|since|until|by|from|the\s+previous|the\s+following))\s+)?")}\b(?<wd>{wd})(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", (m, text) =>
        {
            string pre = Regex.Replace(m.Groups["pre"].Value.ToLowerInvariant(), @"\s+", " ");
            int offset = pre switch { "last" or "past" or "the previous" => -1, "next" or "coming" or "the following" => 1, _ => 0 };
            return WeekdaySpec(m.Groups["wd"].Value, offset) with
            {
                Part = Part(m.Groups["part"].Value),
                Since = pre is "since" or "from",
                Until = pre is "until" or "by",
            };
        });
        Add("day-deictic", [AnyOf("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night")], @"\b(?<pm>(?i:early|late|mid)[\s-]*(?i:morning|afternoon|evening)\s+)?(?<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night))(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", (m, text) =>
        {
            var spec = DayOffset(m.Groups["w"].Value);
            var part = Part(m.Groups["part"].Value) ?? (m.Groups["pm"].Success ? Part(Regex.Match(m.Groups["pm"].Value, "(?i)morning|afternoon|evening").Value) : null);
            return part is null ? spec : spec with { Part = part };
        });
        Add("ago", [AnyOf("ago")], $@"{Lead($@"\b(?:(?i:about|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?(?<n>{Num})\s+")}{Unit}\s+(?i:ago)\b", (m, text) =>
            new TimexSpec(TimexKind.Ago) { Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) });
        // "the following year", "the previous day", "a year earlier", "that month", "the same day"
        Add("anaphoric", [AnyOf("day", "week", "month", "year", "quarter", "morning", "night")], $@"\b(?:(?<rel>(?i:the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior|that|the\s+same))\s+(?<unit>day|week|month|year|quarter|morning|night)|(?<n>(?i:a|one|two|three|a\s+few))\s+(?<unit2>days?|weeks?|months?|years?|quarters?)\s+(?<dir>(?i:earlier|later|before|after)))\b(?!\s+(?:of|in|to)\b)", (m, text) =>
        {
            if (m.Groups["rel"].Success)
            {
                var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
                var u = m.Groups["unit"].Value.ToLowerInvariant();
                // "the next day" is anaphoric; "the next year" is DCT-relative, found by relative-unit below.
                if (rel == "the next" && u != "day" && u != "morning") return null;
                int off = rel switch { "the following" or "the next" => 1, "the previous" or "the preceding" or "the prior" => -1, _ => 0 };
                return new TimexSpec(TimexKind.Anaphoric) { Offset = off, Unit = UnitCode(u) };
            }
            var amount = m.Groups["n"].Value.ToLowerInvariant() is "a" or "one" ? 1 : m.Groups["n"].Value.ToLowerInvariant() switch { "two" => 2, "three" => 3, _ => 0 };
            if (amount == 0) return null;
            var dir = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" ? -1 : 1;
            return new TimexSpec(TimexKind.Anaphoric)
            {
                Offset = dir * amount, Unit = UnitCode(m.Groups["unit2"].Value.ToLowerInvariant().TrimEnd('s')), KeepPrecision = true,
                AnchoredToEvent = m.Groups["dir"].Value.ToLowerInvariant() is "before" or "after" && CountsFromAnEvent(text, m.Index + m.Length),
            };
        }, trimPrefix: false);
        // "year-earlier", "year-ago": a year before the date in question
        Add("anaphoric-adjective", [AnyOf("year-")], @"\b(?i:the\s+)?(?:(?i:comparable|corresponding)\s+)?(?i:year-earlier|year-ago)(?:\s+(?:(?<q>first|second|third|fourth)\s+)?(?i:quarter|period))?\b", (m, text) =>
            new TimexSpec(TimexKind.Anaphoric) { Offset = -1, Unit = "Y", KeepPrecision = true, Quarter = QuarterNumber(m.Groups["q"].Value) }, trimPrefix: false);
        Add("the-weekend", [AnyOf("weekend")], @"\b(?i:the)\s+(?i:weekend)\b", (m, text) => new TimexSpec(TimexKind.Weekday) { Weekday = 6, Unit = "WE" }, trimPrefix: false);
    }

    /// <summary>
    /// "a day before a key meeting", "a week after the ceasefire was signed": a phrase follows
    /// "before"/"after", so the count starts from that event; "two days after that", "a day before,"
    /// count from the narrative's last date.
    /// </summary>
    private static bool CountsFromAnEvent(string text, int from)
    {
        int i = from;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length || !(char.IsLetterOrDigit(text[i]) || text[i] is '"' or '\u201C' or '\'')) return false;
        int end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text.AsSpan(i, end - i);
        return !(word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("but", StringComparison.OrdinalIgnoreCase));
    }
}