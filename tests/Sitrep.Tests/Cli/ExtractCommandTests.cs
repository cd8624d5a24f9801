using Sitrep.Documents;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>sitrep extract as users run it: outputs, exit codes, and clear messages for bad inputs.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SitrepCli.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    [Fact]
    public void Prints_one_sitrep_1_object_for_the_seed()
    {
        var (code, output, error) = Run("extract", Some.SeedPath, "--published", "2020-03-30");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("sitrep/1", "Rudaw", "2020-03-30"), (root.GetProperty("schema").GetString(), root.GetProperty("source").GetProperty("outlet").GetString(),
            root.GetProperty("source").GetProperty("published").GetString()));
        Assert.True(root.GetProperty("events").GetArrayLength() >= 15);
    }

    [Fact]
    public void Prints_a_readable_report_with_format_text()
    {
        var (code, output, _) = Run("extract", Some.SeedPath, "--published", "2020-03-30", "--format", "text");
        Assert.Equal(0, code);
        Assert.StartsWith("SITUATION REPORT\nUS-led coalition will still partner", output.Replace("\r\n", "\n"));
        foreach (var heading in new[] { "WHAT HAPPENED", "PLANNED OR ANNOUNCED", "WHO SAID WHAT", "DISPUTED", "WHO AND WHERE", "WHEN", "WARNINGS" })
            Assert.Contains("\n" + heading + "\n", output.Replace("\r\n", "\n"));
        Assert.Contains("US-led coalition withdrew from K1 Air Base, handing it to Iraqi Army (300 troops; third scaleback)",
            System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "));
    }

    [Fact]
    public void Reads_standard_input_with_a_dash()
    {
        var (code, output, _) = RunWithInput("Rockets hit Balad Air Base on Sunday, police said.", "extract", "-", "--published", "2020-03-30", "--format", "jsonl");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("-", json.RootElement.GetProperty("source").GetProperty("input").GetString());
        Assert.Equal("ASSAULT", json.RootElement.GetProperty("events")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Says_an_empty_file_is_empty_and_exits_with_1()
    {
        var path = File("empty.txt", "");
        var (code, output, error) = Run("extract", path);
        Assert.Equal((1, ""), (code, output));
        Assert.Equal($"sitrep: {path}: the input is empty.\nsitrep: 0 document(s) extracted, 1 failed.\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Says_a_binary_file_is_not_text_and_exits_with_1()
    {
        var path = File("photo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]);
        var (code, _, error) = Run("extract", path);
        Assert.Equal(1, code);
        Assert.StartsWith($"sitrep: {path}: this is a JPEG image, not text.", error);
    }

    [Fact]
    public void Refuses_a_20_MB_page_of_text_as_too_long_for_one_report()
    {
        var paragraph = "<p>Rockets hit Balad Air Base on Sunday, the Iraqi security media cell said in a statement on its website.</p>\n";
        var page = new StringBuilder("<html><head><title>Big</title></head><body><article>");
        while (page.Length < 20 * 1024 * 1024) page.Append(paragraph);
        page.Append("</article></body></html>");
        var path = File("huge.html", page.ToString());
        var (code, output, error) = Run("extract", path);
        Assert.Equal((1, ""), (code, output));
        Assert.Matches($"^sitrep: {System.Text.RegularExpressions.Regex.Escape(path)}: the text has [0-9,]+ characters, more than the limit of 2,000,000 for one report.\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Extracts_the_article_from_a_20_MB_page_that_is_mostly_scripts()
    {
        var page = new StringBuilder("<html><head><title>Rockets hit Balad</title><script>var blob = \"");
        page.Append('A', 20 * 1024 * 1024);
        page.Append("\";</script></head><body><nav><a href='/'>Home</a></nav><article><p>Three rockets hit Balad Air Base on Sunday, the Iraqi military said.</p></article></body></html>");
        var path = File("scripts.html", page.ToString());
        var (code, output, error) = Run("extract", path, "--published", "2020-03-30", "--format", "jsonl");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Balad Air Base", json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "facility").GetProperty("name").GetString());
    }

    [Fact]
    public void Refuses_a_file_over_the_byte_limit_before_reading_it()
    {
        var path = File("big.txt", new string('a', 5000));
        var (code, _, error) = Run("extract", path, "--max-bytes", "1000");
        Assert.Equal(1, code);
        Assert.StartsWith($"sitrep: {path}: 4.9 KB is more than the limit of 1000 bytes (raise it with --max-bytes).", error);
    }

    [Fact]
    public void Goes_on_after_a_bad_input_and_prints_the_good_ones()
    {
        var bad = File("bad.txt", "");
        var good = File("good.txt", "Turkish troops withdrew from Afrin on Sunday.");
        var (code, output, error) = Run("extract", bad, good, "--published", "2020-03-30", "--format", "jsonl");
        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("sitrep: 1 document(s) extracted, 1 failed.", error);
    }

    [Fact]
    public void Reads_every_text_file_in_a_directory()
    {
        System.IO.File.Copy(Some.Fixture("reports", "02-arrests-istanbul.txt"), Path.Combine(_dir, "a.txt"));
        System.IO.File.Copy(Some.Fixture("reports", "03-protest-baghdad.txt"), Path.Combine(_dir, "b.md"));
        System.IO.File.WriteAllBytes(Path.Combine(_dir, "c.png"), [0x89, 0x50, 0x4E, 0x47]);
        var (code, output, _) = Run("extract", _dir, "--published", "2019-12-05", "--format", "jsonl");
        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Names_a_missing_file()
    {
        var (code, _, error) = Run("extract", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(1, code);
        Assert.StartsWith($"sitrep: {Path.Combine(_dir, "nope.txt")}: no such file or directory.", error);
    }

    [Theory]
    [InlineData("extract", "a.txt", "--published", "last week")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("extract")]
    [InlineData("explode")]
    public void Exits_with_2_on_a_wrong_command_line(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith("sitrep: ", error);
    }

    [Fact]
    public void Ends_with_a_message_and_no_stack_trace_when_run_as_a_program()
    {
        var empty = File("empty.txt", "");
        var binary = File("blob.bin", [0x00, 0x01, 0x02, 0x00]);
        var cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { cli, "extract", empty, binary }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Equal($"sitrep: {empty}: the input is empty.\nsitrep: {binary}: this is binary data (it contains NUL bytes), not text.\nsitrep: 0 document(s) extracted, 2 failed.\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Explains_why_each_event_was_coded()
    {
        var (code, output, _) = RunWithInput("The coalition will withdraw from Kirkuk next month.", "extract", "-", "--published", "2020-03-30", "--format", "json", "--explain");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var explanation = json.RootElement.GetProperty("events")[0].GetProperty("explanation").EnumerateArray().Select(x => x.GetString()!).ToArray();
        Assert.Equal(
        [
            "'withdraw' is the verb of row 'withdraw' in data/event-triggers.tsv: RETREAT/withdraw, CAMEO 0874",
            "place: 'Kirkuk' — the 'from' phrase",
            "status planned: cue 'will'",
            "no ACLED type: the event is planned, and ACLED codes only what happened",
            "type AGREE, not RETREAT: the retreat is announced, not done (PLOVER: an announced cooperative deed or concession is an agreement), CAMEO 035",
            "date 2020-04: its own time expression",
        ], explanation);
    }

    [Fact]
    public void Leaves_the_explanation_out_unless_asked()
    {
        var (_, output, _) = RunWithInput("The coalition will withdraw from Kirkuk next month.", "extract", "-", "--published", "2020-03-30", "--format", "json");
        Assert.DoesNotContain("\"explanation\"", output, StringComparison.Ordinal);
    }
}
