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
        string? fallback = null;
        switch (format)
        {
            case InputFormat.Html:
                using (var stream = new MemoryStream(bytes, writable: false)) extracted = HtmlArticleExtractor.Extract(stream);
                break;
            case InputFormat.Markdown:
                (var md, fallback) = TextDecoder.Decode(bytes);
                extracted = MarkdownTextExtractor.Extract(md);
                break;
            default:
                (var text, fallback) = TextDecoder.Decode(bytes);
                extracted = new ExtractedText(text);
                break;
        }
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
        if (fallback is not null)
            document.AddWarning(new Warning("encoding", $"{inputName}: not valid UTF-8; read as {fallback}.", []));
        return document;
    }

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
