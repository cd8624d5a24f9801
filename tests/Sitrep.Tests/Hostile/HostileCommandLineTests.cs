using System.Diagnostics;
using System.Net;
using System.Text;
using Dapper;
using Sitrep.Cli;
using Sitrep.Store;
using Sitrep.Tests.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// What a hostile user found on the command line and in the store ("Nothing breaks it",
/// findings 5–10 and 12): values that parse but make no sense, a broken JSON Lines row, a
/// damaged database, a feed entry without a link, an interrupted ingest, wildcards in a
/// search, a read command on a file that is not a store.
/// </summary>
public sealed class HostileCommandLineTests
{
    private const string Report = "Police in Basra arrested twelve demonstrators on Saturday, officials said.";

    private static (int Code, string Out, string Err) Run(params string[] args) => SitrepCommand.Run("", args);

    private static string StoreWithOneReport(TemporaryDirectory dir)
    {
        var db = dir.File("s.db");
        File.WriteAllText(dir.File("r.txt"), Report);
        Assert.Equal(0, Run("ingest", dir.File("r.txt"), "--published", "2019-11-03", "--db", db).Code);
        return db;
    }

    [Theory]
    [InlineData("--near", "NaN,NaN", "sitrep: --near 'NaN,NaN': write LAT,LON with the latitude from -90 to 90 and the longitude from -180 to 180, e.g. 35.47,44.39.")]
    [InlineData("--near", "1e999,0", "sitrep: --near '1e999,0': write LAT,LON with the latitude from -90 to 90 and the longitude from -180 to 180, e.g. 35.47,44.39.")]
    [InlineData("--near", "91,181", "sitrep: --near '91,181': write LAT,LON with the latitude from -90 to 90 and the longitude from -180 to 180, e.g. 35.47,44.39.")]
    [InlineData("--radius", "NaN", "sitrep: --radius NaN: the radius in km must be from 0 to 20040.")]
    [InlineData("--radius", "-5", "sitrep: --radius -5: the radius in km must be from 0 to 20040.")]
    [InlineData("--limit", "-1", "sitrep: --limit -1: the number of events must be from 1 to 2147483647.")]
    [InlineData("--text", "", "sitrep: --text is empty: give the words to search for.")]
    [InlineData("--from", "01/02/2020", "sitrep: --from '01/02/2020' is not a date: write it as YYYY-MM-DD (ISO 8601), e.g. 2020-03-29.")]
    [InlineData("--from", "13/02/2020", "sitrep: --from '13/02/2020' is not a date: write it as YYYY-MM-DD (ISO 8601), e.g. 2020-03-29.")]
    [InlineData("--to", "2020-01-01abc", "sitrep: --to '2020-01-01abc' is not a date: write it as YYYY-MM-DD (ISO 8601), e.g. 2020-03-29.")]
    public void Query_refuses_values_that_parse_but_make_no_sense_with_exit_2(string option, string value, string message)
    {
        using var dir = new TemporaryDirectory();
        var db = StoreWithOneReport(dir);
        var (code, output, error) = Run("query", "--db", db, option, value);
        Assert.Equal((2, ""), (code, output));
        Assert.Equal(message, error.Split('\n')[0]);
    }

    [Fact]
    public void Query_accepts_only_the_statuses_there_are()
    {
        var (code, _, error) = Run("query", "--status", "bogus");
        Assert.Equal(2, code);
        Assert.StartsWith("sitrep: Argument 'bogus' not recognized. Must be one of:", error);
    }

