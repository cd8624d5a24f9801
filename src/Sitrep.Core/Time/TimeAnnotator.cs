using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>Finds time expressions and resolves them against the publication date.</summary>
public sealed class TimeAnnotator(TimeRecognizer recognizer, PhraseSet<UnitNoun> countedNouns) : IAnnotator
{
    public string Name => "times";

    public Layer Requires => Layer.Tokens | Layer.Metadata;

    public Layer Produces => Layer.Times;

    public void Annotate(Document document)
    {
        var anchor = document.Source.Published;
        var times = new List<TimeExpression>();
        string? reference = null;
        (string Value, int Sentence)? quarter = null;
        foreach (var found in recognizer.Find(document.Text))
        {
            document.Budget.Check();
            var match = found;
            int first = document.TokenCovering(match.Span.Start);
            int last = document.TokenCovering(match.Span.End - 1);
            if (first < 0 || last < 0 || document.Tokens[first].Start != match.Span.Start || document.Tokens[last].End != match.Span.End) continue;
            if (match.Spec.Rule == "year" && match.Span.Length == 4 && CountsSomething(document, last)) continue;
            var tense = TenseGuesser.GuessNear(document, match.Span);
            int sentence = document.SentenceAt(match.Span.Start);
            // Quarterly results: "a year ago", "a year earlier", "the quarter" count from the quarter named just before.
            bool nearQuarter = quarter is { } q && sentence - q.Sentence <= 2;
            if (nearQuarter && match.Spec is { Kind: TimexKind.Ago, Unit: "Y", Amount: 1, Vague: false })
                match = match with { Spec = match.Spec with { Kind = TimexKind.Anaphoric, Offset = -1, KeepPrecision = true } };
            bool quarterShift = nearQuarter && match.Spec.Kind == TimexKind.Anaphoric && (match.Spec.Unit == "Y" && match.Spec.KeepPrecision || match.Spec.QuarterInQuestion);
            var basis = quarterShift ? quarter!.Value.Value : reference;
            // "year-earlier", "year-ago" compare with the period reported on: its quarter, else the publication year.
            if (match.Spec.Rule == "anaphoric-adjective") basis = quarter?.Value ?? (anchor is { } a ? a.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) : null);
            var time = Build($"t{times.Count + 1}", match, anchor, tense, anchor is null ? "none" : "document", basis);
            if (InDateline(document, match.Span)) time = time with { Dateline = true, DecidedBy = time.DecidedBy + "+dateline" };
            times.Add(time);
            // The narrative's last date: what "the following year" or "a year earlier" counts from.
            if (time.Type is TimexType.Date or TimexType.Time && TimeExpressionResolver.ParseValue(time.Value) is not null && !time.Dateline
                && match.Spec.Kind is not (TimexKind.Anaphoric or TimexKind.Ago)) reference = time.Value;
            // Only a quarter named, not one counted back from it ("a year ago" must not become the quarter in question).
            if (time.Precision == TimePrecision.Quarter && !time.Dateline && time.Value is not null
                && (match.Spec.Kind is not (TimexKind.Anaphoric or TimexKind.Ago) || match.Spec.QuarterInQuestion)) quarter = (time.Value, sentence);
        }
        document.SetTimes(times);
    }

    public static TimeExpression Build(string id, TimexMatch match, DateOnly? anchor, Tense tense, string anchorKind, string? reference = null)
    {
        var r = TimeExpressionResolver.Resolve(match.Spec, anchor, tense, reference);
        return new TimeExpression(id, match.Span, r.Type, r.Precision)
        {
            Value = r.Value,
            Mod = r.Mod,
            Start = r.Start,
            End = r.End,
            Anchor = r.Value is null || r.Type is TimexType.Duration or TimexType.Set ? "none"
                : match.Spec.Kind == TimexKind.Anaphoric ? (reference is null ? anchorKind : "context")
                : match.Spec.Deictic || match.Spec.Kind == TimexKind.Reference ? anchorKind : "calendar",
            AnchorDate = match.Spec.Deictic ? anchor : null,
            DecidedBy = "time/" + match.Spec.Rule,
            Deictic = match.Spec.Deictic,
            Spec = match.Spec,
        };
    }

    /// <summary>"BAGHDAD, March 29 (Reuters) -": a date between a capitalised place and a dash at the start of a paragraph.</summary>
    private static bool InDateline(Document doc, TextSpan span)
    {
        var paragraph = doc.Paragraphs.FirstOrDefault(p => p.Span.Contains(span));
        if (paragraph.Span.Length == 0 || span.Start - paragraph.Span.Start > 60) return false;
        var head = doc.Text.AsSpan(paragraph.Span.Start, span.Start - paragraph.Span.Start);
        if (head.Length < 3 || !char.IsUpper(head[0]) || !char.IsUpper(head[1]) || !head.Contains(',')) return false;
        var after = doc.Text.AsSpan(span.End, Math.Min(40, paragraph.Span.End - span.End));
        int dash = after.IndexOfAny(['-', '\u2013', '\u2014']);
        return dash >= 0 && !after[..dash].ContainsAny(['.', '!', '?']);
    }

    /// <summary>"2000 troops": a four-digit number before a counted noun is a quantity, not a year.</summary>
    private bool CountsSomething(Document doc, int yearToken)
    {
        int next = yearToken + 1;
        return next < doc.Tokens.Count && countedNouns.LongestAt(doc, next, Math.Min(doc.Tokens.Count, next + 3)).Length > 0;
    }
}
