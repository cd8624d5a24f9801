using Sitrep.Documents;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Reading;

/// <summary>
/// Turns an input's bytes into a <see cref="Document"/>: refuses what is not a news text (empty,
/// binary, too large) with a message naming the input, decodes, takes the main text out of HTML
/// and Markdown, and keeps what the input says about itself. Options given by the user win over
/// what the page says.
/// </summary>
public sealed class DocumentReader(ReaderOptions options)
{
    public Document Read(byte[] bytes, string inputName)
    {
        if (bytes.Length == 0) throw new DocumentReadException($"{inputName}: the input is empty.");
        if (bytes.Length > options.MaxBytes)
            throw new DocumentReadException($"{inputName}: {Sizes.Format(bytes.Length)} is more than the limit of {Sizes.Format(options.MaxBytes)} (raise it with --max-bytes).");
        if (TextDecoder.BinaryKind(bytes) is { } binary) throw new DocumentReadException($"{inputName}: this is {binary}, not text.");

        var format = options.Format ?? Guess(inputName, bytes);
        ExtractedText extracted;
        var warnings = new List<string>();
        switch (format)
        {
            case InputFormat.Html:
                extracted = ReadHtml(bytes, warnings);
                break;
            case InputFormat.Markdown:
                extracted = MarkdownTextExtractor.Extract(Decode(bytes, warnings));
                break;
            default:
                extracted = new ExtractedText(Decode(bytes, warnings));
                break;
        }
        if (extracted.Problem is { } problem) warnings.Add(problem);
        if (string.IsNullOrWhiteSpace(extracted.Text))
            throw new DocumentReadException($"{inputName}: no text found{(format == InputFormat.Html ? " in the page's body" : "")}.");
        if (extracted.Text.Length > options.MaxTextCharacters)
            throw new DocumentReadException($"{inputName}: the text has {extracted.Text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, more than the limit of {options.MaxTextCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} for one report.");

        var source = new DocumentSource
        {
            InputName = inputName,
            Format = format,
            Title = extracted.Title,
            Outlet = options.Outlet ?? extracted.Outlet,
            Url = options.Url ?? extracted.Url,
            PublishedClaims = Claims(extracted.Published is { } page ? new DateClaim(page, format == InputFormat.Html ? "html-metadata" : "front-matter") : null,
                options.Published is { } optionDate ? new DateClaim(optionDate, "option") : null),
        };
        // The headline is usually the page's first block too: then it has a span.
        if (source.Title is { } title && extracted.Text.StartsWith(title, StringComparison.Ordinal))
            source = source with { TitleSpan = new TextSpan(0, title.Length) };
        var document = new Document(extracted.Text, source);
        foreach (var warning in warnings)
            document.AddWarning(new Warning("input", $"{inputName}: {warning}", []));
        return document;
    }

    private static string Decode(byte[] bytes, List<string> warnings)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Warning is { } w) warnings.Add(w);
        return decoded.Text;
    }

    /// <summary>
    /// AngleSharp decodes the page itself (it reads the meta charset); a UTF-16 or UTF-32 page is
    /// decoded here and handed over as UTF-8 with a byte-order mark, which wins over its meta tag.
    /// A page that nests too deep to parse in reasonable time loses its tags past the limits first
    /// (in its own bytes, so its encoding is still the page's).
    /// </summary>
    private static ExtractedText ReadHtml(byte[] bytes, List<string> warnings)
    {
        if (TextDecoder.Wide(bytes) is not null)
            bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Decode(bytes, warnings))];
        (bytes, int dropped) = HtmlDepthLimiter.Limit(bytes);
        if (dropped > 0) warnings.Add(DepthWarning(dropped));
        using var stream = new MemoryStream(bytes, writable: false);
        return HtmlArticleExtractor.Extract(stream);
    }

    private static string DepthWarning(int dropped) =>
        $"the page nests more than {HtmlDepthLimiter.MaxDepth} elements deep or leaves more than {HtmlDepthLimiter.MaxOpenFormatting} formatting elements open; {dropped:N0} tags past that left out, their text kept.";

    private static DateClaim[] Claims(params DateClaim?[] claims) => claims.OfType<DateClaim>().ToArray();

    /// <summary>By the name's extension, else by the first bytes: markup starts with a tag.</summary>
    public static InputFormat Guess(string name, ReadOnlySpan<byte> bytes)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml") return InputFormat.Html;
        if (ext is ".md" or ".markdown") return InputFormat.Markdown;
        if (ext is ".txt" or ".text") return InputFormat.PlainText;
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (head.StartsWith("<!doctype html") || head.StartsWith("<html") || head.StartsWith("<?xml") && head.Contains("<html") || head.StartsWith("<head") || head.StartsWith("<body"))
            return InputFormat.Html;
        if (head.StartsWith("---\n") || head.StartsWith("# ")) return InputFormat.Markdown;
        return InputFormat.PlainText;
    }
}
