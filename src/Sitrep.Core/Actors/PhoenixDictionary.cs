using Sitrep.Documents;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Actors;

/// <summary>A CAMEO actor code, valid between two dates when the dictionary dates it (either end open).</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool ValidOn(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);

    public bool Dated => From is not null || To is not null;

    /// <summary>"IRQGOV", "IRQGOV@2004-08-01..2009-08-31", "IRQ@..2003-03-20".</summary>
    public override string ToString() =>
        Dated ? $"{Code}@{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : Code;

    public static DatedCode Parse(string text)
    {
        int at = text.IndexOf('@');
        if (at < 0) return new DatedCode(text, null, null);
        var range = text[(at + 1)..].Split("..");
        static DateOnly? Day(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DatedCode(text[..at], Day(range[0]), range.Length > 1 ? Day(range[1]) : null);
    }
}

/// <summary>A named actor of a Phoenix (TABARI/PETRARCH) actor dictionary: its names and its dated codes.</summary>
public sealed record PhoenixActor(IReadOnlyList<string> Names, IReadOnlyList<DatedCode> Codes, string Source);

/// <summary>A Phoenix agent: a noun that adds a sector to an actor's code ("soldiers" → MIL).</summary>
public sealed record PhoenixAgent(IReadOnlyList<string> Forms, string Code, string Source);

