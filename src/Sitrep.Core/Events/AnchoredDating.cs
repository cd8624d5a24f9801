using System.Globalization;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Times counted from another event: "a day before a key meeting", "A week after the shooting",
/// "two days later". Such a sentence's events are dated only through the event counted from —
/// an event of the report with its own date that the noun names ("the shooting" is the last
/// attack dated before it), or for "later"/"earlier" the last dated event before the sentence —
/// and otherwise stay undated, never the surrounding report's date nor the publication date.
/// The event the expression counts to ("a key meeting") is dated from the sentence's own event
/// ("The attack came a day before a key meeting": the meeting is the day after the attack).
/// An event's own time expression always wins.
/// </summary>
public sealed class AnchoredDating(EventLexicon lexicon, QuantityLexicon quantities)
{
    private readonly NumberReader _numbers = new(quantities.Numbers);

    /// <summary>The largest count of units taken as a date offset.</summary>
    private const double MaxCount = 120;

    /// <summary>A counted time: how many units (null for "days after"), which way, the words, and the noun counted from.</summary>
    private sealed record Offset(int? Count, string Unit, bool Forward, TextSpan Words, int? AnchorFrom, int? AnchorHead)
    {
        /// <summary>The noun counted from refers back ("the shooting"), so an earlier event may be it.</summary>
        public bool Definite { get; init; }
    }

    public List<Event> Apply(DocumentIndex index, List<Event> events)
    {
        var doc = index.Document;
        var result = new List<Event>(events);
        foreach (var sentence in doc.Sentences)
        {
            if (Find(index, sentence) is not { } offset) continue;
            for (int k = 0; k < result.Count; k++)
            {
                var e = result[k];
                if (!sentence.Span.Contains(e.Trigger.Start)) continue;
                int trigger = doc.TokenCovering(e.Trigger.Start);
                string words = doc.TextOf(offset.Words);
                EventDate date;
                string why;
                // "A week after the shooting on Monday, police arrested ...": a time inside the phrase
                // dates the event counted from, not this one. Any other own time wins.
                if (e.Date?.Basis == "own")
                {
                    if (AnchorTime(doc, offset, e.Date) is not { } anchorDay || offset.AnchorFrom is { } f0 && offset.AnchorHead is { } h0 && trigger >= f0 && trigger <= h0) continue;
                    date = Shift(anchorDay, offset, "anchored");
                    why = $"date {date.Value ?? Describe(date)}: '{words}', counted from {Iso(anchorDay)}, the time given for the event counted from";
                    result[k] = e with { Date = date, Explanation = [.. e.Explanation.Where(l => !l.StartsWith("date ", StringComparison.Ordinal)), why] };
                    continue;
                }
                if (offset.AnchorFrom is { } from && offset.AnchorHead is { } head && trigger >= from && trigger <= head)
                {
                    // The event counted to: the sentence's own event, counted the other way.
                    var main = MainDate(index, sentence, result, e, from);
                    date = main is { } m ? Shift(m, offset with { Forward = !offset.Forward }, "anchored") : Unknown();
                    why = main is null ? $"date unknown: '{words}' counts from the sentence's other event, whose date the report does not give"
                                       : $"date {date.Value ?? Describe(date)}: '{words}' counts it from the sentence's own event, dated {Iso(main.Value)}";
                }
                else
                {
                    var anchor = offset.AnchorHead is { } h ? EventDateAt(index, sentence, result, e, h, offset.Definite) : LastDatedBefore(doc, sentence, result);
                    date = anchor is { } a ? Shift(a, offset, "anchored") : Unknown();
                    why = anchor is null ? $"date unknown: '{words}' counts from an event whose date the report does not give"
                                         : $"date {date.Value ?? Describe(date)}: '{words}', counted from {Iso(anchor.Value)}";
                }
                result[k] = e with { Date = date, Explanation = [.. e.Explanation.Where(l => !l.StartsWith("date ", StringComparison.Ordinal)), why] };
            }
        }
        return result;
    }

    /// <summary>The day of an event's own time when that time lies inside the counted phrase ("after the shooting on Monday").</summary>
    private static DateOnly? AnchorTime(Document doc, Offset offset, EventDate own)
    {
        if (offset.AnchorHead is not { } head || own.TimeId is not { } id || own.Precision != TimePrecision.Day || own.Start is not { } day) return null;
        var time = doc.Times.FirstOrDefault(t => t.Id == id);
        int phraseEnd = doc.Tokens[Math.Min(doc.Tokens.Count - 1, head + 3)].End;
        return time is not null && time.Span.Start >= offset.Words.Start && time.Span.Start < phraseEnd ? day : null;
    }

    private static EventDate Unknown() => new(null, TimePrecision.Unresolved, null, null, "anchored");

