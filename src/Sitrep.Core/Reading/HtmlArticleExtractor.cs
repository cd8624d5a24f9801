using Sitrep.Documents;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Reading;

/// <summary>
/// The article inside an HTML page, with AngleSharp: scripts, navigation, menus, share bars and
/// other boilerplate removed; the block with the most paragraph text taken as the body; title,
/// outlet, date and URL read from the page's metadata (Open Graph, JSON-LD, meta tags, time).
/// </summary>
public static class HtmlArticleExtractor
{
    private static readonly string[] Junk =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav",
        "footer", "aside", "object", "embed", "video", "audio", "map", "dialog",
        "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]", "[hidden]",
    ];

    private static readonly string[] BoilerplateWords =
    [
        "nav", "menu", "footer", "sidebar", "share", "social", "comment", "related", "recommend", "newsletter", "subscribe", "advert", "promo",
        "cookie", "breadcrumb", "popup", "modal", "signup", "masthead", "toolbar", "banner", "sponsor", "outbrain", "taboola", "most-read", "trending",
    ];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    { "H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "FIGCAPTION", "TD", "TH", "ADDRESS" };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    { "DIV", "SECTION", "ARTICLE", "MAIN", "BODY", "UL", "OL", "TABLE", "TBODY", "TR", "DL", "HEADER", "SPAN", "CENTER", "FONT" };

    public static ExtractedText Extract(Stream html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = ReadMetadata(document);
        foreach (var selector in Junk)
            foreach (var e in document.QuerySelectorAll(selector).ToList()) e.Remove();
        foreach (var e in document.QuerySelectorAll("[class], [id]").ToList())
            if (LooksLikeBoilerplate(e) && e.ParentElement is not null && e.LocalName is not ("body" or "html" or "article" or "main")) e.Remove();

        var root = MainBlock(document) ?? document.Body ?? document.DocumentElement;
        var blocks = new List<string>();
        Collect(root, blocks);
        var text = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return meta with { Text = text };
    }

    private static ExtractedText ReadMetadata(IDocument d)
    {
        string? Meta(params string[] names)
        {
            foreach (var n in names)
            {
                var e = d.QuerySelector($"meta[property='{n}'], meta[name='{n}'], meta[itemprop='{n}']");
                if (e?.GetAttribute("content") is { Length: > 0 } v) return v.Trim();
            }
            return null;
        }
        string? jsonTitle = null, jsonOutlet = null, jsonDate = null, jsonUrl = null;
        foreach (var script in d.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var item in Items(json.RootElement))
                {
                    jsonTitle ??= Prop(item, "headline");
                    jsonDate ??= Prop(item, "datePublished");
                    jsonUrl ??= Prop(item, "url");
                    if (item.TryGetProperty("publisher", out var pub) && pub.ValueKind == JsonValueKind.Object) jsonOutlet ??= Prop(pub, "name");
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block tells us nothing; the meta tags may.
            }
        }
        var outlet = Meta("og:site_name", "application-name", "publisher") ?? jsonOutlet;
        var title = Meta("og:title", "twitter:title", "headline") ?? jsonTitle ?? d.QuerySelector("article h1, h1")?.TextContent ?? d.Title;
        var published = DateParsing.Parse(Meta("article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
                                          ?? jsonDate ?? d.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = d.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url") ?? jsonUrl;
        return new ExtractedText("")
        {
            Title = CleanTitle(Normalise(title), outlet),
            Outlet = outlet is null ? null : Normalise(outlet),
            Published = published,
            Url = url,
        };
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in root.EnumerateArray()) foreach (var y in Items(x)) yield return y;
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("@graph", out var graph)) foreach (var y in Items(graph)) yield return y;
            yield return root;
        }
    }

    private static string? Prop(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>"Headline | Rudaw.net" -> "Headline".</summary>
    private static string? CleanTitle(string? title, string? outlet)
    {
        if (title is null) return null;
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0) continue;
            var tail = title[(i + sep.Length)..];
            bool isOutlet = outlet is not null && tail.Contains(outlet.Split(' ')[0], StringComparison.OrdinalIgnoreCase);
            if (isOutlet || tail.Split(' ').Length <= 3 && i > 20) return title[..i].Trim();
        }
        return title;
    }

    private static bool LooksLikeBoilerplate(IElement e)
    {
        var marks = ((e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "")).ToLowerInvariant();
        if (marks.Contains("article") || marks.Contains("content") && !marks.Contains("related")) return false;
        foreach (var word in BoilerplateWords)
            foreach (var token in marks.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries))
                if (token == word || token.StartsWith(word + "-") || token.EndsWith("-" + word) || token.Contains("-" + word + "-")) return true;
        return false;
    }

    /// <summary>The element whose own paragraphs hold the most text.</summary>
    private static IElement? MainBlock(IDocument d)
    {
        var explicitBody = d.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && ParagraphText(explicitBody, deep: true) > 200) return explicitBody;
        // Each element scores the text of its own paragraphs; one pass over the paragraphs, so a page of
        // 200,000 paragraphs costs no more than their number.
        var scores = new Dictionary<IElement, int>();
        foreach (var p in d.QuerySelectorAll("p"))
            if (p.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + p.TextContent.Trim().Length;
        IElement? best = null;
        int bestScore = 0;
        foreach (var (parent, score) in scores)
            if (score > bestScore) (best, bestScore) = (parent, score);
        var article = d.QuerySelectorAll("article").OrderByDescending(a => ParagraphText(a, deep: true)).FirstOrDefault();
        if (article is not null && best is not null && article.Contains(best)) return article;
        if (best is not null && bestScore >= 200)
        {
            // Take the nearest ancestor that holds the headline too, if it is close.
            var up = best.ParentElement;
            if (up is not null && up.QuerySelector("h1") is not null && ParagraphText(up, deep: true) < bestScore * 1.5) return up;
            return best;
        }
        return article;
    }

    private static int ParagraphText(IElement e, bool deep)
    {
        int n = 0;
        var ps = deep ? e.QuerySelectorAll("p") : e.Children.Where(c => c.LocalName == "p");
        foreach (var p in ps) n += p.TextContent.Trim().Length;
        return n;
    }

    private static void Collect(IElement e, List<string> blocks)
    {
        if (Blocks.Contains(e.TagName) && !e.Children.Any(c => Blocks.Contains(c.TagName) || c.TagName is "DIV" or "UL" or "OL" or "TABLE"))
        {
            var text = Normalise(TextWithBreaks(e));
            if (text is { Length: > 0 } && !MostlyLinks(e, text)) blocks.Add(text);
            return;
        }
        var loose = new StringBuilder();
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement child && (Blocks.Contains(child.TagName) || Containers.Contains(child.TagName) && child.Children.Any()))
            {
                Flush(loose, blocks);
                Collect(child, blocks);
            }
            else if (node is IElement br && br.TagName == "BR")
            {
                Flush(loose, blocks);
            }
            else
            {
                loose.Append(node.TextContent);
            }
        }
        Flush(loose, blocks);
    }

    private static void Flush(StringBuilder loose, List<string> blocks)
    {
        var text = Normalise(loose.ToString());
        if (text is { Length: > 0 }) blocks.Add(text);
        loose.Clear();
    }

    private static string TextWithBreaks(IElement e)
    {
        var sb = new StringBuilder();
        foreach (var node in e.ChildNodes)
            sb.Append(node is IElement { TagName: "BR" } ? " " : node.TextContent);
        return sb.ToString();
    }

    private static bool MostlyLinks(IElement e, string text)
    {
        int linked = e.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text.Length < 120 && linked > text.Length * 0.6;
    }

    private static string? Normalise(string? s)
    {
        if (s is null) return null;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
