using Sitrep.Documents;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Evaluation;

/// <summary>
/// TempEval-3 scoring of the pipeline's time expressions: recognition with strict (same span)
/// and relaxed (overlapping) matching, type accuracy and value F1 on relaxed matches (a system
/// TIMEX3 counts for value F1 when it overlaps a gold one and has its value), each document
/// resolved against its own creation time.
/// </summary>
public sealed partial class TimeEvaluation(SitrepPipeline pipeline)
{
    private static readonly HashSet<string> Signals = new(StringComparer.OrdinalIgnoreCase)
    { "on", "in", "at", "since", "from", "until", "till", "by", "during", "for", "after", "before", "over", "within", "throughout", "of", "around", "about" };

    /// <summary>A predicted TIMEX3: its TimeML extent (without the preposition Sitrep keeps), type and value.</summary>
    public sealed record Predicted(TextSpan Span, string Type, string? Value);

    public EvalReport Evaluate(IEnumerable<TimeMlDocument> documents, ICollection<string> problems)
    {
        int gold = 0, predicted = 0, strict = 0, relaxed = 0, typeOk = 0, valueOk = 0;
        var runs = new TimedRuns(pipeline, problems);
        foreach (var tml in documents)
        {
            if (runs.Run(tml.Text, new DocumentSource { InputName = tml.Name, Published = tml.CreationTime }, tml.Name) is not { } doc) continue;
            var system = Predictions(doc);
            gold += tml.Timexes.Count;
            predicted += system.Count;
            var used = new bool[system.Count];
            foreach (var g in tml.Timexes)
            {
                int best = -1, bestOverlap = 0;
                for (int i = 0; i < system.Count; i++)
                {
                    if (used[i]) continue;
                    int overlap = Math.Min(g.Span.End, system[i].Span.End) - Math.Max(g.Span.Start, system[i].Span.Start);
                    if (overlap > bestOverlap) (best, bestOverlap) = (i, overlap);
                }
                if (best < 0) continue;
                used[best] = true;
                var s = system[best];
                relaxed++;
                if (s.Span == g.Span) strict++;
                if (s.Type == g.Type) typeOk++;
                if (s.Value is not null && string.Equals(s.Value, g.Value, StringComparison.Ordinal)) valueOk++;
            }
        }
        return new EvalReport("time", "timeml")
        {
            Documents = runs.Documents,
            Sentences = runs.Sentences,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["strict_precision"] = Scores.Precision(strict, predicted),
                ["strict_recall"] = Scores.Recall(strict, gold),
                ["strict_f1"] = Scores.F1(strict, predicted, gold),
                ["relaxed_precision"] = Scores.Precision(relaxed, predicted),
                ["relaxed_recall"] = Scores.Recall(relaxed, gold),
                ["relaxed_f1"] = Scores.F1(relaxed, predicted, gold),
                ["type_accuracy"] = relaxed == 0 ? 0 : (double)typeOk / relaxed,
                ["value_accuracy"] = relaxed == 0 ? 0 : (double)valueOk / relaxed,
                ["value_f1"] = Scores.F1(valueOk, predicted, gold),
            },
            Counts = new Dictionary<string, int>
            {
                ["gold"] = gold, ["predicted"] = predicted, ["strict_matches"] = strict, ["relaxed_matches"] = relaxed,
                ["type_correct"] = typeOk, ["value_correct"] = valueOk,
            },
        };
    }

    /// <summary>Sitrep's time expressions as TIMEX3s: "on Sunday" is the TIMEX3 "Sunday" with the signal "on".</summary>
    public static List<Predicted> Predictions(Document doc)
    {
        var result = new List<Predicted>();
        foreach (var t in doc.Times)
        {
            int first = doc.TokenAtOrAfter(t.Span.Start);
            int start = t.Span.Start;
            while (first < doc.Tokens.Count && doc.Tokens[first].End < t.Span.End && Signals.Contains(doc.TokenString(first)))
                start = doc.Tokens[++first].Start;
            var span = TextSpan.FromBounds(start, t.Span.End);
            // A range is one Sitrep expression; TimeML writes its two ends as two TIMEX3s ("2015" and "2017").
            if (t.Spec?.Kind == TimexKind.Range && t.Value is { } v && RangeSeparator().Match(doc.Text, span.Start, span.Length) is { Success: true } sep)
            {
                result.Add(new Predicted(TextSpan.FromBounds(span.Start, sep.Index), "DATE", v[..v.IndexOf('/')]));
                result.Add(new Predicted(TextSpan.FromBounds(sep.Index + sep.Length, span.End), "DATE", v[(v.IndexOf('/') + 1)..]));
                continue;
            }
            result.Add(new Predicted(span, t.Type.ToString().ToUpperInvariant(), t.Value));
        }
        return result;
    }

    [GeneratedRegex(@"\s*[-–]\s*|\s+(?:to|until|through|till|and)\s+")]
    private static partial Regex RangeSeparator();
}
