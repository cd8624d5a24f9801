using Sitrep.Documents;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Conversion;

/// <summary>A verb block of PETRARCH2's CAMEO verb dictionary: its verb forms, default code and object patterns.</summary>
public sealed record PetrarchVerbBlock(string Name, IReadOnlyList<string> Forms, string? Code, IReadOnlyList<PetrarchPattern> Patterns, int Line);

/// <summary>
/// "- * {DIPLOMATIC TIES} [050]": words that must follow the verb, each a set of alternatives
/// ("&amp;FOOD" expanded), giving the code when they do.
/// </summary>
public sealed record PetrarchPattern(IReadOnlyList<IReadOnlyList<string>> Words, string Code, int Line)
{
    public override string ToString() => string.Join(' ', Words.Select(w => string.Join('/', w)));
}

/// <summary>
/// Reads PETRARCH2's CAMEO.2.0.txt (MIT) — synonym sets, then verb blocks — and the PLOVER
/// manual's CAMEO to PLOVER table. Only what Sitrep can use without PETRARCH's parse trees is
/// kept: the verbs and their default codes, and patterns whose words all follow the verb (the
/// object and its prepositional phrases). Patterns on the subject side ("- &amp;MILITARY *") and
/// those that need the parse (source/target markers inside the pattern) are counted as left out.
/// </summary>
public static partial class PetrarchVerbs
{
    public sealed record Reading(List<PetrarchVerbBlock> Blocks, int PatternsLeftOut);

    public static Reading Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var sets = ReadSynonymSets(lines);
        var blocks = new List<PetrarchVerbBlock>();
        int leftOut = 0;
        string? name = null, code = null;
        int blockLine = 0;
        var forms = new List<string>();
        var patterns = new List<PetrarchPattern>();
        bool inVerbs = false;
        var separate = new List<PetrarchVerbBlock>();
        void Flush()
        {
            if (name is not null && forms.Count > 0)
                blocks.Add(new PetrarchVerbBlock(name, forms.Distinct(StringComparer.Ordinal).ToArray(), code, patterns.ToArray(), blockLine));
            blocks.AddRange(separate);
            separate.Clear();
            forms.Clear();
            patterns.Clear();
            name = null;
        }
        for (int n = 0; n < lines.Length; n++)
        {
            var raw = lines[n];
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inVerbs = true; continue; }
            if (!inVerbs) continue;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (BlockHeader().Match(line) is { Success: true } header)
            {
                Flush();
                name = header.Groups[1].Value;
                code = FirstCode(header.Groups[2].Value);
                blockLine = n + 1;
                continue;
            }
            if (name is null) continue;
            if (line.StartsWith('-'))
            {
                if (ReadPattern(line, sets, n + 1) is { } p) patterns.Add(p);
                else leftOut++;
                continue;
            }
            // A verb line: WORD {FORM FORM …} [CODE]; "+" marks a verb of several words ("+ASK_FOR");
            // a code of its own makes it a block of its own.
            var own = CodeBracket().Match(line);
            var body = own.Success ? line[..own.Index] : line;
            var brace = body.IndexOf('{');
            var verb = (brace >= 0 ? body[..brace] : body).Trim().TrimStart('+');
            if (verb.Length == 0 || verb.Contains(' ')) continue;
            var verbForms = new List<string> { Words(verb) };
            if (brace >= 0)
            {
                var close = body.IndexOf('}', brace);
                var listed = body[(brace + 1)..(close < 0 ? body.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                verbForms.AddRange(listed.Select(f => Words(f.TrimStart('+'))));
            }
            else verbForms.AddRange(RegularForms(verb).Select(Words));
            if (own.Success && FirstCode(own.Groups[1].Value) is { } ownCode && ownCode != code)
                separate.Add(new PetrarchVerbBlock($"{name}/{verb}", verbForms.Distinct(StringComparer.Ordinal).ToArray(), ownCode, [], n + 1));
            else forms.AddRange(verbForms);
        }
        Flush();
        return new Reading(blocks, leftOut);
    }

    /// <summary>"[042:043]" → "042" (the reciprocal code after the colon is PETRARCH's paired event, not kept).</summary>
    private static string? FirstCode(string bracket)
    {
        var c = bracket.Split(':')[0].Trim();
        return c.Length > 0 && c.All(char.IsAsciiDigit) ? c : null;
    }

    private static PetrarchPattern? ReadPattern(string line, Dictionary<string, string[]> sets, int lineNumber)
    {
        var m = PatternLine().Match(line);
        if (!m.Success || FirstCode(m.Groups[3].Value) is not { } code) return null;
        if (m.Groups[1].Value.Trim().Length > 0) return null; // subject-side words
        var words = new List<IReadOnlyList<string>>();
        foreach (var token in m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.Trim('{', '}', '(', ')');
            if (t.Length == 0) continue;
            if (t is "$" or "+" or "^" or "%" or "@" || t.StartsWith('$') || t.StartsWith('+') || t.StartsWith('^')) return null;
            if (t.StartsWith('&'))
            {
                if (!sets.TryGetValue(t.TrimEnd('_'), out var members)) return null;
                words.Add(members);
            }
            else if (t.All(c => char.IsAsciiLetterUpper(c) || c is '-' or '_' or '\'' || char.IsAsciiDigit(c))) words.Add([Words(t)]);
            else return null;
        }
        return words.Count == 0 ? null : new PetrarchPattern(words, code, lineNumber);
    }

