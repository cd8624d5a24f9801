using Sitrep.Documents;
using System.Globalization;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Output;

/// <summary>
/// One line that says what an event is, in the words of its trigger's row: "US-led coalition
/// withdrew from K1 Air Base, handing it to Iraqi Army (300 troops)"; "US-led coalition to
/// withdraw from Iraq (2,500 troops)" when planned.
/// </summary>
public static class EventDescriber
{
    private static readonly string[] PlacePrepositions = [" from", " of", " in", " at", " into"];
    private static readonly string[] PlaceVerbs = ["handed over", "hand over", "took back", "take back", "took over", "take over", "vacated", "vacate", "visited", "visit", "occupied", "occupy", "captured", "capture", "took", "take", "evacuated", "evacuate", "reinforced", "reinforce"];

    public static string Describe(Document doc, Event e)
    {
        var entities = doc.Entities.ToDictionary(x => x.Id);
        string Name(string? id) => id is not null && entities.TryGetValue(id, out var x) ? x.Name : "";

        string phrase = e.Status switch
        {
            EventStatus.Planned => "to " + (e.Base ?? e.Type.ToLowerInvariant()),
            EventStatus.Hypothetical => "may " + (e.Base ?? e.Type.ToLowerInvariant()),
            EventStatus.Negated => "did not " + (e.Base ?? e.Type.ToLowerInvariant()),
            _ => e.Gloss ?? PastOf(e.Type),
        };
        string subject = e.ActorId is not null ? Name(e.ActorId) : e.ActorWords is { } words ? $"{Capitalised(doc.TextOf(words))} (not named)" : "Someone (not named)";
        // Those who acted with it ("Iraqi Security Forces and Peshmerga clashed with Islamic State"),
        // not those it leads or is part of (the US-led coalition and US forces are one party here).
        var with = e.AssociatedActorIds.Where(id => !Sitrep.Events.EventMerger.ActorCompatible(e.ActorId, id, entities)).Select(Name).Where(n => n.Length > 0).ToList();
        if (e.ActorId is not null && with.Count > 0)
            subject = with.Count == 1 ? $"{subject} and {with[0]}" : $"{subject}, {string.Join(", ", with.SkipLast(1))} and {with[^1]}";
        if (e.Mutual && e.TargetId is not null)
        {
            var bare = phrase.EndsWith(" with", StringComparison.Ordinal) && e.Type != "REJECT" ? phrase : Strip(phrase);
            // A joint deed refused or failed together ("failed to reach agreement") is no deed done to each other.
            var together = e.Type == "REJECT" ? "" : " each other";
            return Figures(doc, e, $"{subject} and {Name(e.TargetId)} {bare}{together}" + Where(e, entities, false));
        }

        bool takesPlace = PlacePrepositions.Any(phrase.EndsWith) || PlaceVerbs.Contains(phrase) || PlaceVerbs.Any(v => phrase.EndsWith(" " + v));
        string? obj = null;
        bool placeUsed = false;
        if (takesPlace && e.PlaceId is not null)
        {
            obj = Name(e.PlaceId);
            placeUsed = true;
        }
        obj ??= e.TargetId is not null ? Name(e.TargetId) : e.TargetWords is { } targetWords ? doc.TextOf(targetWords) : null;
        if (obj is null && e.Type is not "AID" && e.RecipientId is not null && phrase.EndsWith(" with")) obj = Name(e.RecipientId);
        if (obj is null) phrase = Strip(phrase);

        // "The rebels surrendered to the army": words reached through "to" or "with" keep it where the gloss has none.
        if (obj is not null && e.TargetId is null && !placeUsed && e.TargetWords is { } reached && Strip(phrase) == phrase
            && PrepositionBefore(doc, reached) is { } preposition && (preposition == "to" || e.Type is "CONSULT" or "COOPERATE" or "AGREE"))
            phrase += " " + preposition;
        var parts = new List<string> { subject, phrase };
        if (obj is not null) parts.Add(obj);
        var theme = e.Quantities.FirstOrDefault(q => q.Role == "theme");
        if (e.Type is "AID" or "REJECT" or "REQUEST" or "ACCUSE" || obj is null)
        {
            if (e.Type == "AID" && theme is not null) { if (doc.TextOf(doc.Quantities.First(q => q.Id == theme.QuantityId).Span) is var what && what != obj) parts.Add(what); }
            // Not the object again: "Lib Dems demanded new inquiry", not "... new inquiry new inquiry".
            else if (e.Theme is { } t && doc.TextOf(t) is var what && what != obj) parts.Add(what);
        }
        if (e.RecipientId is not null && obj != Name(e.RecipientId))
            parts.Add((e.Type == "RETREAT" ? ", handing it to " : "to ") + Name(e.RecipientId));
        var line = string.Join(" ", parts.Where(p => p.Length > 0)).Replace(" ,", ",");
        return Figures(doc, e, line + Where(e, entities, placeUsed));
    }

