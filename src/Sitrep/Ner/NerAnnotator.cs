using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Ner;

/// <summary>
/// The entity tagger as a pipeline stage: it tags each sentence and proposes the persons,
/// organisations, places and groups that the dictionaries and rules missed. Where they overlap,
/// dictionary actors and rule-found persons win; a longer name the model found around a
/// dictionary place ("New York Yankees", "University of Washington") wins, keeping the place
/// inside as a nested mention; a pattern's unlinked guess gives way to the model.
/// </summary>
public sealed class NerAnnotator(NerModel model, EntityLexicon lexicon, float minimumMargin = NerAnnotator.DefaultMinimumMargin) : IAnnotator
{
    public const int ModelPriority = 3;

    /// <summary>
    /// Least mean margin per token (see <see cref="NerModel.Decode(ReadOnlySpan{int}, int, Span{int}, Span{float})"/>)
    /// for a name to be proposed. Tuned on WikiANN dev for the committed model (F1 unchanged,
    /// precision 0.678 → 0.694); margins scale with training, so retune after retraining.
    /// </summary>
    public const float DefaultMinimumMargin = 45;

    public string Name => "entities/ner";

    public Layer Requires => Layer.Tokens | Layer.MentionCandidates;

    public Layer Produces => Layer.MentionCandidates;

    public void Annotate(Document document)
    {
        var known = new MentionLookup(document, document.MentionCandidates.Where(m => !m.Nested));
        var found = new List<Mention>();
        var withdrawn = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        var tags = new int[64];
        var margins = new float[64];
        var features = new int[64 * NerFeatures.PerToken];
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.EndToken - sentence.FirstToken;
            if (n == 0) continue;
            var starts = new int[n];
            var lengths = new int[n];
            for (int i = 0; i < n; i++)
            {
                var t = document.Tokens[sentence.FirstToken + i];
                (starts[i], lengths[i]) = (t.Start, t.Length);
            }
            if (tags.Length < n)
            {
                tags = new int[n * 2];
                margins = new float[n * 2];
                features = new int[n * 2 * NerFeatures.PerToken];
            }
            var view = new TokenView(document.Text, starts, lengths);
            model.Features.Extract(view, features);
            model.Decode(features, n, tags, margins);
            foreach (var span in Spans(tags.AsSpan(0, n)))
            {
                // The model is unsure: its own features barely prefer a name here.
                float margin = 0;
                for (int i = span.Start; i < span.End; i++) margin += margins[i];
                if (margin / (span.End - span.Start) < minimumMargin) continue;
                var text = TextSpan.FromBounds(starts[span.Start], starts[span.End - 1] + lengths[span.End - 1]);
                if (Mention(document, text, span.Label, view, span) is not { } m) continue;
                var overlapping = known.Between(Math.Max(0, text.Start - MaxMentionLength), text.End).Where(k => k.Span.Overlaps(text)).ToList();
                // Dictionary actors win; so does a rule's person when the model reads the same words as a person too.
                if (overlapping.Any(k => k.Referent is { } r && (!r.Kind.IsPlace() || !text.Contains(k.Span) || k.Span == text))) continue;
                if (overlapping.Any(k => k.Referent is null && k.Kind == EntityKind.Person && m.Kind == EntityKind.Person)) continue;
                // A rule's unlinked mention of the same words ("in Hamam al-Alil", a town) rests on more than the model's guess,
                // and so does one around them: "State" inside "Secretary of State Hillary Clinton" is part of a title.
                if (overlapping.Any(k => k.Referent is null && k.Span.Contains(text))) continue;
                found.Add(m);
                found.AddRange(overlapping.Where(k => k.Referent is not null).Select(k => k with { Nested = true }));
                foreach (var k in overlapping.Where(k => k.Referent is null)) withdrawn.Add(k);
            }
        }
        if (withdrawn.Count > 0) document.RemoveMentionCandidates(withdrawn);
        document.AddMentionCandidates(found);
    }

    private bool IsDescription(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > 64) return false;
        word.ToLowerInvariant(lower);
        return lexicon.Descriptors.Find("the", lower.ToString()) is not null;
    }

    /// <summary>The word occurs in lower case in the news the word classes were learnt from.</summary>
    private bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (model.Clusters is not { } clusters || word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return clusters.Contains(lower);
    }

    private IEnumerable<NerSpan> Spans(ReadOnlySpan<int> ids)
    {
        var tags = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++) tags[i] = model.Tags[ids[i]];
        return NerSpans.FromTags(tags);
    }

    /// <summary>Lower-case words a name may hold: "University of Washington", "Abu Bakr al-Baghdadi".</summary>
    private static bool IsConnector(ReadOnlySpan<char> w) =>
        w is "of" or "the" or "and" or "for" or "de" or "du" or "la" or "le" or "al" or "bin" or "ibn" or "van" or "von" or "der" or "&" or "-" or "'s" or "’s" or "on" or "upon" or "in"
        || w.StartsWith("al-") || w.StartsWith("el-");

    private Mention? Mention(Document doc, TextSpan span, string label, TokenView tokens, NerSpan tokenSpan)
    {
        // A name starts with a capital or a digit and holds no other lower-case words than connectors.
        if (!char.IsUpper(doc.Text[span.Start]) && !char.IsDigit(doc.Text[span.Start])) return null;
        for (int i = tokenSpan.Start; i < tokenSpan.End; i++)
            if (tokens[i] is { Length: > 0 } w && char.IsLower(w[0]) && !IsConnector(w)) return null;
        // A common word capitalised because it opens the sentence ("Rockets hit ...") is no name.
        if (tokenSpan.Start == 0 && tokenSpan.End == 1 && IsCommonWord(tokens[0])) return null;
        // "Coalition spokesperson ...": a capitalised description of an entity named elsewhere ("the coalition"), not a new one.
        if (tokenSpan.End - tokenSpan.Start == 1 && IsDescription(tokens[tokenSpan.Start])) return null;
        switch (label)
        {
            case NerLabels.Person:
                var words = Enumerable.Range(tokenSpan.Start, tokenSpan.End - tokenSpan.Start).Select(i => tokens[i].ToString())
                    .Where(w => !(w.Length == 2 && w[1] == '.')).ToList();
                if (words.Count == 0) return null;
                return new Mention(span, EntityKind.Person, MentionForm.Name, "entities/ner:PER")
                {
                    Priority = ModelPriority,
                    Person = new PersonName(doc.TextOf(span)) { Given = words.Count > 1 ? words[0] : null, Family = words[^1] },
                };
            case NerLabels.Organisation:
                return new Mention(span, EntityKind.Organisation, MentionForm.Name, "entities/ner:ORG") { Priority = ModelPriority };
            case NerLabels.Location:
                return new Mention(span, EntityKind.Place, MentionForm.Name, "entities/ner:LOC") { Priority = ModelPriority };
            case NerLabels.Group:
                return new Mention(span, EntityKind.Group, MentionForm.Name, "entities/ner:NORP") { Priority = ModelPriority };
            default:
                return null;
        }
    }

    /// <summary>No dictionary or rule mention is longer than this many characters.</summary>
    private const int MaxMentionLength = 200;
}
