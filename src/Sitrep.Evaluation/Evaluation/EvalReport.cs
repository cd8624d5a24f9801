using Sitrep.Documents;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// The result of scoring the pipeline on gold files, in the shape every eval task shares:
/// {"task", "format", "documents", "sentences", "tokens", "scores", "by_label", "tokens_per_second"}.
/// </summary>
public sealed record EvalReport(string Task, string Format)
{
    public int Documents { get; init; }

    public int Sentences { get; init; }

    public int Tokens { get; init; }

    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> ByLabel { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>Counts behind the scores (gold, predicted, matched), for readers who want to recompute them.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    public double TokensPerSecond { get; init; }

    /// <summary>Notes on how the gold was read ("used the first annotator's file of 2").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("task", Task);
            w.WriteString("format", Format);
            w.WriteNumber("documents", Documents);
            w.WriteNumber("sentences", Sentences);
            w.WriteNumber("tokens", Tokens);
            w.WriteStartObject("scores");
            foreach (var (k, v) in Scores) w.WriteNumber(k, Math.Round(v, 4));
            w.WriteEndObject();
            w.WriteStartObject("by_label");
            foreach (var (label, scores) in ByLabel)
            {
                w.WriteStartObject(label);
                foreach (var (k, v) in scores) w.WriteNumber(k, Math.Round(v, 4));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("counts");
            foreach (var (k, v) in Counts) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteNumber("tokens_per_second", Math.Round(TokensPerSecond));
            w.WriteStartArray("notes");
            foreach (var n in Notes) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Counts as counts ("gold 624"), scores to three places ("0.851").</summary>
    private static string Number(string key, double v) =>
        key is "gold" or "predicted" or "matched" ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Task} ({Format}): {Documents} documents, {Sentences} sentences, {Tokens} tokens, {TokensPerSecond:0} tokens/s");
        foreach (var (k, v) in Scores) sb.AppendLine(CultureInfo.InvariantCulture, $"  {k,-22} {v:0.000}");
        foreach (var (label, scores) in ByLabel)
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-22} {string.Join("  ", scores.Select(s => $"{s.Key} {Number(s.Key, s.Value)}"))}"));
        if (Counts.Count > 0) sb.AppendLine("  counts: " + string.Join(", ", Counts.Select(c => $"{c.Key} {c.Value}")));
        foreach (var n in Notes) sb.AppendLine("  note: " + n);
        return sb.ToString();
    }
}
