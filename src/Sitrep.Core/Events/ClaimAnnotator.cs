using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Records claims and denials. A statement (quote or reported speech) that asserts events no one
/// else reports is a claim by its speaker; a denial ("the Peshmerga have rejected the claim of
/// ... collaboration") is a claim of status "denied" linked to the claim it denies: the one
/// whose words it shares and that names the denier. Nothing is resolved: both sides stay.
/// </summary>
public sealed class ClaimAnnotator : IAnnotator
{
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from", "that", "this", "is", "are", "was", "were", "be",
        "have", "has", "had", "any", "all", "our", "we", "they", "their", "it", "its", "sort", "claim", "claims", "report", "reports", "having", "no",
    };

    public string Name => "claims";

    public Layer Requires => Layer.Events | Layer.Quotes;

    public Layer Produces => Layer.Claims | Layer.Events;

    public void Annotate(Document document)
    {
        var claims = new List<Claim>();
        var events = document.Events.ToList();
        var index = new DocumentIndex(document);
        var byQuote = events.Where(e => e.Status != EventStatus.Reported)
            .Select(e => (e, q: index.QuoteHolding(e.Trigger.Start)))
            .Where(x => x.q is not null)
            .GroupBy(x => x.q!.Id)
            .ToDictionary(g => g.Key, g => g.Select(x => x.e.Id).ToList());
        var quotes = document.Quotes.ToDictionary(q => q.Id);
        var evidence = new Dictionary<string, (HashSet<string> Words, HashSet<string?> Named)>();

        var claimantWords = events.Where(e => e.ClaimedByWords is not null).ToDictionary(e => e.Id, e => e.ClaimedByWords);
        foreach (var quote in document.Quotes)
        {
            if (quote.CueKind == "deny") continue;
            var asserted = byQuote.GetValueOrDefault(quote.Id) ?? [];
            // A speaker named only in words claims what the event coder read as claimed by those words ("activists said").
            var byWords = quote.SpeakerId is null ? asserted.Select(id => claimantWords.GetValueOrDefault(id)).FirstOrDefault(w => w is not null) : null;
            if (asserted.Count == 0 || quote.SpeakerId is null && byWords is null) continue;
            claims.Add(new Claim($"c{claims.Count + 1}", quote.Span, EventStatus.Claimed)
            {
                ById = quote.SpeakerId,
                ByWords = byWords,
                QuoteId = quote.Id,
                EventIds = asserted,
                Cue = quote.Cue,
                CueSpan = quote.CueSpan,
            });
        }

        foreach (var claim in claims)
        {
            var content = quotes[claim.QuoteId!].Content;
            evidence[claim.Id] = (ContentWords(document.TextOf(content)), index.MentionsWithin(content).Select(m => m.EntityId).ToHashSet());
        }
        var eventById = events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var denial in Denials(document, events).ToList())
        {
            var denied = BestDenied(document, denial, claims, evidence);
            string id = $"c{claims.Count + 1}";
            var rejectEvents = events.Where(e => e.Type == "REJECT" && denial.Span.Contains(e.Trigger)).Select(e => e.Id).ToList();
            // PLOVER: a denial is a REJECT event linked to what it denies — here, the events told
            // inside the denied words ("denied that US forces had struck the convoy").
            var deniedHere = events.Where(e => e.Type != "REJECT" && e.Status == EventStatus.Denied && denial.Content.Contains(e.Trigger)).Select(e => e.Id).ToList();
            foreach (var e in deniedHere) events[eventById[e]] = events[eventById[e]] with { DeniedByClaimId = id };
            foreach (var e in rejectEvents)
                events[eventById[e]] = events[eventById[e]] with { ClaimId = id, DeniesEventIds = [.. events[eventById[e]].DeniesEventIds, .. deniedHere] };
            claims.Add(new Claim(id, denial.Span, EventStatus.Denied)
            {
                ById = denial.SpeakerId,
                QuoteId = denial.QuoteId,
                DeniesId = denied?.Id,
                EventIds = rejectEvents.Concat(deniedHere).ToList(),
                Cue = denial.Cue,
                CueSpan = denial.CueSpan,
            });
            if (denied is null) continue;
            int k = claims.FindIndex(c => c.Id == denied.Id);
            claims[k] = claims[k] with { DeniedById = id };
            // The denial disputes the claimed events that involve the denier, or all of them if none does.
            var involved = denied.EventIds.Where(e => denial.SpeakerId is not null && events[eventById[e]] is var ev
                && (ev.ActorId == denial.SpeakerId || ev.TargetId == denial.SpeakerId || ev.RecipientId == denial.SpeakerId)).ToList();
            if (involved.Count == 0) involved = denied.EventIds.ToList();
            foreach (var e in involved) events[eventById[e]] = events[eventById[e]] with { DeniedByClaimId = id };
        }
        foreach (var claim in claims.Where(c => c.Status == EventStatus.Claimed))
            foreach (var e in claim.EventIds)
                if (events[eventById[e]].ClaimId is null) events[eventById[e]] = events[eventById[e]] with { ClaimId = claim.Id };
        document.SetClaims(claims);
        document.SetEvents(events);
    }

    private sealed record Denial(TextSpan Span, TextSpan Content, string? SpeakerId, string? QuoteId, string? Cue, TextSpan? CueSpan);

    /// <summary>Statements with a denial cue, and REJECT events whose object is a claim, report or allegation.</summary>
    private static IEnumerable<Denial> Denials(Document doc, List<Event> events)
    {
        var seen = new HashSet<TextSpan>();
        foreach (var q in doc.Quotes.Where(q => q.CueKind == "deny"))
        {
            var sentence = doc.Sentences[doc.SentenceAt(q.Content.Start)].Span;
            if (seen.Add(sentence)) yield return new Denial(sentence, q.Content, q.SpeakerId, q.Id, q.Cue, q.CueSpan);
        }
        foreach (var e in events.Where(e => e.Type == "REJECT" && e.ActorId is not null))
        {
            var sentence = doc.Sentences[doc.SentenceAt(e.Trigger.Start)].Span;
            if (!seen.Add(sentence)) continue;
            var content = TextSpan.FromBounds(e.Trigger.End, sentence.End);
            yield return new Denial(sentence, content, e.ActorId, null, doc.TextOf(e.Trigger), e.Trigger);
        }
    }

    /// <summary>
    /// The earlier claim a denial answers, among the last few: shared content words count one
    /// each, the denier named in the claim two; at least two points are needed, else the denial
    /// stands alone.
    /// </summary>
    private static Claim? BestDenied(Document doc, Denial denial, List<Claim> claims, Dictionary<string, (HashSet<string> Words, HashSet<string?> Named)> evidence)
    {
        const int Reach = 30;
        var words = ContentWords(doc.TextOf(denial.Content));
        Claim? best = null;
        int bestScore = 1;
        foreach (var claim in claims.Where(c => c.Status == EventStatus.Claimed && c.Span.End <= denial.Span.Start).TakeLast(Reach))
        {
            var (claimWords, named) = evidence[claim.Id];
            int score = claimWords.Count(words.Contains);
            if (denial.SpeakerId is not null && named.Contains(denial.SpeakerId)) score += 2;
            if (claim.ById is not null && claim.ById == denial.SpeakerId) score -= 3;
            if (score > bestScore) (best, bestScore) = (claim, score);
        }
        return best;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in text.Split([' ', ',', '.', '“', '”', '"', ';', ':', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length < 4 || Stop.Contains(w)) continue;
            set.Add(w.TrimEnd('s'));
        }
        return set;
    }
}
