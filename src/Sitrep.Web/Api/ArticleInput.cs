using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sitrep.Documents;
using Sitrep.Reading;

namespace Sitrep.Web.Api;

/// <summary>An article sent to the API, as JSON ({"text"|"html", "title", "outlet", "url", "published"}) or as a text/plain or text/html body.</summary>
public sealed record ArticleRequest(string? Text, string? Html, string? Title, string? Outlet, string? Url, string? Published);

/// <summary>An article read from a request: its bytes, a name for messages, and how to read it.</summary>
public sealed record ArticleInput(byte[] Bytes, string Name, ReaderOptions Options)
{
    /// <summary>The article, or what is wrong with the request (by field).</summary>
    public static async Task<(ArticleInput? Input, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var type = request.ContentType ?? "";
        if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancel);
            if (buffer.Length == 0) errors["body"] = ["The body is empty: send the article's text."];
            bool html = type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
            var options = new ReaderOptions { Format = html ? InputFormat.Html : InputFormat.PlainText };
            return (errors.Count > 0 ? null : new ArticleInput(buffer.ToArray(), html ? "posted.html" : "posted.txt", options), errors);
        }
        if (!type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors["body"] = ["Send application/json ({\"text\": …} or {\"html\": …}), text/plain or text/html."];
            return (null, errors);
        }
        ArticleRequest? r;
        try
        {
            r = await JsonSerializer.DeserializeAsync<ArticleRequest>(request.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web), cancel);
        }
        catch (JsonException e)
        {
            errors["body"] = [$"Not valid JSON: {e.Message}"];
            return (null, errors);
        }
        if (r is null || (string.IsNullOrWhiteSpace(r.Text) && string.IsNullOrWhiteSpace(r.Html)))
        {
            errors["text"] = ["Give the article as \"text\" or \"html\"."];
            return (null, errors);
        }
        if (!string.IsNullOrWhiteSpace(r.Text) && !string.IsNullOrWhiteSpace(r.Html)) errors["html"] = ["Give \"text\" or \"html\", not both."];
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(r.Published))
        {
            if (DateOnly.TryParseExact(r.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) published = d;
            else errors["published"] = ["A date as YYYY-MM-DD."];
        }
        if (r.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")) errors["url"] = ["An http or https address."];
        if (errors.Count > 0) return (null, errors);
        bool isHtml = !string.IsNullOrWhiteSpace(r.Html);
        // A title given apart from the text leads it, as the first line of a report does.
        var text = isHtml ? r.Html! : (string.IsNullOrWhiteSpace(r.Title) ? r.Text! : r.Title.Trim() + "\n\n" + r.Text);
        var readerOptions = new ReaderOptions
        {
            Format = isHtml ? InputFormat.Html : InputFormat.PlainText,
            Published = published,
            Outlet = string.IsNullOrWhiteSpace(r.Outlet) ? null : r.Outlet.Trim(),
            Url = string.IsNullOrWhiteSpace(r.Url) ? null : r.Url.Trim(),
        };
        return (new ArticleInput(Encoding.UTF8.GetBytes(text), r.Url ?? (isHtml ? "posted.html" : "posted.txt"), readerOptions), errors);
    }
}
