using System.Diagnostics;
using System.Text;
using Sitrep.Entities;
using Sitrep.Ner;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// CoNLL-style scoring of the pipeline's entity mentions: each document's sentences are joined
/// into a text (a paragraph each), run through the whole pipeline, and its mentions mapped back
/// onto the gold tokens; a mention counts when its span and type equal a gold entity's exactly.
/// </summary>
public sealed class NerEvaluation(SitrepPipeline pipeline)
{
    public EvalReport Evaluate(IReadOnlyList<TaggedSentence> sentences, string format, ICollection<string> problems)
    {
        var counts = new Dictionary<string, (int Gold, int Predicted, int Correct)>();
        void Count(string label, int gold, int predicted, int correct)
        {
            var c = counts.GetValueOrDefault(label);
            counts[label] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
        }
        int documents = 0, tokens = 0;
        var clock = new Stopwatch();
        foreach (var group in sentences.GroupBy(s => s.Document))
        {
            var doc = Build(group.ToList(), out var offsets);
            clock.Start();
            try
            {
                pipeline.Run(doc);
            }
            catch (PipelineException e)
            {
                problems.Add($"document {group.Key}: {e.Message}");
                continue;
            }
            finally
            {
                clock.Stop();
            }
            documents++;
            int k = 0;
            var predictedBySentence = Predicted(doc, offsets);
            foreach (var sentence in group)
            {
                tokens += sentence.Tokens.Length;
                var gold = NerSpans.FromTags(sentence.Tags).ToHashSet();
                var predicted = predictedBySentence[k++];
                foreach (var g in gold) Count(g.Label, 1, 0, predicted.Contains(g) ? 1 : 0);
                foreach (var p in predicted) Count(p.Label, 0, 1, 0);
            }
        }
        int mg = 0, mp = 0, mc = 0;
        foreach (var label in NerLabels.Counted)
        {
            var c = counts.GetValueOrDefault(label);
            (mg, mp, mc) = (mg + c.Gold, mp + c.Predicted, mc + c.Correct);
        }
        return new EvalReport("ner", format)
        {
            Documents = documents,
            Sentences = sentences.Count,
            Tokens = tokens,
            TokensPerSecond = clock.Elapsed.TotalSeconds > 0 ? tokens / clock.Elapsed.TotalSeconds : 0,
            Scores = new Dictionary<string, double>
            {
                ["precision"] = Scores.Precision(mc, mp),
                ["recall"] = Scores.Recall(mc, mg),
                ["f1"] = Scores.F1(mc, mp, mg),
            },
            ByLabel = counts.OrderBy(kv => Array.IndexOf(NerLabels.Counted, kv.Key) is var i && i < 0 ? 99 : i).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
                {
                    ["precision"] = Scores.Precision(kv.Value.Correct, kv.Value.Predicted),
                    ["recall"] = Scores.Recall(kv.Value.Correct, kv.Value.Gold),
                    ["f1"] = Scores.F1(kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold),
                    ["gold"] = kv.Value.Gold,
                    ["predicted"] = kv.Value.Predicted,
                }),
            Counts = new Dictionary<string, int> { ["gold"] = mg, ["predicted"] = mp, ["correct"] = mc },
            Notes = ["micro precision, recall and F1 over PER, ORG and LOC, exact spans; other types are listed in by_label but not counted."],
        };
    }

    /// <summary>The document's text: tokens joined by spaces, a paragraph per sentence; the offset of every token.</summary>
    private static Document Build(List<TaggedSentence> sentences, out List<int[]> offsets)
    {
        var text = new StringBuilder();
        offsets = new List<int[]>(sentences.Count);
        foreach (var s in sentences)
        {
            if (text.Length > 0) text.Append("\n\n");
            var starts = new int[s.Tokens.Length];
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                if (i > 0) text.Append(' ');
                starts[i] = text.Length;
                text.Append(s.Tokens[i]);
            }
            offsets.Add(starts);
        }
        return new Document(text.ToString(), new DocumentSource { InputName = "gold" });
    }

    /// <summary>The pipeline's named mentions as spans over each sentence's gold tokens.</summary>
    private static List<HashSet<NerSpan>> Predicted(Document doc, List<int[]> offsets)
    {
        var result = offsets.Select(_ => new HashSet<NerSpan>()).ToList();
        // Sentence starts in the text, to find which sentence a mention is in.
        var sentenceStarts = offsets.Select(o => o.Length > 0 ? o[0] : int.MaxValue).ToArray();
        foreach (var m in doc.Mentions)
        {
            if (m.Nested || m.EntityId is null || LabelOf(m) is not { } label) continue;
            int s = Array.BinarySearch(sentenceStarts, m.Span.Start);
            if (s < 0) s = ~s - 1;
            if (s < 0) continue;
            var starts = offsets[s];
            int first = TokenAt(starts, m.Span.Start), last = TokenAt(starts, m.Span.End - 1);
            if (first < 0 || last < first) continue;
            result[s].Add(new NerSpan(first, last + 1, label));
        }
        return result;
    }

    private static int TokenAt(int[] starts, int offset)
    {
        int i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The NER type of a mention that names something; null for pronouns and descriptions ("he", "the base").</summary>
    public static string? LabelOf(Mention m)
    {
        if (m.Form is MentionForm.Pronoun or MentionForm.Descriptor) return null;
        if (m.Form == MentionForm.Demonym) return NerLabels.Group;
        return m.Kind switch
        {
            EntityKind.Person => NerLabels.Person,
            EntityKind.Country or EntityKind.City or EntityKind.Region => NerLabels.Location,
            EntityKind.Facility => NerLabels.Facility,
            _ => NerLabels.Organisation,
        };
    }
}
