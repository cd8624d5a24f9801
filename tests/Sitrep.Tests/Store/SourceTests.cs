using Sitrep.Documents;
using System.Net;
using System.Text;
using Dapper;
using Sitrep.Cli;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>Where reports come from: standard input, globs, feed URLs on 127.0.0.1 (and one that never answers), quotes search.</summary>
public sealed class SourceTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SitrepCli.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Reads_a_report_from_standard_input_and_json_lines_by_glob()
    {
        using var dir = new TemporaryDirectory();
        var db = dir.File("s.db");
        File.WriteAllText(dir.File("a.jsonl"), "{\"body\": \"Hezbollah threatened to strike Israeli cities if Israel attacked Lebanon.\", \"date\": \"2019-09-01\"}\n");
        File.WriteAllText(dir.File("b.jsonl"), "{\"body\": \"Germany will provide 50 million euros in humanitarian aid to Syrian refugees in Lebanon.\", \"date\": \"2019-12-01\"}\n");
        File.WriteAllText(dir.File("c.txt"), "not matched by the glob");
        Assert.Equal(0, Run("", "ingest", Path.Combine(dir.Path, "*.jsonl"), "--field", "text=body", "--field", "published=date", "--db", db).Code);
        var (code, output, _) = Run("Police in Basra arrested twelve demonstrators on Saturday.", "ingest", "-", "--published", "2019-11-03", "--db", db);
        Assert.Equal(0, code);
        Assert.StartsWith("1 stored", output);
        using var store = (SqlStore)SitrepStore.Open(db);
        Assert.Equal(["a.jsonl:1", "b.jsonl:1", "-"], store.Connection.Query<string>("SELECT input FROM documents ORDER BY id").Select(i => i == "-" ? i : Path.GetFileName(i)));
        Assert.Equal("2019-11-02", Assert.Single(store.FindEvents(new EventFilter { Type = "COERCE" })).DateValue);
    }

    [Fact]
    public void Reads_a_feed_url_served_on_loopback_and_reports_one_that_times_out_without_stopping()
    {
        using var dir = new TemporaryDirectory();
        var listener = new HttpListener();
        int port = 49152 + Random.Shared.Next(10000);
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                if (ctx.Request.Url!.AbsolutePath == "/slow") continue; // never answers
                var body = Encoding.UTF8.GetBytes($"""
                    <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Wire</title>
                    <entry><title>Patrols begin</title><link href="http://127.0.0.1:{port}/patrols"/><id>urn:1</id><updated>2019-10-23T08:00:00Z</updated>
                    <content type="html">Russian and Turkish forces began joint patrols in northeast Syria on Wednesday.</content></entry></feed>
                    """);
                ctx.Response.ContentType = "application/atom+xml";
                ctx.Response.OutputStream.Write(body);
                ctx.Response.Close();
            }
        });
        try
        {
            var (code, output, error) = Run("", "ingest", $"http://127.0.0.1:{port}/slow", $"http://127.0.0.1:{port}/feed.atom", "--timeout", "3", "--db", dir.File("f.db"));
            Assert.Equal(1, code);
            Assert.Contains($"http://127.0.0.1:{port}/slow: cannot be fetched: no answer within 3 s", error);
            Assert.StartsWith("1 stored", output);
            using var store = (SqlStore)SitrepStore.Open(dir.File("f.db"));
            var doc = store.Connection.QuerySingle<(string Title, string Outlet, string Published, string Url)>("SELECT title, outlet, published, url FROM documents");
            Assert.Equal(("Patrols begin", "Loopback Wire", "2019-10-23", $"http://127.0.0.1:{port}/patrols"), doc);
        }
        finally
        {
            listener.Stop();
            listener.Close();
        }
    }

    [Fact]
    public void Finds_quotes_by_their_words_and_speaker()
    {
        using var dir = new TemporaryDirectory();
        var db = dir.File("q.db");
        Directory.SetCurrentDirectory(Some.RepositoryRoot);
        Assert.Equal(0, Run("", "ingest", Path.Combine("tests", "fixtures", "seed", "000_0eeb8bb35cc91d89.txt"), "--published", "2020-03-30", "--db", db).Code);
        var (code, output, _) = Run("", "quotes", "physical territory", "--db", db);
        Assert.Equal(0, code);
        Assert.StartsWith("Myles B. Caggins III: “The coalition is going to continue to partner with the Iraqi security forces to ensure that ISIS cannot hold physical territory", output);
        Assert.EndsWith("1 quotes\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Refuses_a_page_over_the_size_limit_without_reading_it_and_stores_the_rest()
    {
        using var dir = new TemporaryDirectory();
        using (var big = File.Create(dir.File("huge.html"))) big.SetLength(70L << 20);
        File.WriteAllText(dir.File("small.txt"), "Police in Basra arrested twelve demonstrators on Saturday.");
        var (code, output, error) = Run("", "ingest", dir.Path, "--published", "2019-11-03", "--db", dir.File("b.db"));
        Assert.Equal(1, code);
        Assert.Contains($"{dir.File("huge.html")}: 70.0 MB is more than the limit of 32.0 MB for one input (raise it with --max-bytes).", error);
        // The store lies in the directory it ingests: its own files are not reports.
        Assert.DoesNotContain("b.db", error);
        Assert.StartsWith("1 stored", output);
    }

    [Fact]
    public void Parses_feed_and_wire_dates_to_the_day_they_name()
    {
        Assert.Equal(new DateOnly(2020, 3, 30), FeedDates.Parse("Mon, 30 Mar 2020 23:30:00 EST"));
        Assert.Equal(new DateOnly(2020, 3, 30), FeedDates.Parse("Mon, 30 Mar 2020 10:00:00 +0300"));
        Assert.Equal(new DateOnly(2019, 10, 23), FeedDates.Parse("2019-10-23T08:00:00Z"));
        Assert.Equal(new DateOnly(1987, 2, 26), FeedDates.Parse("26-FEB-1987 15:01:01.79"));
        Assert.Null(FeedDates.Parse("yesterday"));
    }

    [Fact]
    public void Tells_a_near_copy_from_a_different_report()
    {
        var seed = File.ReadAllText(Some.SeedPath);
        long a = SimHash.Of(seed), b = SimHash.Of(seed.Replace("Rudaw", "Kurdistan 24") + " Reporting by staff.");
        long other = SimHash.Of(File.ReadAllText(Some.Fixture("handover", "kurdistan-monitor.txt")));
        Assert.InRange(NearCopies.Distance(a, b), 0, NearCopies.MaxDistance);
        Assert.True(NearCopies.Distance(a, other) > 10);
    }
}
