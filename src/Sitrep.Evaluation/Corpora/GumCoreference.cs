using System.Text;

namespace Sitrep.Corpora;

/// <summary>One mention of GUM's coreference: its chain, its characters in the document's text, and what it is.</summary>
/// <param name="Chain">The entity number GUM gives every mention of one thing ("(3-organization-..." opens a mention of 3).</param>
/// <param name="IsPronoun">A single word the treebank tags PRON.</param>
/// <param name="HasName">A word of it is tagged PROPN: a mention by name.</param>
public sealed record GumMention(int Chain, int Start, int End, string Word, bool IsPronoun, bool HasName);

/// <summary>A GUM document as text, with its coreference mentions in text order.</summary>
public sealed record GumDocument(string Name, string Genre, string Text, IReadOnlyList<GumMention> Mentions);

/// <summary>
/// Reads GUM's coreference from its CoNLL-U files: the MISC column's Entity= field opens a mention
/// with "(N-type-..." and closes it with "N)" (both on one word for a mention of one word). The text
/// joins each sentence's words by the spaces the treebank records, sentences by a space, paragraphs
/// ("# newpar") by a blank line. Multiword tokens and empty nodes are left out, as in <see cref="ConlluReader"/>.
/// </summary>
public static class GumCoreference
{
    public static GumDocument Read(string path, ICollection<string> warnings)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var genre = name.Split('_') is [_, var g, ..] ? g : "";
        var text = new StringBuilder();
        var mentions = new List<GumMention>();
        // Mentions open but not yet closed, per chain (a chain may nest in itself rarely: innermost first).
        var open = new List<(int Chain, int Start, bool Pronoun, bool Name, int Words, string Word)>();
        bool newParagraph = false, first = true, spaceAfterLast = true;
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.StartsWith("# newpar", StringComparison.Ordinal) && !raw.StartsWith("# newpar_", StringComparison.Ordinal)) { newParagraph = true; continue; }
            if (raw.Length == 0 || raw[0] == '#') continue;
            var cols = raw.Split('\t');
            if (cols.Length != 10)
            {
                warnings.Add($"{path}:{line}: a line has {cols.Length} columns, not 10; left out.");
                continue;
            }
            if (cols[0].Contains('-') || cols[0].Contains('.')) continue;
            if (cols[0] == "1" && !first)
            {
                text.Append(newParagraph ? "\n\n" : " ");
                newParagraph = false;
            }
            else if (!first && spaceAfterLast) text.Append(' ');
            if (first) newParagraph = false;
            first = false;
            int start = text.Length;
            text.Append(cols[1]);
            int end = text.Length;
            var misc = cols[9].Split('|');
            spaceAfterLast = !misc.Contains("SpaceAfter=No");
            bool pron = cols[3] == "PRON", propn = cols[3] == "PROPN";
            for (int k = 0; k < open.Count; k++)
                open[k] = open[k] with { Name = open[k].Name || propn, Words = open[k].Words + 1 };
            var entity = misc.FirstOrDefault(m => m.StartsWith("Entity=", StringComparison.Ordinal))?["Entity=".Length..];
            if (entity is null) continue;
            int i = 0;
            while (i < entity.Length)
            {
                if (entity[i] == '(')
                {
                    int j = i + 1;
                    while (j < entity.Length && entity[j] != '(' && entity[j] != ')') j++;
                    var body = entity[(i + 1)..j];
                    if (!int.TryParse(body.Split('-')[0], out int chain)) { warnings.Add($"{path}:{line}: bad entity '{body}'."); i = j; continue; }
                    if (j < entity.Length && entity[j] == ')')
                    {
                        mentions.Add(new GumMention(chain, start, end, cols[1], pron, propn));
                        i = j + 1;
                    }
                    else
                    {
                        open.Add((chain, start, pron, propn, 1, cols[1]));
                        i = j;
                    }
                }
                else if (char.IsAsciiDigit(entity[i]))
                {
                    int j = i;
                    while (j < entity.Length && char.IsAsciiDigit(entity[j])) j++;
                    int chain = int.Parse(entity.AsSpan(i, j - i));
                    int at = open.FindLastIndex(o => o.Chain == chain);
                    if (at < 0) warnings.Add($"{path}:{line}: entity {chain} closes but never opened.");
                    else
                    {
                        var o = open[at];
                        open.RemoveAt(at);
                        mentions.Add(new GumMention(chain, o.Start, end, o.Words == 1 ? o.Word : text.ToString(o.Start, end - o.Start), o.Words == 1 && o.Pronoun, o.Name));
                    }
                    i = j < entity.Length && entity[j] == ')' ? j + 1 : j;
                }
                else i++;
            }
        }
        foreach (var o in open) warnings.Add($"{path}: entity {o.Chain} opens and never closes.");
        return new GumDocument(name, genre, text.ToString(), mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList());
    }
}
