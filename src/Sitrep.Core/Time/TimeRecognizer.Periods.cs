using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Periods: quarters, halves, fiscal years, seasons, "this month", years, centuries, decades.</summary>
    private void AddPeriods(NameAlternations names)
    {
        // "the quarter", "the latest quarter", "the most recent period": financial news's quarter in question
        Add("quarter-in-question", [AnyOf("quarter", "period")], @"\b(?i:the)\s+(?:(?<latest>(?i:latest|most\s+recent|same))\s+(?i:quarter|period)|(?i:quarter))\b(?!\s+(?:of|century|mile|point|percent|inch)\b)(?!-)", (m, text) =>
            new TimexSpec(TimexKind.Anaphoric) { Unit = "Q", QuarterInQuestion = true, LatestQuarter = m.Groups["latest"].Value.ToLowerInvariant() is "latest" or "most recent" }, trimPrefix: false);
        Add("span", [AnyOf("days", "weeks", "months", "years", "decades", "hours", "quarters", "summers", "winters")], $@"{Lead(@"(?:\b(?<pre>(?i:in|over|during|within|for))\s+)?")}\b(?i:the)\s+(?<dir>(?i:coming|next|past|last|previous|following|recent))\s+(?:(?<n>{Num})\s+)?(?<unit>(?i:days|weeks|months|years|decades|hours|quarters|summers|winters))\b", (m, text) =>
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            if (m.Groups["unit"].Value.ToLowerInvariant() is "summers" or "winters")
                return new TimexSpec(TimexKind.Set) { SetValue = "XXXX-" + (m.Groups["unit"].Value.StartsWith('s') ? "SU" : "WI") };
            return new TimexSpec(TimexKind.Span) { Offset = dir is "coming" or "next" or "following" ? 1 : -1, Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) };
        }, trimPrefix: false);
        // "recent weeks", "in recent years": some weeks before now
        Add("recent", [AnyOf("recent")], @"\b(?<pre>(?i:in|over|during))?\s*\b(?i:recent)\s+(?<unit>(?i:days|weeks|months|years|decades))\b", (m, text) =>
            new TimexSpec(TimexKind.Span) { Offset = -1, Unit = UnitOf(m), Vague = true });
        // "third-quarter", "the year-ago third quarter", "next year's first quarter", "the 1988 second quarter"
        Add("quarter", [AnyOf("quarter", "Q1", "Q2", "Q3", "Q4")], $@"{Lead(@"(?:\b(?<yref>(?i:next\s+year's|last\s+year's|this\s+year's|next\s+year’s|last\s+year’s|this\s+year’s))\s+)?(?:\b(?i:the)\s+)?(?:\b(?<y3>(?:19|20)\d{2})\s+)?(?:\b(?i:fiscal|fiscal-)\s*)?")}\b(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)(?:\s+(?:of\s+)?(?:(?i:fiscal\s+)?){Year})?\b|\bQ(?<qn>[1-4])\s*(?<y2>(?:19|20)\d{{2}})?\b", (m, text) =>
        {
            int q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : QuarterNumber(m.Groups["q"].Value)!.Value;
            int yearOffset = m.Groups["yref"].Value.ToLowerInvariant() switch { var s when s.StartsWith("next") => 1, var s when s.StartsWith("last") => -1, var s when s.StartsWith("this") => 0, _ => 0 };
            int? year = YearOf(m) ?? Int(m, "y2") ?? Int(m, "y3");
            return new TimexSpec(TimexKind.Quarter) { Quarter = q, Year = year, Offset = yearOffset, Unit = m.Groups["yref"].Success ? "Y" : null };
        });
        // "the first half of 1989", "the second half", "the last half of this year"
        Add("half", [AnyOf("half")], $@"\b(?i:the)\s+(?<h>(?i:first|second|last|latter))\s+(?i:half)(?:\s+of\s+(?:{Year}|(?<rel>(?i:this|last|next))\s+(?i:year)))?\b", (m, text) =>
            new TimexSpec(TimexKind.Quarter)
            {
                Half = m.Groups["h"].Value.ToLowerInvariant() == "first" ? 1 : 2,
                Year = YearOf(m),
                Offset = Relative(m),
                Unit = m.Groups["rel"].Success ? "Y" : null,
            });
        Add("fiscal-year", [AnyOf("fiscal", "FY")], @"\b(?i:fiscal(?:\s+year)?)\s+(?<y>(?:19|20)\d{2})\b|\bFY\s?(?<y2>(?:19|20)?\d{2})\b", (m, text) =>
        {
            int? y = Int(m, "y") ?? Int(m, "y2");
            if (y < 100) y += 2000;
            return new TimexSpec(TimexKind.Calendar) { Year = y };
        });
        Add("season", [AnyOf("spring", "summer", "autumn", "winter", "fall")], $@"{Lead(@"(?:\b(?<rel>(?i:this\s+past|this|last|next|past|coming))\s+|\b(?i:the)\s+)?")}\b(?<s>(?i:spring|summer|autumn|winter|fall))(?:\s+(?:of\s+)?{Year})?\b", (m, text) =>
        {
            var s = m.Groups["s"].Value.ToLowerInvariant();
            bool hasYear = YearOf(m) is not null;
            if (s == "fall" && !m.Groups["rel"].Success && !hasYear) return null;
            if (!m.Groups["rel"].Success && !hasYear && !Preceded(text, m, "in") && !Preceded(text, m, "the") && !m.Groups["lead"].Value.StartsWith("the", StringComparison.OrdinalIgnoreCase)) return null;
            var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
            return new TimexSpec(TimexKind.Season)
            {
                Season = s switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" },
                Year = YearOf(m),
                Offset = rel switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 },
            };
        });
        // "since last year", "since the beginning of the year" (with "the", the current year's: only after "since" or "until").
        Add("relative-unit", [AnyOf("week", "month", "year", "quarter", "decade", "spring", "summer", "autumn", "fall", "winter")], $@"{Lead(@"(?:\b(?<since>(?i:since|until|till))\s+)?(?:\b(?<mod>(?i:earlier|later|early|late|the\s+(?:beginning|start|end|middle)\s+of))\s+)?")}\b(?<rel>(?i:this|last|next|past|previous|coming|following|current|the))\s+(?<unit>(?i:week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter))\b", (m, text) =>
        {
            // ("at the end of the year" alone may be last year's or next year's: left unread, as before.)
            if (m.Groups["rel"].Value.Equals("the", StringComparison.OrdinalIgnoreCase)
                && !(m.Groups["since"].Success && m.Groups["mod"].Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && m.Groups["unit"].Value.ToLowerInvariant() is "year" or "month" or "week")) return null;
            string u = m.Groups["unit"].Value.ToLowerInvariant();
            string code = u switch
            {
                "week" => "W", "weekend" => "WE", "month" => "M", "year" => "Y", "quarter" => "Q", "decade" => "DE",
                "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA",
            };
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            return new TimexSpec(TimexKind.RelativeUnit)
            {
                Unit = code,
                Offset = Relative(m),
                Mod = mod switch { "earlier" => "BEFORE", "later" => "AFTER", "" => null, _ => ModWord(mod) },
                Since = Since(m),
                // "until the end of the year" closes at the year's end; "postponed until next week" stays next week, as before.
                Until = Until(m) && m.Groups["rel"].Value.Equals("the", StringComparison.OrdinalIgnoreCase),
            };
        });
        Add("year", [_year], $@"{Lead(@"(?:\b(?<pre>(?i:since|from|until|by|in|during|of|throughout))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?(?:\b(?i:the\s+year)\s+)?")}\b(?:(?<y>(?:19|20)\d{{2}})\b(?![-–/]\d)|{SpelledYear}\b)", (m, text) =>
        {
            int? y = YearOf(m);
            if (y is null) return null;
            var pre = m.Groups["pre"].Value.ToLowerInvariant();
            // A spelled year needs a frame: "in nineteen ninety-six", "the year two thousand".
            if (m.Groups["sy"].Success && pre.Length == 0 && !m.Groups["lead"].Value.Contains("year", StringComparison.OrdinalIgnoreCase)) return null;
            return new TimexSpec(TimexKind.Calendar) { Year = y, Mod = Mod(m), Since = pre is "since" or "from", Until = pre == "until" };
        });
        Add("century", [AnyOf("century")], @"\b(?:(?i:the)\s+)?(?<c>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)\b", (m, text) =>
            new TimexSpec(TimexKind.Century) { Year = (Int(m, "c")!.Value - 1) * 100 });
        Add("decade", [AnyOf("0s", "ties")], @"\b(?:(?i:the)\s+)?(?<y>(?:19|20)\d)0s\b|\b(?i:the)\s+(?:(?i:nineteen)[\s-]+)?(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", (m, text) =>
        {
            if (m.Groups["y"].Success) return new TimexSpec(TimexKind.Decade) { Year = Int(m, "y")!.Value * 10 };
            int tens = m.Groups["dw"].Value.ToLowerInvariant() switch
            {
                "twenties" => 2, "thirties" => 3, "forties" => 4, "fifties" => 5, "sixties" => 6, "seventies" => 7, "eighties" => 8, _ => 9,
            };
            return new TimexSpec(TimexKind.Decade) { Year = 1900 + tens * 10 };
        });
    }
}
