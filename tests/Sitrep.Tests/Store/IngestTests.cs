using Sitrep.Documents;
using System.Text;
using Dapper;
using Sitrep.Cli;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>Ingest, query, timeline and export against real stores: every test runs on SQLite and on PostgreSQL.</summary>
public sealed class IngestTests
{
    private static (int Code, string Out, string Err) SitrepWithInput(string stdin, params string[] args) => SitrepCommand.Run(stdin, args);

    private static (int Code, string Out, string Err) Sitrep(params string[] args) => SitrepWithInput("", args);

    /// <summary>Paths as a user in the repository writes them: the reports' names show in the sources.</summary>
    private static string Handover(string file) => Path.Combine("tests", "fixtures", "handover", file);

    private static readonly string Seed = Path.Combine("tests", "fixtures", "seed", "000_0eeb8bb35cc91d89.txt");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Stores_who_claims_an_event_when_the_report_names_them_only_in_words(string dialect)
    {
        using var t = new TestStore(dialect);
        var (code, _, error) = Sitrep("ingest", Path.Combine("tests", "fixtures", "reports", "08-abduction-kagara.txt"), "--published", "2021-02-18", "--db", t.Target);
        Assert.True(code == 0, error);
        using var store = t.OpenSql();
        var abduction = Assert.Single(store.FindEvents(new EventFilter { Type = "ASSAULT" }));
        Assert.Equal(("claimed", "police"), (abduction.Status, abduction.ClaimedBy));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Exports_an_agreement_placed_where_what_it_commits_to_is_as_such(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("nato.txt"), "The NATO alliance agreed on Thursday to an expansion of its peacekeeping force in Afghanistan.");
        Assert.Equal(0, Sitrep("ingest", dir.File("nato.txt"), "--published", "2003-10-06", "--db", t.Target).Code);
        using var store = t.OpenSql();
        var agreed = Assert.Single(store.FindEvents(new EventFilter { Type = "AGREE" }));
        Assert.Equal(("Afghanistan", true), (agreed.Place, agreed.PlaceOfDeed));
        var (_, csv, _) = Sitrep("export", "--format", "csv", "--type", "AGREE", "--db", t.Target);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int column = Array.IndexOf(lines[0].Split(','), "place_of_deed");
        Assert.Equal(("Afghanistan", "true"), (lines[1].Split(',')[column - 1], lines[1].Split(',')[column]));
        var (_, geojson, _) = Sitrep("export", "--format", "geojson", "--type", "AGREE", "--db", t.Target);
        using var json = System.Text.Json.JsonDocument.Parse(geojson);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.True(feature.GetProperty("properties").GetProperty("place_of_deed").GetBoolean());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Fills_in_place_of_deed_for_events_stored_before_the_store_kept_it(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("nato.txt"), "The NATO alliance agreed on Thursday to an expansion of its peacekeeping force in Afghanistan.\n\nTaliban fighters attacked a police post in Kandahar on Friday.");
        Assert.Equal(0, Sitrep("ingest", dir.File("nato.txt"), "--published", "2003-10-06", "--db", t.Target).Code);
        // As a store written before schema step 6 left it: the column there, every event false.
        using (var old = t.OpenSql())
        {
            old.Connection.Execute("UPDATE events SET place_of_deed = @no", new { no = false });
            old.Connection.Execute("DELETE FROM schema_version WHERE version >= 6");
        }
        Assert.Equal(0, Sitrep("ingest", dir.File("nato.txt"), "--published", "2003-10-06", "--db", t.Target).Code);
        using var store = t.OpenSql();
        Assert.Equal(6, store.SchemaVersion);
        Assert.Equal([("AGREE", "Afghanistan", true), ("ASSAULT", "Kandahar", false)],
            store.FindEvents(new EventFilter()).OrderBy(e => e.Type).Select(e => (e.Type, e.Place, e.PlaceOfDeed)));
        var (_, csv, _) = Sitrep("export", "--format", "csv", "--db", t.Target);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int column = Array.IndexOf(lines[0].Split(','), "place_of_deed");
        Assert.Equal(["true", "false"], lines.Skip(1).Select(l => l.Split(',')).OrderBy(f => f[5]).Select(f => f[column]));
    }

