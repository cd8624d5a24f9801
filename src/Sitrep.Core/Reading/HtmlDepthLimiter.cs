
namespace Sitrep.Reading;

/// <summary>
/// Keeps HTML from nesting deeper than a limit before it is parsed. AngleSharp's tree builder
/// walks its open elements for many tags, so 50,000 nested &lt;ul&gt;&lt;li&gt; cost it over a
/// minute, and hundreds of formatting elements left open (&lt;b&gt;, &lt;font&gt;) make its
/// adoption agency run for minutes; no page nests real content hundreds deep. A linear scan keeps a stack of the elements
/// left open, as a parser would, only coarser: an end tag closes up to its own start tag and is
/// ignored without one; &lt;p&gt;, &lt;li&gt; and &lt;a&gt; close an open one of their kind;
/// "/&gt;" closes only void elements and elements inside &lt;svg&gt; or &lt;math&gt;. Past the limits
/// (<see cref="MaxDepth"/> levels, <see cref="MaxOpenFormatting"/> formatting elements left open)
/// the tags are dropped and the text between them kept. Tags are ASCII, so the scan works on the
/// bytes of any ASCII-compatible encoding and leaves the page's encoding alone.
/// </summary>
public static class HtmlDepthLimiter
{
    /// <summary>AngleSharp itself builds no tree deeper than about 510 elements.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame",
    };

    // Close their siblings and never hold deep content in practice: counted as no level.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption",
    };

    // A new one closes the open one of its kind (and what was left open inside it).
    private static readonly HashSet<string> ClosesItsKind = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6" };

    // Inline elements a new paragraph, item or link closes when they were left open inside the old one.
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "code", "sup", "sub", "abbr", "cite", "q", "mark", "label", "time", "nobr", "tt", "strike",
    };

    // The elements the HTML parser keeps in its list of active formatting elements and re-opens
    // in each new block: hundreds left open make its adoption agency run for minutes.
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Formatting elements left open at once past which more are left out (their text kept).</summary>
    public const int MaxOpenFormatting = 64;

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noembed", "noframes" };

    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase) { "svg", "math" };

    /// <summary>
    /// The page's bytes with every tag past the limits left out, and how many were; the same
    /// array when none was (one pass, the usual case).
    /// </summary>
    public static (byte[] Html, int Dropped) Limit(byte[] html)
    {
        var drops = new List<(int Start, int End)>();
        int dropped = Scan(html, drops);
        if (dropped == 0) return (html, 0);
        using var output = new MemoryStream(html.Length);
        int copied = 0;
        foreach (var (start, end) in drops)
        {
            output.Write(html, copied, start - copied);
            copied = end;
        }
        output.Write(html, copied, html.Length - copied);
        return (output.ToArray(), dropped);
    }

    /// <summary>One pass: counts the tags past the limit, and records where each is when <paramref name="drops"/> is given.</summary>
    private static int Scan(ReadOnlySpan<byte> s, List<(int Start, int End)> drops)
    {
        // The open elements, bounded by the limit; tags opened past it are counted by name, so that
        // their own end tags are left out with them.
        var open = new List<string>(64);
        Dictionary<string, int>? skipped = null;
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nameOf = names.GetAlternateLookup<ReadOnlySpan<char>>();
        int dropped = 0, foreignDepth = 0;
        // The parser's list of active formatting elements, as it keeps it: an end tag takes its
        // element off, a new link takes the old link off, and of identical tags (name and
        // attributes, compared by a hash of the tag's text) at most three stay ("Noah's Ark").
        var formatting = new List<(string Name, int Tag)>();
        Span<char> buffer = stackalloc char[16];
        int i = 0;
        while (i < s.Length)
        {
            if (At(s, i) != '<') { i++; continue; }
            int tagStart = i;
            if (StartsWith(s, i, "<!--"))
            {
                // "<!-->" and "<!--->" are whole comments too.
                if (StartsWith(s, i + 4, ">")) { i += 5; continue; }
                if (StartsWith(s, i + 4, "->")) { i += 6; continue; }
                i = IndexOf(s, i + 4, "-->") is var e and >= 0 ? e + 3 : s.Length;
                continue;
            }
            bool end = i + 1 < s.Length && At(s, i + 1) == '/';
            int n = i + (end ? 2 : 1);
            if (n >= s.Length || !char.IsAsciiLetter(At(s, n)))
            {
                i++;
                continue;
            }
            int length = 0;
            while (n < s.Length && (char.IsAsciiLetterOrDigit(At(s, n)) || At(s, n) == '-'))
            {
                if (length < buffer.Length) buffer[length] = At(s, n);
                length++;
                n++;
            }
            int close = TagEnd(s, n);
            if (close < 0) break;
            i = close + 1;
            ReadOnlySpan<char> span = buffer[..Math.Min(length, buffer.Length)];
            if (!nameOf.TryGetValue(span, out var tag))
            {
                tag = span.ToString().ToLowerInvariant();
                names[tag] = tag;
            }
            bool drop = false;
            if (end)
            {
                if (skipped is not null && skipped.TryGetValue(tag, out int count) && count > 0)
                {
                    skipped[tag] = count - 1;
                    drop = true;
                }
                else
                {
                    if (Formatting.Contains(tag) && LastNamed(formatting, tag) is var last and >= 0) formatting.RemoveAt(last);
                    // Close up to its start tag; an end tag without one is ignored, as a parser does.
                    int at = open.LastIndexOf(tag);
                    if (at >= 0)
                    {
                        for (int k = open.Count - 1; k >= at; k--)
                            if (Foreign.Contains(open[k])) foreignDepth--;
                        open.RemoveRange(at, open.Count - at);
                    }
                }
            }
            else if (RawText.Contains(tag))
            {
                // Its content is text, not tags: jump past its end tag.
                int stop = IndexOfEndTag(s, i, tag);
                i = stop < 0 ? s.Length : (TagEnd(s, stop + 2) is var gt and >= 0 ? gt + 1 : s.Length);
            }
            else if (Void.Contains(tag) || Flat.Contains(tag) || foreignDepth > 0 && At(s, close - 1) == '/')
            {
                // No level: "/>" closes an element only in SVG and MathML (and void ones anywhere).
            }
            else
            {
                // Past the limit everything that opens is left out, even what would close its kind.
                if (open.Count < MaxDepth && ClosesItsKind.Contains(tag) && OpenOfItsKind(open, tag) is var same and >= 0)
                {
                    for (int k = open.Count - 1; k >= same; k--)
                        if (Foreign.Contains(open[k])) foreignDepth--;
                    open.RemoveRange(same, open.Count - same);
                }
                int? formattingTag = null;
                if (Formatting.Contains(tag) && open.Count < MaxDepth)
                {
                    formattingTag = TagHash(s[tagStart..(close + 1)]);
                    if (tag == "a" && LastNamed(formatting, "a") is var link and >= 0) formatting.RemoveAt(link);
                    int identical = 0, first = -1;
                    for (int k = 0; k < formatting.Count; k++)
                        if (formatting[k].Tag == formattingTag && identical++ == 0) first = k;
                    if (identical >= 3) formatting.RemoveAt(first);
                }
                if (open.Count >= MaxDepth || formattingTag is not null && formatting.Count >= MaxOpenFormatting)
                {
                    skipped ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    skipped[tag] = skipped.GetValueOrDefault(tag) + 1;
                    drop = true;
                }
                else
                {
                    open.Add(tag);
                    if (Foreign.Contains(tag)) foreignDepth++;
                    if (formattingTag is { } hash) formatting.Add((tag, hash));
                }
            }
            if (!drop) continue;
            dropped++;
            drops.Add((tagStart, i));
        }
        return dropped;
    }

    /// <summary>
    /// The open element a new &lt;p&gt;, &lt;li&gt; or &lt;a&gt; closes: one of its kind at the top of
    /// the stack, under nothing but inline elements left open in it; -1 when a block is in between
    /// (an &lt;li&gt; inside a nested &lt;ul&gt; closes nothing).
    /// </summary>
    private static int OpenOfItsKind(List<string> open, string tag)
    {
        for (int k = open.Count - 1; k >= 0; k--)
        {
            if (string.Equals(open[k], tag, StringComparison.Ordinal)) return k;
            if (!Inline.Contains(open[k])) return -1;
        }
        return -1;
    }

    /// <summary>The '&gt;' that ends a tag whose name ends at <paramref name="from"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(ReadOnlySpan<byte> s, int from)
    {
        char quote = '\0';
        for (int i = from; i < s.Length; i++)
        {
            char c = At(s, i);
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'' && i > from && At(s, i - 1) == '=' ) quote = c;
            else if (c == '>') return i;
        }
        return -1;
    }

    private static int LastNamed(List<(string Name, int Tag)> formatting, string name)
    {
        for (int k = formatting.Count - 1; k >= 0; k--)
            if (string.Equals(formatting[k].Name, name, StringComparison.Ordinal)) return k;
        return -1;
    }

    /// <summary>A tag's text, case folded, as a hash: identical tags hash alike without a string per tag.</summary>
    private static int TagHash(ReadOnlySpan<byte> tag)
    {
        var hash = new HashCode();
        foreach (byte b in tag) hash.Add(b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b);
        return hash.ToHashCode();
    }

    private static char At(ReadOnlySpan<byte> s, int i) => (char)s[i];

    private static bool StartsWith(ReadOnlySpan<byte> s, int i, string what)
    {
        if (i + what.Length > s.Length) return false;
        for (int k = 0; k < what.Length; k++)
            if (At(s, i + k) != what[k]) return false;
        return true;
    }

    private static int IndexOf(ReadOnlySpan<byte> s, int from, string what)
    {
        for (int i = from; i + what.Length <= s.Length; i++)
            if (At(s, i) == what[0] && StartsWith(s, i, what)) return i;
        return -1;
    }

    private static int IndexOfEndTag(ReadOnlySpan<byte> s, int from, string tag)
    {
        for (int i = from; i + tag.Length + 2 <= s.Length; i++)
        {
            if (At(s, i) != '<' || At(s, i + 1) != '/') continue;
            bool match = true;
            for (int k = 0; k < tag.Length && match; k++) match = char.ToLowerInvariant(At(s, i + 2 + k)) == tag[k];
            if (match) return i;
        }
        return -1;
    }
}
