using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Chooses among overlapping mention candidates: the longer span wins, then the higher priority
/// (dictionary over patterns), then the earlier one. Nested mentions inside a chosen one stay
/// when marked nested. Ambiguous names are read by the document's country.
/// </summary>
public sealed class MentionResolver(EntityLexicon lexicon) : IAnnotator
{
    public string Name => "entities/resolve";

    public Layer Requires => Layer.MentionCandidates;

    public Layer Produces => Layer.Mentions;

    public void Annotate(Document document)
    {
        var known = document.MentionCandidates.Where(m => m.Referent is not null).Select(m => m.Span).ToHashSet();
        var ordered = document.MentionCandidates
            .Where(m => !m.Nested && !JoinsKnownNames(document, m, known))
            .OrderByDescending(m => m.Span.Length)
            .ThenByDescending(m => m.Priority)
            .ThenBy(m => m.Span.Start)
            .ToList();
        var chosen = new List<Mention>();
        // Which characters a chosen mention covers, and which mention starts where: linear in the text.
        var owner = new int[document.Text.Length];
        foreach (var m in ordered)
        {
            document.Budget.Check();
            if (Covered(owner, m.Span)) continue;
            chosen.Add(m);
            for (int k = m.Span.Start; k < m.Span.End; k++) owner[k] = chosen.Count;
        }
        var nestedSeen = new HashSet<TextSpan>();
        foreach (var nested in document.MentionCandidates.Where(m => m.Nested))
        {
            int o = nested.Span.Length > 0 ? owner[nested.Span.Start] : 0;
            if (o > 0 && chosen[o - 1].Span.Contains(nested.Span) && chosen[o - 1].Span != nested.Span && nestedSeen.Add(nested.Span))
                chosen.Add(nested);
        }

        var focus = DocumentFocus.Country(chosen.Where(m => m.Referent is not null));
        var named = DocumentFocus.Scores(chosen.Where(m => m.Referent is not null));
        var resolved = new List<Mention>(chosen.Count);
        foreach (var m in chosen)
        {
            if (m.Referent is not null || m.Candidates.Count == 0)
            {
                resolved.Add(m);
                continue;
            }
            // The reading for the country the document is about; else one for a country it names;
            // else one that needs no country; else, when the document is about no country, the first.
            var pick = m.Candidates.FirstOrDefault(c => c.Context is not null && string.Equals(c.Context, focus, StringComparison.OrdinalIgnoreCase))
                ?? m.Candidates.Where(c => c.Context is not null && named.GetValueOrDefault(c.Context) > 0).MaxBy(c => named[c.Context!])
                ?? m.Candidates.FirstOrDefault(c => c.Context is null)
                ?? (focus is null ? m.Candidates[0] : null);
            if (pick is null) continue;
            var referent = lexicon.Current(pick.Referent);
            resolved.Add(m with { Referent = referent, Kind = referent.Kind, Form = pick.Form, Note = m.Candidates.Count > 1 ? $"read as {referent.Name} in a document about {focus ?? "an unknown country"}" : m.Note });
        }
        resolved.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        document.SetMentions(resolved);
    }

    /// <summary>
    /// "India and Pakistan agreed to a cease-fire": a span the statistical tagger reads as one name
    /// that is only names the dictionaries know joined by "and" or commas is those names, each a party
    /// of its own ("Trinidad and Tobago", one country, is in the dictionary as a whole and wins anyway).
    /// </summary>
    private static bool JoinsKnownNames(Document doc, Mention m, HashSet<TextSpan> known)
    {
        if (m.Referent is not null || !m.DecidedBy.StartsWith("entities/ner", StringComparison.Ordinal)) return false;
        int first = doc.TokenAtOrAfter(m.Span.Start), end = first;
        while (end < doc.Tokens.Count && doc.Tokens[end].Start < m.Span.End) end++;
        int parts = 0, partStart = first;
        for (int k = first; k <= end; k++)
        {
            if (k < end && !Words.IsAny(doc, k, "and", ",")) continue;
            if (k == partStart || !known.Contains(TextSpan.FromBounds(doc.Tokens[partStart].Start, doc.Tokens[k - 1].End))) return false;
            parts++;
            partStart = k + 1;
        }
        return parts >= 2;
    }

    private static bool Covered(int[] owner, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
            if (owner[k] != 0) return true;
        return false;
    }
}
