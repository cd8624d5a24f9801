using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>Finds time expressions and resolves them against the publication date.</summary>
public sealed class TimeAnnotator(TimeRecognizer recognizer, PhraseSet<UnitNoun> countedNouns) : IAnnotator
{
    public string Name => "times";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Times;

    public void Annotate(Document document)
    {
        var anchor = document.Source.Published;
        var times = new List<TimeExpression>();
        foreach (var match in recognizer.Find(document.Text))
        {
            int first = document.TokenCovering(match.Span.Start);
            int last = document.TokenCovering(match.Span.End - 1);
            if (first < 0 || last < 0 || document.Tokens[first].Start != match.Span.Start || document.Tokens[last].End != match.Span.End) continue;
            if (match.Spec.Rule == "year" && match.Span.Length == 4 && CountsSomething(document, last)) continue;
            var tense = TenseGuesser.Guess(document, match.Span);
            times.Add(Build($"t{times.Count + 1}", match, anchor, tense, anchor is null ? "none" : "document"));
        }
        document.SetTimes(times);
    }

    public static TimeExpression Build(string id, TimexMatch match, DateOnly? anchor, Tense tense, string anchorKind)
    {
        var r = TimeExpressionResolver.Resolve(match.Spec, anchor, tense);
        return new TimeExpression(id, match.Span, r.Type, r.Precision)
        {
            Value = r.Value,
            Mod = r.Mod,
            Start = r.Start,
            End = r.End,
            Anchor = r.Value is null || r.Type is TimexType.Duration or TimexType.Set ? "none"
                : match.Spec.Deictic || match.Spec.Kind == TimexKind.Reference ? anchorKind : "calendar",
            AnchorDate = match.Spec.Deictic ? anchor : null,
            DecidedBy = "time/" + match.Spec.Rule,
            Deictic = match.Spec.Deictic,
            Spec = match.Spec,
        };
    }

    /// <summary>"2000 troops": a four-digit number before a counted noun is a quantity, not a year.</summary>
    private bool CountsSomething(Document doc, int yearToken)
    {
        int next = yearToken + 1;
        return next < doc.Tokens.Count && countedNouns.LongestAt(doc, next, Math.Min(doc.Tokens.Count, next + 3)).Length > 0;
    }
}
