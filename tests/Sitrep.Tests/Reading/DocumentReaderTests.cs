using Sitrep.Documents;
using System.Text;
using Sitrep.Reading;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Reading;

public sealed class DocumentReaderTests
{
    /// <summary>Read, and the publication date decided among the claims as the header stage does (these pages have no dateline).</summary>
    private static Document Read(string content, string name, ReaderOptions? options = null)
    {
        var doc = new DocumentReader(options ?? new ReaderOptions()).Read(Encoding.UTF8.GetBytes(content), name);
        doc.SetSource(PublicationDate.Decide(doc.Source, dateline: null));
        return doc;
    }

    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Coalition hands K1 base to Iraqi army | Rudaw.net</title>
          <meta property="og:site_name" content="Rudaw">
          <meta property="article:published_time" content="2020-03-30T09:15:00Z">
          <link rel="canonical" href="https://www.rudaw.net/english/middleeast/iraq/300320201">
          <script>var tracking = "Gen. Fake Person attacked Mosul";</script>
          <style>p { color: red }</style>
        </head><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/iraq">Iraq</a></li><li><a href="/world">World</a></li></ul></nav>
          <header class="site-header"><a href="/">Rudaw</a></header>
          <article>
            <h1>Coalition hands K1 base to Iraqi army</h1>
            <p>The US-led coalition handed over K1 Air Base in Kirkuk to the Iraqi army on Sunday.</p>
            <div class="share-buttons"><a href="#">Share on Twitter</a></div>
            <p>Some 300 troops left the base, officials said.</p>
          </article>
          <aside class="related"><p>Related: Rockets hit Baghdad airport</p></aside>
          <footer><p>Copyright Rudaw 2020</p></footer>
        </body></html>
        """;

    [Fact]
    public void Takes_the_article_out_of_an_HTML_page_and_leaves_the_rest()
    {
        var doc = Read(Page, "k1.html");
        Assert.Equal("Coalition hands K1 base to Iraqi army\n\nThe US-led coalition handed over K1 Air Base in Kirkuk to the Iraqi army on Sunday.\n\nSome 300 troops left the base, officials said.", doc.Text);
    }

    [Fact]
    public void Keeps_title_outlet_date_and_address_from_the_page()
    {
        var s = Read(Page, "k1.html").Source;
        Assert.Equal(("Coalition hands K1 base to Iraqi army", "Rudaw", new DateOnly(2020, 3, 30), "https://www.rudaw.net/english/middleeast/iraq/300320201", "html-metadata", InputFormat.Html),
            (s.Title, s.Outlet, s.Published!.Value, s.Url, s.PublishedFrom, s.Format));
        Assert.Equal(new TextSpan(0, 37), s.TitleSpan);
    }

    [Fact]
    public void Takes_the_pages_own_date_over_the_command_lines_fallback_and_the_command_lines_outlet_over_the_pages()
    {
        var s = Read(Page, "k1.html", new ReaderOptions { Published = new DateOnly(2020, 3, 31), Outlet = "Kurdistan 24" }).Source;
        Assert.Equal((new DateOnly(2020, 3, 30), "Kurdistan 24", "html-metadata"), (s.Published!.Value, s.Outlet, s.PublishedFrom));
    }

    [Fact]
    public void Uses_the_command_lines_date_for_a_page_that_gives_none()
    {
        var s = Read("<html><body><p>Rockets hit Balad air base on Sunday, officials said.</p></body></html>", "balad.html", new ReaderOptions { Published = new DateOnly(2020, 3, 31) }).Source;
        Assert.Equal((new DateOnly(2020, 3, 31), "option"), (s.Published!.Value, s.PublishedFrom));
    }

    [Fact]
    public void Reads_broken_HTML_without_failing()
    {
        var doc = Read("<html><body><p>Rockets hit <b>Baghdad airport<p>on Sunday, police said.</div></table>", "broken.html");
        Assert.Equal("Rockets hit Baghdad airport\n\non Sunday, police said.", doc.Text);
    }

    [Fact]
    public void Reads_the_article_of_a_page_that_gives_the_body_in_JSON_LD_and_itemprop()
    {
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2021-05-02","publisher":{"@type":"Organization","name":"Kurdistan 24"}}</script></head>
            <body><div class="menu"><p>Home | News | Sport</p></div><div itemprop="articleBody"><p>Iraqi and Kurdish officials resumed talks in Baghdad on Saturday about the budget and the salaries of public employees in the Kurdistan Region.</p><p>The delegation will return to Erbil on Monday.</p></div></body></html>
            """;
        var doc = Read(html, "talks.html");
        Assert.Equal(("Talks resume", "Kurdistan 24", new DateOnly(2021, 5, 2)), (doc.Source.Title, doc.Source.Outlet, doc.Source.Published!.Value));
        Assert.StartsWith("Iraqi and Kurdish officials resumed talks", doc.Text);
        Assert.DoesNotContain("Home", doc.Text);
    }

    [Fact]
    public void Reads_Markdown_as_plain_paragraphs_with_front_matter()
    {
        var md = "---\ntitle: Rockets hit Balad\ndate: 2020-03-30\noutlet: Shafaq News\n---\n\n# Rockets hit Balad\n\nThree **Katyusha** rockets hit [Balad Air Base](https://example.org) on *Sunday*.\n\n```\ncode is left out\n```\n\n- No one was hurt.\n";
        var doc = Read(md, "balad.md");
        Assert.Equal("Rockets hit Balad\n\nThree Katyusha rockets hit Balad Air Base on Sunday.\n\nNo one was hurt.", doc.Text);
        Assert.Equal(("Rockets hit Balad", "Shafaq News", new DateOnly(2020, 3, 30), InputFormat.Markdown), (doc.Source.Title, doc.Source.Outlet, doc.Source.Published!.Value, doc.Source.Format));
    }

    [Fact]
    public void Reads_plain_text_as_it_is()
    {
        var doc = Read("In Rudaw\n\nHeadline here\n\nBody.", "a.txt");
        Assert.Equal(("In Rudaw\n\nHeadline here\n\nBody.", InputFormat.PlainText), (doc.Text, doc.Source.Format));
    }

    [Fact]
    public void Guesses_HTML_from_the_bytes_when_the_name_does_not_say()
    {
        Assert.Equal(InputFormat.Html, DocumentReader.Guess("-", "<!doctype html><p>x</p>"u8));
        Assert.Equal(InputFormat.PlainText, DocumentReader.Guess("-", "Rockets hit Balad."u8));
    }

    [Fact]
    public void Reads_Windows_1252_text_and_says_so()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("“Rockets hit Balad,” he said – café.");
        var doc = new DocumentReader(new ReaderOptions()).Read(bytes, "old.txt");
        Assert.Equal("“Rockets hit Balad,” he said – café.", doc.Text);
        Assert.Equal("old.txt: not valid UTF-8; read as windows-1252.", doc.Warnings.Single().Message);
    }

    [Fact]
    public void Reads_UTF_16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Rockets hit Balad.")).ToArray();
        Assert.Equal("Rockets hit Balad.", new DocumentReader(new ReaderOptions()).Read(bytes, "u16.txt").Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty.txt: the input is empty.")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "empty.txt: this is a PDF document, not text.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "empty.txt: this is a PNG image, not text.")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00, 0x43 }, "empty.txt: this is binary data (it contains NUL bytes), not text.")]
    public void Refuses_what_is_not_a_news_text_and_says_why(byte[] bytes, string message)
    {
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader(new ReaderOptions()).Read(bytes, "empty.txt"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Refuses_a_page_over_the_size_limit()
    {
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader(new ReaderOptions { MaxBytes = 1000 }).Read(new byte[2048], "big.html"));
        Assert.Equal("big.html: 2.0 KB is more than the limit of 1000 bytes (raise it with --max-bytes).", e.Message);
    }

    [Fact]
    public void Refuses_a_page_with_no_text()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", "nav.html"));
        Assert.Equal("nav.html: no text found in the page's body.", e.Message);
    }
}
