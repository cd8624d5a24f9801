using System.Globalization;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Time;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Times counted from another event: "a day before a key meeting", "A week after the shooting".
/// The time stage reads these phrases (<see cref="TimexSpec.AnchoredToEvent"/>) and leaves them
/// unresolved, since no date says when that event was; here the sentence's events are dated only
/// through the event counted from — an event of the report with its own date that the noun names
/// ("the shooting" is the last attack dated before it; only a definite noun refers back) — and
/// otherwise stay undated, never the surrounding report's date nor the publication date. The event
/// the phrase counts to ("a key meeting") is dated from the sentence's own event ("The attack came
/// a day before a key meeting": the meeting is the day after the attack). An event's own time
/// always wins, except a time inside the phrase ("after the shooting on Monday"), which dates the
/// event counted from. "Two days later" counts from the narrative's last date, which the time stage does.
/// </summary>
public sealed class AnchoredDating(EventLexicon lexicon)
{
    /// <summary>A counted phrase: what the time stage read, its words up to the noun counted from, and that noun.</summary>
    private sealed record Offset(TimexSpec Spec, TextSpan Words, int AnchorFrom, int AnchorHead, bool Definite);

    public List<Event> Apply(DocumentIndex index, List<Event> events)
    {
        var doc = index.Document;
        var result = new List<Event>(events);
        foreach (var sentence in doc.Sentences)
        {
            if (Find(index, sentence) is not { } offset) continue;
            string words = doc.TextOf(offset.Words);
            for (int k = 0; k < result.Count; k++)
            {
                var e = result[k];
                if (!sentence.Span.Contains(e.Trigger.Start)) continue;
                int trigger = doc.TokenCovering(e.Trigger.Start);
                bool countedTo = trigger >= offset.AnchorFrom && trigger <= offset.AnchorHead;
                EventDate date;
                string why;
                if (e.Date?.Basis == "own")
                {
                    // "A week after the shooting on Monday, police arrested ...": a time inside the phrase
                    // dates the event counted from, not this one. Any other own time wins.
                    if (countedTo || AnchorTime(doc, offset, e.Date) is not { } anchorDay) continue;
                    date = Shift(anchorDay, offset.Spec);
                    why = $"date {Describe(date)}: '{words}', counted from {Iso(anchorDay)}, the time given for the event counted from";
                }
                else if (countedTo)
                {
                    // The event counted to: the sentence's own event, counted the other way.
                    var main = MainDate(index, sentence, result, e, offset.AnchorFrom);
                    date = main is { } m ? Shift(m, offset.Spec with { Offset = -offset.Spec.Offset }) : Unknown();
                    why = main is null ? $"date unknown: '{words}' counts from the sentence's other event, whose date the report does not give"
                                       : $"date {Describe(date)}: '{words}' counts it from the sentence's own event, dated {Iso(main.Value)}";
                }
                else
                {
                    var anchor = EventDateAt(index, sentence, result, e, offset.AnchorHead, offset.Definite);
                    date = anchor is { } a ? Shift(a, offset.Spec) : Unknown();
                    why = anchor is null ? $"date unknown: '{words}' counts from an event whose date the report does not give"
                                         : $"date {Describe(date)}: '{words}', counted from {Iso(anchor.Value)}";
                }
                result[k] = e with { Date = date, Explanation = [.. e.Explanation.Where(l => !l.StartsWith("date ", StringComparison.Ordinal)), why] };
            }
        }
        return result;
    }

    /// <summary>The day of an event's own time when that time lies inside the counted phrase ("after the shooting on Monday").</summary>
    private static DateOnly? AnchorTime(Document doc, Offset offset, EventDate own)
    {
        if (own.TimeId is not { } id || own.Precision != TimePrecision.Day || own.Start is not { } day) return null;
        var time = doc.Times.FirstOrDefault(t => t.Id == id);
        int phraseEnd = doc.Tokens[Math.Min(doc.Tokens.Count - 1, offset.AnchorHead + 3)].End;
        return time is not null && time.Span.Start >= offset.Words.Start && time.Span.Start < phraseEnd ? day : null;
    }

    private static EventDate Unknown() => new(null, TimePrecision.Unresolved, null, null, "anchored");

