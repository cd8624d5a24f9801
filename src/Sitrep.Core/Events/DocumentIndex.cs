using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Per-document lookups the event stages share, built once so that coding stays linear in the
/// document's length: mentions and quantities by position, the quote holding an offset, the
/// times of each sentence and paragraph.
/// </summary>
public sealed class DocumentIndex
{
    private readonly Dictionary<int, Mention> _mentionAt = [];
    private readonly Dictionary<int, Quantity> _quantityAt = [];
    private readonly Dictionary<int, Quantity> _quantityEndingAt = [];
    private readonly int[] _quantityOver;
    private readonly int[] _quoteOver;
    private readonly Dictionary<int, Quote> _quoteByCueStart = [];
    private readonly List<TimeExpression>[] _timesBySentence;

    public DocumentIndex(Document doc)
    {
        Document = doc;
        var linked = doc.Mentions.Where(m => !m.Nested && m.EntityId is not null).ToList();
        Mentions = new MentionLookup(doc, linked);
        foreach (var m in linked)
        {
            int t = doc.TokenAtOrAfter(m.Span.Start);
            if (!_mentionAt.TryGetValue(t, out var existing) || existing.Span.Length < m.Span.Length) _mentionAt[t] = m;
        }
        _quantityOver = new int[doc.Text.Length];
        for (int i = 0; i < doc.Quantities.Count; i++)
        {
            var q = doc.Quantities[i];
            _quantityAt[doc.TokenAtOrAfter(q.Span.Start)] = q;
            _quantityEndingAt[q.Span.End] = q;
            for (int k = q.Span.Start; k < q.Span.End; k++) _quantityOver[k] = i + 1;
        }
        // The innermost quote content over each character.
        _quoteOver = new int[doc.Text.Length];
        foreach (var (q, i) in doc.Quotes.Select((q, i) => (q, i)).OrderByDescending(x => x.q.Content.Length))
        {
            // "X condemned the bombing": the bombing is reported, not X's claim.
            if (!q.Asserts) continue;
            for (int k = q.Content.Start; k < q.Content.End; k++) _quoteOver[k] = i + 1;
            if (q.CueSpan is { } cue) _quoteByCueStart[cue.Start] = q;
        }
        SpeechTimes = doc.Quotes.Where(q => q.TimeId is not null).Select(q => q.TimeId!).ToHashSet(StringComparer.Ordinal);
        _timesBySentence = new List<TimeExpression>[doc.Sentences.Count];
        for (int s = 0; s < _timesBySentence.Length; s++) _timesBySentence[s] = [];
        foreach (var t in doc.Times)
        {
            if (doc.Sentences.Count == 0) break;
            _timesBySentence[doc.SentenceAt(t.Span.Start)].Add(t);
        }
        Entities = doc.Entities.ToDictionary(e => e.Id);
        Covered = new bool[doc.Tokens.Count];
        foreach (var m in doc.Mentions)
        {
            if (m.Form == MentionForm.Pronoun || m.Nested) continue;
            for (int t = doc.TokenAtOrAfter(m.Span.Start); t < doc.Tokens.Count && doc.Tokens[t].Start < m.Span.End; t++) Covered[t] = true;
        }
    }

    public Document Document { get; }

    public IReadOnlyDictionary<string, Entity> Entities { get; }

    /// <summary>Linked, non-nested mentions by position.</summary>
    public MentionLookup Mentions { get; }

    /// <summary>Tokens inside a name (not a pronoun): no trigger starts there.</summary>
    public bool[] Covered { get; }

    /// <summary>Ids of the times that date a statement ("said on Sunday"), not an event.</summary>
    public IReadOnlySet<string> SpeechTimes { get; }

    public Mention? MentionAt(int token) => _mentionAt.GetValueOrDefault(token);

    public Quantity? QuantityAt(int token) => _quantityAt.GetValueOrDefault(token);

    public Quantity? QuantityEndingAt(int offset) => _quantityEndingAt.GetValueOrDefault(offset);

    public Quantity? QuantityCovering(TextSpan span)
    {
        if (span.Length == 0 || span.Start >= _quantityOver.Length) return null;
        int i = _quantityOver[span.Start];
        return i > 0 && Document.Quantities[i - 1].Span.Contains(span) ? Document.Quantities[i - 1] : null;
    }

    /// <summary>Mentions of actors inside a span ("Somali soldiers" in "at least 10 Somali soldiers").</summary>
    public IEnumerable<Mention> MentionsWithin(TextSpan span)
    {
        for (int t = Document.TokenAtOrAfter(span.Start); t < Document.Tokens.Count && Document.Tokens[t].Start < span.End; t++)
            foreach (var m in Mentions.StartingAt(Document.Tokens[t].Start))
                if (span.Contains(m.Span)) yield return m;
    }

    public Entity? Entity(string? id) => id is not null && Entities.TryGetValue(id, out var e) ? e : null;

    public Quote? QuoteHolding(int offset) =>
        offset >= 0 && offset < _quoteOver.Length && _quoteOver[offset] > 0 ? Document.Quotes[_quoteOver[offset] - 1] : null;

    /// <summary>The statement whose speech verb is this token ("denied" in "X denied that ...").</summary>
    public Quote? QuoteWithCueAt(int offset) => _quoteByCueStart.GetValueOrDefault(offset);

    public IReadOnlyList<TimeExpression> TimesInSentence(int sentence) => _timesBySentence[sentence];

    public EntityKind? KindOf(Mention m) => Entity(m.EntityId)?.Kind ?? m.Kind;
}
