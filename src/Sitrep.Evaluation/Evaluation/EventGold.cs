using Sitrep.Documents;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Sylvan.Data.Csv;
using Sitrep.Text;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>A PLV sentence (Hu et al. 2022): its text, the marked source and target, and the gold PLOVER root.</summary>
public sealed record PlvSentence(int Index, string Text, TextSpan? Source, TextSpan? Target, string Root);

/// <summary>One gold CAMEO coding of a PETRARCH validation sentence.</summary>
public sealed record PetrarchCoding(string EventCode, string SourceCode, string TargetCode);

/// <summary>A PETRARCH validation sentence with its gold codings (none: the sentence holds no event).</summary>
public sealed record PetrarchSentence(string Id, string Text, DateOnly? Date, IReadOnlyList<PetrarchCoding> Codings);

/// <summary>An actor of a PLOVER record: its words, code and sector.</summary>
public sealed record PloverActor(string Text, string? Code, string? Sector);

/// <summary>A PLOVER-coded record: the sentence and its event with type, mode, actors, counts, place and date.</summary>
public sealed record PloverRecord(string Id, string Text, string Event, string? Mode, IReadOnlyList<PloverActor> Source, IReadOnlyList<PloverActor> Target,
    int? Dead, int? Injured, int? Size, string? Location, string? Date);

/// <summary>
/// A UCDP GED event with the headlines of the reports it was coded from (several when the row
/// names several sources; each with its date), its sides, place, dates and deaths (low, best, high).
/// </summary>
public sealed record UcdpEvent(string Id, IReadOnlyList<(string Headline, DateOnly? Date)> Sources, string SideA, string SideB,
    double? Latitude, double? Longitude, int WherePrecision, DateOnly? Start, DateOnly? End, int Low, int Best, int High);

/// <summary>Readers of the event gold formats: <c>plv</c> (TSV), <c>petrarch</c> (validation XML), <c>plover</c> (JSON) and <c>ucdp</c> (UCDP GED CSV).</summary>
public static class EventGold
{
    public static readonly string[] Formats = ["plv", "petrarch", "plover", "ucdp"];

