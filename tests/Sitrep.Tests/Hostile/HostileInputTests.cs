using System.Text;
using Sitrep.Documents;
using Sitrep.Reading;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// The inputs a hostile user found that crashed Sitrep, made it run for hours or grow its output
/// with the square of its input ("Nothing breaks it", findings 1–4 and 11): each read as a report now.
/// </summary>
public sealed class HostileInputTests
{
    private static Document Read(byte[] bytes, string name) => new DocumentReader(new ReaderOptions()).Read(bytes, name);

    private static Document Read(string text, string name) => Read(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void Markdown_nested_past_Markdigs_limit_is_read_as_plain_text_with_a_warning()
    {
        var doc = Read("# T\n\n" + new string('>', 128) + " x\n", "d.md");
        Assert.Equal("# T\n\n" + new string('>', 128) + " x\n", doc.Text);
        Assert.Equal("d.md: Markdown nested too deeply to parse; read as plain text.", doc.Warnings.Single().Message);
    }

    [Fact]
    public void A_deep_Markdown_report_in_a_directory_does_not_stop_the_others()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("a.md"), "# T\n\n" + new string('>', 128) + " x\n");
        File.WriteAllText(dir.File("b.txt"), "Rockets hit Balad air base on Sunday, officials said.");
        var (code, output, error) = SitrepCommand.Run("", "extract", dir.Path, "--format", "jsonl");
        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("", error.Replace("sitrep: warning: no world gazetteer (build it with scripts/fetch-data.sh): only the places in data/ get coordinates.\n", ""));
    }

    [Fact]
    public void According_to_repeated_without_a_source_gives_no_statements()
    {
        var doc = Some.Report(string.Concat(Enumerable.Repeat("according to ", 4000)));
        Assert.Empty(doc.Quotes);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void According_to_with_its_source_is_still_a_statement()
    {
        var doc = Some.Report("Rockets hit Balad air base on Sunday, according to Iraqi military officials.");
        var quote = doc.Quotes.Single();
        Assert.Equal("Rockets hit Balad air base on Sunday", quote.Content.Of(doc.Text));
        Assert.Equal("according to", quote.Cue);
    }

    [Theory]
    [InlineData("Mr. ")]
    [InlineData("U.S. ")]
    [InlineData("Gen. ")]
    [InlineData("said ")]
    public void A_run_without_sentence_ends_is_cut_into_sentences_of_at_most_200_tokens(string word)
    {
        // 200 KB that never ends a sentence: each stage looks across a sentence, so one sentence of
        // 50,000 tokens took hours; pieces of 200 keep every stage linear.
        var doc = Some.UpTo<TokenAnnotator>(string.Concat(Enumerable.Repeat(word, 50_000)));
        Assert.Equal(250, doc.Sentences.Count);
        Assert.All(doc.Sentences, s => Assert.Equal(SentenceSplitter.MaxSentenceTokens, s.TokenCount));
    }

    [Fact]
    public void A_run_too_long_for_one_sentence_is_cut_after_its_last_comma()
    {
        var words = string.Concat(Enumerable.Range(0, 150).Select(i => $"w{i} ")) + ", " + string.Concat(Enumerable.Range(150, 100).Select(i => $"w{i} "));
        var doc = Some.UpTo<TokenAnnotator>(words);
        Assert.Equal([151, 100], doc.Sentences.Select(s => s.TokenCount));
        Assert.EndsWith("w149 ,", doc.Sentences[0].Span.Of(doc.Text));
    }

    [Fact]
    public void A_name_found_by_its_head_noun_runs_at_most_12_words()
    {
        // The head-noun pattern scans at most 12 words from each word, so a sentence of thousands
        // of capitalised words costs linear time: no run of capitals longer than that is one name.
        var doc = Some.UpTo<Sitrep.Entities.NamePatternFinder>(string.Join(" ", Enumerable.Repeat("Alpha", 20)) + " Ministry said on Monday.");
        var heads = doc.MentionCandidates.Where(m => m.DecidedBy == "entities/patterns:head-noun").ToList();
        Assert.NotEmpty(heads);
        Assert.All(heads, m => Assert.InRange(m.Span.Of(doc.Text).Split(' ').Length, 2, 12));
    }

    [Theory]
    [InlineData("<ul><li>", 50_000, "99,490")]
    [InlineData("<div>", 100_000, "99,490")]
    [InlineData("<b>", 100_000, "99,490")]
    public void HTML_nested_past_the_depth_limit_keeps_its_text_and_says_what_was_left_out(string open, int times, string dropped)
    {
        // <html> and <body> are two of the 512 levels; an <li> inside a nested <ul> closes nothing.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, times)) + "Rockets hit Balad.</body></html>";
        var doc = Read(html, "n.html");
        Assert.Equal("Rockets hit Balad.", doc.Text);
        Assert.Equal($"n.html: the page nests more than 512 elements deep or leaves more than 64 formatting elements open; {dropped} tags past that left out, their text kept.", doc.Warnings.Single().Message);
    }

    [Theory]
    [InlineData("<div></b>")]
    [InlineData("<div/>")]
    [InlineData("<div><script></script>")]
    [InlineData("<div><!-->")]
    [InlineData("<div><!--->")]
    [InlineData("<section><style>p{}</style>")]
    public void Nesting_hidden_behind_stray_end_tags_self_closing_slashes_scripts_or_short_comments_is_still_counted(string open)
    {
        // An end tag without a start tag closes nothing; "<div/>" opens a div; a script's end tag is its own.
        Assert.True(HtmlDepthLimiter.Limit(Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat(open, 1000)) + "x")).Dropped > 0);
    }

    [Theory]
    [InlineData("<p><span>Rockets hit Balad. ")]
    [InlineData("<li><a href=\"/x?a>b\">Rockets hit Balad.")]
    [InlineData("<p><font size=2><b>Rockets hit Balad. ")]
    [InlineData("<h2>Rockets <a>hit Balad.")]
    [InlineData("<svg><path d=\"M0 0\"/><circle r=\"1\"/></svg>")]
    [InlineData("<div>Rockets hit Balad.</div></span></b>")]
    [InlineData("<li><a href=\"/x\">Rockets hit Balad.")]
    [InlineData("<p>Rockets <b>hit</b> <a href=\"/b\">Balad</a>.</p>")]
    public void Sloppy_but_ordinary_pages_are_not_too_deep(string repeated)
    {
        // Paragraphs, items and links left open close at the next of their kind, as a parser closes them.
        Assert.Equal(0, HtmlDepthLimiter.Limit(Encoding.UTF8.GetBytes("<html><body><ul>" + string.Concat(Enumerable.Repeat(repeated, 3000)) + "</ul></body></html>")).Dropped);
    }

    [Fact]
    public void Formatting_elements_left_open_past_64_are_left_out_and_their_text_kept()
    {
        // Found by the campaign: thousands of distinct <font>, <em>, <b> left open inside tables kept
        // AngleSharp's adoption agency busy for minutes.
        var html = "<html><body><table><tr><td>" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"<font class=\"c{i}\"><td><em title=\"{i}\">")) + "Rockets hit Balad.</body></html>";
        var (_, dropped) = HtmlDepthLimiter.Limit(Encoding.UTF8.GetBytes(html));
        Assert.Equal(6000 - 64, dropped);
        Assert.Equal("Rockets hit Balad.", Read(html, "f.html").Text);
    }

    [Fact]
    public void A_deep_page_keeps_the_encoding_its_meta_tag_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"></head><body>" + string.Concat(Enumerable.Repeat("<div>", 2000)) + "<p>Ракеты попали в Баладу.</p></body></html>";
        var doc = Read(Encoding.GetEncoding(1251).GetBytes(html), "ru.html");
        Assert.Equal("Ракеты попали в Баладу.", doc.Text);
        Assert.StartsWith("ru.html: the page nests more than 512 elements deep or leaves more than 64 formatting elements open;", doc.Warnings.Single().Message);
    }

    [Fact]
    public void HTML_within_the_depth_limit_is_parsed_as_it_is()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 400)) + "<p>Rockets hit Balad.</p><p>Two were hurt.</p></body></html>";
        var doc = Read(html, "n.html");
        Assert.Equal("Rockets hit Balad.\n\nTwo were hurt.", doc.Text);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void The_depth_limiter_leaves_out_only_the_tags_past_the_limit()
    {
        var (bytes, dropped) = HtmlDepthLimiter.Limit(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 514)) + "x" + string.Concat(Enumerable.Repeat("</div>", 514)) + "<p>y</p>"));
        var html = Encoding.UTF8.GetString(bytes);
        Assert.Equal(4, dropped);
        Assert.Equal(string.Concat(Enumerable.Repeat("<div>", 512)) + "x" + string.Concat(Enumerable.Repeat("</div>", 512)) + "<p>y</p>", html);
    }

    [Fact]
    public void UTF_16_without_a_byte_order_mark_is_read_by_its_zero_bytes()
    {
        var doc = Read(Encoding.Unicode.GetBytes("Rockets hit Balad air base on Sunday."), "u16.txt");
        Assert.Equal("Rockets hit Balad air base on Sunday.", doc.Text);
        Assert.Equal("u16.txt: no byte-order mark; read as UTF-16LE by its zero bytes.", doc.Warnings.Single().Message);
        Assert.Equal("Rockets hit Balad air base on Sunday.", Read(Encoding.BigEndianUnicode.GetBytes("Rockets hit Balad air base on Sunday."), "u16be.txt").Text);
    }

    [Fact]
    public void UTF_32_is_read_as_UTF_32_with_or_without_its_mark()
    {
        var utf32 = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var marked = utf32.GetPreamble().Concat(utf32.GetBytes("Rockets hit Balad.")).ToArray();
        var doc = Read(marked, "u32.txt");
        Assert.Equal("Rockets hit Balad.", doc.Text);
        Assert.Empty(doc.Warnings);
        Assert.Equal("Rockets hit Balad.", Read(utf32.GetBytes("Rockets hit Balad."), "u32.txt").Text);
        Assert.Equal("Rockets hit Balad.", Read(new UTF32Encoding(true, false).GetBytes("Rockets hit Balad."), "u32be.txt").Text);
    }

    [Fact]
    public void A_stray_NUL_byte_in_an_article_is_read_as_a_space_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("Rockets hit Balad air base on Sunday, officials said. Two soldiers were hurt in the attack.");
        bytes[20] = 0;
        var doc = Read(bytes, "nul.txt");
        Assert.Equal("Rockets hit Balad ai  base on Sunday, officials said. Two soldiers were hurt in the attack.", doc.Text);
        Assert.Equal("nul.txt: 1 NUL character(s) read as spaces.", doc.Warnings.Single().Message);
    }

    [Fact]
    public void Bytes_full_of_NULs_are_still_binary()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 0 : 'a' + i % 20)).ToArray();
        var e = Assert.Throws<DocumentReadException>(() => Read(bytes, "b.dat"));
        Assert.Equal("b.dat: this is binary data (it contains NUL bytes), not text.", e.Message);
    }

    [Fact]
    public void A_report_over_its_time_limit_fails_alone_with_the_reason_and_the_stage()
    {
        var pipeline = Some.Pipeline.WithLimits(new WorkLimits { MaxTime = TimeSpan.FromMilliseconds(1) });
        var text = string.Concat(Enumerable.Repeat(File.ReadAllText(Some.SeedPath) + "\n\n", 20));
        var e = Assert.Throws<Sitrep.Pipeline.PipelineException>(() => pipeline.Run(new Document(text, new DocumentSource { InputName = "long.txt" })));
        Assert.Matches(@"^long\.txt: took more than 1 ms \(the limit for one report; raise it with --max-seconds\); stopped in stage '[a-z/-]+'\.$", e.Message);
        Assert.IsType<WorkBudgetExceededException>(e.InnerException);
    }

    [Fact]
    public void A_report_over_its_memory_limit_fails_alone_and_the_others_are_extracted()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("a-big.txt"), string.Concat(Enumerable.Repeat(File.ReadAllText(Some.SeedPath) + "\n\n", 60)));
        File.WriteAllText(dir.File("b-small.txt"), "Rockets hit Balad air base on Sunday, officials said.");
        var (code, output, error) = SitrepCommand.Run("", "extract", dir.Path, "--format", "jsonl", "--max-memory", "64");
        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($@"sitrep: {System.Text.RegularExpressions.Regex.Escape(dir.File("a-big.txt"))}: needed more than 64 MB of memory \(the limit for one report; raise it with --max-memory\); stopped in stage '[a-z/-]+'\.", error);
        Assert.EndsWith("sitrep: 1 document(s) extracted, 1 failed.\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Digits_of_other_scripts_are_not_read_as_dates_and_do_not_fail_the_report()
    {
        // Found by the campaign: "٥" matched the time rules' \d and failed int.Parse.
        var doc = Some.Report("The ceasefire began on ٥ March ٢٠٢٠ in Idlib, officials said.", "2020-03-30");
        // "March" alone is read, in the year of publication; the other script's day and year are not.
        Assert.Equal([("March", "2020-03")], doc.Times.Select(t => (t.Span.Of(doc.Text), t.Value)));
    }
}
