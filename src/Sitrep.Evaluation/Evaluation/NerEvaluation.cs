using Sitrep.Documents;
using Sitrep.Training;
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
        int tokens = 0;
        var runs = new TimedRuns(pipeline, problems);
        foreach (var group in sentences.GroupBy(s => s.Document))
        {
            var (text, offsets) = Build(group.ToList());
            if (runs.Run(text, new DocumentSource { InputName = "gold" }, $"document {group.Key}") is not { } doc) continue;
            int k = 0;
            var predictedBySentence = Predicted(doc, offsets);
            foreach (var sentence in group)
            {
                tokens += sentence.Tokens.Length;
                Tally(NerSpans.FromTags(sentence.Tags), predictedBySentence[k++], counts);
            }
        }
        return Report(counts, format, runs.Documents, sentences.Count, tokens, runs.Elapsed,
            "micro precision, recall and F1 over PER, ORG and LOC, exact spans; other types are listed in by_label but not counted.");
    }

    /// <summary>
    /// Scores the trained tagger alone on the gold tokens, without the pipeline's dictionaries,
    /// rules and confidence threshold: what the model itself has learnt.
    /// </summary>
    public static EvalReport EvaluateTagger(NerModel model, IReadOnlyList<TaggedSentence> sentences, string format)
    {
        var counts = new Dictionary<string, (int Gold, int Predicted, int Correct)>();
        int tokens = 0;
        var clock = Stopwatch.StartNew();
        int[] features = [], tags = [];
        foreach (var sentence in sentences)
        {
            int n = sentence.Tokens.Length;
            if (n == 0) continue;
            tokens += n;
            if (tags.Length < n) (tags, features) = (new int[n], new int[n * NerFeatures.PerToken]);
            model.Features.Extract(TokenView.Of(sentence.Tokens), features);
            model.Decode(features, n, tags);
            var predicted = NerSpans.FromTags(tags.Take(n).Select(t => model.Tags[t]).ToArray()).ToHashSet();
            Tally(NerSpans.FromTags(sentence.Tags), predicted, counts);
        }
        clock.Stop();
        return Report(counts, format, sentences.Select(s => s.Document).Distinct().Count(), sentences.Count, tokens, clock.Elapsed,
            "the trained tagger alone on the gold tokens (no dictionaries, rules or confidence threshold); micro precision, recall and F1 over PER, ORG and LOC, exact spans.");
    }

    private static EvalReport Report(Dictionary<string, (int Gold, int Predicted, int Correct)> counts, string format, int documents, int sentences, int tokens, TimeSpan elapsed, string note)
    {
        var (mg, mp, mc) = Micro(counts);
        return new EvalReport("ner", format)
        {
            Documents = documents,
            Sentences = sentences,
            Tokens = tokens,
            TokensPerSecond = elapsed.TotalSeconds > 0 ? tokens / elapsed.TotalSeconds : 0,
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
            Notes = [note],
        };
    }

    /// <summary>
    /// Counts one sentence: a gold entity is found when a predicted one has exactly its span and
    /// type; a partial or mistyped one counts against both precision and recall.
    /// </summary>
    public static void Tally(IEnumerable<NerSpan> gold, IReadOnlyCollection<NerSpan> predicted, Dictionary<string, (int Gold, int Predicted, int Correct)> counts)
    {
        foreach (var g in gold.Distinct())
        {
            var c = counts.GetValueOrDefault(g.Label);
            counts[g.Label] = (c.Gold + 1, c.Predicted, c.Correct + (predicted.Contains(g) ? 1 : 0));
        }
        foreach (var p in predicted)
        {
            var c = counts.GetValueOrDefault(p.Label);
            counts[p.Label] = (c.Gold, c.Predicted + 1, c.Correct);
        }
    }

    /// <summary>Gold, predicted and correct summed over PER, ORG and LOC.</summary>
    public static (int Gold, int Predicted, int Correct) Micro(Dictionary<string, (int Gold, int Predicted, int Correct)> counts)
    {
        int g = 0, p = 0, c = 0;
        foreach (var label in NerLabels.Counted)
        {
            var x = counts.GetValueOrDefault(label);
            (g, p, c) = (g + x.Gold, p + x.Predicted, c + x.Correct);
        }
        return (g, p, c);
    }

    /// <summary>The document's text: tokens joined by spaces, a paragraph per sentence; the offset of every token.</summary>
    private static (string Text, List<int[]> Offsets) Build(List<TaggedSentence> sentences)
    {
        var text = new StringBuilder();
        var offsets = new List<int[]>(sentences.Count);
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
        return (text.ToString(), offsets);
    }

    /// <summary>The pipeline's named mentions as spans over each sentence's gold tokens.</summary>
    private static List<HashSet<NerSpan>> Predicted(Document doc, List<int[]> offsets)
    {
        var result = offsets.Select(_ => new HashSet<NerSpan>()).ToList();
        // Sentence starts in the text, to find which sentence a mention is in.
        var sentenceStarts = offsets.Select(o => o.Length > 0 ? o[0] : int.MaxValue).ToArray();
        foreach (var m in doc.Mentions)
        {
            if (m.Nested || m.EntityId is null || LabelOf(m) is not { } found) continue;
            if (NamedPart(m, doc) is not { } named) continue;
            var (span, label) = named.Label.Length == 0 || m.Kind == EntityKind.Person ? (named.Span, found) : named;
            int s = Array.BinarySearch(sentenceStarts, span.Start);
            if (s < 0) s = ~s - 1;
            if (s < 0) continue;
            var starts = offsets[s];
            int first = TokenAt(starts, span.Start), last = TokenAt(starts, span.End - 1);
            if (first < 0 || last < first) continue;
            result[s].Add(new NerSpan(first, last + 1, label));
        }
        return result;
    }

    /// <summary>
    /// The part of a mention that NER gold marks as a name, with an empty label when it keeps
    /// the mention's own type: the mention when it ends in a capitalised word ("Security
    /// Council", "Vincent Barker" without his title), less lower-case words before the name
    /// ("northern Iraq", "the Netherlands"); for a descriptive actor phrase ("U.S. officials",
    /// "Iraqi soldiers") only its capitalised modifier, as a place or a nationality; nothing
    /// for "gunmen".
    /// </summary>
    public static (TextSpan Span, string Label)? NamedPart(Mention m, Document doc)
    {
        var span = NameSpan(m, doc.Text);
        int first = doc.TokenAtOrAfter(span.Start), last = doc.TokenCovering(span.End - 1);
        if (first < 0 || last < first) return null;
        if (IsNameWord(doc, last))
        {
            while (first < last && !IsNameWord(doc, first)) first++;
            return (TextSpan.FromBounds(doc.Tokens[first].Start, span.End), "");
        }
        int k = first;
        while (k < last && IsNameWord(doc, k)) k++;
        if (k == first) return null;
        var modifier = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[k - 1].End);
        return (modifier, NerCorpus.LooksLikeNationality(doc.TokenString(k - 1)) ? NerLabels.Group : NerLabels.Location);
    }

    /// <summary>A capitalised word, a number, or a name with a lower-case particle: "al-Qaida", "al-Maliki".</summary>
    private static bool IsNameWord(Document doc, int i)
    {
        if (doc.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        var w = doc.TokenText(i);
        if (char.IsUpper(w[0]) || char.IsDigit(w[0])) return true;
        int hyphen = w.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < w.Length && char.IsUpper(w[hyphen + 1]);
    }

    /// <summary>The name without its title: Sitrep's person "Gen. Vincent Barker" is the entity "Vincent Barker" in NER gold.</summary>
    public static TextSpan NameSpan(Mention m, string text)
    {
        if (m.Person?.TitleSpan is not { } title || title.Start != m.Span.Start || title.End >= m.Span.End) return m.Span;
        int start = title.End;
        while (start < m.Span.End && char.IsWhiteSpace(text[start])) start++;
        return start < m.Span.End ? TextSpan.FromBounds(start, m.Span.End) : m.Span;
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
            EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Place => NerLabels.Location,
            EntityKind.Group => NerLabels.Group,
            EntityKind.Facility => NerLabels.Facility,
            _ => NerLabels.Organisation,
        };
    }
}
