using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// When an event happened. Its own time expression when its sentence has one ("on Sunday");
/// else the narrative's latest day, when the sentence continues the one before ("He
/// supervised ..." after "... on Sunday"; the same paragraph, at most two sentences back; not a deed
/// in the past perfect); else the publication date as a
/// bound: a reported event happened on or before it, a planned one after it.
/// </summary>
public sealed class EventDating
{
    public EventDate? Date(DocumentIndex index, Sentence sentence, TextSpan clause, int trigger, EventStatus status)
    {
        var doc = index.Document;
        int offset = doc.Tokens[trigger].Start;
        var quote = index.QuoteHolding(offset);
        // The speech verb itself ("denied on Monday") is dated by the time it was said.
        var said = index.QuoteWithCueAt(offset);
        var own = index.TimesInSentence(sentence.Index)
            .Where(t => clause.Contains(t.Span) && IsDate(t) && (SameVoice(index, quote, t) || said?.TimeId == t.Id) && !Clauses.InAnotherClause(doc, sentence, trigger, t))
            // A past event is not dated by a future time ("called on ... in the coming weeks").
            .Where(t => status is not (EventStatus.Reported or EventStatus.Claimed) || doc.Source.Published is not { } pub || t.Start is not { } ts || ts <= pub)
            .OrderBy(t => Math.Abs(t.Span.Start - offset))
            .FirstOrDefault();
        if (own is not null) return From(own, "own");

        if (status is EventStatus.Reported or EventStatus.Claimed)
        {
            // The sentence's own day, week or month in a clause joined to the event's (not a relative, reported or
            // after/since one) comes before earlier sentences': "Details of Sunday's fighting were sketchy but ...
            // warplanes kept up their bombardment". A year is too coarse to say ("following 2016's failed coup").
            // Neither dates a deed in the past perfect ("... on Sunday, and the militia had seized the town").
            bool pastPerfect = PastPerfect(doc, sentence, trigger);
            var inSentence = pastPerfect ? null : index.TimesInSentence(sentence.Index)
                .Where(t => IsDate(t) && SameVoice(index, quote, t) && t.Precision is TimePrecision.Day or TimePrecision.Week or TimePrecision.Month
                            && (doc.Source.Published is not { } p || t.Start is not { } s || s <= p) && !Clauses.InAnotherClause(doc, sentence, trigger, t))
                .OrderBy(t => Math.Abs(t.Span.Start - offset))
                .FirstOrDefault();
            if (inSentence is not null) return From(inSentence, "context");
            var context = pastPerfect ? null : ContextTime(index, sentence, offset, quote);
            if (context is not null) return From(context, "context");
        }
        if (doc.Source.Published is not { } published) return null;
        return status is EventStatus.Planned or EventStatus.Hypothetical
            ? new EventDate(null, TimePrecision.Range, published, null, "document")
            : new EventDate(null, TimePrecision.Range, null, published, "document");
    }

    private static EventDate From(TimeExpression t, string basis) =>
        new(t.Value, t.Precision, t.Start, t.End, basis) { TimeId = t.Id };

    private static bool IsDate(TimeExpression t) =>
        t.Type is TimexType.Date or TimexType.Time && t.Value is not null && t.Precision != TimePrecision.Unresolved && !t.Dateline
        && t.Value is not ("PRESENT_REF" or "PAST_REF");

    /// <summary>Inside a quote only the quote's own times count; outside it, the quote's do not, nor the time a quote was said.</summary>
    private static bool SameVoice(DocumentIndex index, Quote? quote, TimeExpression t)
    {
        if (quote is not null) return quote.Content.Contains(t.Span);
        if (index.SpeechTimes.Contains(t.Id)) return false;
        return index.QuoteHolding(t.Span.Start) is not { Direct: true };
    }

    /// <summary>How many sentences back a narrative's date still dates a deed that has none.</summary>
    private const int ContextSentences = 2;

    private static TimeExpression? ContextTime(DocumentIndex index, Sentence sentence, int offset, Quote? quote)
    {
        var doc = index.Document;
        // The two sentences before, in the same paragraph: a text without paragraph breaks (a CSV corpus, a scraped page)
        // is one paragraph, and "on 22 July" twenty sentences back is not when the next deed was done.
        for (int k = sentence.Index - 1; k >= Math.Max(0, sentence.Index - ContextSentences); k--)
        {
            if (doc.Sentences[k].Paragraph != sentence.Paragraph) break;
            var earlier = index.TimesInSentence(k)
                .Where(t => IsDate(t) && SameVoice(index, quote, t) && t.Precision is TimePrecision.Day)
                .LastOrDefault();
            if (earlier is not null) return earlier;
        }
        // The sentence before, when this one refers back to it ("He ...", "The base ...").
        if (sentence.Index == 0 || !StartsWithReference(index, sentence)) return null;
        return index.TimesInSentence(sentence.Index - 1).Where(t => IsDate(t) && t.Precision == TimePrecision.Day && SameVoice(index, null, t)).LastOrDefault();
    }

    /// <summary>"The group had seized power", "had been killed": a deed in the past perfect came before the narrative's time, which does not date it.</summary>
    private static bool PastPerfect(Document doc, Sentence sentence, int trigger)
    {
        // A verb, not "had talks" or "had a meeting": the tree's, else a participle's ending.
        if (doc.Syntax is { } tree && tree.IsParsed(trigger) ? tree.Upos[trigger] != "VERB"
            : !(doc.TokenText(trigger).EndsWith("ed", StringComparison.Ordinal) || doc.TokenText(trigger).EndsWith("en", StringComparison.Ordinal))) return false;
        int k = trigger - 1;
        // "had been killed", "had already seized", "had reportedly been captured"
        while (k > sentence.FirstToken && (Words.IsAny(doc, k, "been") || Words.IsLowerWord(doc, k) && doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal) || Words.IsAny(doc, k, "already", "since", "just"))) k--;
        return k >= sentence.FirstToken && k < trigger && Words.IsAny(doc, k, "had");
    }

    private static bool StartsWithReference(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        int first = sentence.FirstToken;
        if (doc.Tokens[first].Kind == TokenKind.Quote) first++;
        return Words.IsAny(doc, first, "he", "she", "they", "it", "this", "there", "then") ||
               index.Mentions.StartingAt(doc.Tokens[first].Start).Any(m => m.Form is MentionForm.Pronoun or MentionForm.Descriptor);
    }
}
