using Sitrep.Documents;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Reading;

/// <summary>
/// Reads what a plain-text article says about itself in its first lines when the input gave no
/// metadata: an outlet line ("In Rudaw"), a headline (a short line without a final period
/// followed by the body), and an agency dateline ("BAGHDAD, March 29, 2020 (Reuters) -"); then
/// decides the publication date by <see cref="PublicationDate.Decide"/>, so every later stage reads
/// one date.
/// </summary>
public sealed partial class HeaderAnnotator(Outlets outlets) : IAnnotator
{
    public string Name => "header";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Metadata;

    public void Annotate(Document document)
    {
        var source = document.Source;
        var paragraphs = document.Paragraphs;
        int next = 0;
        if (source.Outlet is null && paragraphs.Count > 1 && OutletLine(document, paragraphs[0].Span) is { } outlet)
        {
            source = source with { Outlet = outlet.Name, OutletSpan = outlet.Span };
            next = 1;
        }
        if (source.Title is null && next < paragraphs.Count - 1)
        {
            var p = paragraphs[next].Span;
            var text = p.In(document.Text);
            if (text.Length <= 250 && !text.Contains('\n') && !text.TrimEnd().EndsWith('.') && WordCount(text) >= 3)
                source = source with { Title = text.ToString().Trim(), TitleSpan = p };
        }
        DateClaim? dateline = null;
        if (Dateline().Match(document.Text, 0, Math.Min(document.Text.Length, 2000)) is { Success: true } m)
        {
            var g = m.Groups["agency"];
            if (source.Outlet is null && g.Success && outlets.Find(g.Value) is { } agency)
                source = source with { Outlet = agency.Name, OutletSpan = new TextSpan(g.Index, g.Length) };
            var d = m.Groups["date"];
            if (d.Success && DateParsing.Parse(d.Value.Replace(".", "")) is { } date)
                dateline = new DateClaim(date, "dateline", new TextSpan(d.Index, d.Length));
        }
        document.SetSource(PublicationDate.Decide(source, dateline));
    }

    private (string Name, TextSpan Span)? OutletLine(Document document, TextSpan line)
    {
        var text = line.Of(document.Text);
        if (text.Contains('\n') || text.Length > 60) return null;
        var m = OutletPrefix().Match(text);
        var name = m.Success ? m.Groups["name"] : null;
        var candidate = name?.Value ?? text;
        int offset = name?.Index ?? 0;
        if (outlets.Find(candidate) is { } known) return (known.Name, new TextSpan(line.Start + offset, candidate.Length));
        // An unknown outlet counts only in the explicit "In X" / "Source: X" form.
        if (m.Success && char.IsUpper(candidate[0]) && WordCount(candidate) <= 5)
            return (candidate.Trim(), new TextSpan(line.Start + offset, candidate.Length));
        return null;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) count++;
            inWord = w;
        }
        return count;
    }

    [GeneratedRegex(@"^(?:In|From|Source:|Via|Published in)\s+(?<name>\S.*?)\s*$")]
    private static partial Regex OutletPrefix();

    [GeneratedRegex(@"(?m)^[A-Z][A-Z .'-]+,(?:[^\n(,]{0,30},)?\s*(?<date>[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4})?\s*(?:\((?<agency>[A-Za-z][A-Za-z .-]+)\))?\s*[-–—]")]
    private static partial Regex Dateline();
}
