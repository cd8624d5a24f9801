using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>A time expression found in the text: where, and what it says.</summary>
public sealed record TimexMatch(TextSpan Span, TimexSpec Spec);

/// <summary>
/// Finds time expressions with a list of patterns built from data/time-words.tsv, earlier rules
/// first; a later match that overlaps an accepted one is dropped. Month and weekday names must
/// be capitalised ("May" the month, not "may"); function words may be either case.
/// </summary>
public sealed class TimeRecognizer
{
    private readonly List<Rule> _rules = [];
    private readonly TimeWords _words;

    private sealed record Rule(string Name, Regex Pattern, Func<Match, string, TimexSpec?> Build, string[] TrimPrefixes);

    private static readonly string[] Framing = ["in", "during", "of", "at", "by", "for", "over", "within", "after", "In", "During", "Of", "At", "By", "For", "Over", "Within", "After"];

    public TimeRecognizer(TimeWords words)
    {
        _words = words;
        string monFull = Alternation(words.All.Where(w => w.Kind == "month" && w.Word.Length > 3).Select(w => w.Word));
        string monAbbr = Alternation(words.All.Where(w => w.Kind == "month" && w.Word.Length <= 4 && w.Word != "May" && w.Word != "June" && w.Word != "July").Select(w => w.Word));
        string mon = $"(?:{monFull}|(?:{monAbbr})\\.?)";
        string wd = Alternation(words.All.Where(w => w.Kind == "weekday" && w.Word.Length > 4).Select(w => w.Word));
        const string num = @"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|many|a\s+couple\s+of|a\s+number\s+of)";
        const string unit = @"(?<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?)";

        Add("iso-date", @"\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b", (m, text) =>
            Calendar(Int(m, "y"), Int(m, "m")!.Value, Int(m, "d")));
        Add("numeric-date", @"\b(?<a>[0-3]?\d)[/.](?<b>[0-3]?\d)[/.](?<y>(?:19|20)\d{2})\b", (m, text) =>
        {
            int a = Int(m, "a")!.Value, b = Int(m, "b")!.Value;
            if (a > 12 && b > 12) return null;
            // Day first, as most of the world writes it, unless that cannot be ("03/29/2020").
            return b > 12 ? Calendar(Int(m, "y"), a, b) : Calendar(Int(m, "y"), b, a);
        });
        Add("day-month-year", $@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?(?:\b(?i:the)\s+)?\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{mon})(?:,?\s+(?<y>(?:19|20)\d{{2}}))?\b", (m, text) =>
            Calendar(Int(m, "y"), Month(m), Int(m, "d")));
        Add("month-day-year", $@"(?:\b(?i:on)\s+)?(?:\b(?<wd>{wd}),?\s+)?\b(?<mon>{mon})\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{{2}})\b)?", (m, text) =>
            Calendar(Int(m, "y"), Month(m), Int(m, "d")));
        Add("month-year", $@"(?:\b(?<since>(?i:since|from|until|till))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?\b(?<mon>{mon})(?:\s+of)?,?\s+(?<y>(?:19|20)\d{{2}})\b", (m, text) =>
            Calendar(Int(m, "y"), Month(m), null) with { Mod = Mod(m), Since = Since(m), Until = Until(m) });
        Add("month", $@"(?:\b(?<since>(?i:since|from|until|till|by))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?(?:\b(?<rel>(?i:last|next|this|coming|past))\s+)?\b(?<mon>{monFull})\b(?!\s+\d)", (m, text) =>
        {
            int month = Month(m);
            // "May" alone is the verb more often than the month.
            if (month == 5 && !m.Groups["since"].Success && !m.Groups["rel"].Success && !m.Groups["mod"].Success && !Preceded(text, m, "in")) return null;
            return new TimexSpec(TimexKind.Calendar) { Month = month, Offset = Relative(m), Mod = Mod(m), Since = Since(m), Until = Until(m) };
        });
        Add("weekday", $@"(?:\b(?<pre>(?i:on|last|next|this|coming|past|since|until|by|from))\s+)?\b(?<wd>{wd})(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", (m, text) =>
        {
            string pre = m.Groups["pre"].Value.ToLowerInvariant();
            int offset = pre switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            return new TimexSpec(TimexKind.Weekday)
            {
                Weekday = int.Parse(words.Find(m.Groups["wd"].Value)!.Value, CultureInfo.InvariantCulture),
                Offset = offset,
                Part = Part(m.Groups["part"].Value),
                Since = pre == "since" || pre == "from",
                Until = pre == "until" || pre == "by",
            };
        });
        Add("day-deictic", @"\b(?<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night))\b", (m, text) =>
        {
            string w = Regex.Replace(m.Groups["w"].Value.ToLowerInvariant(), @"\s+", " ");
            return w switch
            {
                "today" => new TimexSpec(TimexKind.DayOffset),
                "tonight" => new TimexSpec(TimexKind.DayOffset) { Part = "NI" },
                "yesterday" => new TimexSpec(TimexKind.DayOffset) { Offset = -1 },
                "tomorrow" => new TimexSpec(TimexKind.DayOffset) { Offset = 1 },
                "the day before yesterday" => new TimexSpec(TimexKind.DayOffset) { Offset = -2 },
                "the day after tomorrow" => new TimexSpec(TimexKind.DayOffset) { Offset = 2 },
                "last night" => new TimexSpec(TimexKind.DayOffset) { Offset = -1, Part = "NI" },
                _ => new TimexSpec(TimexKind.DayOffset) { Part = Part(w.Split(' ')[1]) },
            };
        });
        Add("ago", $@"\b(?<n>{num})\s+{unit}\s+(?i:ago)\b", (m, text) =>
            new TimexSpec(TimexKind.Ago) { Amount = Amount(m), Unit = Unit(m) });
        Add("span", $@"(?:\b(?<pre>(?i:in|over|during|within|for))\s+)?\b(?i:the)\s+(?<dir>(?i:coming|next|past|last|previous|following|recent))\s+(?:(?<n>{num})\s+)?(?<unit>(?i:days|weeks|months|years|decades|hours))\b", (m, text) =>
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            return new TimexSpec(TimexKind.Span) { Offset = dir is "coming" or "next" or "following" ? 1 : -1, Amount = Amount(m), Unit = Unit(m) };
        }, trimPrefix: false);
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
                Mod = mod switch
                {
                    "earlier" => "BEFORE", "later" => "AFTER", "" => null,
                    _ => ModWord(mod),
                },
            };
        });
        Add("quarter", @"\b(?:(?i:the)\s+)?(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2}))?\b|\bQ(?<qn>[1-4])\s*(?<y2>(?:19|20)\d{2})?\b", (m, text) =>
        {
            int q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture)
                : m.Groups["q"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
            return new TimexSpec(TimexKind.Quarter) { Quarter = q, Year = Int(m, "y") ?? Int(m, "y2") };
        });
        Add("fiscal-year", @"\b(?i:fiscal(?:\s+year)?)\s+(?<y>(?:19|20)\d{2})\b|\bFY\s?(?<y2>(?:19|20)?\d{2})\b", (m, text) =>
        {
            int? y = Int(m, "y") ?? Int(m, "y2");
            if (y < 100) y += 2000;
            return new TimexSpec(TimexKind.Calendar) { Year = y };
        });
        Add("season", @"(?:\b(?<rel>(?i:this|last|next|past|coming))\s+|\b(?i:the)\s+)?\b(?<s>(?i:spring|summer|autumn|winter|fall))(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2}))?\b", (m, text) =>
        {
            var s = m.Groups["s"].Value.ToLowerInvariant();
            if (s == "fall" && !m.Groups["rel"].Success && !m.Groups["y"].Success) return null;
            if (!m.Groups["rel"].Success && !m.Groups["y"].Success && !Preceded(text, m, "in") && !Preceded(text, m, "the")) return null;
            return new TimexSpec(TimexKind.Season)
            {
                Season = s switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" },
                Year = Int(m, "y"),
                Offset = Relative(m),
            };
        });
        Add("year", @"(?:\b(?<pre>(?i:since|from|until|by|in|during|of|throughout))\s+)?(?:\b(?<mod>(?i:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of))[\s-]+)?\b(?<y>(?:19|20)\d{2})\b(?![-–/]\d)", (m, text) =>
        {
            int y = Int(m, "y")!.Value;
            return new TimexSpec(TimexKind.Calendar)
            {
                Year = y,
                Mod = Mod(m),
                Since = m.Groups["pre"].Value.Equals("since", StringComparison.OrdinalIgnoreCase) || m.Groups["pre"].Value.Equals("from", StringComparison.OrdinalIgnoreCase),
                Until = m.Groups["pre"].Value.Equals("until", StringComparison.OrdinalIgnoreCase),
            };
        });
        Add("decade", @"\b(?:(?i:the)\s+)?(?<y>(?:19|20)\d)0s\b", (m, text) =>
            new TimexSpec(TimexKind.Decade) { Year = Int(m, "y")!.Value * 10 });
        Add("duration", $@"(?:\b(?<pre>(?i:for|over|during|within|in|after))\s+)?\b(?<n>{num})[\s-]+{unit}(?:-long)?\b(?![\s-]+(?:old|ago))", (m, text) =>
        {
            var n = m.Groups["n"].Value.ToLowerInvariant();
            if ((n is "a" or "an") && !m.Groups["pre"].Success) return null;
            return new TimexSpec(TimexKind.Duration) { Amount = Amount(m), Unit = Unit(m) };
        });
        Add("clock", @"\b(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b))|\b(?<h2>[01]?\d|2[0-3]):(?<mi2>[0-5]\d)\s*(?:\(?(?:GMT|UTC|local\s+time)\)?)|\b(?<w>(?i:noon|midnight))\b", (m, text) =>
        {
            if (m.Groups["w"].Success)
                return new TimexSpec(TimexKind.Clock) { Hour = m.Groups["w"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 0, Minute = 0 };
            int h = Int(m, "h") ?? Int(m, "h2")!.Value;
            int mi = Int(m, "mi") ?? Int(m, "mi2") ?? 0;
            var ap = m.Groups["ap"].Value.ToLowerInvariant();
            if (ap.StartsWith('p') && h < 12) h += 12;
            if (ap.StartsWith('a') && h == 12) h = 0;
            return new TimexSpec(TimexKind.Clock) { Hour = h, Minute = mi };
        });
        Add("reference", @"\b(?<r>(?i:now|currently|at\s+present|nowadays|these\s+days|recently|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+future|the\s+future|the\s+past|in\s+the\s+past|soon))\b", (m, text) =>
        {
            var r = Regex.Replace(m.Groups["r"].Value.ToLowerInvariant(), @"\s+", " ");
            string value = r switch
            {
                "now" or "currently" or "at present" or "nowadays" or "these days" => "PRESENT_REF",
                "in the future" or "the future" or "soon" => "FUTURE_REF",
                _ => "PAST_REF",
            };
            return new TimexSpec(TimexKind.Reference) { Reference = value };
        }, trimPrefix: false);
        Add("set", @"\b(?<s>(?i:every\s+(?:day|week|month|year|morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each\s+(?:day|week|month|year)|(?:once|twice)\s+a\s+(?:day|week|month|year)|daily|weekly|monthly|annually|yearly))\b", (m, text) =>
        {
            var s = m.Groups["s"].Value.ToLowerInvariant();
            string value = s switch
            {
                _ when s.EndsWith("day") || s == "daily" => "P1D",
                _ when s.EndsWith("week") || s == "weekly" => "P1W",
                _ when s.EndsWith("month") || s == "monthly" => "P1M",
                _ when s.EndsWith("year") || s is "annually" or "yearly" => "P1Y",
                _ when s.EndsWith("morning") => "XXXX-XX-XXTMO",
                _ when s.EndsWith("night") => "XXXX-XX-XXTNI",
                _ => "XXXX-WXX-" + words.Find(s.Split(' ')[^1])?.Value,
            };
            return new TimexSpec(TimexKind.Set) { SetValue = value };
        }, trimPrefix: false);
    }

    public IReadOnlyList<TimexMatch> Find(string text)
    {
        var accepted = new List<TimexMatch>();
        foreach (var rule in _rules)
        {
            foreach (Match m in rule.Pattern.Matches(text))
            {
                if (m.Length == 0) continue;
                var spec = rule.Build(m, text);
                if (spec is null) continue;
                var span = new TextSpan(m.Index, m.Length);
                if (rule.TrimPrefixes.Length > 0 && m.Groups["pre"] is { Success: true } pre && rule.TrimPrefixes.Contains(pre.Value))
                    span = TextSpan.FromBounds(pre.Index + pre.Length, span.End);
                span = TrimSpace(text, span);
                if (accepted.Any(a => a.Span.Overlaps(span))) continue;
                accepted.Add(new TimexMatch(span, spec with { Rule = rule.Name }));
            }
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    private void Add(string name, string pattern, Func<Match, string, TimexSpec?> build, bool trimPrefix = true) =>
        _rules.Add(new Rule(name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), build, trimPrefix ? Framing : []));

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

    private int Month(Match m) => int.Parse(_words.Find(m.Groups["mon"].Value)!.Value, CultureInfo.InvariantCulture);

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

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

    private static string? Part(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => null,
    };

    /// <summary>True when the word just before the match is <paramref name="word"/>.</summary>
    private static bool Preceded(string text, Match m, string word)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }

    private static double? Amount(Match m)
    {
        if (!m.Groups["n"].Success) return null;
        var n = Regex.Replace(m.Groups["n"].Value.ToLowerInvariant(), @"\s+", " ");
        if (double.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d)) return d;
        return n switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
            "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40,
            "fifty" => 50, "a couple of" => 2,
            _ => null,
        };
    }

    private static string? Unit(Match m)
    {
        var u = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        return u switch { "day" => "D", "week" => "W", "month" => "M", "year" => "Y", "decade" => "DE", "hour" => "H", "minute" => "MIN", _ => null };
    }
}
