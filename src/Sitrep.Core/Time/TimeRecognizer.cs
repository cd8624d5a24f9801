using Sitrep.Documents;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>A time expression found in the text: where, and what it says.</summary>
public sealed record TimexMatch(TextSpan Span, TimexSpec Spec);

/// <summary>
/// Finds time expressions with a list of patterns built from data/time-words.tsv, earlier rules
/// first; a later match that overlaps an accepted one is dropped. Month and weekday names must
/// be capitalised ("May" the month, not "may"); function words may be either case. A leading
/// "in", "for", "during" is left out of the span; "on", "since", "until" stay, since they say
/// what the date means.
/// </summary>
public sealed partial class TimeRecognizer
{
    private readonly List<Rule> _rules = [];
    private readonly TimeWords _words;

    /// <summary>
    /// A rule's pattern starts interpreted, so one report is read without waiting for compilation;
    /// in a batch a background task compiles it and swaps it in for the documents that follow.
    /// </summary>
    private sealed class Rule(string name, string pattern, Func<Match, string, TimexSpec?> build, string[] trimPrefixes)
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        private volatile Regex _pattern = new(pattern, Options);

        public string Name { get; } = name;

        public Regex Pattern => _pattern;

        public Func<Match, string, TimexSpec?> Build { get; } = build;

        public string[] TrimPrefixes { get; } = trimPrefixes;

