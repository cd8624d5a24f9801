using System.Text.RegularExpressions;
using Sitrep.Documents;
using System.Diagnostics;
using Dapper;
using Sitrep.Cli;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>
/// An ingest killed with SIGKILL in the middle and run again ends with the same database as an
/// uninterrupted one: the same reports, events, merged events, contradictions and timeline.
/// </summary>
public sealed class CrashTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static string SharedBbc => Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw");

    private static Process Start(string input, string db) =>
        SitrepCommand.Start(["ingest", input, "--published", "2005-06-01", "--db", db, "--workers", "2"]);

    private static void RunToEnd(string input, string db)
    {
        using var p = Start(input, db);
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, stderr.Result);
    }

    /// <summary>
    /// Every row that matters, in a canonical order, by content rather than by id: the database
    /// gives the ids, and a killed transaction may have used some of a sequence's numbers.
    /// </summary>
    private static List<string> Dump(string db)
    {
        using var store = (SqlStore)SitrepStore.Open(db);
        var c = store.Connection;
        var rows = new List<string>();
        rows.AddRange(c.Query<(string, string, string?)>("SELECT d.content_hash, d.input, o.content_hash FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.id").Select(r => "doc " + r));
        rows.AddRange(c.Query<(string, string, string, string, string)>("SELECT d.content_hash, e.local_id, e.type, e.status, e.summary FROM events e JOIN documents d ON d.id = e.document_id ORDER BY e.id").Select(r => "event " + r));
        var members = c.Query<(long Fused, string Member)>("SELECT m.fused_id, d.content_hash || ':' || e.local_id FROM fused_members m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = e.document_id").ToList();
        rows.AddRange(members.GroupBy(m => m.Fused).Select(g => "merged " + string.Join(" ", g.Select(m => m.Member).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
        rows.AddRange(c.Query<(string, string)>("SELECT about, sides FROM contradictions ORDER BY id").Select(r => "contradiction " + Regex.Replace(r.ToString(), "\"DocumentId\":[0-9]+", "")));
        rows.AddRange(c.Query<(string, string, string, string?, string?, string?)>("SELECT subject, predicate, value, valid_from, valid_to, unknown_bound FROM states ORDER BY id").Select(r => "state " + r));
        return rows;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_killed_ingest_run_again_ends_with_the_same_database_as_an_uninterrupted_one(string dialect)
    {
        using var corpus = new TemporaryDirectory();
        var files = Directory.GetFiles(Path.Combine(SharedBbc, "politics"), "*.txt").Order(StringComparer.Ordinal).Take(240).ToList();
        Assert.Equal(240, files.Count);
        foreach (var f in files) File.Copy(f, corpus.File(Path.GetFileName(f)));

        using var whole = new TestStore(dialect);
        RunToEnd(corpus.Path, whole.Target);

        using var killed = new TestStore(dialect);
        using (var p = Start(corpus.Path, killed.Target))
        {
            // Kill it once some batches are committed and before the end.
            var clock = Stopwatch.StartNew();
            long stored = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited)
            {
                Thread.Sleep(20);
                try
                {
                    using var s = killed.Open();
                    stored = s.Count(StoreTable.Documents);
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException) { continue; }
                if (stored >= 40) break;
            }
            Assert.False(p.HasExited, "the ingest ended before it could be killed");
            p.Kill();
            p.WaitForExit();
            Assert.InRange(stored, 40, 239);
        }
        using (var s = killed.Open()) Assert.InRange(s.Count(StoreTable.Documents), 40, 239);
        RunToEnd(corpus.Path, killed.Target);

        Assert.Equal(Dump(whole.Target), Dump(killed.Target));
    }

    /// <summary>
    /// SIGKILL at random moments (loading, reading, writing, merging) again and again, each time
    /// resumed: the end is the same database. SITREP_KILLS sets how many (the campaign:
    /// scripts/kill-campaign.sh runs 50 per database).
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void An_ingest_killed_again_and_again_at_random_moments_ends_with_the_same_database(string dialect)
    {
        int kills = int.TryParse(Environment.GetEnvironmentVariable("SITREP_KILLS"), out var k) ? k : 3;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("SITREP_KILL_SEED"), out var seed) ? seed : 20261203);
        using var corpus = new TemporaryDirectory();
        foreach (var f in Directory.GetFiles(Path.Combine(SharedBbc, "tech"), "*.txt").Order(StringComparer.Ordinal).Take(160))
            File.Copy(f, corpus.File(Path.GetFileName(f)));

        using var whole = new TestStore(dialect);
        RunToEnd(corpus.Path, whole.Target);

        long total;
        using (var s = whole.Open()) total = s.Count(StoreTable.Documents);
        var expected = Dump(whole.Target);

        // Rounds of one to three kills on one store, each resumed by the next run, then a run to
        // the end and a comparison; then a fresh store, until the asked number of kills landed
        // while an ingest was running.
        int landed = 0, rounds = 0, attempts = 0;
        while (landed < kills && attempts < kills * 4)
        {
            using var killed = new TestStore(dialect);
            rounds++;
            for (int inRound = random.Next(1, 4); inRound > 0 && landed < kills; inRound--, attempts++)
                if (KillOnce(killed.Target, total, random)) landed++;
            RunToEnd(corpus.Path, killed.Target);
            Assert.Equal(expected, Dump(killed.Target));
        }
        output.WriteLine($"{dialect}: {landed} kills landed while an ingest ran ({attempts} tried), in {rounds} rounds each resumed to the end; every round's database equals an uninterrupted ingest's");
        Assert.Equal(kills, landed);

        bool KillOnce(string target, long total, Random random)
        {
            long Stored()
            {
                try
                {
                    using var s = SitrepStore.OpenReadOnly(target);
                    return s.Count(StoreTable.Documents);
                }
                catch (Exception e) when (e is StoreException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException) { return -1; }
            }
            long before = Math.Max(0, Stored());
            using var p = Start(corpus.Path, target);
            if (random.Next(4) == 0 || before >= total - 1)
            {
                // While it loads its dictionaries and models, or merges at the end.
                p.WaitForExit(TimeSpan.FromMilliseconds(random.Next(100, 1500)));
            }
            else
            {
                // After a random number of further reports are committed.
                long wanted = before + random.Next(1, (int)(total - before));
                var clock = Stopwatch.StartNew();
                while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && Stored() < wanted) Thread.Sleep(10);
            }
            bool running = !p.HasExited;
            if (running) p.Kill();
            p.WaitForExit();
            return running;
        }
    }
}