    [Theory]
    [InlineData("--timeout", "0", "sitrep: --timeout 0: the seconds to wait for a feed must be from 1 to 3600.")]
    [InlineData("--timeout", "-1", "sitrep: --timeout -1: the seconds to wait for a feed must be from 1 to 3600.")]
    [InlineData("--timeout", "99999999", "sitrep: --timeout 99999999: the seconds to wait for a feed must be from 1 to 3600.")]
    [InlineData("--workers", "1000", "sitrep: --workers 1000: the number of parallel pipelines must be from 1 to 64.")]
    [InlineData("--workers", "0", "sitrep: --workers 0: the number of parallel pipelines must be from 1 to 64.")]
    [InlineData("--db", "", "sitrep: --db is empty: give a SQLite file or postgres://user@host:port/database.")]
    [InlineData("--db", " ", "sitrep: --db is empty: give a SQLite file or postgres://user@host:port/database.")]
    [InlineData("--published", "2020-13-01", "sitrep: --published '2020-13-01' is not a date: write it as YYYY-MM-DD (ISO 8601), e.g. 2020-03-29.")]
    [InlineData("--max-seconds", "0", "sitrep: --max-seconds 0: the seconds one report may take must be from 1 to 86400.")]
    public void Ingest_refuses_values_that_parse_but_make_no_sense_before_touching_anything(string option, string value, string message)
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("r.txt"), Report);
        string[] args = option == "--db" ? ["ingest", dir.File("r.txt"), option, value] : ["ingest", dir.File("r.txt"), "--db", dir.File("s.db"), option, value];
        var (code, output, error) = Run(args);
        Assert.Equal((2, ""), (code, output));
        Assert.Equal(message, error.Split('\n')[0]);
        Assert.False(File.Exists(dir.File("s.db")));
    }

    [Fact]
    public void Quotes_refuses_empty_words()
    {
        var (code, _, error) = Run("quotes", "");
        Assert.Equal(2, code);
        Assert.Equal("sitrep: WORDS is empty: give the words to search for, or leave them out to list quotes by --speaker.", error.Split('\n')[0]);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public void A_wildcard_in_a_search_is_a_character_not_a_pattern(string actor)
    {
        using var dir = new TemporaryDirectory();
        var db = StoreWithOneReport(dir);
        var (code, output, _) = Run("query", "--db", db, "--actor", actor);
        Assert.Equal(0, code);
        Assert.EndsWith("0 events\n", output.Replace("\r\n", "\n"));
        Assert.EndsWith("1 events\n", Run("query", "--db", db, "--actor", "protest").Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_read_command_on_an_empty_file_says_it_is_no_store_and_leaves_it_empty()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllBytes(dir.File("zero.db"), []);
        var (code, _, error) = Run("query", "--db", dir.File("zero.db"));
        Assert.Equal(1, code);
        Assert.Equal($"sitrep: {dir.File("zero.db")} is an empty file, not a Sitrep store (create one with: sitrep ingest SOURCE... --db {dir.File("zero.db")}).\n", error.Replace("\r\n", "\n"));
        Assert.Equal(0, new FileInfo(dir.File("zero.db")).Length);
        Assert.Equal(["zero.db"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_read_command_on_a_file_that_is_not_a_store_says_so_and_writes_nothing()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("notes.db"), Report);
        var (code, _, error) = Run("export", "--db", dir.File("notes.db"));
        Assert.Equal(1, code);
        Assert.Equal($"sitrep: {dir.File("notes.db")} is not a Sitrep store (SQLite Error 26: 'file is not a database').\n", error.Replace("\r\n", "\n"));
        Assert.Equal(Report, File.ReadAllText(dir.File("notes.db")));
    }

    [Fact]
    public void Read_commands_open_the_store_read_only()
    {
        using var dir = new TemporaryDirectory();
        var db = StoreWithOneReport(dir);
        var before = File.ReadAllBytes(db);
        foreach (var args in new[] { new[] { "query", "--db", db }, ["export", "--db", db, "--format", "fused"], ["quotes", "arrested", "--db", db], ["timeline", "--place", "Basra", "--db", db] })
            Assert.Equal(0, Run(args).Code);
        Assert.Equal(before, File.ReadAllBytes(db));
        using var store = SitrepStore.OpenReadOnly(db);
        var e = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => store.RecordFailure("x", "y"));
        Assert.Equal(8, e.SqliteErrorCode); // SQLITE_READONLY
    }

    [Fact]
    public void One_row_with_a_lone_surrogate_fails_alone_and_the_other_rows_are_stored()
    {
        using var dir = new TemporaryDirectory();
        var rows = Enumerable.Range(1, 60).Select(i => i == 30
            ? "{\"text\": \"\\ud800 x\"}"
            : System.Text.Json.JsonSerializer.Serialize(new { text = $"Police in Basra arrested {i} demonstrators on Saturday, officials said." }));
        File.WriteAllText(dir.File("rows.jsonl"), string.Join('\n', rows) + "\n");
        var (code, output, error) = Run("ingest", dir.File("rows.jsonl"), "--published", "2019-11-03", "--db", dir.File("s.db"));
        Assert.Equal(1, code);
        Assert.StartsWith("59 stored", output);
        Assert.Contains($"sitrep: {dir.File("rows.jsonl")}:30: a string in the row is not valid text (Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.)", error);
        Assert.StartsWith("0 stored (0 near-duplicates linked), 59 already stored, 1 failed", Run("ingest", dir.File("rows.jsonl"), "--published", "2019-11-03", "--db", dir.File("s.db")).Out);
    }

    [Fact]
    public void Ingest_into_a_damaged_store_says_it_is_damaged_and_how_to_recover_it()
    {
        using var dir = new TemporaryDirectory();
        var db = StoreWithOneReport(dir);
        // Overwrite the first pages of the documents table and its indexes, as a disk error would; the schema page survives.
        List<long> pages;
        using (var store = (SqlStore)SitrepStore.Open(db))
            pages = store.Connection.Query<long>("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'documents' AND rootpage > 0").ToList();
        Assert.NotEmpty(pages);
        using (var file = File.OpenWrite(db))
            foreach (var page in pages)
            {
                file.Position = (page - 1) * 4096;
                file.Write(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
            }
        File.WriteAllText(dir.File("more.txt"), "Rockets hit Balad air base on Sunday.");
        var (code, _, error) = Run("ingest", dir.File("more.txt"), "--published", "2019-11-03", "--db", db);
        Assert.Equal(1, code);
        Assert.Contains($"sitrep: the store {db} is damaged (SQLite Error 11: 'database disk image is malformed'); Sitrep writes nothing more into it. Recover what it holds with: sqlite3 {db} .recover | sqlite3 recovered.db", error);
    }

    [Fact]
    public void A_feed_entry_without_a_link_is_not_stored_under_the_feeds_address()
    {
        using var dir = new TemporaryDirectory();
        var listener = new HttpListener();
        int port = 49152 + Random.Shared.Next(10000);
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        string entry = "Police in Basra arrested twelve demonstrators on Saturday.";
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                var body = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title><link>http://127.0.0.1:{port}/</link>"
                                                  + $"<item><title>Arrests</title><description>{entry}</description></item></channel></rss>");
                ctx.Response.ContentType = "application/rss+xml";
                ctx.Response.OutputStream.Write(body);
                ctx.Response.Close();
            }
        });
        try
        {
            var feed = $"http://127.0.0.1:{port}/feed.rss";
            Assert.StartsWith("1 stored", Run("ingest", feed, "--published", "2019-11-03", "--db", dir.File("f.db")).Out);
            entry = "Rockets hit Balad air base on Sunday, the army said.";
            Assert.StartsWith("1 stored", Run("ingest", feed, "--published", "2019-11-03", "--db", dir.File("f.db")).Out);
            using var store = (SqlStore)SitrepStore.Open(dir.File("f.db"));
            Assert.Equal([null, null], store.Connection.Query<string?>("SELECT url FROM documents ORDER BY id"));
        }
        finally
        {
            listener.Stop();
            listener.Close();
        }
    }

    [Fact]
    public async Task An_ingest_stopped_by_SIGTERM_exits_130_and_says_how_far_it_got_and_a_rerun_finishes()
    {
        using var corpus = new TemporaryDirectory();
        var bbc = Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw", "business");
        foreach (var f in Directory.GetFiles(bbc, "*.txt").Order(StringComparer.Ordinal).Take(300)) File.Copy(f, corpus.File(Path.GetFileName(f)));
        using var dir = new TemporaryDirectory();
        var db = dir.File("s.db");
        using (var p = SitrepCommand.Start(["ingest", corpus.Path, "--published", "2005-06-01", "--db", db, "--workers", "2"]))
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            // Stop it once some batches are committed and before the end.
            var clock = Stopwatch.StartNew();
            while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
                try
                {
                    using var s = SitrepStore.OpenReadOnly(db);
                    if (s.Count(StoreTable.Documents) >= 40) break;
                }
                catch (Exception e) when (e is StoreException or Microsoft.Data.Sqlite.SqliteException) { }
            }
            Assert.False(p.HasExited, "the ingest ended before it could be stopped");
            using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString()])) kill.WaitForExit();
            p.WaitForExit();
            Assert.Equal(SitrepCli.Interrupted, p.ExitCode);
            Assert.Contains("events not merged yet", await stdout);
            Assert.Matches(@"sitrep: interrupted after \d+ reports read \(\d+ stored this run\); run the same command again to go on: what is stored is skipped\.", await stderr);
        }
        var (code, output, _) = Run("ingest", corpus.Path, "--published", "2005-06-01", "--db", db);
        Assert.Equal(0, code);
        // The rest stored now; what the stopped run stored (and the corpus's exact copies) skipped.
        var counts = System.Text.RegularExpressions.Regex.Match(output, @"^(\d+) stored \(\d+ near-duplicates linked\), (\d+) already stored, (\d+) failed");
        Assert.True(counts.Success, output);
        Assert.True(int.Parse(counts.Groups[1].Value) > 0, output);
        Assert.Equal(300, int.Parse(counts.Groups[1].Value) + int.Parse(counts.Groups[2].Value) + int.Parse(counts.Groups[3].Value));
    }

    [Fact]
    public void Standard_input_past_the_limit_is_refused_and_JSON_Lines_on_it_are_read_row_by_row()
    {
        using var dir = new TemporaryDirectory();
        var big = string.Concat(Enumerable.Repeat(Report + " ", 20_000));
        var (code, output, error) = SitrepCommand.Run(big, "ingest", "-", "--max-bytes", "100000", "--db", dir.File("s.db"));
        Assert.Equal(1, code);
        Assert.StartsWith("0 stored", output);
        Assert.Contains("sitrep: -: standard input is more than the limit of 97.7 KB for one input (raise it with --max-bytes, or give JSON Lines, which are read row by row).", error);
        // JSON Lines are a container: past the limit for one input (about 110 KB here), each row a report.
        var rows = string.Join('\n', Enumerable.Range(1, 1500).Select(i => System.Text.Json.JsonSerializer.Serialize(new { text = $"Police in Basra arrested {i} demonstrators on Saturday, officials said." })));
        (code, output, _) = SitrepCommand.Run(rows, "ingest", "-", "--max-bytes", "100000", "--published", "2019-11-03", "--db", dir.File("s.db"));
        Assert.Equal(0, code);
        Assert.StartsWith("1500 stored", output);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Query_reads_a_store_in_a_directory_it_may_not_write()
    {
        using var dir = new TemporaryDirectory();
        var db = StoreWithOneReport(dir);
        var readOnly = Directory.CreateDirectory(dir.File("read-only")).FullName;
        var copy = Path.Combine(readOnly, "s.db");
        File.Copy(db, copy);
        const UnixFileMode Read = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode Enter = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(copy, Read);
        File.SetUnixFileMode(readOnly, Read | Enter);
        File.SetUnixFileMode(dir.Path, Read | Enter | UnixFileMode.UserWrite);
        try
        {
            var (code, output, error) = RunAsUserWithoutWriteRights(["query", "--db", copy]);
            Assert.True(code == 0, error);
            Assert.EndsWith("1 events\n", output.Replace("\r\n", "\n"));
            Assert.Equal(["s.db"], Directory.GetFiles(readOnly).Select(Path.GetFileName));
        }
        finally
        {
            File.SetUnixFileMode(readOnly, Read | Enter | UnixFileMode.UserWrite);
        }
    }

    /// <summary>
    /// Root writes anywhere: as root the command runs as "nobody" (from a copy of the program
    /// when nobody cannot reach it where it is); as anyone else, in this process.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static (int Code, string Out, string Err) RunAsUserWithoutWriteRights(string[] args)
    {
        if (Environment.UserName != "root") return Run(args);
        var program = Path.GetDirectoryName(typeof(SitrepCli).Assembly.Location)!;
        using var copy = new TemporaryDirectory();
        if (!EveryoneMayEnter(program))
        {
            foreach (var file in Directory.EnumerateFiles(program, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.Path, Path.GetRelativePath(program, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            foreach (var d in Directory.EnumerateDirectories(copy.Path, "*", SearchOption.AllDirectories).Append(copy.Path))
                File.SetUnixFileMode(d, (UnixFileMode)0b111_101_101);
            program = copy.Path;
        }
        var info = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-u", "nobody", "--", "env", "DOTNET_CLI_HOME=/tmp", "dotnet", "exec", Path.Combine(program, "sitrep.dll") }.Concat(args)) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output.Result, error);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool EveryoneMayEnter(string directory)
    {
        for (var d = new DirectoryInfo(directory); d is not null; d = d.Parent)
            if ((File.GetUnixFileMode(d.FullName) & UnixFileMode.OtherExecute) == 0) return false;
        return true;
    }
}