    private static string Describe(EventDate d) => d.Value ?? (d.Start is { } s ? $"from {Iso(s)}" : d.End is { } e ? $"by {Iso(e)}" : "unknown");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The phrase resolved as the time stage resolves "a year earlier", from the day of the event counted from.</summary>
    private static EventDate Shift(DateOnly from, TimexSpec spec)
    {
        var r = TimeExpressionResolver.Resolve(spec with { AnchoredToEvent = false }, from, Tense.Past, Iso(from));
        return new EventDate(r.Value, r.Precision, r.Start, r.End, "anchored");
    }

    /// <summary>A phrase the time stage read as counted from an event, and the noun counted from: the first word after it that a trigger row reads as an event.</summary>
    private Offset? Find(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        foreach (var time in index.TimesInSentence(sentence.Index))
        {
            if (time.Spec is not { AnchoredToEvent: true } spec) continue;
            int next = doc.TokenCovering(time.Span.End - 1) + 1;
            for (int k = next; k > 0 && k < Math.Min(sentence.EndToken, next + 5); k++)
            {
                if (doc.Tokens[k].Kind != TokenKind.Word) break;
                if (lexicon.Triggers.MatchesAt(doc, k, sentence.EndToken).LastOrDefault().Values is { } rows && rows.Any(r => !r.IsVerb) || IsVerbal(doc, k))
                {
                    // Only "the shooting", "this week's attack", "their talks" refer back to an event told before; "a key meeting" is new.
                    bool definite = Enumerable.Range(next, k - next).Any(d => Words.IsAny(doc, d, "the", "this", "that", "its", "their", "his", "her", "'s", "’s"));
                    return new Offset(spec, TextSpan.FromBounds(time.Span.Start, doc.Tokens[k].End), next, k, definite);
                }
            }
            // Not an event: "a day before Christmas" stays with the time stage.
        }
        return null;
    }

    /// <summary>"the shooting", "the killing": a verb's row read as a noun.</summary>
    private bool IsVerbal(Document doc, int k) =>
        doc.TokenText(k).EndsWith("ing", StringComparison.Ordinal) && lexicon.Triggers.MatchesAt(doc, k, k + 1).LastOrDefault().Values is { Count: > 0 };
    /// <summary>
    /// The day of the event a noun names: an event coded at that word with its own day, else the
    /// last event before the sentence of the type the word's rows give, with its own day.
    /// </summary>
    private DateOnly? EventDateAt(DocumentIndex index, Sentence sentence, List<Event> events, Event self, int head, bool definite)
    {
        var doc = index.Document;
        var at = events.FirstOrDefault(x => x != self && doc.TokenCovering(x.Trigger.Start) == head && x.Date?.Basis == "own");
        if (at is not null && OwnDay(at.Date) is { } day) return day;
        if (!definite) return null;
        var types = lexicon.Triggers.MatchesAt(doc, head, head + 1).LastOrDefault().Values?.Select(r => SentenceType.RootOf(r.Type)).ToHashSet();
        if (types is null) return null;
        return events.Where(x => x.Trigger.Start < sentence.Span.Start && types.Contains(SentenceType.RootOf(x.Type)) && OwnDay(x.Date) is not null)
            .Select(x => OwnDay(x.Date)).LastOrDefault();
    }

    /// <summary>The day of the sentence's own event before the expression: one it codes with its own day, or the noun that opens it referring back ("The attack came ...").</summary>
    private DateOnly? MainDate(DocumentIndex index, Sentence sentence, List<Event> events, Event self, int expressionStart)
    {
        var doc = index.Document;
        var own = events.FirstOrDefault(x => x != self && sentence.Span.Contains(x.Trigger.Start) && x.Date?.Basis == "own" && OwnDay(x.Date) is not null);
        if (own is not null) return OwnDay(own.Date);
        for (int k = sentence.FirstToken; k < expressionStart; k++)
            if (Words.IsAny(doc, k, "the", "The", "this", "This") && k + 1 < expressionStart && doc.Tokens[k + 1].Kind == TokenKind.Word
                && lexicon.Triggers.MatchesAt(doc, k + 1, k + 2).LastOrDefault().Values is { Count: > 0 })
                return EventDateAt(index, sentence, events, self, k + 1, definite: true);
        return null;
    }

    private static DateOnly? OwnDay(EventDate? d) =>
        d is { Basis: "own" or "anchored", Precision: TimePrecision.Day, Start: { } s, End: { } e } && s == e ? s : null;
}
