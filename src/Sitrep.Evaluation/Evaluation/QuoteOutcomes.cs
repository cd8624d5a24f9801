using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// One JSON line per gold attribution and per statement that matched none, for reading what the
/// quote stage did rather than the figures alone: "right" (matched, speaker right),
/// "wrong-speaker", "matched" (the gold names no source), "missed", and "spurious" (a statement
/// no gold matches), each with its words and the rule that decided it (<c>decided_by</c>), so
/// the accuracy of each rule can be counted.
/// </summary>
public static class QuoteOutcomes
{
    public static void Write(TextWriter output, QuoteEvaluation.DocumentResult result)
    {
        string gold = result.Gold.Text, text = result.Document.Text;
        string? Of(SpanSet? s) => s is null ? null : string.Join(" … ", s.Fragments.Select(f => gold.Substring(f.Start, f.Length)));
        foreach (var o in result.Outcomes)
        {
            if (o.Match is null)
                Line(output, "missed", result.Gold.Name, o.Quoted, Of(o.Gold.Cue), Of(o.Gold.Source), null, null, Of(o.Gold.Content)!);
            else if (o.SpeakerRight == true)
                Line(output, "right", result.Gold.Name, o.Quoted, Of(o.Gold.Cue), Of(o.Gold.Source), o.Match.SpeakerSpan?.Of(text), o.Match.DecidedBy, Of(o.Gold.Content)!);
            else if (o.SpeakerRight is null)
                Line(output, "matched", result.Gold.Name, o.Quoted, Of(o.Gold.Cue), null, o.Match.SpeakerSpan?.Of(text), o.Match.DecidedBy, Of(o.Gold.Content)!);
            else if (o.SpeakerRight == false)
                Line(output, "wrong-speaker", result.Gold.Name, o.Quoted, Of(o.Gold.Cue), Of(o.Gold.Source), o.Match.SpeakerSpan?.Of(text), o.Match.DecidedBy, Of(o.Gold.Content)!);
        }
        foreach (var q in result.Spurious)
            Line(output, "spurious", result.Gold.Name, q.Direct, q.Cue, null, q.SpeakerSpan?.Of(text), q.DecidedBy, q.Content.Of(text));
    }

    private static void Line(TextWriter output, string kind, string article, bool quoted, string? cue, string? goldSource, string? predictedSpeaker, string? decidedBy, string content)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WriteString("article", article);
            w.WriteBoolean("quoted", quoted);
            w.WriteString("cue", cue);
            w.WriteString("gold_source", goldSource);
            w.WriteString("predicted_speaker", predictedSpeaker);
            w.WriteString("decided_by", decidedBy);
            w.WriteString("content", content);
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
