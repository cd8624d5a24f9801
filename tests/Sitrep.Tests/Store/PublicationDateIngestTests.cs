using System.Text;
using Sitrep.Cli;
using Sitrep.Rows;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>What ingest stores for the publication date, and how the timeline shows facts no report dates.</summary>
public sealed class PublicationDateIngestTests
{
    private static (int Code, string Out, string Err) Sitrep(params string[] args) => SitrepCommand.Run("", args);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_reports_dateline_wins_over_published_and_anchors_on_Sunday(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("wire.txt"), "BAGHDAD, March 30, 2020 (Reuters) - The US-led coalition handed over K1 Air Base in Kirkuk to the Iraqi army on Sunday, officials said.\n");
        var (code, _, error) = Sitrep("ingest", dir.File("wire.txt"), "--published", "2020-01-15", "--db", t.Target);
        Assert.True(code == 0, error);
        using var store = t.Open();
        Assert.Equal("2020-03-30", Assert.Single(store.Documents()).Published);
        var handover = Assert.Single(store.FindEvents(new EventFilter { Type = "RETREAT" }));
        Assert.Equal("2020-03-29", handover.DateValue);
        Assert.DoesNotContain("no publication date", error);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_handover_no_report_dates_is_still_on_the_timeline_from_an_unknown_date(string dialect)
    {
        using var t = new TestStore(dialect);
        var (code, _, error) = Sitrep("ingest", Some.SeedPath, "--db", t.Target);
        Assert.Equal(0, code);
        Assert.Contains("sitrep: 1 of 1 reports stored give no publication date", error);
        var (timelineCode, output, _) = Sitrep("timeline", "--place", "K1 Air Base", "--db", t.Target);
        Assert.Equal(0, timelineCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        Assert.Contains("K1 Air Base: controlled by US-led coalition, until an unknown date", lines);
        Assert.Contains("K1 Air Base: controlled by Iraqi Army, from an unknown date", lines);
        Assert.Contains($"    sources: Rudaw ({Some.SeedPath})", lines);
        var (_, json, _) = Sitrep("timeline", "--place", "K1 Air Base", "--json", "--db", t.Target);
        Assert.Contains("\"valid_from\":null,\"valid_to\":null,\"date_unknown\":\"valid_from\"", json);
    }
}