        public void Compile() => _pattern = new Regex(pattern, Options | RegexOptions.Compiled);
    }

    private static readonly string[] Framing = ["in", "during", "of", "at", "by", "for", "over", "within", "after", "In", "During", "Of", "At", "By", "For", "Over", "Within", "After"];

    private const string Num = @"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|a\s+few|few|several|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of|some)";
    private const string Unit = @"(?<unit>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?)";
    private const string Ones = "one|two|three|four|five|six|seven|eight|nine";
    private const string SpelledYear = $@"(?<sy>nineteen[\s-]+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:{Ones}))?)|two\s+thousand(?:\s+and)?(?:\s+(?:{Ones}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)";
    private const string Year = $@"(?:(?<y>(?:19|20)\d{{2}})|{SpelledYear})";
    private const string Clock = @"(?:(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b))|(?<noon>(?i:noon|midnight)))(?:\s+(?i:EST|EDT|CST|PST|GMT|UTC|local\s+time))?";

    public TimeRecognizer(TimeWords words)
    {
        _words = words;
        var months = words.All.Where(w => w.Kind == "month").GroupBy(w => w.Value).ToArray();
        string monFull = Alternation(months.Select(g => g.MaxBy(w => w.Word.Length)!.Word));
        string monAbbr = Alternation(months.SelectMany(g => g.Where(w => w.Word != g.MaxBy(x => x.Word.Length)!.Word)).Select(w => w.Word));
        string mon = $"(?:{monFull}|(?:{monAbbr})\\.?)";
        string wd = Alternation(words.All.Where(w => w.Kind == "weekday" && w.Word.Length > 4).Select(w => w.Word));
        string dayWord = $@"(?:{wd}|(?i:today|yesterday|tomorrow))";

        Add("iso-date", @"\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b", (m, text) =>
            Calendar(Int(m, "y"), Int(m, "m")!.Value, Int(m, "d")));
        Add("numeric-date", @"\b(?<a>[0-3]?\d)[/.](?<b>[0-3]?\d)[/.](?<y>(?:19|20)\d{2})\b", (m, text) =>
        {
            int a = Int(m, "a")!.Value, b = Int(m, "b")!.Value;
            if (a > 12 && b > 12) return null;
            // Day first, as most of the world writes it, unless that cannot be ("03/29/2020").
            return b > 12 ? Calendar(Int(m, "y"), a, b) : Calendar(Int(m, "y"), b, a);
        });
        // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "9 a.m. today"
        // Ranges: "March 3-5, 2020", "3 to 5 March", "March 30 to April 2", "from March to May 2020", "2015-2017", "between 2015 and 2017"
        const string To = @"(?:\s*[-–]\s*|\s+(?i:to|until|through|till)\s+)";
        Add("range-days", $@"(?:\b(?i:from)\s+)?\b(?<mon>{mon})\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?{To}(?:(?<mon2>{mon})\s+)?(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[:.]\d)(?:,?\s+{Year}\b)?", (m, text) =>
            Range(Calendar(YearOf(m), Month(m), Int(m, "d1")), Calendar(YearOf(m), m.Groups["mon2"].Success ? MonthOf(m, "mon2") : Month(m), Int(m, "d2"))));
        Add("range-days-first", $@"(?:\b(?i:from)\s+)?\b(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?<mon1>{mon}))?{To}(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>{mon})(?:,?\s+{Year})?\b", (m, text) =>
            Range(Calendar(YearOf(m), m.Groups["mon1"].Success ? MonthOf(m, "mon1") : Month(m), Int(m, "d1")), Calendar(YearOf(m), Month(m), Int(m, "d2"))));
        Add("range-months", $@"(?:\b(?<between>(?i:from|between))\s+)?\b(?<mon1>{monFull})(?:\s+(?<y1>(?:19|20)\d{{2}}))?(?:{To}|\s+(?<and>and)\s+)(?<mon>{monFull})(?:,?\s+{Year})?\b", (m, text) =>
        {
            if (m.Groups["and"].Success && !m.Groups["between"].Success) return null;
            int? endYear = YearOf(m);
            return Range(Calendar(Int(m, "y1") ?? endYear, MonthOf(m, "mon1"), null), Calendar(endYear, Month(m), null));
        });
        Add("range-years", @"(?:\b(?<between>(?i:from|between))\s+)?\b(?<y1>(?:19|20)\d{2})(?:\s*[-–]\s*|\s+(?i:to|until|through|till)\s+|\s+(?<and>and)\s+)(?<y2>(?:19|20)\d{2}|\d{2})\b(?![-–/.]\d)", (m, text) =>
        {
            if (m.Groups["and"].Success && !m.Groups["between"].Success) return null;
            int start = Int(m, "y1")!.Value, end = Int(m, "y2")!.Value;
            if (end < 100) end += start / 100 * 100;
            if (end <= start) return null;
            return Range(new TimexSpec(TimexKind.Calendar) { Year = start }, new TimexSpec(TimexKind.Calendar) { Year = end });
        }, trimPrefix: false);
        Add("clock-day", $@"\b{Clock},?\s+(?:(?i:on)\s+)?(?:(?<wd>{wd})|(?<dd>(?i:today|yesterday|tomorrow))|(?<mon>{mon})\s+(?<d>[0-3]?\d)\b)", (m, text) =>
        {
            var (h, mi) = ClockOf(m);
            var day = m.Groups["wd"].Success ? WeekdaySpec(m.Groups["wd"].Value, 0)
                : m.Groups["dd"].Success ? DayOffset(m.Groups["dd"].Value)
                : Calendar(null, Month(m), Int(m, "d"));
            return day with { Hour = h, Minute = mi };
        });
        // "Wednesday at 10 p.m.", "Friday, 3 p.m."
        Add("day-clock", $@"\b(?:(?i:on)\s+)?(?<wd>{wd}),?\s+(?:(?i:at)\s+)?{Clock}", (m, text) =>
        {
            var (h, mi) = ClockOf(m);
            return WeekdaySpec(m.Groups["wd"].Value, 0) with { Hour = h, Minute = mi };
        });
        Add("day-month-year", $@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?(?:\b(?i:the)\s+)?\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{mon})(?:,?\s+{Year})?\b", (m, text) =>
            Calendar(YearOf(m), Month(m), Int(m, "d")));
        Add("month-day-year", $@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?\b(?<mon>{mon})\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{Year}\b)?", (m, text) =>
            Calendar(YearOf(m), Month(m), Int(m, "d")));
        // "January this year", "June last year"
        Add("month-relative-year", $@"\b(?<mon>{monFull})\s+(?<rel>(?i:this|last|next))\s+(?i:year)\b", (m, text) =>
            new TimexSpec(TimexKind.Calendar) { Month = Month(m), Offset = Relative(m), Unit = "Y" });
        Add("month-year", $@"(?:\b(?<since>(?i:since|from|until|till))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?\b(?<mon>{mon})(?:\s+of)?,?\s+{Year}\b", (m, text) =>
            Calendar(YearOf(m), Month(m), null) with { Mod = Mod(m), Since = Since(m), Until = Until(m) });
        // "each Thursday", "every July", "Tuesday nights", "on Mondays": sets
        Add("set-named", $@"\b(?:(?<q>(?i:each|every))\s+(?:(?<wd>{wd})|(?<mon>{monFull}))(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?|(?<wds>{wd})s\b|(?<wd2>{wd})\s+(?<parts>(?i:mornings|afternoons|evenings|nights)))\b", (m, text) =>
        {
            if (m.Groups["mon"].Success) return new TimexSpec(TimexKind.Set) { SetValue = $"XXXX-{Month(m):00}" };
            var w = m.Groups["wd"].Success ? m.Groups["wd"].Value : m.Groups["wds"].Success ? m.Groups["wds"].Value : m.Groups["wd2"].Value;
            var part = Part(m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["parts"].Value.TrimEnd('s'));
            return new TimexSpec(TimexKind.Set) { SetValue = $"XXXX-WXX-{Weekday(w)}" + (part is null ? "" : "T" + part) };
        }, trimPrefix: false);
        Add("month", $@"(?:\b(?<since>(?i:since|from|until|till|by))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?(?:\b(?<rel>(?i:last|next|this|coming|past))\s+)?\b(?<mon>{monFull})\b(?!\s+\d)", (m, text) =>
        {
            int month = Month(m);
            // "May" alone is the verb more often than the month.
            if (month == 5 && !m.Groups["since"].Success && !m.Groups["rel"].Success && !m.Groups["mod"].Success && !Preceded(text, m, "in")) return null;
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            // "this September" is this year's.
            if (rel == "this") return new TimexSpec(TimexKind.Calendar) { Month = month, Offset = 0, Unit = "Y", Mod = Mod(m) };
            return new TimexSpec(TimexKind.Calendar) { Month = month, Offset = Relative(m), Mod = Mod(m), Since = Since(m), Until = Until(m) };
        });
        Add("weekday", $@"(?:\b(?<pre>(?i:on|last|next|this|coming|past|since|until|by|from|the\s+previous|the\s+following))\s+)?\b(?<wd>{wd})(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", (m, text) =>
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
        Add("day-deictic", @"\b(?<pm>(?i:early|late|mid)[\s-]*(?i:morning|afternoon|evening)\s+)?(?<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night))(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", (m, text) =>
        {
            var spec = DayOffset(m.Groups["w"].Value);
            var part = Part(m.Groups["part"].Value) ?? (m.Groups["pm"].Success ? Part(Regex.Match(m.Groups["pm"].Value, "(?i)morning|afternoon|evening").Value) : null);
            return part is null ? spec : spec with { Part = part };
        });
        Add("ago", $@"\b(?:(?i:about|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?(?<n>{Num})\s+{Unit}\s+(?i:ago)\b", (m, text) =>
            new TimexSpec(TimexKind.Ago) { Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) });
        // "the following year", "the previous day", "a year earlier", "that month", "the same day"
        Add("anaphoric", $@"\b(?:(?<rel>(?i:the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior|that|the\s+same))\s+(?<unit>day|week|month|year|quarter|morning|night)|(?<n>(?i:a|one|two|three|a\s+few))\s+(?<unit2>days?|weeks?|months?|years?|quarters?)\s+(?<dir>(?i:earlier|later|before|after)))\b(?!\s+(?:of|in|to)\b)", (m, text) =>
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
            return new TimexSpec(TimexKind.Anaphoric) { Offset = dir * amount, Unit = UnitCode(m.Groups["unit2"].Value.ToLowerInvariant().TrimEnd('s')), KeepPrecision = true };
        }, trimPrefix: false);
        // "year-earlier", "year-ago": a year before the date in question
        Add("anaphoric-adjective", @"\b(?i:the\s+)?(?:(?i:comparable|corresponding)\s+)?(?i:year-earlier|year-ago)(?:\s+(?:(?<q>first|second|third|fourth)\s+)?(?i:quarter|period))?\b", (m, text) =>
            new TimexSpec(TimexKind.Anaphoric) { Offset = -1, Unit = "Y", KeepPrecision = true, Quarter = QuarterNumber(m.Groups["q"].Value) }, trimPrefix: false);
        Add("the-weekend", @"\b(?i:the)\s+(?i:weekend)\b", (m, text) => new TimexSpec(TimexKind.Weekday) { Weekday = 6, Unit = "WE" }, trimPrefix: false);
        // "the quarter", "the latest quarter", "the most recent period": financial news's quarter in question
        Add("quarter-in-question", @"\b(?i:the)\s+(?:(?<latest>(?i:latest|most\s+recent|same))\s+(?i:quarter|period)|(?i:quarter))\b(?!\s+(?:of|century|mile|point|percent|inch)\b)(?!-)", (m, text) =>
            new TimexSpec(TimexKind.Anaphoric) { Unit = "Q", QuarterInQuestion = true, LatestQuarter = m.Groups["latest"].Value.ToLowerInvariant() is "latest" or "most recent" }, trimPrefix: false);
        Add("span", $@"(?:\b(?<pre>(?i:in|over|during|within|for))\s+)?\b(?i:the)\s+(?<dir>(?i:coming|next|past|last|previous|following|recent))\s+(?:(?<n>{Num})\s+)?(?<unit>(?i:days|weeks|months|years|decades|hours|quarters|summers|winters))\b", (m, text) =>
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            if (m.Groups["unit"].Value.ToLowerInvariant() is "summers" or "winters")
                return new TimexSpec(TimexKind.Set) { SetValue = "XXXX-" + (m.Groups["unit"].Value.StartsWith('s') ? "SU" : "WI") };
            return new TimexSpec(TimexKind.Span) { Offset = dir is "coming" or "next" or "following" ? 1 : -1, Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) };
        }, trimPrefix: false);
        // "recent weeks", "in recent years": some weeks before now
        Add("recent", @"\b(?<pre>(?i:in|over|during))?\s*\b(?i:recent)\s+(?<unit>(?i:days|weeks|months|years|decades))\b", (m, text) =>
            new TimexSpec(TimexKind.Span) { Offset = -1, Unit = UnitOf(m), Vague = true });
        // "third-quarter", "the year-ago third quarter", "next year's first quarter", "the 1988 second quarter"
        Add("quarter", $@"\b(?:(?<yref>(?i:next\s+year's|last\s+year's|this\s+year's|next\s+year’s|last\s+year’s|this\s+year’s))\s+)?(?:(?i:the)\s+)?(?:(?<y3>(?:19|20)\d{{2}})\s+)?(?:(?i:fiscal|fiscal-)\s*)?(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)(?:\s+(?:of\s+)?(?:(?i:fiscal\s+)?){Year})?\b|\bQ(?<qn>[1-4])\s*(?<y2>(?:19|20)\d{{2}})?\b", (m, text) =>
        {
            int q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : QuarterNumber(m.Groups["q"].Value)!.Value;
            int yearOffset = m.Groups["yref"].Value.ToLowerInvariant() switch { var s when s.StartsWith("next") => 1, var s when s.StartsWith("last") => -1, var s when s.StartsWith("this") => 0, _ => 0 };
            int? year = YearOf(m) ?? Int(m, "y2") ?? Int(m, "y3");
            return new TimexSpec(TimexKind.Quarter) { Quarter = q, Year = year, Offset = yearOffset, Unit = m.Groups["yref"].Success ? "Y" : null };
        });
        // "the first half of 1989", "the second half", "the last half of this year"
        Add("half", $@"\b(?i:the)\s+(?<h>(?i:first|second|last|latter))\s+(?i:half)(?:\s+of\s+(?:{Year}|(?<rel>(?i:this|last|next))\s+(?i:year)))?\b", (m, text) =>
            new TimexSpec(TimexKind.Quarter)
            {
                Half = m.Groups["h"].Value.ToLowerInvariant() == "first" ? 1 : 2,
                Year = YearOf(m),
                Offset = Relative(m),
                Unit = m.Groups["rel"].Success ? "Y" : null,
            });
        Add("fiscal-year", @"\b(?i:fiscal(?:\s+year)?)\s+(?<y>(?:19|20)\d{2})\b|\bFY\s?(?<y2>(?:19|20)?\d{2})\b", (m, text) =>
        {
            int? y = Int(m, "y") ?? Int(m, "y2");
            if (y < 100) y += 2000;
            return new TimexSpec(TimexKind.Calendar) { Year = y };
        });
        Add("season", $@"(?:\b(?<rel>(?i:this\s+past|this|last|next|past|coming))\s+|\b(?i:the)\s+)?\b(?<s>(?i:spring|summer|autumn|winter|fall))(?:\s+(?:of\s+)?{Year})?\b", (m, text) =>
        {
            var s = m.Groups["s"].Value.ToLowerInvariant();
            bool hasYear = YearOf(m) is not null;
            if (s == "fall" && !m.Groups["rel"].Success && !hasYear) return null;
            if (!m.Groups["rel"].Success && !hasYear && !Preceded(text, m, "in") && !Preceded(text, m, "the") && !m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase)) return null;
            var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
            return new TimexSpec(TimexKind.Season)
            {
                Season = s switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" },
                Year = YearOf(m),
                Offset = rel switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 },
            };
        });
        Add("relative-unit", @"(?:\b(?<mod>(?i:earlier|later|early|late|the\s+(?:beginning|start|end|middle)\s+of))\s+)?\b(?<rel>(?i:this|last|next|past|previous|coming|following|current))\s+(?<unit>(?i:week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter))\b", (m, text) =>
        {
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
            };
        });
        Add("year", $@"(?:\b(?<pre>(?i:since|from|until|by|in|during|of|throughout))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?(?:\b(?i:the\s+year)\s+)?\b(?:(?<y>(?:19|20)\d{{2}})\b(?![-–/]\d)|{SpelledYear}\b)", (m, text) =>
        {
            int? y = YearOf(m);
            if (y is null) return null;
            var pre = m.Groups["pre"].Value.ToLowerInvariant();
            // A spelled year needs a frame: "in nineteen ninety-six", "the year two thousand".
            if (m.Groups["sy"].Success && pre.Length == 0 && !m.Value.Contains("year", StringComparison.OrdinalIgnoreCase)) return null;
            return new TimexSpec(TimexKind.Calendar) { Year = y, Mod = Mod(m), Since = pre is "since" or "from", Until = pre == "until" };
        });
        Add("century", @"\b(?:(?i:the)\s+)?(?<c>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)\b", (m, text) =>
            new TimexSpec(TimexKind.Century) { Year = (Int(m, "c")!.Value - 1) * 100 });
        Add("decade", @"\b(?:(?i:the)\s+)?(?<y>(?:19|20)\d)0s\b|\b(?i:the)\s+(?:(?i:nineteen)[\s-]+)?(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", (m, text) =>
        {
            if (m.Groups["y"].Success) return new TimexSpec(TimexKind.Decade) { Year = Int(m, "y")!.Value * 10 };
            int tens = m.Groups["dw"].Value.ToLowerInvariant() switch
            {
                "twenties" => 2, "thirties" => 3, "forties" => 4, "fifties" => 5, "sixties" => 6, "seventies" => 7, "eighties" => 8, _ => 9,
            };
            return new TimexSpec(TimexKind.Decade) { Year = 1900 + tens * 10 };
        });
        Add("duration", $@"(?:\b(?<pre>(?i:for|over|during|within|in|after))\s+)?(?:\b(?i:about|nearly|almost|roughly|some|at\s+least|more\s+than|less\s+than)\s+)?\b(?<n>{Num})[\s-]+{Unit}(?:-long)?\b(?![\s-]+(?:old|ago))", (m, text) =>
        {
            var n = m.Groups["n"].Value.ToLowerInvariant();
            if ((n is "a" or "an" or "some") && !m.Groups["pre"].Success) return null;
            return new TimexSpec(TimexKind.Duration) { Amount = Amount(m), Unit = UnitOf(m), Vague = IsVague(m) };
        });
        // "for years", "within days", "in months": an unspoken number of units
        Add("vague-duration", @"\b(?<pre>(?i:for|over|within|after|in))\s+(?<unit>(?i:years|months|weeks|days|decades|hours|centuries))\b(?!\s+(?:of|to|ago)\b)", (m, text) =>
            new TimexSpec(TimexKind.Duration) { Unit = UnitOf(m), Vague = true });
        Add("clock", $@"\b{Clock}|\b(?<h2>[01]?\d|2[0-3]):(?<mi2>[0-5]\d)\s*(?:\(?(?:GMT|UTC|local\s+time)\)?)", (m, text) =>
        {
            if (m.Groups["h2"].Success) return new TimexSpec(TimexKind.Clock) { Hour = Int(m, "h2"), Minute = Int(m, "mi2") ?? 0 };
            var (h, mi) = ClockOf(m);
            return new TimexSpec(TimexKind.Clock) { Hour = h, Minute = mi };
        });
        Add("reference", @"\b(?<r>(?i:now|currently|at\s+present|nowadays|these\s+days|recently|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+(?:near\s+)?future|the\s+(?:near\s+)?future|the\s+past|in\s+the\s+past|the\s+near\s+term))\b", (m, text) =>
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
        Add("set", @"\b(?<s>(?i:every\s+(?:day|week|month|year|quarter|morning|night)|each\s+(?:day|week|month|year|quarter)|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month|year)|daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly))\b", (m, text) =>
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

    /// <summary>Characters read so far; past <see cref="CompileAfter"/> the patterns are compiled in the background.</summary>
    private long _charactersRead;
    private int _compiling;

    /// <summary>
    /// Compiled patterns run about three times faster but take a second or more to build: worth it
    /// for a batch, not for one report, so compilation starts once this much text has been read.
    /// </summary>
    private const long CompileAfter = 200_000;

    public IReadOnlyList<TimexMatch> Find(string text)
    {
        if (Interlocked.Add(ref _charactersRead, text.Length) > CompileAfter && Interlocked.Exchange(ref _compiling, 1) == 0)
        {
            var rules = _rules.ToArray();
            Task.Run(() =>
            {
                foreach (var rule in rules) rule.Compile();
            });
        }
        var accepted = new List<TimexMatch>();
        var taken = new bool[text.Length];
        foreach (var rule in _rules)
        {
            foreach (Match m in rule.Pattern.Matches(text))
            {
                if (m.Length == 0) continue;
                var span = new TextSpan(m.Index, m.Length);
                if (rule.TrimPrefixes.Length > 0 && m.Groups["pre"] is { Success: true } pre && rule.TrimPrefixes.Contains(pre.Value))
                    span = TextSpan.FromBounds(pre.Index + pre.Length, span.End);
                span = TrimSpace(text, span);
                if (span.Length == 0 || Overlaps(taken, span)) continue;
                var spec = rule.Build(m, text);
                if (spec is null) continue;
                for (int k = span.Start; k < span.End; k++) taken[k] = true;
                accepted.Add(new TimexMatch(span, spec with { Rule = rule.Name }));
            }
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    private static bool Overlaps(bool[] taken, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
            if (taken[k]) return true;
        return false;
    }

    private void Add(string name, string pattern, Func<Match, string, TimexSpec?> build, bool trimPrefix = true) =>
        _rules.Add(new Rule(name, pattern, build, trimPrefix ? Framing : []));

    private static TextSpan TrimSpace(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        return TextSpan.FromBounds(s, e);
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    private static TimexSpec Calendar(int? year, int month, int? day) =>
        new(TimexKind.Calendar) { Year = year, Month = month is >= 1 and <= 12 ? month : null, Day = day };

    private TimexSpec WeekdaySpec(string word, int offset) =>
        new(TimexKind.Weekday) { Weekday = Weekday(word), Offset = offset };

    private int Weekday(string word) => int.Parse(_words.Find(word)!.Value, CultureInfo.InvariantCulture);

    private static TimexSpec DayOffset(string word)
    {
        string w = Regex.Replace(word.ToLowerInvariant(), @"\s+", " ");
        return w switch
        {
            "today" => new TimexSpec(TimexKind.DayOffset),
            "tonight" => new TimexSpec(TimexKind.DayOffset) { Part = "NI" },
            "yesterday" => new TimexSpec(TimexKind.DayOffset) { Offset = -1 },
            "tomorrow" => new TimexSpec(TimexKind.DayOffset) { Offset = 1 },
            "the day before yesterday" => new TimexSpec(TimexKind.DayOffset) { Offset = -2 },
            "the day after tomorrow" => new TimexSpec(TimexKind.DayOffset) { Offset = 2 },
            "last night" => new TimexSpec(TimexKind.DayOffset) { Offset = -1, Part = "NI" },
            _ => new TimexSpec(TimexKind.DayOffset) { Part = Part(w.Split(' ')[^1]) },
        };
    }

    private int Month(Match m) => MonthOf(m, "mon");

    private int MonthOf(Match m, string group) => int.Parse(_words.Find(m.Groups[group].Value)!.Value, CultureInfo.InvariantCulture);

    private static TimexSpec? Range(TimexSpec? start, TimexSpec? end) =>
        start is null || end is null ? null : new TimexSpec(TimexKind.Range) { RangeStart = start, RangeEnd = end };

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A year in digits or in words: "1996", "nineteen ninety-six", "two thousand and one".</summary>
    private static int? YearOf(Match m)
    {
        if (m.Groups["y"].Success) return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["sy"].Success) return null;
        var words = Regex.Split(m.Groups["sy"].Value.ToLowerInvariant(), @"[\s-]+").Where(w => w != "and").ToArray();
        int n = 0;
        if (words[0] == "nineteen")
        {
            n = 1900;
            if (words.Length > 1 && words[1] != "hundred") n += WordNumber(words[1]);
            if (words.Length > 2) n += WordNumber(words[2]);
        }
        else
        {
            n = 2000;
            if (words.Length > 2) n += WordNumber(words[2]);
        }
        return n;
    }

    private static int WordNumber(string w) => w switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15, "sixteen" => 16, "seventeen" => 17,
        "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60,
        "seventy" => 70, "eighty" => 80, "ninety" => 90, _ => 0,
    };

    private static (int Hour, int Minute) ClockOf(Match m)
    {
        if (m.Groups["noon"].Success) return (m.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 24, 0);
        int h = Int(m, "h")!.Value;
        int mi = Int(m, "mi") ?? 0;
        var ap = m.Groups["ap"].Value.ToLowerInvariant();
        if (ap.StartsWith('p') && h < 12) h += 12;
        if (ap.StartsWith('a') && h == 12) h = 0;
        return (h, mi);
    }

    private static string? Mod(Match m) => m.Groups["mod"].Success ? ModWord(m.Groups["mod"].Value.ToLowerInvariant()) : null;

    private static string? ModWord(string mod) => mod switch
    {
        "early" => "START",
        "mid" => "MID",
        "late" => "END",
        _ when mod.Contains("beginning") || mod.Contains("start") => "START",
        _ when mod.Contains("middle") => "MID",
        _ when mod.Contains("end") => "END",
        _ => null,
    };

    private static bool Since(Match m) => m.Groups["since"].Value.ToLowerInvariant() is "since" or "from";

    private static bool Until(Match m) => m.Groups["since"].Value.ToLowerInvariant() is "until" or "till" or "by";

    private static int Relative(Match m) => m.Groups["rel"].Value.ToLowerInvariant() switch
    {
        "last" or "past" or "previous" => -1,
        "next" or "coming" or "following" => 1,
        _ => 0,
    };

    private static int? QuarterNumber(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        _ => null,
    };

    private static string? Part(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => null,
    };

    /// <summary>True when the word before the match is <paramref name="word"/>.</summary>
    /// <summary>The next word is a lower-case content word: "daily newspaper", not "paid daily." or "daily in 1990".</summary>
    private static bool FollowedByNoun(string text, Match m)
    {
        var next = NextWord().Match(text, m.Index + m.Length);
        return next.Success && next.Index - (m.Index + m.Length) <= 2 && !FunctionWord().IsMatch(next.Value);
    }

    [GeneratedRegex(@"\G[ \t]+(?<w>[a-z][a-z-]*)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^\s*(?:and|or|in|to|for|at|on|by|with|from|since|until|as|but|the|a|an|than|over|during|through|throughout|because|while|when|if|so|that|this|these|those|its|their|his|her|is|are|was|were|be|been|will|would|can|could|may|might|should|must|has|have|had|do|does|did|not|now|then|again|too|also|only|just|even|still)$")]
    private static partial Regex FunctionWord();

    private static bool Preceded(string text, Match m, string word)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }

    private static bool IsVague(Match m) =>
        m.Groups["n"].Success && Regex.IsMatch(m.Groups["n"].Value, @"^(?i:a\s+few|few|several|many|a\s+number\s+of|some)$");

    private static double? Amount(Match m)
    {
        if (!m.Groups["n"].Success) return null;
        var n = Regex.Replace(m.Groups["n"].Value.ToLowerInvariant(), @"\s+", " ");
        if (double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        if (n is "a" or "an" or "one") return 1;
        if (n is "a couple of" or "couple of") return 2;
        if (n == "a hundred") return 100;
        // "twenty four", "forty-eight"
        var parts = n.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        int total = parts.Sum(WordNumber);
        return total > 0 && parts.All(p => WordNumber(p) > 0) ? total : null;
    }

    private static string? UnitOf(Match m)
    {
        var u = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["unit2"].Value).ToLowerInvariant();
        return UnitCode(u.EndsWith("ies") ? u[..^3] + "y" : u.TrimEnd('s'));
    }

    private static string? UnitCode(string u) => u switch
    {
        "day" or "morning" or "night" => "D", "week" => "W", "month" => "M", "year" => "Y", "decade" => "DE", "century" => "CE",
        "hour" => "H", "minute" => "MIN", "quarter" => "Q", _ => null,
    };
}
