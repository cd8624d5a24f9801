using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.Events;

/// <summary>
/// How many an event's figures of one role count, without counting anyone twice: figures of one
/// sentence add up ("killed three soldiers and five civilians" is 8), but not a part named inside
/// the whole ("killed 16 people, including four Americans", "Seven police among 13 dead" are 16 and
/// 13, "killed 12 people, eight civilians and four policemen" 12); figures of different sentences tell the same dead again, so the largest stands ("29 killed
/// on Monday" and "more than 500 killed in eight days" of one merged campaign are 500, not 529).
/// </summary>
public static class EventToll
{
    /// <summary>The event's total for <paramref name="role"/> ("fatalities", "injured"), or null when no figure has it.</summary>
    public static int? Total(Document doc, Event e, string role)
    {
        int? largest = null;
        foreach (var sentence in Figures(doc, e, role).GroupBy(q => doc.SentenceAt(q.Span.Start)))
        {
            var all = sentence.ToList();
            var figures = all.Where(q => !IsPart(doc, q, all)).ToList();
            int sum = figures.Sum(q => (int)q.Value);
            // "killed 12 people, eight civilians and four policemen": a figure that the others add up to is their whole.
            int biggest = figures.Count > 2 ? figures.Max(q => (int)q.Value) : 0;
            if (figures.Count > 2 && sum - biggest == biggest) sum = biggest;
            largest = Math.Max(largest ?? 0, sum);
        }
        return largest;
    }

    private static IEnumerable<Quantity> Figures(Document doc, Event e, string role)
    {
        foreach (var figure in e.Quantities)
            if (figure.Role == role && doc.Quantities.FirstOrDefault(q => q.Id == figure.QuantityId) is { } q)
                yield return q;
    }

    /// <summary>
    /// A figure named as part of another of the same sentence: after "including" or "among them" ("16 people, including four
    /// Americans"), before "among" ("Seven police among 13 dead", "were among") or "of them" ("four of them children").
    /// </summary>
    private static bool IsPart(Document doc, Quantity q, List<Quantity> figures)
    {
        // (Only beside a larger figure of the role, its whole.)
        if (!figures.Any(w => w.Value > q.Value)) return false;
        int first = doc.TokenAtOrAfter(q.Span.Start), last = doc.TokenCovering(q.Span.End - 1);
        if (Words.IsAny(doc, first - 1, "including") || Words.IsAny(doc, first - 1, "them", "whom") && Words.IsAny(doc, first - 2, "among", "including")) return true;
        if (last < 0) return false;
        int next = Words.IsAny(doc, last + 1, "were", "are", "was", "is") ? last + 2 : last + 1;
        return Words.IsAny(doc, next, "among") || Words.IsAny(doc, last + 1, "of") && Words.IsAny(doc, last + 2, "them", "whom");
    }
}
