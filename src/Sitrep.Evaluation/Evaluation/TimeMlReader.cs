using Sitrep.Documents;
using System.Text;
using System.Xml;
using Sitrep.Reading;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads TimeML (TempEval-3): the text of the TEXT element with its tags removed, the TIMEX3s in
/// it with offsets into that text, and the document creation time from the TIMEX3 whose
/// functionInDocument is CREATION_TIME (or the DCT element).
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var gold = new List<GoldTimex>();
        DateOnly? dct = null;
        bool inText = false;
        bool inDct = false;
        (int Start, string Type, string? Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "DCT":
                    inDct = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3":
                    var type = reader.GetAttribute("type") ?? "DATE";
                    var value = reader.GetAttribute("value");
                    if (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        dct ??= DateParsing.Parse(value?.Length >= 10 ? value[..10] : value);
                        break;
                    }
                    if (inText) open = (text.Length, type, value);
                    if (reader.IsEmptyElement) open = null;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3":
                    if (open is { } o && inText)
                    {
                        var span = Trim(text, o.Start, text.Length);
                        if (span.Length > 0) gold.Add(new GoldTimex(span, o.Type, o.Value));
                    }
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return new TimeMlDocument(Path.GetFileName(path), text.ToString(), dct, gold);
    }

    private static TextSpan Trim(StringBuilder text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
