using Sitrep.Corpora;
using Sitrep.Documents;

namespace Sitrep.Evaluation.Syntax;

/// <summary>
/// Scores parses against a treebank as the CoNLL 2018 shared task does: UPOS accuracy, UAS and
/// LAS over every gold word, punctuation included, relations compared by their universal part
/// ("nsubj:pass" = "nsubj"; <c>las_full</c> compares them whole). A gold word counts only when a
/// system token has exactly its characters; the share that do is the alignment rate.
/// </summary>
public sealed class ParseScorer
{
    private int _gold, _aligned, _upos, _uas, _las, _lasFull, _sentences, _systemTokens;
    private readonly Dictionary<string, int> _goldBy = new(StringComparer.Ordinal), _systemBy = new(StringComparer.Ordinal), _rightBy = new(StringComparer.Ordinal);

    /// <summary>One sentence: the system's tokens (offsets into the gold text), tags, heads (-1 or past the last token for the root) and relations.</summary>
    public void Add(ConlluSentence gold, ReadOnlySpan<Token> tokens, IReadOnlyList<string> upos, IReadOnlyList<int> heads, IReadOnlyList<string> relations)
    {
        _sentences++;
        var (_, goldTokens) = gold.AsText();
        int m = tokens.Length;
        _systemTokens += m;
        var byOffsets = new Dictionary<(int, int), int>();
        for (int j = 0; j < m; j++) byOffsets[(tokens[j].Start, tokens[j].Length)] = j;
        var systemOf = new int[gold.Count];
        var goldOf = new int[m];
        Array.Fill(goldOf, -1);
        for (int i = 0; i < gold.Count; i++)
        {
            systemOf[i] = byOffsets.TryGetValue((goldTokens[i].Start, goldTokens[i].Length), out int j) ? j : -1;
            if (systemOf[i] >= 0) goldOf[systemOf[i]] = i;
        }
        for (int j = 0; j < m; j++) Count(_systemBy, Universal(relations[j]));
        for (int i = 0; i < gold.Count; i++)
        {
            _gold++;
            var goldLabel = Universal(gold.Relations[i]);
            Count(_goldBy, goldLabel);
            int j = systemOf[i];
            if (j < 0) continue;
            _aligned++;
            if (upos[j] == gold.Upos[i]) _upos++;
            int h = heads[j];
            bool rootRight = gold.Heads[i] < 0 && (h < 0 || h >= m);
            bool headRight = rootRight || gold.Heads[i] >= 0 && h >= 0 && h < m && goldOf[h] == gold.Heads[i];
            if (!headRight) continue;
            _uas++;
            if (Universal(relations[j]) == goldLabel)
            {
                _las++;
                Count(_rightBy, goldLabel);
            }
            if (relations[j] == gold.Relations[i]) _lasFull++;
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    public EvalReport Report(int documents, double tokensPerSecond, IReadOnlyList<string> notes)
    {
        double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;
        var byLabel = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var label in _goldBy.Keys.Union(_systemBy.Keys))
        {
            double p = Ratio(_rightBy.GetValueOrDefault(label), _systemBy.GetValueOrDefault(label)), r = Ratio(_rightBy.GetValueOrDefault(label), _goldBy.GetValueOrDefault(label));
            byLabel[label] = new Dictionary<string, double>
            {
                ["precision"] = p, ["recall"] = r, ["f1"] = p + r == 0 ? 0 : 2 * p * r / (p + r),
                ["gold"] = _goldBy.GetValueOrDefault(label), ["predicted"] = _systemBy.GetValueOrDefault(label),
            };
        }
        return new EvalReport("parse", "conllu")
        {
            Documents = documents,
            Sentences = _sentences,
            Tokens = _gold,
            Scores = new Dictionary<string, double>
            {
                ["upos"] = Ratio(_upos, _gold), ["uas"] = Ratio(_uas, _gold), ["las"] = Ratio(_las, _gold), ["las_full"] = Ratio(_lasFull, _gold),
                ["alignment"] = Ratio(_aligned, _gold),
            },
            ByLabel = byLabel,
            Counts = new Dictionary<string, int> { ["gold"] = _gold, ["aligned"] = _aligned, ["system_tokens"] = _systemTokens, ["upos"] = _upos, ["uas"] = _uas, ["las"] = _las },
            TokensPerSecond = tokensPerSecond,
            Notes = notes,
        };
    }

    /// <summary>A relation's universal part: "nsubj:pass" → "nsubj".</summary>
    public static string Universal(string relation) => relation.IndexOf(':') is int k and > 0 ? relation[..k] : relation;
}