    /// <summary>A type's own verb in the past, for an event no row glosses ("Czech prime minister supported Fayez al-Sarraj", not "... support ...").</summary>
    private static string PastOf(string type) => type switch
    {
        "AGREE" => "agreed with",
        "SUPPORT" => "supported",
        "COOPERATE" => "cooperated with",
        "CONSULT" => "consulted with",
        "AID" => "aided",
        "CONCEDE" => "conceded",
        "RETREAT" => "retreated from",
        "REQUEST" => "requested",
        "ACCUSE" => "accused",
        "REJECT" => "rejected",
        "THREATEN" => "threatened",
        "PROTEST" => "protested",
        "SANCTION" => "sanctioned",
        "MOBILIZE" => "mobilised",
        "COERCE" => "coerced",
        "ASSAULT" => "attacked",
        _ => type.ToLowerInvariant(),
    };

    private static string Where(Event e, Dictionary<string, Entity> entities, bool placeUsed) =>
        // (Not the place of what an agreement commits to: "NATO agreed in Afghanistan" would say where it agreed.)
        placeUsed || e.PlaceId is null || e.PlaceOfDeed ? "" : (entities[e.PlaceId].Kind == EntityKind.Facility ? " at " : " in ") + entities[e.PlaceId].Name;

    private static string Figures(Document doc, Event e, string line)
    {
        // A figure the line already says ("arrested 18 people") is not repeated after it.
        var figures = e.Quantities.Where(q => !(e.Type == "AID" && q.Role == "theme"))
            .Select(q => doc.TextOf(doc.Quantities.First(x => x.Id == q.QuantityId).Span))
            .Where(f => !line.Contains(f, StringComparison.Ordinal))
            .ToList();
        return figures.Count > 0 ? $"{line} ({string.Join("; ", figures)})" : line;
    }

    /// <summary>"to" or "with" right before the words in the text (not "up to"), else null.</summary>
    private static string? PrepositionBefore(Document doc, TextSpan words)
    {
        var before = doc.Text.AsSpan(0, words.Start).TrimEnd();
        int space = before.LastIndexOfAny(' ', '\n', '\t');
        var word = before[(space + 1)..];
        // ("up to 12 medical facilities", "close to 20 facilities": a count's own "to".)
        int at = space + 1;
        if (doc.Quantities.Any(q => q.Span.Start <= at && at < q.Span.End) || before[..at].TrimEnd().EndsWith(" up", StringComparison.OrdinalIgnoreCase)) return null;
        return word.Equals("to", StringComparison.OrdinalIgnoreCase) ? "to" : word.Equals("with", StringComparison.OrdinalIgnoreCase) ? "with" : null;
    }

    /// <summary>"withdrew from" without its object becomes "withdrew"; "partnered with" becomes "partnered"; "gained ground against", "gained ground".</summary>
    private static string Strip(string phrase)
    {
        foreach (var p in new[] { " from", " of", " in", " at", " with", " on", " to", " into", " against" })
            if (phrase.EndsWith(p, StringComparison.Ordinal)) return phrase[..^p.Length];
        return phrase;
    }

    public static string Date(EventDate? d)
    {
        if (d is null) return "date unknown";
        if (d.Basis == "document")
            return d.Start is { } s ? $"after {Iso(s)}" : d.End is { } e ? $"by {Iso(e)}" : "date unknown";
        if (d.Value is "FUTURE_REF") return d.Start is { } fs ? $"after {Iso(fs.AddDays(-1))}" : "in the future";
        if (d.Value is "PAST_REF") return d.End is { } pe ? $"before {Iso(pe)}" : "in the past";
        if (d.Precision == TimePrecision.Range && d.Start is { } rs)
            return d.End is { } re ? $"{Iso(rs)} to {Iso(re)}" : $"from {Iso(rs)}";
        // "days before the vote": bounded on one side only.
        if (d.Precision == TimePrecision.Range && d.End is { } only) return $"by {Iso(only)}";
        return d.Value ?? "date unknown";
    }

    /// <summary>Who claims the event: the entity's name, else the words that name the speaker; null when no one does.</summary>
    public static string? ClaimedBy(Document doc, Event e, Func<string, string?> nameOf) =>
        (e.ClaimedById is { } id ? nameOf(id) : null) ?? (e.ClaimedByWords is { } words ? doc.TextOf(words) : null);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
