using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// Re-reads "today", "yesterday", "on Sunday" inside a quote against the day the quote was said,
/// when the text gives that day ("“... today ...,” Gen. Barker said on Sunday"): the speaker's
/// today is Sunday, not the publication date.
/// </summary>
public sealed class SpeechTimeAnchor : IAnnotator
{
    public string Name => "times/speech-anchor";

    public Layer Requires => Layer.Times | Layer.Quotes;

    public Layer Produces => Layer.Times;

    public void Annotate(Document document)
    {
        var byId = document.Times.ToDictionary(t => t.Id);
        var updated = document.Times.ToList();
        foreach (var quote in document.Quotes)
        {
            if (!quote.Direct || quote.TimeId is null || !byId.TryGetValue(quote.TimeId, out var said) || said.Start is not { } day || said.Precision != TimePrecision.Day) continue;
            for (int i = 0; i < updated.Count; i++)
            {
                var t = updated[i];
                if (!quote.Content.Contains(t.Span) || !t.Deictic || t.Spec is null) continue;
                var tense = TenseGuesser.GuessNear(document, t.Span);
                var again = TimeAnnotator.Build(t.Id, new TimexMatch(t.Span, t.Spec), day, tense, "speech");
                updated[i] = again with { DecidedBy = t.DecidedBy + "+speech:" + quote.Id };
            }
        }
        document.SetTimes(updated);
    }
}
