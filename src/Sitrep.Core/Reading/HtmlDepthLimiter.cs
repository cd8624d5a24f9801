using System.Numerics;
using System.Text;

namespace Sitrep.Reading;

/// <summary>
/// Keeps HTML from nesting deeper than a limit before it is parsed. AngleSharp's tree builder
/// walks the open elements for many tags, so 50,000 nested &lt;ul&gt;&lt;li&gt; cost it over a
/// minute; no page nests real content hundreds deep. A linear scan counts the elements left open
/// (tags that close themselves or their siblings — &lt;p&gt;, &lt;li&gt;, &lt;td&gt;, &lt;br&gt; — do
/// not nest); past the limit the tags are dropped and the text between them kept.
/// </summary>
public static class HtmlDepthLimiter
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "plaintext" };

    // Looked up by span: no string per tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingByName = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextByName = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the markup nests deeper than <see cref="MaxDepth"/> (bytes of an ASCII-compatible encoding, or characters).</summary>
    public static bool TooDeep<T>(ReadOnlySpan<T> html) where T : unmanaged, IBinaryInteger<T> => Scan(html, null) > 0;

    /// <summary>The markup with every tag past <see cref="MaxDepth"/> left out, and how many were.</summary>
    public static (string Html, int Dropped) Limit(string html)
    {
        var sb = new StringBuilder(html.Length);
        int dropped = Scan(html.AsSpan(), sb);
        return (sb.ToString(), dropped);
    }

    /// <summary>One pass: counts the tags past the limit, and writes the rest to <paramref name="output"/> when given.</summary>
    private static int Scan<T>(ReadOnlySpan<T> s, StringBuilder? output) where T : unmanaged, IBinaryInteger<T>
    {
        int depth = 0, dropped = 0;
        // Tags left out, by name: only their own end tags are left out with them.
        Dictionary<string, int>? skipped = null;
        int copied = 0;
        Span<char> name = stackalloc char[16];
        int i = 0;
        while (i < s.Length)
        {
            if (At(s, i) != '<') { i++; continue; }
            int tagStart = i;
            if (StartsWith(s, i, "<!--"))
            {
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
            int nameLength = 0;
            while (n < s.Length && (char.IsAsciiLetterOrDigit(At(s, n)) || At(s, n) == '-'))
            {
                if (nameLength < name.Length) name[nameLength] = At(s, n);
                nameLength++;
                n++;
            }
            int close = IndexOf(s, n, ">");
            if (close < 0) break;
            i = close + 1;
            if (nameLength > name.Length) nameLength = name.Length;
            ReadOnlySpan<char> tag = name[..nameLength];
            bool selfClosing = At(s, close - 1) == '/';
            bool drop = false;
            if (end)
            {
                if (!NotNestingByName.Contains(tag))
                {
                    if (skipped is not null && skipped.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tag, out int open) && open > 0)
                    {
                        skipped.GetAlternateLookup<ReadOnlySpan<char>>()[tag] = open - 1;
                        drop = true;
                    }
                    else if (depth > 0) depth--;
                }
            }
            else if (RawTextByName.Contains(tag))
            {
                // Its content is text, not tags: jump to its end tag.
                int stop = IndexOfEndTag(s, i, tag);
                i = stop < 0 ? s.Length : stop;
            }
            else if (!selfClosing && !NotNestingByName.Contains(tag))
            {
                if (depth >= MaxDepth)
                {
                    skipped ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    var byName = skipped.GetAlternateLookup<ReadOnlySpan<char>>();
                    byName[tag] = byName.TryGetValue(tag, out int open) ? open + 1 : 1;
                    drop = true;
                }
                else depth++;
            }
            if (!drop) continue;
            dropped++;
            if (output is not null)
            {
                Append(output, s[copied..tagStart]);
                copied = i;
            }
        }
        if (output is not null) Append(output, s[copied..]);
        return dropped;
    }

    private static char At<T>(ReadOnlySpan<T> s, int i) where T : unmanaged, IBinaryInteger<T> => (char)ushort.CreateTruncating(s[i]);

    private static bool StartsWith<T>(ReadOnlySpan<T> s, int i, string what) where T : unmanaged, IBinaryInteger<T>
    {
        if (i + what.Length > s.Length) return false;
        for (int k = 0; k < what.Length; k++)
            if (At(s, i + k) != what[k]) return false;
        return true;
    }

    private static int IndexOf<T>(ReadOnlySpan<T> s, int from, string what) where T : unmanaged, IBinaryInteger<T>
    {
        for (int i = from; i + what.Length <= s.Length; i++)
            if (At(s, i) == what[0] && StartsWith(s, i, what)) return i;
        return -1;
    }

    private static int IndexOfEndTag<T>(ReadOnlySpan<T> s, int from, ReadOnlySpan<char> tag) where T : unmanaged, IBinaryInteger<T>
    {
        for (int i = from; i + tag.Length + 2 <= s.Length; i++)
        {
            if (At(s, i) != '<' || At(s, i + 1) != '/') continue;
            bool match = true;
            for (int k = 0; k < tag.Length && match; k++) match = char.ToLowerInvariant(At(s, i + 2 + k)) == char.ToLowerInvariant(tag[k]);
            if (match) return i;
        }
        return -1;
    }

    private static void Append<T>(StringBuilder sb, ReadOnlySpan<T> part) where T : unmanaged, IBinaryInteger<T>
    {
        foreach (var c in part) sb.Append((char)ushort.CreateTruncating(c));
    }
}
