using Sitrep.Documents;
using System.Buffers;
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
    private readonly bool _skipByCues;

    /// <summary>
    /// A rule's pattern starts interpreted, so one report is read without waiting for compilation;
    /// in a batch a background task compiles it and swaps it in for the documents that follow.
    /// </summary>
    private sealed class Rule(string name, string rulePattern, Func<Match, string, TimexSpec?> build, string[] trimPrefixes, Cue[] cues)
    {
        /// <summary>Each of these is in every text the rule matches: a report lacking one is not searched for the rule.</summary>
        public Cue[] Cues { get; } = cues;

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

        // \d matches every script's digits ("٥"), which the rules' number parsing cannot read: ASCII digits only.
        private readonly string pattern = AsciiDigits(rulePattern);
        // A match that backtracks past this fails its report alone instead of running for hours.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

        private volatile Regex _pattern = new(AsciiDigits(rulePattern), Options, MatchTimeout);

        private static string AsciiDigits(string p) => p.Replace(@"\d", "[0-9]", StringComparison.Ordinal);

        public string Name { get; } = name;

        public Regex Pattern => _pattern;

        public Func<Match, string, TimexSpec?> Build { get; } = build;

        public string[] TrimPrefixes { get; } = trimPrefixes;

        public void Compile() => _pattern = new Regex(pattern, Options | RegexOptions.Compiled, MatchTimeout);
    }

    /// <summary>
    /// Words one of which every match of a rule contains ("ago", a month's name, a digit). Most
    /// rules find nothing in most reports, and a regular expression that may start with optional
    /// words tries every position of the text; a vectorised search for the cue decides first
    /// whether the report can hold a match at all. A cue must follow from its rule's pattern:
    /// it only skips work, never changes what is found.
    /// </summary>
    private sealed class Cue(int id, SearchValues<string>? words, bool digits = false)
    {
        public int Id { get; } = id;

        public bool In(ReadOnlySpan<char> text) =>
            digits && text.IndexOfAnyInRange('0', '9') >= 0 || words is not null && text.IndexOfAny(words) >= 0;
    }

    private readonly List<Cue> _cues = [];

    /// <summary>A cue of words (case-sensitive for month and weekday names, which the rules match as written), and digits if asked.</summary>
    private Cue NewCue(IEnumerable<string> words, bool caseSensitive = false, bool digits = false)
    {
        var list = words.Distinct().ToArray();
        var cue = new Cue(_cues.Count, list.Length == 0 ? null : SearchValues.Create(list, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase), digits);
        _cues.Add(cue);
        return cue;
    }

    private static readonly string[] Framing = ["in", "during", "of", "at", "by", "for", "over", "within", "after", "In", "During", "Of", "At", "By", "For", "Over", "Within", "After"];

    private const string Num = @"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|a\s+few|few|several|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of|some)";
    private const string Unit = @"(?<unit>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?)";
    private const string Ones = "one|two|three|four|five|six|seven|eight|nine";
    private const string SpelledYear = $@"(?<sy>nineteen[\s-]+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:{Ones}))?)|two\s+thousand(?:\s+and)?(?:\s+(?:{Ones}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)";
    private const string Year = $@"(?:(?<y>(?:19|20)\d{{2}})|{SpelledYear})";
    private const string Clock = @"(?:(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b))|(?<noon>(?i:noon|midnight)))(?:\s+(?i:EST|EDT|CST|PST|GMT|UTC|local\s+time))?";

    /// <param name="words">Month, weekday and other time words (data/time-words.tsv).</param>
    /// <param name="skipByCues">False searches every report for every rule; the tests compare the two, which must find the same.</param>
    public TimeRecognizer(TimeWords words, bool skipByCues = true)
    {
        _words = words;
        _skipByCues = skipByCues;
        var months = words.All.Where(w => w.Kind == "month").GroupBy(w => w.Value).ToArray();
        string monFull = Alternation(months.Select(g => g.MaxBy(w => w.Word.Length)!.Word));
        string monAbbr = Alternation(months.SelectMany(g => g.Where(w => w.Word != g.MaxBy(x => x.Word.Length)!.Word)).Select(w => w.Word));
        string mon = $"(?:{monFull}|(?:{monAbbr})\\.?)";
        string wd = Alternation(words.All.Where(w => w.Kind == "weekday" && w.Word.Length > 4).Select(w => w.Word));
        string dayWord = $@"(?:{wd}|(?i:today|yesterday|tomorrow))";
        var names = new NameAlternations(mon, monFull, wd, dayWord);
        var monthWords = words.All.Where(w => w.Kind == "month").Select(w => w.Word).ToArray();
        _digits = NewCue([], digits: true);
        _monthNames = NewCue(monthWords, caseSensitive: true);
        _fullMonths = NewCue(months.Select(g => g.MaxBy(w => w.Word.Length)!.Word), caseSensitive: true);
        var weekdayWords = words.All.Where(w => w.Kind == "weekday" && w.Word.Length > 4).Select(w => w.Word).ToArray();
        _weekdays = NewCue(weekdayWords, caseSensitive: true);
        _weekdaysOrMonths = NewCue(weekdayWords.Concat(months.Select(g => g.MaxBy(w => w.Word.Length)!.Word)), caseSensitive: true);
        _clock = NewCue(["noon", "midnight"], digits: true);
        _year = NewCue(["nineteen", "thousand"], digits: true);
        // Earlier families first: a later match overlapping an accepted one is dropped, so the order is part of the rules.
        AddNumericDates(names);
        AddRanges(names);
        AddNamedDates(names);
        AddRelativeDays(names);
        AddPeriods(names);
        AddDurationsClocksAndSets(names);
    }

    /// <summary>The alternations of month and weekday names every family of rules builds on.</summary>
    private readonly record struct NameAlternations(string Month, string MonthFull, string Weekday, string DayWord);

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
        Span<sbyte> present = stackalloc sbyte[_cues.Count];
        foreach (var rule in _rules)
        {
            bool possible = true;
            foreach (var cue in _skipByCues ? rule.Cues : [])
            {
                if (present[cue.Id] == 0) present[cue.Id] = (sbyte)(cue.In(text) ? 1 : -1);
                if (present[cue.Id] < 0) { possible = false; break; }
            }
            if (!possible) continue;
            foreach (Match m in rule.Pattern.Matches(text))
            {
                if (m.Length == 0) continue;
                var span = TextSpan.FromBounds(Start(m), m.Index + m.Length);
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

    /// <summary>
    /// A pattern's optional leading words ("in", "since", "early", "on Monday") as a look-behind
    /// named lead: a pattern that starts with optional words is tried at almost every position of
    /// the text, while one that starts at its required word (a digit, a month's name) is tried
    /// only where that word can begin — the year rule ran six times faster so. The match's span
    /// still starts at the lead (<see cref="Start"/>).
    /// </summary>
    private static string Lead(string optionalWords) => $"(?<=(?<lead>{optionalWords}))";

    /// <summary>Where a match's text starts: at its lead's words, if it has any.</summary>
    private static int Start(Match m) => m.Groups["lead"] is { Success: true, Length: > 0 } lead ? lead.Index : m.Index;

    private void Add(string name, Cue[] cues, string pattern, Func<Match, string, TimexSpec?> build, bool trimPrefix = true) =>
        _rules.Add(new Rule(name, pattern, build, trimPrefix ? Framing : [], cues));

    /// <summary>A cue of any of these words, in any case.</summary>
    private Cue AnyOf(params string[] words) => NewCue(words);

    private readonly Cue _digits, _monthNames, _fullMonths, _weekdays, _weekdaysOrMonths, _clock, _year;

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

    /// <summary>True when the word before the match (its lead included) is <paramref name="word"/>.</summary>
    private static bool Preceded(string text, Match m, string word)
    {
        var before = text.AsSpan(0, Start(m)).TrimEnd();
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
