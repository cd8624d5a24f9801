using Sitrep.Entities;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Per-document lookups the event stages share: which mention or quantity starts at a token, which quote holds an offset.</summary>
public sealed class DocumentIndex
{
    private readonly Dictionary<int, Mention> _mentionAt = [];
    private readonly Dictionary<int, Quantity> _quantityAt = [];

    public DocumentIndex(Document doc)
    {
        Document = doc;
        foreach (var m in doc.Mentions)
        {
            if (m.Nested || m.EntityId is null) continue;
            int t = doc.TokenAtOrAfter(m.Span.Start);
            if (!_mentionAt.TryGetValue(t, out var existing) || existing.Span.Length < m.Span.Length) _mentionAt[t] = m;
        }
        foreach (var q in doc.Quantities) _quantityAt[doc.TokenAtOrAfter(q.Span.Start)] = q;
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

    /// <summary>Tokens inside a name (not a pronoun): no trigger starts there.</summary>
    public bool[] Covered { get; }

    public Mention? MentionAt(int token) => _mentionAt.GetValueOrDefault(token);

    public Quantity? QuantityAt(int token) => _quantityAt.GetValueOrDefault(token);

    public Quantity? QuantityCovering(TextSpan span) => Document.Quantities.FirstOrDefault(q => q.Span.Contains(span));

    public Entity? Entity(string? id) => id is not null && Entities.TryGetValue(id, out var e) ? e : null;

    public Quote? QuoteHolding(int offset) =>
        Document.Quotes.Where(q => q.Content.Contains(offset)).OrderBy(q => q.Content.Length).FirstOrDefault();

    public EntityKind? KindOf(Mention m) => Entity(m.EntityId)?.Kind ?? m.Kind;
}
