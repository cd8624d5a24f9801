using Sitrep.Documents;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sitrep.Reading;

/// <summary>
/// Plain text out of Markdown with Markdig: one paragraph per block, links and emphasis reduced
/// to their words, code left out; the first heading is the title; YAML front matter may give
/// title, date, outlet and URL.
/// </summary>
public static class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Nesting past this (block quotes, lists, indentation in columns) is not a report's: Markdig's time grows with depth times line length.</summary>
    public const int MaxNesting = 32;

    public static ExtractedText Extract(string markdown)
    {
        if (TooDeep(markdown))
            return new ExtractedText(markdown) { Problem = "Markdown nested too deeply to parse; read as plain text." };
        MarkdownDocument md;
        try
        {
            md = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses nesting past its depth limit (">>>>...", thousands of "[" ): the
            // words are still the report's, so they are read as plain text, and the reader is told.
            return new ExtractedText(markdown) { Problem = "Markdown nested too deeply to parse; read as plain text." };
        }
        var blocks = new List<string>();
        string? title = null, outlet = null, url = null;
        DateOnly? published = null;
        foreach (var block in md)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                foreach (var line in yaml.Lines.Lines.Select(l => l.ToString()))
                {
                    int colon = line.IndexOf(':');
                    if (colon <= 0) continue;
                    var key = line[..colon].Trim().ToLowerInvariant();
                    var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                    switch (key)
                    {
                        case "title": title = value; break;
                        case "date" or "published": published = DateParsing.Parse(value); break;
                        case "outlet" or "source" or "publisher": outlet = value; break;
                        case "url" or "link": url = value; break;
                    }
                }
                continue;
            }
            Collect(block, blocks);
        }
        var first = md.OfType<HeadingBlock>().FirstOrDefault();
        if (title is null && first?.Inline is { } inline) title = InlineText(inline).Trim();
        return new ExtractedText(string.Join("\n\n", blocks.Where(b => b.Length > 0)))
        {
            Title = title,
            Outlet = outlet,
            Published = published,
            Url = url,
        };
    }

    /// <summary>
    /// Whether a line opens more than <see cref="MaxNesting"/> containers ("> > - 1. ...") or
    /// is indented more than four columns per level allows. One linear pass: 5,000 nested list
    /// items (17 MB of indentation) kept Markdig busy for minutes.
    /// </summary>
    public static bool TooDeep(ReadOnlySpan<char> markdown)
    {
        int i = 0;
        while (i < markdown.Length)
        {
            int columns = 0, markers = 0;
            while (i < markdown.Length)
            {
                char c = markdown[i];
                if (c == ' ') { columns++; i++; }
                else if (c == '\t') { columns += 4; i++; }
                else if (c == '>') { markers++; columns++; i++; }
                else if (c is '-' or '*' or '+' && i + 1 < markdown.Length && markdown[i + 1] == ' ') { markers++; columns += 2; i += 2; }
                else if (char.IsAsciiDigit(c))
                {
                    int j = i;
                    while (j < markdown.Length && j - i < 9 && char.IsAsciiDigit(markdown[j])) j++;
                    if (j + 1 < markdown.Length && markdown[j] is '.' or ')' && markdown[j + 1] == ' ') { markers++; columns += j - i + 2; i = j + 2; }
                    else break;
                }
                else break;
                if (markers > MaxNesting || columns > MaxNesting * 4 + 8) return true;
            }
            int end = markdown[i..].IndexOf('\n');
            i = end < 0 ? markdown.Length : i + end + 1;
        }
        return false;
    }

    private static void Collect(Block block, List<string> blocks)
    {
        switch (block)
        {
            case CodeBlock or ThematicBreakBlock or HtmlBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                blocks.Add(Squash(InlineText(inline)));
                return;
            case ContainerBlock container:
                foreach (var child in container) Collect(child, blocks);
                return;
        }
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
                case HtmlInline: break;
                case ContainerInline inner: sb.Append(InlineText(inner)); break;
            }
        }
        return sb.ToString();
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