    private static string Describe(EventDate d) => d.Start is { } s ? $"from {Iso(s)}" : d.End is { } e ? $"by {Iso(e)}" : "unknown";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day counted to; a count not given ("days after") bounds it on one side only.</summary>
    private static EventDate Shift(DateOnly from, Offset offset, string basis)
    {
        int sign = offset.Forward ? 1 : -1;
        if (offset.Count is not { } n)
        {
            // "hours after" may be the same day; "days after" is a later one.
            int gap = offset.Unit == "hour" ? 0 : 1;
            return offset.Forward ? new EventDate(null, TimePrecision.Range, from.AddDays(gap), null, basis) : new EventDate(null, TimePrecision.Range, null, from.AddDays(-gap), basis);
        }
        var day = offset.Unit switch
        {
            "hour" => from.AddDays(sign * (n / 24)),
            "day" => from.AddDays(sign * n),
            "week" => from.AddDays(sign * 7 * n),
            "month" => from.AddMonths(sign * n),
            _ => from.AddYears(sign * n),
        };
        // Hours may cross midnight, months and years have no exact day: those are approximate.
        return offset.Unit is "day" or "week"
            ? new EventDate(Iso(day), TimePrecision.Day, day, day, basis)
            : offset.Unit == "hour"
                ? new EventDate(null, TimePrecision.Range, offset.Forward ? day : day.AddDays(-1), offset.Forward ? day.AddDays(1) : day, basis)
                : new EventDate(day.ToString(offset.Unit == "month" ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture), offset.Unit == "month" ? TimePrecision.Month : TimePrecision.Year,
                    offset.Unit == "month" ? new DateOnly(day.Year, day.Month, 1) : new DateOnly(day.Year, 1, 1),
                    offset.Unit == "month" ? new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)) : new DateOnly(day.Year, 12, 31), basis);
    }

    /// <summary>"a day before", "two weeks after the", "days later", "hours earlier".</summary>
    private Offset? Find(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word || Unit(doc.TokenText(t)) is not { } unit) continue;
            int next = t + 1;
            if (next >= sentence.EndToken || !Words.IsAny(doc, next, "before", "after", "later", "earlier")) continue;
            // The count before the unit: "a", "one", "two", "10"; "days after" has none.
            int? count = null;
            int first = t;
            bool plural = doc.TokenText(t).EndsWith('s');
            if (t > sentence.FirstToken)
            {
                if (Words.IsAny(doc, t - 1, "a", "an", "A", "An")) (count, first) = (1, t - 1);
                else
                    for (int s = Math.Max(sentence.FirstToken, t - 2); s < t; s++)
                        if (_numbers.ReadAt(doc, s, t) is { } r && s + r.TokenCount == t && r.Kind == NumberWordKind.Cardinal)
                        {
                            // A count no calendar holds ("10,000 years after") dates nothing.
                            if (r.Value > MaxCount) { first = -1; break; }
                            (count, first) = ((int)r.Value, s);
                            break;
                        }
            }
            if (first < 0 || count is null && !plural) continue;
            // "compared with a year earlier", "more than a week later": a comparison, not a time.
            if (first > sentence.FirstToken && Words.IsAny(doc, first - 1, "than", "from", "with", "since", "over")) continue;
            bool forward = Words.IsAny(doc, next, "after", "later");
            var span = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[next].End);
            if (Words.IsAny(doc, next, "later", "earlier")) return new Offset(count, unit, forward, span, null, null);
            // The noun counted from: the first word after "before"/"after" that a trigger row reads as an event.
            for (int k = next + 1; k < Math.Min(sentence.EndToken, next + 6); k++)
            {
                if (doc.Tokens[k].Kind != TokenKind.Word) break;
                if (lexicon.Triggers.MatchesAt(doc, k, sentence.EndToken).LastOrDefault().Values is { } rows && rows.Any(r => !r.IsVerb) || IsVerbal(doc, k))
                {
                    // Only "the shooting", "this week's attack", "their talks" refer back to an event told before; "a key meeting" is new.
                    bool definite = Enumerable.Range(next + 1, k - next - 1).Any(d => Words.IsAny(doc, d, "the", "this", "that", "its", "their", "his", "her", "'s", "’s"));
                    return new Offset(count, unit, forward, TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[k].End), next + 1, k) { Definite = definite };
                }
            }
            // Not an event: "a day before Christmas", "a week after the election" stay with the time stage.
        }
        return null;
    }

    /// <summary>"the shooting", "the killing": a verb's row read as a noun.</summary>
    private bool IsVerbal(Document doc, int k) =>
        doc.TokenText(k).EndsWith("ing", StringComparison.Ordinal) && lexicon.Triggers.MatchesAt(doc, k, k + 1).LastOrDefault().Values is { Count: > 0 };

    private static string? Unit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 6) return null;
        Span<char> lower = stackalloc char[6];
        int n = word.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "hour" or "hours" => "hour",
            "day" or "days" => "day",
            "week" or "weeks" => "week",
            "month" or "months" => "month",
            "year" or "years" => "year",
            _ => null,
        };
    }

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

    private static DateOnly? LastDatedBefore(Document doc, Sentence sentence, List<Event> events) =>
        events.Where(x => x.Trigger.Start < sentence.Span.Start && OwnDay(x.Date) is not null).Select(x => OwnDay(x.Date)).LastOrDefault();

    private static DateOnly? OwnDay(EventDate? d) =>
        d is { Basis: "own" or "anchored", Precision: TimePrecision.Day, Start: { } s, End: { } e } && s == e ? s : null;
}
