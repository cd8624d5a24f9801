using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the pipeline's quotes against gold attributions. A predicted statement (a quote and
/// the pieces that continue it) matches a gold
/// content when their overlap covers at least half of the shorter of the two (one-to-one,
/// largest overlaps first). For matched contents whose gold has a Source, the speaker is right
/// when the predicted speaker's words overlap the gold Source or a mention of the predicted
/// speaker entity does ("he" resolved to the Clinton whom the gold marks as "Clinton").
/// </summary>
public sealed class QuoteEvaluation(SitrepPipeline pipeline)
{
    /// <summary>How a gold attribution fared: matched (to which quote) and whether its speaker was right.</summary>
    public sealed record Outcome(GoldAttribution Gold, bool Quoted, Quote? Match, bool? SpeakerRight);

    /// <summary>One scored article: the outcome for each gold attribution and the quotes that matched nothing.</summary>
    public sealed record DocumentResult(AttributionDocument Gold, Document Document, IReadOnlyList<Outcome> Outcomes, IReadOnlyList<Quote> Spurious, int Predicted);

    public EvalReport Evaluate(IEnumerable<AttributionDocument> documents, ICollection<string> problems, IReadOnlyList<string>? notes = null, TextWriter? outcomeLines = null)
    {
        var runs = new TimedRuns(pipeline, problems);
        var results = new List<DocumentResult>();
        foreach (var gold in documents)
            if (runs.Run(gold.Text, new DocumentSource { InputName = gold.Name }, gold.Name) is { } doc)
            {
                var result = Score(gold, doc);
                results.Add(result);
                if (outcomeLines is not null) QuoteOutcomes.Write(outcomeLines, result);
            }
        var outcomes = results.SelectMany(r => r.Outcomes).ToList();
        int goldCount = outcomes.Count, predicted = results.Sum(r => r.Predicted);
        int matched = outcomes.Count(o => o.Match is not null);
        var withSource = outcomes.Where(o => o.SpeakerRight is not null).ToList();
        int speakerRight = withSource.Count(o => o.SpeakerRight == true);
        var noSource = outcomes.Where(o => o.Match is not null && o.Gold.Source is null).ToList();
        return new EvalReport("quotes", "polnear")
        {
            Documents = runs.Documents,
            Sentences = runs.Sentences,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["content_precision"] = Scores.Precision(matched, predicted),
                ["content_recall"] = Scores.Recall(matched, goldCount),
                ["content_f1"] = Scores.F1(matched, predicted, goldCount),
                ["speaker_accuracy"] = withSource.Count == 0 ? 0 : (double)speakerRight / withSource.Count,
            },
            ByLabel = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                ["quoted"] = ByKind(outcomes.Where(o => o.Quoted).ToList()),
                ["unquoted"] = ByKind(outcomes.Where(o => !o.Quoted).ToList()),
            },
            Counts = new Dictionary<string, int>
            {
                ["gold"] = goldCount, ["predicted"] = predicted, ["matched"] = matched,
                ["matched_with_gold_source"] = withSource.Count, ["speaker_right"] = speakerRight,
                ["matched_without_gold_source"] = noSource.Count, ["of_those_left_unknown"] = noSource.Count(o => o.Match!.SpeakerSpan is null),
            },
            Notes = notes ?? [],
        };
    }

    private static IReadOnlyDictionary<string, double> ByKind(List<Outcome> outcomes)
    {
        var withSource = outcomes.Where(o => o.SpeakerRight is not null).ToList();
        return new Dictionary<string, double>
        {
            ["gold"] = outcomes.Count,
            ["content_recall"] = Scores.Recall(outcomes.Count(o => o.Match is not null), outcomes.Count),
            ["speaker_accuracy"] = withSource.Count == 0 ? 0 : (double)withSource.Count(o => o.SpeakerRight == true) / withSource.Count,
        };
    }

    /// <summary>Gold contents in quotation marks (or with one in them), scored apart: the by_label "quoted".</summary>
    private static bool HasQuoteMark(GoldAttribution gold, string text) =>
        gold.Content.Fragments.Any(f => text.AsSpan(f.Start, f.Length).IndexOfAny(QuoteChars) >= 0
            || f.Start > 0 && QuoteChars.Contains(text[f.Start - 1]) || f.End < text.Length && QuoteChars.Contains(text[f.End]));

    private const string QuoteChars = "\"“”«»";

    /// <summary>
    /// A statement as the scorer sees it: a quote with the pieces that continue it (“A,” he said.
    /// “B.”), as gold sets mark one content in several fragments.
    /// </summary>
    public sealed record Statement(Quote First, SpanSet Content);

    public static IReadOnlyList<Statement> Statements(Document doc)
    {
        var byId = new Dictionary<string, int>();
        var parts = new List<(Quote First, List<TextSpan> Pieces)>();
        foreach (var q in doc.Quotes)
        {
            if (q.ContinuesId is { } c && byId.TryGetValue(c, out int owner))
            {
                parts[owner].Pieces.Add(q.Content);
                byId[q.Id] = owner;
                continue;
            }
            byId[q.Id] = parts.Count;
            parts.Add((q, [q.Content]));
        }
        return parts.Select(p => new Statement(p.First, new SpanSet(p.Pieces))).ToList();
    }

    /// <summary>Matches one document's statements to its gold attributions.</summary>
    public static DocumentResult Score(AttributionDocument gold, Document doc)
    {
        var statements = Statements(doc);
        var pairs = new List<(int Gold, int Statement, int Overlap)>();
        for (int g = 0; g < gold.Attributions.Count; g++)
            for (int q = 0; q < statements.Count; q++)
            {
                var content = gold.Attributions[g].Content;
                int overlap = statements[q].Content.Fragments.Sum(content.Overlap);
                if (overlap > 0 && 2 * overlap >= Math.Min(content.Length, statements[q].Content.Length)) pairs.Add((g, q, overlap));
            }
        pairs.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : (a.Gold, a.Statement).CompareTo((b.Gold, b.Statement)));
        var goldMatch = new int[gold.Attributions.Count];
        Array.Fill(goldMatch, -1);
        var used = new bool[statements.Count];
        foreach (var (g, q, _) in pairs)
        {
            if (goldMatch[g] >= 0 || used[q]) continue;
            goldMatch[g] = q;
            used[q] = true;
        }
        var outcomes = new List<Outcome>(gold.Attributions.Count);
        for (int g = 0; g < gold.Attributions.Count; g++)
        {
            var a = gold.Attributions[g];
            var match = goldMatch[g] >= 0 ? statements[goldMatch[g]].First : null;
            bool? right = match is null || a.Source is null ? null : SpeakerMatches(match, a.Source, doc);
            outcomes.Add(new Outcome(a, HasQuoteMark(a, gold.Text), match, right));
        }
        return new DocumentResult(gold, doc, outcomes, statements.Where((_, i) => !used[i]).Select(s => s.First).ToList(), statements.Count);
    }

    private static bool SpeakerMatches(Quote quote, SpanSet source, Document doc)
    {
        if (quote.SpeakerSpan is { } s && source.Overlaps(s)) return true;
        return quote.SpeakerId is { } id && doc.Mentions.Any(m => m.EntityId == id && source.Overlaps(m.Span));
    }
}
