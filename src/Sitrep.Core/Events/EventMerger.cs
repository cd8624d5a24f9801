using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Merges the events of one document that describe the same happening ("He supervised the
/// withdrawal ... from the base", "The withdrawal of 300 troops from the base", "the Iraqi
/// forces took back K1") into one event with all its evidence. Two events merge when nothing
/// conflicts (type, actors, place, date, figures, status) and something links them: the same
/// sentence, the same place, the same actor and target, or a definite "the withdrawal" that
/// refers back.
/// </summary>
public sealed class EventMerger : IAnnotator
{
    public string Name => "events/merge";

    public Layer Requires => Layer.Events;

    public Layer Produces => Layer.Events;

    public void Annotate(Document document)
    {
        var entities = document.Entities.ToDictionary(e => e.Id);
        var quantities = document.Quantities.ToDictionary(q => q.Id);
        var merged = new List<Event>();
        foreach (var e in document.Events)
        {
            document.Budget.Check();
            int target = merged.FindIndex(m => SameHappening(document, m, e, entities, quantities));
            if (target < 0) merged.Add(e);
            else merged[target] = Merge(merged[target], e, entities);
        }
        // A weak event that merged into nothing is dropped; merged into a strong one, it is strong.
        merged.RemoveAll(e => e.Weak);
        merged.Sort((a, b) => a.Evidence[0].Start != b.Evidence[0].Start ? a.Evidence[0].Start.CompareTo(b.Evidence[0].Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        for (int i = 0; i < merged.Count; i++) merged[i] = merged[i] with { Id = $"v{i + 1}" };
        document.SetEvents(merged);
    }

    private static bool SameHappening(Document doc, Event a, Event b, Dictionary<string, Entity> entities, Dictionary<string, Quantity> quantities)
    {
        // "Suicide bomb hits Shiite mosque": the weapon and the verb it is the subject of, side by side, tell one
        // attack however their rows name its manner (the first, the weapon's, is kept).
        // (A strike and the protest it is, told in one sentence, are one too: "a strike by public employees protesting against a pay offer".)
        if (a.Type != b.Type || a.Mode is not null && b.Mode is not null && a.Mode != b.Mode && !Adjacent(doc, a.Trigger, b.Trigger)
            && !(a.Type == "PROTEST" && (a.Mode == "strike" || b.Mode == "strike") && a.Evidence.Any(x => b.Evidence.Contains(x)))) return false;
        bool anaphoric = b.Anaphoric || b.Weak && !a.Weak;
        // "The withdrawal had been planned" joins the withdrawal whatever its status; the dead counted
        // "in the raid" a ministry denies are a report of their own ("two civilians were killed in the raid").
        if (!StatusCompatible(a.Status, b.Status) && !(anaphoric && NamedByDeterminer(doc, b))) return false;
        if (!ActorCompatible(a.ActorId, b.ActorId, entities)) return false;
        if (!ActorCompatible(a.TargetId, b.TargetId, entities) || !ActorCompatible(a.RecipientId, b.RecipientId, entities)) return false;
        if (!PlaceCompatible(a.PlaceId, b.PlaceId, entities)) return false;
        if (!DateCompatible(a.Date, b.Date) || OneIsHistory(doc, a.Date, b.Date)) return false;
        if (FiguresConflict(a, b, quantities)) return false;

        bool sameSentence = a.Evidence.Any(x => b.Evidence.Any(y => x == y));
        // A weak event told in another sentence ("Saturday's chemical attack in Douma") joins no event that has no place of its own:
        // it would lend its place and toll to another deed ("Bashar's massacres against the Syrian people", "Trump clashing with Russia").
        if (!sameSentence && b.Weak && !b.Anaphoric && b.PlaceId is not null && a.PlaceId is null) return false;
        bool samePlace = a.PlaceId is not null && a.PlaceId == b.PlaceId;
        bool sameParties = a.ActorId is not null && a.ActorId == b.ActorId
                           && (a.TargetId is not null && a.TargetId == b.TargetId || a.RecipientId is not null && a.RecipientId == b.RecipientId);
        // Two statements of the same intent by the same actor, neither with a place or a figure.
        bool sameIntent = a.ActorId is not null && a.ActorId == b.ActorId && a.Status == b.Status && a.Status == EventStatus.Planned
                          && a.PlaceId is null && b.PlaceId is null && a.Quantities.Count == 0 && b.Quantities.Count == 0
                          && (a.TargetId is null || b.TargetId is null) && (a.RecipientId is null || b.RecipientId is null);
        return sameSentence || samePlace || sameParties || anaphoric || sameIntent;
    }

    /// <summary>
    /// The second trigger is the word right after the first ("bomb hits", "Blast kills"), or only its own count
    /// stands between them ("carried out more than two dozen air strikes").
    /// </summary>
    private static bool Adjacent(Document doc, TextSpan first, TextSpan second)
    {
        int last = doc.TokenCovering(first.End - 1);
        if (last < 0 || last + 1 >= doc.Tokens.Count) return false;
        int next = doc.Tokens[last + 1].Start;
        return next == second.Start || doc.Quantities.Any(q => q.Span.Start == next && q.Span.Contains(second));
    }

    /// <summary>The event's word is a noun after "the", "this" or "that": "the withdrawal", "this attack".</summary>
    private static bool NamedByDeterminer(Document doc, Event e)
    {
        int t = doc.TokenAtOrAfter(e.Trigger.Start);
        return t > 0 && doc.TokenText(t - 1) is "the" or "The" or "this" or "This" or "that" or "That";
    }

    private static bool StatusCompatible(EventStatus a, EventStatus b) =>
        a == b || a is EventStatus.Reported or EventStatus.Claimed && b is EventStatus.Reported or EventStatus.Claimed;

    public static bool ActorCompatible(string? a, string? b, Dictionary<string, Entity> entities)
    {
        if (a is null || b is null || a == b) return true;
        if (!entities.TryGetValue(a, out var ea) || !entities.TryGetValue(b, out var eb)) return false;
        return Related(ea, eb) || Related(eb, ea);
    }

    /// <summary>Part of, or led by: the Iraqi Army and the Iraqi Security Forces; the US-led coalition and US troops.</summary>
    private static bool Related(Entity x, Entity y)
    {
        if (x.PartOfId == y.Id) return true;
        if (x.Referent?.ParentId is { } parent && parent == y.Referent?.Id) return true;
        if (x.Referent?.Backer is { } backer && string.Equals(backer, y.Country, StringComparison.OrdinalIgnoreCase) && y.Kind.IsArmed()) return true;
        return false;
    }

    private static bool PlaceCompatible(string? a, string? b, Dictionary<string, Entity> entities)
    {
        if (a is null || b is null || a == b) return true;
        if (!entities.TryGetValue(a, out var ea) || !entities.TryGetValue(b, out var eb)) return false;
        return PlaceRelations.Contains(ea, eb) || PlaceRelations.Contains(eb, ea);
    }

    private static bool DateCompatible(EventDate? a, EventDate? b)
    {
        if (a is null || b is null || a.Basis == "document" || b.Basis == "document") return true;
        var aStart = a.Start ?? DateOnly.MinValue;
        var aEnd = a.End ?? DateOnly.MaxValue;
        var bStart = b.Start ?? DateOnly.MinValue;
        var bEnd = b.End ?? DateOnly.MaxValue;
        return aStart <= bEnd && bStart <= aEnd;
    }

    /// <summary>
    /// One event is dated by its own words to a period that ended over a year before the report ("the massacre of the 1990s
    /// was Srebrenica"), the other only by the report's date: the news and a deed from history, not one happening told twice.
    /// </summary>
    private static bool OneIsHistory(Document doc, EventDate? a, EventDate? b)
    {
        if (a is null || b is null || doc.Source.Published is not { } published) return false;
        bool History(EventDate own, EventDate other) => own.Basis == "own" && other.Basis == "document" && own.End is { } end && end < published.AddYears(-1);
        return History(a, b) || History(b, a);
    }

    /// <summary>"300 troops" against "500 troops" of the same role: two figures, so two events (or a contradiction across documents).</summary>
    private static bool FiguresConflict(Event a, Event b, Dictionary<string, Quantity> quantities)
    {
        foreach (var qa in a.Quantities)
        foreach (var qb in b.Quantities)
        {
            if (qa.Role != qb.Role || qa.QuantityId == qb.QuantityId) continue;
            var x = quantities[qa.QuantityId];
            var y = quantities[qb.QuantityId];
            if (x.Unit == y.Unit && x.Kind == y.Kind && Math.Abs(x.Value - y.Value) > 0.0001) return true;
        }
        return false;
    }

    /// <summary>The first event's reasons, the roles only the second gave, and a line for the merge.</summary>
    private static List<string> MergedExplanation(Event a, Event b, bool targetRefused)
    {
        static string Role(string line) => line.Split(':')[0];
        string[] roles = targetRefused ? ["actor", "recipient", "place"] : ["actor", "target", "recipient", "place"];
        var result = a.Explanation.ToList();
        foreach (var line in b.Explanation.Where(l => roles.Contains(Role(l)) && !a.Explanation.Any(x => Role(x) == Role(l))))
            result.Insert(Math.Min(result.Count, 1), line + $" (from {b.Id})");
        var trigger = b.Explanation.FirstOrDefault()?.Split(" in data/")[0];
        result.Add($"merged with {b.Id}, the same happening told again{(trigger is null ? "" : $": {trigger}")}");
        return result;
    }

    private static Event Merge(Event a, Event b, Dictionary<string, Entity> entities)
    {
        // No one is on both sides: a party one telling has as target is not an actor the other lends
        // ("Suicide bombers hit Shiites as Iraq unrest kills 41" read "Shiites" as who kills).
        // Nor is a party one telling has as actor a target the other lends ("The Taliban stormed a police headquarters
        // after striking it": "it" read as the Taliban must not make them their own target and leave no actor).
        var target = a.TargetId ?? (b.TargetId is { } lent && lent != a.ActorId && !a.AssociatedActorIds.Contains(lent) ? lent : null);
        var place = MorePrecise(a.PlaceId, b.PlaceId, entities);
        var actors = new[] { a.ActorId, b.ActorId }.Concat(a.AssociatedActorIds).Concat(b.AssociatedActorIds).Where(x => x is not null && x != target && x != place).Distinct().ToList();
        // A report beats a claim of the same thing; a "the withdrawal" that refers back keeps the first's status.
        bool sameSentence = a.Evidence.Any(x => b.Evidence.Any(x.Overlaps));
        var status = a.Status == EventStatus.Reported || b.Status == EventStatus.Reported && !b.Anaphoric ? EventStatus.Reported : a.Status;
        return a with
        {
            Mode = a.Mode ?? b.Mode,
            Cameo = a.Cameo ?? b.Cameo,
            AcledEventType = a.AcledEventType ?? b.AcledEventType,
            AcledSubEventType = a.AcledSubEventType ?? b.AcledSubEventType,
            ActorId = actors.FirstOrDefault(),
            AssociatedActorIds = actors.Skip(1).Select(x => x!).ToList(),
            TargetId = target,
            // A party in words comes from the other telling of the same sentence ("Iraq attacks kill 12
            // security personnel"), and only while no named party fills the role; words from another
            // sentence are too often not the party (Guardian dev articles: "Sunday evening", "a salvo").
            ActorWords = actors.Count > 0 ? null : a.ActorWords ?? (sameSentence ? b.ActorWords : null),
            ActorWordsCode = actors.Count > 0 ? null : a.ActorWords is not null ? a.ActorWordsCode : sameSentence ? b.ActorWordsCode : null,
            TargetWords = target is not null ? null : a.TargetWords ?? (sameSentence ? b.TargetWords : null),
            TargetWordsCode = target is not null ? null : a.TargetWords is not null ? a.TargetWordsCode : sameSentence ? b.TargetWordsCode : null,
            RecipientId = a.RecipientId ?? b.RecipientId,
            PlaceId = place,
            // (Where either telling says it was done there, it was.)
            PlaceOfDeed = place is not null && (a.PlaceId != place || a.PlaceOfDeed) && (b.PlaceId != place || b.PlaceOfDeed),
            Date = BetterDate(a.Date, b.Date),
            Quantities = a.Quantities.Concat(b.Quantities).DistinctBy(q => q.QuantityId).ToList(),
            Status = status,
            // Said outside any quote too: the narrator's, not someone's claim.
            ClaimedById = status == EventStatus.Reported || a.QuoteId is null || b.QuoteId is null && !b.Anaphoric ? null : a.ClaimedById ?? b.ClaimedById,
            ClaimedByWords = status == EventStatus.Reported || a.QuoteId is null || b.QuoteId is null && !b.Anaphoric || (a.ClaimedById ?? b.ClaimedById) is not null ? null : a.ClaimedByWords ?? b.ClaimedByWords,
            QuoteId = a.QuoteId is null || b.QuoteId is null && !b.Anaphoric ? null : a.QuoteId,
            Evidence = a.Evidence.Concat(b.Evidence).Distinct().OrderBy(s => s.Start).ToList(),
            DecidedBy = string.Join("; ", a.DecidedBy.Split("; ").Concat(b.DecidedBy.Split("; ")).Distinct()),
            Explanation = MergedExplanation(a, b, a.TargetId is null && b.TargetId is not null && target is null),
            Gloss = a.Gloss ?? b.Gloss,
            Base = a.Base ?? b.Base,
            Theme = a.Theme ?? b.Theme,
            Mutual = a.Mutual || b.Mutual,
            Anaphoric = false,
            Weak = a.Weak && b.Weak,
        };
    }

    private static string? MorePrecise(string? a, string? b, Dictionary<string, Entity> entities)
    {
        if (a is null) return b;
        if (b is null) return a;
        return entities.TryGetValue(a, out var ea) && entities.TryGetValue(b, out var eb) && PlaceRelations.Rank(eb) > PlaceRelations.Rank(ea) ? b : a;
    }

    /// <summary>The event's own date beats one from context, which beats the publication date; among equals, the narrower range.</summary>
    private static EventDate? BetterDate(EventDate? a, EventDate? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        int Strength(EventDate d) => d.Basis switch { "own" => 2, "anchored" when d.Value is not null => 2, "context" => 1, _ => 0 };
        long Width(EventDate d) => (d.End ?? DateOnly.MaxValue).DayNumber - (long)(d.Start ?? DateOnly.MinValue).DayNumber;
        if (Width(a) != Width(b) && Strength(a) > 0 && Strength(b) > 0) return Width(a) <= Width(b) ? a : b;
        return Strength(a) >= Strength(b) ? a : b;
    }
}