/// <summary>
/// Reads the Phoenix dictionaries PETRARCH2 ships (MIT): actor files, where a name line and its
/// "+" synonyms are followed by bracketed codes with optional date restrictions, and the agent
/// file, where a noun (with its plural in braces, or "{}" for none) carries a "~" sector code.
/// Lines that do not parse (PETRARCH's own typos, e.g. a ten-digit date) are counted, not guessed.
/// </summary>
public static partial class PhoenixDictionary
{
    public static (List<PhoenixActor> Actors, List<string> Skipped) ReadActors(string path)
    {
        var actors = new List<PhoenixActor>();
        var skipped = new List<string>();
        string file = Path.GetFileName(path);
        List<string>? names = null;
        List<DatedCode>? codes = null;
        int groupLine = 0, lineNumber = 0;
        void Flush()
        {
            if (names is { Count: > 0 } && codes is { Count: > 0 })
                actors.Add(new PhoenixActor(names.Distinct(StringComparer.Ordinal).ToArray(), codes.ToArray(), $"{file}:{groupLine}"));
            names = null;
            codes = null;
        }
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0) continue;
            var trimmed = line.TrimStart();
            bool indented = line.Length > 0 && char.IsWhiteSpace(line[0]);
            if (trimmed[0] == '[')
            {
                if (names is null) { skipped.Add($"{file}:{lineNumber}: a code without a name"); continue; }
                AddCodes(trimmed, codes!, skipped, file, lineNumber);
                continue;
            }
            if (trimmed[0] == '+' && names is not null && !indented)
            {
                // A synonym may come after the group's codes in a few entries; it still belongs to the group.
                AddNames(trimmed[1..], names);
                continue;
            }
            Flush();
            names ??= [];
            codes ??= [];
            groupLine = lineNumber;
            int bracket = trimmed.IndexOf('[');
            AddNames(bracket >= 0 ? trimmed[..bracket] : trimmed.TrimStart('+'), names);
            if (bracket >= 0) AddCodes(trimmed[bracket..], codes, skipped, file, lineNumber);
        }
        Flush();
        return (actors, skipped);
    }

    public static (List<PhoenixAgent> Agents, List<string> Skipped) ReadAgents(string path)
    {
        var agents = new List<PhoenixAgent>();
        var skipped = new List<string>();
        string file = Path.GetFileName(path);
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (SubstitutionSet().Match(line) is { Success: true } set)
            {
                sets[set.Groups[1].Value] = set.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var m = AgentLine().Match(line);
            if (!m.Success || !m.Groups[3].Value.StartsWith('~'))
            {
                skipped.Add($"{file}:{lineNumber}: not an agent line: {line}");
                continue;
            }
            string code = m.Groups[3].Value[1..].Trim();
            var phrase = m.Groups[1].Value.Trim();
            string? plural = m.Groups[2].Success ? m.Groups[2].Value.Trim() : null;
            foreach (var form in Expand(phrase, sets))
            {
                if (form.Contains('!')) { skipped.Add($"{file}:{lineNumber}: a broken substitution: {line}"); continue; }
                var forms = new List<string> { Words(form) };
                if (plural is null) forms.Add(Words(Plural(form)));
                else if (plural.Length > 0) forms.Add(Words(plural));
                agents.Add(new PhoenixAgent(forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray(), code, $"{file}:{lineNumber}"));
            }
        }
        return (agents, skipped);
    }

    /// <summary>"!MINIST! OF_DEFENCE" → "MINISTER OF_DEFENCE", "MINISTRY OF_DEFENCE", …; a set name inside a word (a PETRARCH typo) stays as it is.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        var m = SetReference().Match(phrase);
        if (!m.Success || !sets.TryGetValue(m.Groups[1].Value, out var values)) return [phrase];
        bool insideWord = m.Index > 0 && char.IsLetter(phrase[m.Index - 1]);
        if (insideWord) return [];
        return values.SelectMany(v => Expand(phrase[..m.Index] + v + phrase[(m.Index + m.Length)..], sets));
    }

    /// <summary>English plural of a phrase's head: its last word, or the word before its first preposition ("MINISTERS OF DEFENCE").</summary>
    private static string Plural(string phrase)
    {
        var words = phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        int head = words.Length - 1;
        for (int i = 1; i < words.Length; i++)
            if (words[i] is "OF" or "FOR" or "IN" or "ON" or "TO" or "AT" or "FROM") { head = i - 1; break; }
        var w = words[head];
        words[head] = w.EndsWith("MAN", StringComparison.Ordinal) ? w[..^3] + "MEN"
            : w.EndsWith('Y') && w.Length > 1 && !"AEIOU".Contains(w[^2]) ? w[..^1] + "IES"
            : w.EndsWith('S') || w.EndsWith('X') || w.EndsWith("CH", StringComparison.Ordinal) || w.EndsWith("SH", StringComparison.Ordinal) ? w + "ES"
            : w + "S";
        return string.Join('_', words);
    }

    private static void AddNames(string text, List<string> names)
    {
        foreach (var part in text.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Words(Parenthesised().Replace(part, " "));
            if (name.Length > 0) names.Add(name);
        }
    }

    /// <summary>"BAN_KI-MOON_" → "BAN KI-MOON".</summary>
    public static string Words(string phrase) =>
        string.Join(' ', phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void AddCodes(string text, List<DatedCode> codes, List<string> skipped, string file, int lineNumber)
    {
        foreach (Match m in CodeBracket().Matches(text))
        {
            var parts = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !parts[0].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                skipped.Add($"{file}:{lineNumber}: not a code: [{m.Groups[1].Value}]");
                continue;
            }
            if (parts.Length == 1) { codes.Add(new DatedCode(parts[0], null, null)); continue; }
            if (ParseRestriction(parts[1]) is { } range) codes.Add(new DatedCode(parts[0], range.From, range.To));
            else skipped.Add($"{file}:{lineNumber}: unreadable date restriction '{parts[1]}' of {parts[0]}");
        }
    }

    /// <summary>"&lt;20030320" (until), "&gt;20060520" (from), "040801-090831" (between).</summary>
    public static (DateOnly? From, DateOnly? To)? ParseRestriction(string text)
    {
        if (text.StartsWith('<')) return Day(text[1..]) is { } to ? (null, to) : null;
        if (text.StartsWith('>')) return Day(text[1..]) is { } from ? (from, null) : null;
        var ends = text.Split('-');
        if (ends.Length != 2 || Day(ends[0]) is not { } a || Day(ends[1]) is not { } b) return null;
        return (a, b);
    }

    /// <summary>YYYYMMDD, or YYMMDD with years below 30 in this century (as in the dictionaries' own entries: a 1973–2007 reign is "730717-070723").</summary>
    private static DateOnly? Day(string digits)
    {
        if (!digits.All(char.IsAsciiDigit)) return null;
        string full = digits.Length switch
        {
            8 => digits,
            6 => (int.Parse(digits[..2], CultureInfo.InvariantCulture) < 30 ? "20" : "19") + digits,
            _ => "",
        };
        return DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBracket();

    [GeneratedRegex(@"^!(\w+)!\s*=\s*(.+)$")]
    private static partial Regex SubstitutionSet();

    [GeneratedRegex(@"!(\w+)!")]
    private static partial Regex SetReference();

    [GeneratedRegex(@"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]$")]
    private static partial Regex AgentLine();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
