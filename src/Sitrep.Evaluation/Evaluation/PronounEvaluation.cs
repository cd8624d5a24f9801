using Sitrep.Corpora;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the pronouns Sitrep resolves against GUM's coreference. The pronouns scored are the
/// third-person ones Sitrep resolves to entities (he, him, his, she, her, hers, they, them, their,
/// it, its). One is right when the entity it is resolved to has a mention by name or alias that
/// lies inside a gold mention by name (a PROPN word) of the pronoun's own chain; wrong otherwise (also when GUM puts the
/// pronoun in no chain: "it is raining"). Recall is over the gold pronouns whose chain is named
/// before them (a mention with a PROPN word), the ones a resolver to named entities could get.
/// </summary>
public sealed class PronounEvaluation(SitrepPipeline pipeline)
{
    private static readonly HashSet<string> Scored = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its" };

    /// <summary>Which of the three groups a pronoun is scored in (by_label).</summary>
    private static string Group(string word) => word.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "she" or "her" or "hers" => "person",
        "they" or "them" or "their" => "plural",
        _ => "neuter",
    };

    /// <summary>What became of one pronoun: gold (resolvable by name or not) and Sitrep's resolution.</summary>
    public sealed record Outcome(string Document, string Genre, string Word, int Start, bool Resolvable, bool Resolved, bool Right, string? Antecedent, string? Kind, string? Rule, string? GoldName);

    public EvalReport Evaluate(IReadOnlyList<GumDocument> documents, ICollection<string> problems, TextWriter? outcomeLines = null)
    {
        var runs = new TimedRuns(pipeline, problems);
        var outcomes = new List<Outcome>();
        foreach (var gold in documents)
            if (runs.Run(gold.Text, new DocumentSource { InputName = gold.Name }, gold.Name) is { } doc)
                outcomes.AddRange(Score(gold, doc));
        if (outcomeLines is not null)
            foreach (var o in outcomes.Where(o => o.Resolvable || o.Resolved))
                outcomeLines.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    document = o.Document, word = o.Word, start = o.Start, resolvable = o.Resolvable, resolved = o.Resolved, right = o.Right, antecedent = o.Antecedent, kind = o.Kind, rule = o.Rule, gold = o.GoldName,
                }));
        var byLabel = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var group in outcomes.GroupBy(o => Group(o.Word)).OrderBy(g => g.Key, StringComparer.Ordinal)) byLabel[group.Key] = Figures(group.ToList());
        foreach (var genre in outcomes.GroupBy(o => "genre:" + o.Genre).OrderBy(g => g.Key, StringComparer.Ordinal)) byLabel[genre.Key] = Figures(genre.ToList());
        int predicted = outcomes.Count(o => o.Resolved), right = outcomes.Count(o => o.Right), resolvable = outcomes.Count(o => o.Resolvable);
        int rightResolvable = outcomes.Count(o => o.Right && o.Resolvable);
        return new EvalReport("pronouns", "gum")
        {
            Documents = runs.Documents,
            Sentences = runs.Sentences,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["precision"] = Scores.Precision(right, predicted),
                ["recall"] = Scores.Recall(rightResolvable, resolvable),
                ["f1"] = F1(right, predicted, rightResolvable, resolvable),
            },
            ByLabel = byLabel,
            Counts = new Dictionary<string, int>
            {
                ["pronouns"] = outcomes.Count, ["resolvable"] = resolvable, ["resolved"] = predicted, ["right"] = right, ["right_resolvable"] = rightResolvable,
            },
            Notes =
            [
                "pronouns: he, him, his, she, her, hers, they, them, their, it, its as GUM's words; resolved: Sitrep links it to an entity; right: that entity has a mention by name overlapping a gold mention of the pronoun's chain.",
                "recall over the gold pronouns whose chain has a mention with a PROPN word before them (resolvable); precision over every pronoun Sitrep resolves, those GUM puts in no chain or in an unnamed one too.",
            ],
        };
    }

    private static double F1(int right, int predicted, int rightResolvable, int resolvable)
    {
        double p = Scores.Precision(right, predicted), r = Scores.Recall(rightResolvable, resolvable);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Dictionary<string, double> Figures(List<Outcome> outcomes)
    {
        int predicted = outcomes.Count(o => o.Resolved), right = outcomes.Count(o => o.Right), resolvable = outcomes.Count(o => o.Resolvable);
        int rightResolvable = outcomes.Count(o => o.Right && o.Resolvable);
        return new Dictionary<string, double>
        {
            ["resolvable"] = resolvable, ["resolved"] = predicted,
            ["precision"] = Scores.Precision(right, predicted), ["recall"] = Scores.Recall(rightResolvable, resolvable), ["f1"] = F1(right, predicted, rightResolvable, resolvable),
        };
    }

    private static IEnumerable<Outcome> Score(GumDocument gold, Document doc)
    {
        var chains = gold.Mentions.GroupBy(m => m.Chain).ToDictionary(g => g.Key, g => g.ToList());
        // Sitrep's pronoun mentions by where they start; its entities' mentions by name.
        var resolved = doc.Mentions.Where(m => m.Form == MentionForm.Pronoun && m.EntityId is not null).GroupBy(m => m.Span.Start).ToDictionary(g => g.Key, g => g.First());
        var named = doc.Mentions.Where(m => m.Form != MentionForm.Pronoun && m.EntityId is not null).GroupBy(m => m.EntityId!).ToDictionary(g => g.Key, g => g.ToList());
        // Every scored pronoun word of the text: the gold mention it is (if any) and Sitrep's reading.
        var goldPronouns = gold.Mentions.Where(m => m.IsPronoun && Scored.Contains(m.Word)).GroupBy(m => m.Start).ToDictionary(g => g.Key, g => g.First());
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word || !Scored.Contains(doc.TokenString(t))) continue;
            goldPronouns.TryGetValue(token.Start, out var g);
            resolved.TryGetValue(token.Start, out var s);
            bool resolvable = g is not null && chains[g.Chain].Any(m => m.HasName && m.End <= g.Start);
            bool right = s is not null && g is not null && named.TryGetValue(s.EntityId!, out var names)
                         && names.Any(n => chains[g.Chain].Any(m => m.HasName && m.Start <= n.Span.Start && n.Span.End <= m.End));
            var entity = s is not null ? doc.Entities.FirstOrDefault(e => e.Id == s.EntityId) : null;
            // The chain's last mention by name before the pronoun: whom GUM says it is.
            var goldName = g is null ? null : chains[g.Chain].LastOrDefault(m => m.HasName && m.End <= g.Start)?.Word;
            yield return new Outcome(gold.Name, gold.Genre, doc.TokenString(t), token.Start, resolvable, s is not null, right, entity?.Name, entity?.Kind.ToJson(), s?.DecidedBy, goldName);
        }
    }
}
