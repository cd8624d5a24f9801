using System.Globalization;

namespace Sitrep.Corpora;

/// <summary>Reads CoNLL-U files: ten tab-separated columns a word, a blank line between sentences, comments after '#'.</summary>
public static class ConlluReader
{
    /// <summary>The sentences of a file; a malformed sentence is named in the warnings and left out.</summary>
    public static IEnumerable<ConlluSentence> Read(string path, ICollection<string> warnings)
    {
        var rows = new List<string[]>();
        string? id = null;
        int line = 0, start = 1;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.Trim().Length == 0)
            {
                if (rows.Count > 0 && Build(rows, id ?? $"{Path.GetFileName(path)}:{start}", path, start, warnings) is { } s) yield return s;
                rows.Clear();
                id = null;
                start = line + 1;
                continue;
            }
            if (raw[0] == '#')
            {
                if (raw.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = raw["# sent_id = ".Length..].Trim();
                continue;
            }
            rows.Add(raw.Split('\t'));
        }
        if (rows.Count > 0 && Build(rows, id ?? $"{Path.GetFileName(path)}:{start}", path, start, warnings) is { } last) yield return last;
    }

    private static ConlluSentence? Build(List<string[]> rows, string id, string path, int line, ICollection<string> warnings)
    {
        var words = new List<string[]>();
        foreach (var r in rows)
        {
            if (r.Length != 10)
            {
                warnings.Add($"{path}:{line}: sentence {id}: a line has {r.Length} columns, not 10; sentence left out.");
                return null;
            }
            // Multiword tokens ("3-4") and empty nodes ("8.1") are not words of the basic tree.
            if (r[0].Contains('-') || r[0].Contains('.')) continue;
            words.Add(r);
        }
        int n = words.Count;
        var heads = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!int.TryParse(words[i][0], NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index != i + 1
                || !int.TryParse(words[i][6], NumberStyles.None, CultureInfo.InvariantCulture, out int head) || head > n)
            {
                warnings.Add($"{path}:{line}: sentence {id}: word {i + 1} has a bad index or head; sentence left out.");
                return null;
            }
            heads[i] = head - 1;
        }
        return new ConlluSentence(id,
            words.Select(w => w[1]).ToArray(),
            words.Select(w => w[3]).ToArray(),
            heads,
            words.Select(w => w[7]).ToArray(),
            words.Select(w => !w[9].Split('|').Contains("SpaceAfter=No")).ToArray());
    }
}