    /// <summary>
    /// UCDP GED CSV (header row; columns source_headline, source_date, side_a, side_b, latitude,
    /// longitude, where_prec, date_start, date_end, low, best, high). Several sources are joined
    /// with ";" in source_headline and source_date. Rows without a headline are left out.
    /// </summary>
    public static IReadOnlyList<UcdpEvent> ReadUcdp(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        int id = Column(reader, "id", path), headline = Column(reader, "source_headline", path), date = Column(reader, "source_date", path),
            sideA = Column(reader, "side_a", path), sideB = Column(reader, "side_b", path), lat = Column(reader, "latitude", path), lon = Column(reader, "longitude", path),
            where = Column(reader, "where_prec", path), start = Column(reader, "date_start", path), end = Column(reader, "date_end", path),
            low = Column(reader, "low", path), best = Column(reader, "best", path), high = Column(reader, "high", path);
        static DateOnly? Date(string s) => DateOnly.TryParse(s.Trim(), CultureInfo.InvariantCulture, out var d) ? d : null;
        static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        static double? Real(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : null;
        var result = new List<UcdpEvent>();
        while (reader.Read())
        {
            var headlines = reader.GetString(headline).Split(';', StringSplitOptions.TrimEntries);
            var dates = reader.GetString(date).Split(';', StringSplitOptions.TrimEntries);
            var sources = headlines.Select((h, i) => (h, Date(i < dates.Length ? dates[i] : dates[0]))).Where(x => x.h.Length > 0).ToList();
            if (sources.Count == 0) continue;
            result.Add(new UcdpEvent(reader.GetString(id), sources, reader.GetString(sideA), reader.GetString(sideB), Real(reader.GetString(lat)), Real(reader.GetString(lon)),
                Int(reader.GetString(where)), Date(reader.GetString(start)), Date(reader.GetString(end)), Int(reader.GetString(low)), Int(reader.GetString(best)), Int(reader.GetString(high))));
        }
        return result;
    }

    /// <summary>PLV_train.tsv: columns sentence, marked_sentence (&lt;s&gt;source&lt;/s&gt;, &lt;t&gt;target&lt;/t&gt;) and gold_root.</summary>
    public static IReadOnlyList<PlvSentence> ReadPlv(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = '\t', HasHeaders = true });
        int sentence = Column(reader, "sentence", path), marked = Column(reader, "marked_sentence", path), root = Column(reader, "gold_root", path);
        var result = new List<PlvSentence>();
        while (reader.Read())
        {
            var (text, source, target) = Unmark(reader.GetString(marked));
            if (text.Length == 0) text = reader.GetString(sentence);
            var gold = reader.GetString(root).Trim().ToUpperInvariant();
            if (gold.Length == 0) continue;
            result.Add(new PlvSentence(result.Count, text, source, target, gold));
        }
        return result;
    }

    /// <summary>The PLV fold held out unless told otherwise: the sentences whose index is 4 modulo 5.</summary>
    public const int HeldOutFold = EventClassifier.DefaultHeldOutFold;

    /// <summary>The PLV split: every fifth sentence (index <paramref name="fold"/> modulo 5) is held out, the rest is for training.</summary>
    public static List<PlvSentence> SplitPlv(IReadOnlyList<PlvSentence> sentences, bool heldOut, int fold = HeldOutFold) =>
        sentences.Where(s => s.Index % 5 == fold == heldOut).ToList();

    private static int Column(CsvDataReader reader, string name, string path)
    {
        for (int i = 0; i < reader.FieldCount; i++)
            if (reader.GetName(i) == name) return i;
        throw new InvalidDataException($"{path}: no '{name}' column.");
    }

    /// <summary>The sentence without its &lt;s&gt; and &lt;t&gt; marks, and where the marked words are.</summary>
    public static (string Text, TextSpan? Source, TextSpan? Target) Unmark(string marked)
    {
        var text = new StringBuilder(marked.Length);
        TextSpan? source = null, target = null;
        int openSource = -1, openTarget = -1;
        for (int i = 0; i < marked.Length;)
        {
            if (marked.AsSpan(i).StartsWith("<s>")) { openSource = text.Length; i += 3; }
            else if (marked.AsSpan(i).StartsWith("</s>")) { if (openSource >= 0) source ??= TextSpan.FromBounds(openSource, text.Length); i += 4; }
            else if (marked.AsSpan(i).StartsWith("<t>")) { openTarget = text.Length; i += 3; }
            else if (marked.AsSpan(i).StartsWith("</t>")) { if (openTarget >= 0) target ??= TextSpan.FromBounds(openTarget, text.Length); i += 4; }
            else text.Append(marked[i++]);
        }
        return (text.ToString(), source, target);
    }

    /// <summary>
    /// PETRARCH validation XML: each &lt;Sentence date id&gt;, enclosing or self-closing, then its
    /// &lt;EventCoding eventcode sourcecode targetcode&gt; elements and &lt;Text&gt;; &lt;Parse&gt; is ignored.
    /// </summary>
    public static IReadOnlyList<PetrarchSentence> ReadPetrarch(string path)
    {
        var result = new List<PetrarchSentence>();
        string? id = null, text = null;
        DateOnly? date = null;
        var codings = new List<PetrarchCoding>();
        void Flush()
        {
            if (id is not null && text is not null) result.Add(new PetrarchSentence(id, Clean(text), date, codings.ToList()));
            (id, text, date) = (null, null, null);
            codings.Clear();
        }
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.Name)
            {
                case "Sentence":
                    Flush();
                    id = reader.GetAttribute("id") ?? result.Count.ToString(CultureInfo.InvariantCulture);
                    date = DateOnly.TryParseExact(reader.GetAttribute("date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                    break;
                case "EventCoding" when id is not null:
                    codings.Add(new PetrarchCoding(reader.GetAttribute("eventcode") ?? "", reader.GetAttribute("sourcecode") ?? "", reader.GetAttribute("targetcode") ?? ""));
                    break;
                case "Text" when id is not null:
                    text = reader.ReadElementContentAsString();
                    break;
            }
        }
        Flush();
        return result;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A JSON array of PLOVER records; those whose event is DOCUMENT are left out.</summary>
    public static IReadOnlyList<PloverRecord> ReadPlover(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{path}: not a JSON array of records.");
        var result = new List<PloverRecord>();
        int index = 0;
        foreach (var r in json.RootElement.EnumerateArray())
        {
            index++;
            var type = Str(r, "event")?.Trim().ToUpperInvariant();
            if (type is null || type == "DOCUMENT" || Str(r, "text") is not { } text) continue;
            result.Add(new PloverRecord(Str(r, "id") ?? index.ToString(CultureInfo.InvariantCulture), text, type, Str(r, "mode"),
                Actors(r, "source"), Actors(r, "target"), Int(r, "dead"), Int(r, "injured"), Int(r, "size"), Str(r, "eventLoc"), Str(r, "date")));
        }
        return result;
    }

    private static IReadOnlyList<PloverActor> Actors(JsonElement r, string name) =>
        r.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => new PloverActor(Str(x, "actorText") ?? "", Str(x, "code"), Str(x, "sector"))).ToList()
            : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch { JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null, JsonValueKind.Number => v.GetRawText(), _ => null }
            : null;

    private static int? Int(JsonElement e, string name) => Str(e, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out int v) ? v : null;
}