    /// <summary>The seed and two other reports of the K1 handover, in other words and with other figures.</summary>
    private static void IngestHandover(string db)
    {
        Assert.Equal(0, Sitrep("ingest", Seed, "--published", "2020-03-30", "--db", db).Code);
        Assert.Equal(0, Sitrep("ingest", Handover("kurdistan-monitor.txt"), "--published", "2020-03-30", "--outlet", "Kurdistan Monitor", "--db", db).Code);
        Assert.Equal(0, Sitrep("ingest", Handover("gulf-wire.txt"), "--published", "2020-03-29", "--outlet", "Gulf Wire", "--db", db).Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Fuses_three_reports_of_the_K1_handover_into_one_event_with_a_recorded_disagreement_on_the_troops(string dialect)
    {
        using var t = new TestStore(dialect);
        IngestHandover(t.Target);
        using var store = t.OpenSql();
        var fused = store.FindFused(new EventFilter { Type = "RETREAT", Place = "K1 Air Base" });
        var (_, members, contradictions) = Assert.Single(fused);
        Assert.Equal(["Gulf Wire", "Kurdistan Monitor", "Rudaw"], members.Select(m => m.Outlet!).Distinct().Order());
        Assert.All(members, m => Assert.Equal(("US-led coalition", "Iraqi Army", "2020-03-29"), (m.Actor!, m.Recipient!, m.DateValue!)));
        var figure = Assert.Single(contradictions);
        Assert.Equal(("figure", "theme troops"), (figure.Kind, figure.About));
        Assert.Contains("\"Text\":\"300 troops\"", figure.Sides);
        Assert.Contains("\"Text\":\"about 500 troops\"", figure.Sides);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Shows_coalition_control_of_K1_until_the_handover_and_Iraqi_control_from_then_with_sources(string dialect)
    {
        using var t = new TestStore(dialect);
        IngestHandover(t.Target);
        var (code, output, _) = Sitrep("timeline", "--place", "K1 Air Base", "--db", t.Target);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        Assert.Equal("K1 Air Base: controlled by US-led coalition, until 2020-03-29", lines[0]);
        Assert.Equal("    sources: Rudaw (tests/fixtures/seed/000_0eeb8bb35cc91d89.txt); Kurdistan Monitor (tests/fixtures/handover/kurdistan-monitor.txt); Gulf Wire (tests/fixtures/handover/gulf-wire.txt)", lines[1]);
        Assert.Equal("K1 Air Base: controlled by Iraqi Army, from 2020-03-29", lines[2]);
        Assert.Contains("K1 Air Base: troops moved by US-led coalition about 500 troops, from 2020-03-29", lines);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Skips_a_report_already_stored_and_links_a_near_copy_without_storing_its_events_again(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        var seed = File.ReadAllText(Some.SeedPath);
        File.WriteAllText(dir.File("a.txt"), seed);
        // A syndicated copy: the same report with the outlet's own last line.
        File.WriteAllText(dir.File("b.txt"), seed + "\nThis story first appeared on Rudaw.\n");
        Assert.Equal(0, Sitrep("ingest", dir.Path, "--published", "2020-03-30", "--db", t.Target).Code);
        var (code, output, _) = Sitrep("ingest", dir.Path, "--published", "2020-03-30", "--db", t.Target);
        Assert.Equal(0, code);
        Assert.StartsWith("0 stored (0 near-duplicates linked), 2 already stored, 0 failed; 0 events", output);
        using var store = t.OpenSql();
        Assert.Equal(2, store.Count(StoreTable.Documents));
        var copy = store.Connection.QuerySingle<(long Id, long? DuplicateOf)>("SELECT id, duplicate_of FROM documents WHERE input LIKE '%b.txt'");
        Assert.Equal(1, copy.DuplicateOf);
        Assert.Equal(0, store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events WHERE document_id = @id", new { id = copy.Id }));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Reports_each_bad_input_with_its_reason_and_stores_the_rest(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllBytes(dir.File("junk.bin"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        File.WriteAllText(dir.File("empty.txt"), "");
        File.WriteAllText(dir.File("ok.txt"), "Turkish warplanes bombed Kurdish positions near Qamishli on Tuesday, killing four fighters.");
        File.WriteAllText(dir.File("feed.jsonl"), "{\"text\": \"Police in Basra arrested twelve demonstrators on Saturday.\", \"published\": \"2019-11-03\", \"outlet\": \"Basra Daily\"}\nnot json\n");
        var (code, output, error) = Sitrep("ingest", dir.Path, "--published", "2019-10-15", "--db", t.Target);
        Assert.Equal(1, code);
        Assert.StartsWith("2 stored (0 near-duplicates linked), 0 already stored, 3 failed", output);
        Assert.Contains($"{dir.File("empty.txt")}: the input is empty.", error);
        Assert.Contains($"{dir.File("feed.jsonl")}:2: not a JSON object", error);
        Assert.Contains($"{dir.File("junk.bin")}: this is", error);
        using var store = t.OpenSql();
        Assert.Equal(3, store.Count(StoreTable.Failures));
        Assert.Equal("2019-11-03", store.Connection.ExecuteScalar<string>("SELECT published FROM documents WHERE outlet = 'Basra Daily'"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Reads_csv_rows_rss_items_and_reuters_stories_with_their_dates(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("wire.csv"), "date,body,headline\n2019-10-11,\"Hundreds of protesters rallied in Baghdad on Friday to demand the resignation of the government.\",Baghdad protest\n");
        File.WriteAllText(dir.File("news.rss"), """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Levant Wire</title>
            <item><title>Strike on Idlib market</title><link>http://127.0.0.1/idlib</link><pubDate>Sun, 10 Nov 2019 09:30:00 GMT</pubDate>
            <description>&lt;p&gt;A car bomb exploded in a market in Idlib on Sunday, killing seven civilians.&lt;/p&gt;</description></item>
            </channel></rss>
            """);
        File.WriteAllText(dir.File("reut2-000.sgm"), """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="NO" NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>IRAN SAYS IT SHELLED BASRA</TITLE><BODY>Iranian forces shelled the Iraqi port of Basra on Thursday, the Iranian news agency said.
             Reuter&#3;</BODY></TEXT></REUTERS>
            """);
        var (code, output, error) = Sitrep("ingest", dir.File("wire.csv"), dir.File("news.rss"), dir.File("reut2-000.sgm"), "--field", "text=body", "--field", "title=headline", "--field", "published=date", "--db", t.Target);
        Assert.True(code == 0, error);
        Assert.StartsWith("3 stored", output);
        using var store = t.OpenSql();
        var docs = store.Connection.Query<(string Input, string? Title, string? Published, string? Outlet, string? Url)>("SELECT input, title, published, outlet, url FROM documents ORDER BY id").ToList();
        Assert.Equal((dir.File("wire.csv") + ":2", "Baghdad protest", "2019-10-11", (string?)null, (string?)null), docs[0]);
        Assert.Equal(("Strike on Idlib market", "2019-11-10", "Levant Wire", "http://127.0.0.1/idlib"), (docs[1].Title, docs[1].Published, docs[1].Outlet, docs[1].Url));
        Assert.Equal((dir.File("reut2-000.sgm") + "#NEWID=7", "IRAN SAYS IT SHELLED BASRA", "1987-02-26", "Reuters"), (docs[2].Input, docs[2].Title, docs[2].Published, docs[2].Outlet));
        var protest = Assert.Single(store.FindEvents(new EventFilter { Type = "PROTEST" }));
        Assert.Equal(("Baghdad", "2019-10-11"), (protest.Place, protest.DateValue));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Queries_by_actor_code_place_radius_dates_status_and_words(string dialect)
    {
        using var t = new TestStore(dialect);
        IngestHandover(t.Target);
        using var store = t.OpenSql();
        Assert.Equal(3, store.FindEvents(new EventFilter { Actor = "IGOMIL", Type = "RETREAT", Place = "K1", From = "2020-03-29", To = "2020-03-29" }).Count);
        // The earlier withdrawals from al-Qaim and Qayyarah are dated only as before the report of 30 March ("previously"):
        // not on 29 March, as no one can say they fall on it, but before 30 March, which they surely do.
        Assert.Equal(3, store.FindEvents(new EventFilter { Actor = "IGOMIL", Type = "RETREAT", From = "2020-03-29", To = "2020-03-29" }).Count);
        Assert.Equal(3, store.FindEvents(new EventFilter { Actor = "IGOMIL", Type = "RETREAT", To = "2020-03-29" }).Count);
        Assert.Equal(5, store.FindEvents(new EventFilter { Actor = "IGOMIL", Type = "RETREAT", To = "2020-03-30" }).Count);
        Assert.Equal(5, store.FindEvents(new EventFilter { Actor = "IGOMIL", Type = "RETREAT" }).Count);
        // Kirkuk's centre is about 12 km from K1.
        Assert.Contains(store.FindEvents(new EventFilter { Near = (35.47, 44.39, 20) }), e => e.Place == "K1 Air Base");
        Assert.DoesNotContain(store.FindEvents(new EventFilter { Near = (33.31, 44.36, 20) }), e => e.Place == "K1 Air Base");
        Assert.Equal(["AGREE", "AGREE", "AGREE", "AGREE", "AGREE"], store.FindEvents(new EventFilter { Status = "planned" }).OrderBy(e => e.Id).Select(e => e.Type));
        // Only the seed mentions Humvees: every event found is one of its events.
        var humvees = store.FindEvents(new EventFilter { Text = "Humvees" });
        Assert.Equal(["Rudaw"], humvees.Select(e => e.Outlet!).Distinct());
        Assert.Equal(store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE d.outlet = 'Rudaw'"), humvees.Count);
        Assert.Empty(store.FindEvents(new EventFilter { Outlet = "Gulf Wire", Type = "AID" }));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Exports_acled_rows_and_geojson_features_of_merged_events(string dialect)
    {
        using var t = new TestStore(dialect);
        IngestHandover(t.Target);
        var (code, acled, _) = Sitrep("export", "--format", "acled", "--type", "RETREAT", "--place", "K1", "--db", t.Target);
        Assert.Equal(0, code);
        var rows = acled.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,admin1,location,latitude,longitude,geo_precision,time_precision,source,notes,fatalities", rows[0]);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("2020-03-29,Strategic developments,Non-violent transfer of territory,US-led coalition,", rows[1]);
        Assert.Contains(",Iraqi Army,Kirkuk,K1 Air Base,35.52,44.28,1,1,Rudaw; Kurdistan Monitor; Gulf Wire,", rows[1]);
        Assert.Contains("[Reports disagree: theme troops]", rows[1]);
        // Announced withdrawals (AGREE, planned) are not ACLED events.
        var (_, planned, _) = Sitrep("export", "--format", "acled", "--type", "AGREE", "--db", t.Target);
        Assert.Single(planned.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var (_, geojson, _) = Sitrep("export", "--format", "geojson", "--type", "RETREAT", "--place", "K1", "--db", t.Target);
        using var json = System.Text.Json.JsonDocument.Parse(geojson);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("[44.28,35.52]", feature.GetProperty("geometry").GetProperty("coordinates").GetRawText());
        Assert.Equal(3, feature.GetProperty("properties").GetProperty("sources").GetArrayLength());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Records_a_report_and_another_reports_denial_of_it_as_both_sides_of_one_event(string dialect)
    {
        using var t = new TestStore(dialect);
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("a.txt"), "Turkish warplanes struck a convoy in Afrin on Sunday, killing 11 civilians, the Syrian Observatory for Human Rights said.");
        File.WriteAllText(dir.File("b.txt"), "The Turkish Defence Ministry denied on Monday that Turkish warplanes had struck civilians in Afrin on Sunday.");
        Assert.Equal(0, Sitrep("ingest", dir.File("a.txt"), dir.File("b.txt"), "--published", "2020-03-30", "--db", t.Target).Code);
        using var store = t.OpenSql();
        var (_, members, contradictions) = Assert.Single(store.FindFused(new EventFilter { Type = "ASSAULT" }));
        Assert.Equal(["reported", "denied"], members.Select(m => m.Status));
        var denial = Assert.Single(contradictions);
        Assert.Equal(("denial", "whether it happened"), (denial.Kind, denial.About));
        Assert.Contains("denied by Turkish Ministry of National Defence", denial.Sides);
    }
}
