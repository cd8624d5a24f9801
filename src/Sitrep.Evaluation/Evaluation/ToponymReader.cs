using Sitrep.Documents;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A gold toponym: where it is in the text, the words there, and its coordinates when the gold gives them.</summary>
public sealed record GoldToponym(TextSpan Span, string Name, double? Latitude, double? Longitude)
{
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>One article of a geoparsing gold set.</summary>
public sealed record ToponymDocument(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// Reads the geoparsing gold formats: GeoWebNews (<c>gwn</c>), LGL/TR-News (<c>lgl</c>) and
/// GeoVirus (<c>geovirus</c>). Offsets are taken as UTF-16 when the words there match the
/// gold name, else as code points (as Python writes them); a toponym matching neither is left
/// out with a warning.
/// </summary>
public static class ToponymReader
{
    public static readonly string[] Formats = ["gwn", "lgl", "geovirus"];

    public static IReadOnlyList<ToponymDocument> Read(string path, string format, ICollection<string> warnings)
    {
        XDocument xml;
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            xml = XDocument.Load(reader);
        var root = xml.Root ?? throw new InvalidDataException($"{path}: empty XML.");
        var documents = new List<ToponymDocument>();
        int index = 0;
        foreach (var article in root.Elements("article"))
        {
            string id = (string?)article.Attribute("docid") ?? (string?)article.Attribute("file") ?? index.ToString(CultureInfo.InvariantCulture);
            index++;
            string text = article.Element("text")?.Value ?? "";
            var toponyms = new List<GoldToponym>();
            var items = format switch
            {
                "gwn" => article.Element("toponyms")?.Elements("toponym").Select(t => (Name: (string?)t.Element("extractedName"), Start: (string?)t.Element("start"), End: (string?)t.Element("end"), Lat: (string?)t.Element("latitude"), Lon: (string?)t.Element("longitude"))),
                "lgl" => article.Element("toponyms")?.Elements("toponym").Select(t => (Name: (string?)t.Element("phrase"), Start: (string?)t.Element("start"), End: (string?)t.Element("end"), Lat: (string?)t.Element("gaztag")?.Element("lat"), Lon: (string?)t.Element("gaztag")?.Element("lon"))),
                "geovirus" => article.Element("locations")?.Elements("location").Select(t => (Name: (string?)t.Element("name"), Start: (string?)t.Element("start"), End: (string?)t.Element("end"), Lat: (string?)t.Element("lat"), Lon: (string?)t.Element("lon"))),
                _ => throw new ArgumentException($"unknown format '{format}'; known: {string.Join(", ", Formats)}."),
            } ?? [];
            int[]? codePoints = null;
            foreach (var item in items)
            {
                if (!int.TryParse(item.Start, CultureInfo.InvariantCulture, out int start) || !int.TryParse(item.End, CultureInfo.InvariantCulture, out int end) || start < 0 || end <= start)
                {
                    warnings.Add($"{path}: article {id}: toponym '{item.Name}' without usable offsets; left out.");
                    continue;
                }
                var span = Locate(text, start, end, item.Name, ref codePoints);
                if (span is null)
                {
                    warnings.Add($"{path}: article {id}: '{item.Name}' is not at {start}-{end}; left out.");
                    continue;
                }
                toponyms.Add(new GoldToponym(span.Value, item.Name ?? span.Value.Of(text), Coordinate(item.Lat), Coordinate(item.Lon)));
            }
            documents.Add(new ToponymDocument(id, text, toponyms));
        }
        return documents;
    }

    private static TextSpan? Locate(string text, int start, int end, string? name, ref int[]? codePoints)
    {
        if (end <= text.Length && (name is null || Same(text.AsSpan(start, end - start), name))) return TextSpan.FromBounds(start, end);
        codePoints ??= TextOffsets.CodePointToUtf16(text);
        if (end < codePoints.Length)
        {
            var span = TextSpan.FromBounds(codePoints[start], codePoints[end]);
            if (name is null || Same(text.AsSpan(span.Start, span.Length), name)) return span;
        }
        return null;
    }

    /// <summary>The gold's name may differ in white space or case from the text ("New  York").</summary>
    private static bool Same(ReadOnlySpan<char> inText, string name) =>
        inText.Equals(name, StringComparison.OrdinalIgnoreCase) || string.Join(' ', inText.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Equals(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static double? Coordinate(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;
}