    private static Dictionary<string, string[]> ReadSynonymSets(string[] lines)
    {
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) break;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.StartsWith('&')) sets[line.TrimEnd('_')] = current = [];
            else if (line.StartsWith('+') && current is not null) current.Add(Words(line[1..]));
            else if (line.Length == 0) continue;
            else current = null;
        }
        return sets.ToDictionary(s => s.Key, s => s.Value.Where(v => v.Length > 0).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The regular inflections PETRARCH gives a verb listed without its forms.</summary>
    public static IEnumerable<string> RegularForms(string verb)
    {
        var v = verb.TrimEnd('_');
        // A multi-word verb inflects its first word ("CARRY_OUT" → "CARRIED_OUT").
        int space = v.IndexOf('_');
        string head = space < 0 ? v : v[..space], rest = space < 0 ? "" : v[space..];
        IEnumerable<string> heads;
        if (head.EndsWith('E')) heads = [head + "S", head + "D", head[..^1] + "ING"];
        else if (head.EndsWith('Y') && head.Length > 1 && !"AEIOU".Contains(head[^2])) heads = [head[..^1] + "IES", head[..^1] + "IED", head + "ING"];
        else if (head.EndsWith('S') || head.EndsWith('X') || head.EndsWith('Z') || head.EndsWith("CH", StringComparison.Ordinal) || head.EndsWith("SH", StringComparison.Ordinal))
            heads = [head + "ES", head + "ED", head + "ING"];
        else heads = [head + "S", head + "ED", head + "ING"];
        return heads.Select(h => h + rest);
    }

    /// <summary>PETRARCH's "CARRY_OUT_" as Sitrep's "carry out".</summary>
    private static string Words(string phrase) => Actors.PhoenixDictionary.Words(phrase).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBracket();

    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]*)\]\s+---$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^-\s*([^*]*)\*(.*?)\[([^\]]*)\]")]
    private static partial Regex PatternLine();
}

/// <summary>The PLOVER manual's CAMEO to PLOVER table: CAMEO code → PLOVER type and mode.</summary>
public static class CameoToPlover
{
    public static Dictionary<string, (string Type, string? Mode)> Read(string path)
    {
        var map = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0 || !line[..colon].All(char.IsAsciiDigit)) continue;
            var fields = line[(colon + 1)..].Split(',');
            var type = fields[0].Trim();
            if (type.Length == 0) continue;
            var mode = fields.Length > 1 && fields[1].Trim() is { Length: > 0 } m ? m : null;
            map[line[..colon]] = (type, mode);
        }
        return map;
    }

    /// <summary>The code's own row, else its nearest ancestor's ("0874" → "087" → "08").</summary>
    public static (string Type, string? Mode)? Lookup(Dictionary<string, (string Type, string? Mode)> map, string code)
    {
        for (int n = code.Length; n >= 2; n--)
            if (map.TryGetValue(code[..n], out var v)) return n == code.Length ? v : (v.Type, null);
        return null;
    }
}

/// <summary>
/// Writes data/petrarch-verbs.tsv from CAMEO.2.0.txt and the CAMEO to PLOVER table: per verb
/// block one row with its forms and default code, then one row per usable object pattern.
/// </summary>
public static class PetrarchVerbConverter
{
    public sealed record Result(int Blocks, int Forms, int Patterns, int PatternsLeftOut, int Unmapped);

    public static Result Convert(string cameoVerbsPath, string cameoToPloverPath, string outPath)
    {
        var reading = PetrarchVerbs.Read(cameoVerbsPath);
        var map = CameoToPlover.Read(cameoToPloverPath);
        int unmapped = 0;
        var sb = new StringBuilder();
        sb.Append("# Verb patterns of PETRARCH2's CAMEO dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT;\n"
            + "# see NOTICE), converted by `sitrep convert petrarch-verbs`, with PLOVER type and mode from the\n"
            + "# PLOVER manual's CAMEO to PLOVER table (CC BY-SA 4.0). Generated: edit data/event-triggers.tsv\n"
            + "# (whose rows win over these) or the converter, not this file.\n"
            + "# block: the PETRARCH verb block; forms: the verb's forms, on the block's first row only;\n"
            + "# pattern: words that follow the verb (\" + \" between words, \"/\" between alternatives), empty\n"
            + "# for the block's default code; cameo: the code (empty: the verb alone codes nothing);\n"
            + "# plover, mode: the PLOVER type and mode of the code (empty: no PLOVER event, e.g. statements);\n"
            + "# source: the line of CAMEO.2.0.txt.\n"
            + "block\tforms\tpattern\tcameo\tplover\tmode\tsource\n");
        void Row(string block, string forms, string pattern, string? code, int line)
        {
            var plover = code is null ? null : CameoToPlover.Lookup(map, code);
            if (code is not null && plover is null) unmapped++;
            sb.Append(block).Append('\t').Append(forms).Append('\t').Append(pattern).Append('\t').Append(code).Append('\t')
                .Append(plover?.Type).Append('\t').Append(plover?.Mode).Append('\t').Append("CAMEO.2.0.txt:").Append(line).Append('\n');
        }
        foreach (var b in reading.Blocks)
        {
            Row(b.Name, string.Join('|', b.Forms), "", b.Code, b.Line);
            foreach (var p in b.Patterns)
                Row(b.Name, "", string.Join(" + ", p.Words.Select(w => string.Join('/', w))), p.Code, p.Line);
        }
        File.WriteAllText(outPath, sb.ToString());
        return new Result(reading.Blocks.Count, reading.Blocks.Sum(b => b.Forms.Count), reading.Blocks.Sum(b => b.Patterns.Count), reading.PatternsLeftOut, unmapped);
    }
}
