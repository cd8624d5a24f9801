using System.Text;

namespace Sitrep.Tests.Hostile;

/// <summary>One generated input: a file name (its extension picks the reader), its bytes, and the generator that made it.</summary>
public sealed record HostileInput(string Name, byte[] Bytes, string Kind);

/// <summary>
/// Inputs a hostile or careless world sends, generated from a seed so a failure can be replayed:
/// random bytes; real articles with bytes, words or sentences mutated; broken and mixed
/// encodings; deep and broken HTML and Markdown; huge tokens; repeated abbreviations and cue
/// words; zero-width, bidi and combining characters; and, for ingest, JSON Lines, CSV, feeds and
/// Reuters SGML with broken rows. Shared by the test suite (a short run) and the benchmark's
/// long campaign (<c>bench ... -- fuzz</c>).
/// </summary>
public sealed class HostileInputs(IReadOnlyList<string> articles, int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Repeated =
    [
        "Mr. ", "U.S. ", "Gen. ", "Lt. Col. ", "St. ", "No. ", "according to ", "said ", "told ", "killed ", "attacked ", "the ", "\"", "“", "”", "'", "(", ")",
        "-- ", ": ", "; ", ", ", ". ", "... ", "on Monday ", "last week ", "5 ", "1,000 ", "five soldiers ", "Baghdad ", "Iraq, ", "John Smith, ",
        "he said that ", "He said: \"x\" ", "in Baghdad on Monday, ", "al-", "K1 ", "ISIS ", "a ", "\n", "\n\n", "\t", "http://x.y/ ", "#", "*", ">",
    ];

    private static readonly string[] Tags = ["div", "ul", "li", "p", "b", "i", "span", "table", "tr", "td", "a", "section", "article", "font", "blockquote", "em", "form", "select", "option", "svg", "math", "template", "noscript", "frameset"];

    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u0301', '\u0308', '\u034F', '\u2028', '\u2029', '\u00A0', '\u3000'];

    public static readonly string[] DocumentKinds =
    [
        "random-bytes", "mutated-bytes", "mutated-words", "shuffled-sentences", "encoding", "deep-html", "broken-html", "deep-markdown",
        "huge-token", "repeated-token", "invisible-characters", "unicode-soup",
    ];

    public static readonly string[] ContainerKinds = ["jsonl", "csv", "feed", "reuters"];

    /// <summary>
    /// Real articles to mutate: BBC News from ../shared/data (read there, never copied into the
    /// repository), else the repository's own test reports.
    /// </summary>
    public static IReadOnlyList<string> Articles(string repositoryRoot, int perSection)
    {
        var bbc = Path.Combine(repositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw");
        IEnumerable<string> files = Directory.Exists(bbc)
            ? Directory.EnumerateDirectories(bbc).Order(StringComparer.Ordinal).SelectMany(s => Directory.EnumerateFiles(s, "*.txt").Order(StringComparer.Ordinal).Take(perSection))
            : Directory.EnumerateFiles(Path.Combine(repositoryRoot, "tests", "fixtures", "reports"), "*.txt").Order(StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToList();
    }

    /// <summary>The next input that is one document (for extract and for ingest of single files).</summary>
    public HostileInput NextDocument(int index)
    {
        var kind = DocumentKinds[_random.Next(DocumentKinds.Length)];
        return kind switch
        {
            "random-bytes" => new($"{index:D6}.txt", RandomBytes(_random.Next(1, 8192)), kind),
            "mutated-bytes" => new($"{index:D6}.txt", MutateBytes(Utf8(Article())), kind),
            "mutated-words" => new($"{index:D6}.txt", Utf8(MutateWords(Article())), kind),
            "shuffled-sentences" => new($"{index:D6}.txt", Utf8(ShuffleSentences(Article())), kind),
            "encoding" => Encoded(index),
            "deep-html" => new($"{index:D6}.html", Utf8(DeepHtml()), kind),
            "broken-html" => new($"{index:D6}.html", Utf8(BrokenHtml(Article())), kind),
            "deep-markdown" => new($"{index:D6}.md", Utf8(DeepMarkdown()), kind),
            "huge-token" => new($"{index:D6}.txt", Utf8(HugeToken()), kind),
            "repeated-token" => new($"{index:D6}.txt", Utf8(RepeatedToken()), kind),
            "invisible-characters" => new($"{index:D6}.txt", Utf8(Sprinkle(Article())), kind),
            _ => new($"{index:D6}.txt", Utf8(UnicodeSoup()), kind),
        };
    }

    /// <summary>The next container of several reports, some rows broken (for ingest).</summary>
    public HostileInput NextContainer(int index)
    {
        var kind = ContainerKinds[_random.Next(ContainerKinds.Length)];
        return kind switch
        {
            "jsonl" => new($"{index:D6}.jsonl", Utf8(JsonLines()), kind),
            "csv" => new($"{index:D6}.csv", Utf8(Csv()), kind),
            "feed" => new($"{index:D6}.rss", Utf8(Feed()), kind),
            _ => new($"{index:D6}.sgm", Encoding.Latin1.GetBytes(Reuters()), kind),
        };
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private string Article() => articles[_random.Next(articles.Count)];

    private byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        _random.NextBytes(b);
        return b;
    }

    private byte[] MutateBytes(byte[] bytes)
    {
        var list = new List<byte>(bytes);
        int mutations = _random.Next(1, 60);
        for (int m = 0; m < mutations && list.Count > 0; m++)
        {
            int at = _random.Next(list.Count);
            switch (_random.Next(4))
            {
                case 0: list[at] = (byte)_random.Next(256); break;
                case 1: list.Insert(at, (byte)_random.Next(256)); break;
                case 2: list.RemoveAt(at); break;
                default: list[at] ^= (byte)(1 << _random.Next(8)); break;
            }
        }
        // Sometimes cut anywhere, also inside a multi-byte character.
        if (_random.Next(3) == 0 && list.Count > 1)
        {
            int keep = _random.Next(1, list.Count);
            list.RemoveRange(keep, list.Count - keep);
        }
        return list.ToArray();
    }

    private string MutateWords(string text)
    {
        var words = text.Split(' ').ToList();
        int mutations = _random.Next(1, Math.Max(2, words.Count / 3));
        for (int m = 0; m < mutations && words.Count > 1; m++)
        {
            int at = _random.Next(words.Count);
            switch (_random.Next(5))
            {
                case 0: words.RemoveAt(at); break;
                case 1: words.Insert(at, words[_random.Next(words.Count)]); break;
                case 2: (words[at], words[_random.Next(words.Count)]) = (words[_random.Next(words.Count)], words[at]); break;
                case 3: words[at] = words[at].ToUpperInvariant(); break;
                default: words.Insert(at, Repeated[_random.Next(Repeated.Length)].Trim()); break;
            }
        }
        return string.Join(' ', words);
    }

    private string ShuffleSentences(string text)
    {
        var sentences = text.Split(". ").ToList();
        for (int i = sentences.Count - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (sentences[i], sentences[j]) = (sentences[j], sentences[i]);
        }
        return string.Join(_random.Next(2) == 0 ? ". " : ".\n\n", sentences);
    }

    private HostileInput Encoded(int index)
    {
        var text = Article();
        byte[] bytes = _random.Next(9) switch
        {
            0 => Encoding.Unicode.GetBytes(text),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            2 => Encoding.BigEndianUnicode.GetBytes(text),
            3 => [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(text)],
            4 => new UTF32Encoding(true, false).GetBytes(text),
            5 => Encoding.Latin1.GetBytes(text),
            // Half UTF-8, half UTF-16: a concatenation gone wrong.
            6 => [.. Utf8(text[..(text.Length / 2)]), .. Encoding.Unicode.GetBytes(text[(text.Length / 2)..])],
            // UTF-8 cut inside a character.
            7 => Utf8(text + "€")[..^1],
            _ => [.. Encoding.Unicode.GetPreamble(), .. Utf8(text)],
        };
        return new HostileInput($"{index:D6}.txt", bytes, "encoding");
    }

    private string DeepHtml()
    {
        int depth = _random.Next(100, 40_000);
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++)
        {
            var tag = Tags[_random.Next(Tags.Length)];
            sb.Append('<').Append(tag);
            if (_random.Next(8) == 0) sb.Append(" class=\"c").Append(i).Append('"');
            // "<div/>" still opens a div; a stray end tag closes nothing; scripts and short comments hide nothing.
            sb.Append(_random.Next(10) == 0 ? "/>" : ">");
            switch (_random.Next(12))
            {
                case 0: sb.Append("</").Append(Tags[_random.Next(Tags.Length)]).Append('>'); break;
                case 1: sb.Append("<script>x</script>"); break;
                case 2: sb.Append(_random.Next(2) == 0 ? "<!-->" : "<!--->"); break;
            }
            if (_random.Next(20) == 0) sb.Append("Rockets hit Balad. ");
        }
        sb.Append(Article());
        if (_random.Next(2) == 0)
            for (int i = 0; i < depth / 2; i++) sb.Append("</").Append(Tags[_random.Next(Tags.Length)]).Append('>');
        return sb.Append("</body></html>").ToString();
    }

    private string BrokenHtml(string article)
    {
        var paragraphs = article.Split("\n\n");
        var sb = new StringBuilder();
        if (_random.Next(2) == 0) sb.Append("<!DOCTYPE html><html><head><title>").Append(paragraphs[0]).Append("</title>");
        if (_random.Next(3) == 0) sb.Append("<script>var x = '<p>not text</p>';");
        if (_random.Next(3) == 0) sb.Append("<!-- an unclosed comment ");
        if (_random.Next(3) == 0) sb.Append("<meta charset=\"").Append(_random.Next(2) == 0 ? "utf-16" : "x-unknown").Append("\">");
        if (_random.Next(3) == 0) sb.Append("<script type=\"application/ld+json\">{\"headline\": [").Append(new string('[', _random.Next(1, 5000))).Append("</script>");
        sb.Append("<body>");
        foreach (var p in paragraphs)
        {
            sb.Append(_random.Next(4) switch { 0 => "<p>", 1 => "<div><p>", 2 => "<td>", _ => "<li>" });
            sb.Append(System.Net.WebUtility.HtmlEncode(p));
            if (_random.Next(5) == 0) sb.Append("<a href=\"javascript:alert(1)\" onerror=\"x\">").Append(new string('x', _random.Next(1, 100)));
            if (_random.Next(5) == 0) sb.Append("&#x").Append(_random.Next(0, 0x110000).ToString("X")).Append(';');
            if (_random.Next(5) == 0) sb.Append('<').Append(new string('a', _random.Next(1, 2000)));
        }
        return sb.ToString();
    }

    private string DeepMarkdown()
    {
        int depth = _random.Next(10, 5000);
        var sb = new StringBuilder("# Title\n\n");
        switch (_random.Next(6))
        {
            case 0: sb.Append(new string('>', depth)).Append(" x\n"); break;
            case 1: for (int i = 0; i < depth; i++) sb.Append(new string(' ', i * 2)).Append("- item\n"); break;
            case 2: sb.Append(new string('*', depth)).Append("bold").Append(new string('*', depth)).Append('\n'); break;
            case 3: sb.Append(new string('[', depth)).Append("link").Append(new string(']', depth)).Append("(http://x)\n"); break;
            case 4: sb.Append("---\ntitle: ").Append(new string('"', depth)).Append("\ndate: 2020-13-45\n---\n"); break;
            default: sb.Append(string.Concat(Enumerable.Repeat("> - 1. ", depth))).Append("x\n"); break;
        }
        return sb.Append("\n\n").Append(Article()).ToString();
    }

    private string HugeToken()
    {
        int n = _random.Next(10_000, 300_000);
        return _random.Next(5) switch
        {
            0 => new string('a', n),
            1 => string.Concat(Enumerable.Repeat("1,000", n / 5)),
            2 => "http://" + new string('x', n) + ".com",
            3 => new string('-', n),
            _ => Article() + " " + new string('Z', n) + " " + Article(),
        };
    }

    private string RepeatedToken()
    {
        var token = Repeated[_random.Next(Repeated.Length)];
        return string.Concat(Enumerable.Repeat(token, _random.Next(1_000, 40_000)));
    }

    private string Sprinkle(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        double rate = _random.NextDouble() * 0.5;
        foreach (var c in text)
        {
            if (_random.NextDouble() < rate) sb.Append(Invisible[_random.Next(Invisible.Length)]);
            sb.Append(c);
        }
        return sb.ToString();
    }

    private string UnicodeSoup()
    {
        int n = _random.Next(10, 20_000);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            int cp = _random.Next(4) switch
            {
                0 => _random.Next(0x20, 0x7F),
                1 => _random.Next(0x600, 0x700),
                2 => _random.Next(0x1F300, 0x1F700),
                _ => _random.Next(0x20, 0x30000),
            };
            if (cp is >= 0xD800 and <= 0xDFFF) cp = ' ';
            sb.Append(char.ConvertFromUtf32(cp));
            if (_random.Next(6) == 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    private string Row(string text) => _random.Next(10) switch
    {
        0 => "{\"text\": \"\\ud800 " + text[..Math.Min(20, text.Length)] + "\"}",
        1 => "{\"text\": " + System.Text.Json.JsonSerializer.Serialize(text),
        2 => "[1, 2, 3]",
        3 => "{\"text\": 42}",
        4 => "{\"text\": \"\"}",
        5 => new string('{', _random.Next(1, 3000)),
        _ => System.Text.Json.JsonSerializer.Serialize(new { text, published = _random.Next(2) == 0 ? "2020-03-30" : "not a date", url = _random.Next(2) == 0 ? "http://x.y/" + _random.Next() : null }),
    };

    private string JsonLines() => string.Join('\n', Enumerable.Range(0, _random.Next(1, 12)).Select(_ => Row(Article())));

    private string Csv()
    {
        var sb = new StringBuilder("text,published,url\n");
        for (int i = 0, n = _random.Next(1, 12); i < n; i++)
        {
            var text = Article().Replace("\"", "\"\"");
            sb.Append(_random.Next(8) switch
            {
                0 => "\"" + text + "\n",
                1 => text + ",2020-03-30,a,b,c\n",
                2 => "\"" + text + "\"x\"\n",
                3 => ",,\n",
                _ => "\"" + text + "\",2020-03-30,http://x.y/" + _random.Next() + "\n",
            });
        }
        return sb.ToString();
    }

    private string Feed()
    {
        var sb = new StringBuilder(_random.Next(2) == 0 ? "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" : "<rss><channel>");
        for (int i = 0, n = _random.Next(0, 8); i < n; i++)
        {
            sb.Append("<item>");
            if (_random.Next(3) > 0) sb.Append("<title>").Append(System.Net.WebUtility.HtmlEncode(Article()[..20])).Append("</title>");
            if (_random.Next(3) > 0) sb.Append("<link>http://x.y/").Append(_random.Next()).Append("</link>");
            if (_random.Next(3) > 0) sb.Append("<pubDate>").Append(_random.Next(2) == 0 ? "Mon, 30 Mar 2020 10:00:00 GMT" : "yesterday").Append("</pubDate>");
            if (_random.Next(4) > 0) sb.Append("<description>").Append(System.Net.WebUtility.HtmlEncode(Article())).Append("</description>");
            if (_random.Next(6) > 0) sb.Append("</item>");
        }
        if (_random.Next(4) > 0) sb.Append("</channel></rss>");
        return sb.ToString();
    }

    private string Reuters()
    {
        var sb = new StringBuilder("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
        for (int i = 0, n = _random.Next(1, 6); i < n; i++)
        {
            sb.Append("<REUTERS NEWID=\"").Append(_random.Next(1, 100_000)).Append("\"><DATE>").Append(_random.Next(2) == 0 ? "26-FEB-1987 15:01:01.79" : "garbage").Append("</DATE><TEXT>");
            if (_random.Next(4) > 0) sb.Append("<TITLE>Wire</TITLE>");
            sb.Append("<BODY>").Append(Article());
            if (_random.Next(5) > 0) sb.Append("</BODY></TEXT></REUTERS>\n");
        }
        return sb.ToString();
    }
}
