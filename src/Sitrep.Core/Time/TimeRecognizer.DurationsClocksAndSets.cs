using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Durations, clock times, "now" and recurring sets: "for three weeks", "for years", "10:30 GMT", "every day".</summary>
    private void AddDurationsClocksAndSets(NameAlternations names)
    {
        Add("duration", [AnyOf("day", "week", "month", "year", "decade", "centur", "hour", "minute", "quarter")], $@"{Lead($@"(?:\b(?<pre>(?i:for|over|during|within|in|after))\s+)?(?:\b(?i:about|nearly|almost|roughly|some|at\s+least|more\s+than|less\s+than)\s+)?\b(?<n>{Num})[\s-]+")}{Unit}(?:-long)?\b(?![\s-]+(?:old|ago))", (m, text) =>
        {
            var n = m.Groups["n"].Value.ToLowerInvariant();
            if ((n is "a" or "an" or "some") && !m.Groups["pre"].Success) return null;
            return new TimexSpec(TimexKind.Duration) { Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) };
        });
        // "for years", "within days", "in months": an unspoken number of units
        Add("vague-duration", [AnyOf("years", "months", "weeks", "days", "decades", "hours", "centuries")], @"\b(?<pre>(?i:for|over|within|after|in))\s+(?<unit>(?i:years|months|weeks|days|decades|hours|centuries))\b(?!\s+(?:of|to|ago)\b)", (m, text) =>
            new TimexSpec(TimexKind.Duration) { Unit = UnitOf(m), Vague = true });
        Add("clock", [_clock], $@"\b{Clock}|\b(?<h2>[01]?\d|2[0-3]):(?<mi2>[0-5]\d)\s*(?:\(?(?:GMT|UTC|local\s+time)\)?)", (m, text) =>
        {
            if (m.Groups["h2"].Success) return new TimexSpec(TimexKind.Clock) { Hour = Int(m, "h2"), Minute = Int(m, "mi2") ?? 0 };
            var (h, mi) = ClockOf(m);
            return new TimexSpec(TimexKind.Clock) { Hour = h, Minute = mi };
        });
        Add("reference", [AnyOf("now", "current", "present", "days", "recent", "future", "past", "term")], @"\b(?<r>(?i:now|currently|at\s+present|nowadays|these\s+days|recently|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+(?:near\s+)?future|the\s+(?:near\s+)?future|the\s+past|in\s+the\s+past|the\s+near\s+term))\b", (m, text) =>
        {
            var r = Regex.Replace(m.Groups["r"].Value.ToLowerInvariant(), @"\s+", " ");
            string value = r switch
            {
                "now" or "currently" or "at present" or "nowadays" or "these days" => "PRESENT_REF",
                _ when r.Contains("future") || r.Contains("term") => "FUTURE_REF",
                _ => "PAST_REF",
            };
            return new TimexSpec(TimexKind.Reference) { Reference = value };
        }, trimPrefix: false);
        // Sets carry the period of their recurrence, as TimeBank writes them: "daily" P1D, "each year" P1Y.
        Add("set", [AnyOf("every", "each", "once", "twice", "times", "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly")], @"\b(?<s>(?i:every\s+(?:day|week|month|year|quarter|morning|night)|each\s+(?:day|week|month|year|quarter)|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month|year)|daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly))\b", (m, text) =>
        {
            var s = m.Groups["s"].Value.ToLowerInvariant();
            // "a daily newspaper", "quarterly earnings": an adjective before its noun names no time.
            if (s is "daily" or "weekly" or "monthly" or "quarterly" or "annually" or "yearly" or "hourly" or "nightly" && FollowedByNoun(text, m)) return null;
            string value = s switch
            {
                _ when s.EndsWith("day") || s == "daily" => "P1D",
                _ when s.EndsWith("week") || s == "weekly" => "P1W",
                _ when s.EndsWith("month") || s == "monthly" => "P1M",
                _ when s.EndsWith("quarter") || s == "quarterly" => "P1Q",
                _ when s.EndsWith("year") || s is "annually" or "yearly" => "P1Y",
                _ when s == "hourly" => "PT1H",
                _ when s.EndsWith("morning") => "XXXX-XX-XXTMO",
                _ => "XXXX-XX-XXTNI",
            };
            return new TimexSpec(TimexKind.Set) { SetValue = value };
        }, trimPrefix: false);
    }
}
