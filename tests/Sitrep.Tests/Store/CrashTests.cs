using Sitrep.Documents;
using Sitrep.Training;
using Sitrep.Conversion;
using Sitrep.Export;
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
public sealed class CrashTests
{
    private static string SharedBbc => Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw");

    private static Process Start(string input, string db)
    {
        var sitrep = typeof(SitrepCli).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", sitrep, "ingest", input, "--published", "2005-06-01", "--db", db, "--workers", "2" }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static void RunToEnd(string input, string db)
    {
        using var p = Start(input, db);
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, stderr.Result);
    }

    /// <summary>Every row that matters, in a canonical order.</summary>
    private static List<string> Dump(string db)
    {
        using var store = SitrepStore.Open(db);
        var c = store.Connection;
        var rows = new List<string>();
        rows.AddRange(c.Query<(long, string, string, long?)>("SELECT id, content_hash, input, duplicate_of FROM documents ORDER BY id").Select(r => "doc " + r));
        rows.AddRange(c.Query<(long, long, string, string, string, string)>("SELECT id, document_id, local_id, type, status, summary FROM events ORDER BY id").Select(r => "event " + r));
        rows.AddRange(c.Query<(long, long)>("SELECT fused_id, event_id FROM fused_members ORDER BY fused_id, event_id").Select(r => "member " + r));
        rows.AddRange(c.Query<(long, string, string)>("SELECT fused_id, about, sides FROM contradictions ORDER BY id").Select(r => "contradiction " + r));
        rows.AddRange(c.Query<(string, string, string, string?, string?)>("SELECT subject, predicate, value, valid_from, valid_to FROM states ORDER BY id").Select(r => "state " + r));
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
                    stored = s.Count("documents");
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException) { continue; }
                if (stored >= 40) break;
            }
            Assert.False(p.HasExited, "the ingest ended before it could be killed");
            p.Kill();
            p.WaitForExit();
            Assert.InRange(stored, 40, 239);
        }
        using (var s = killed.Open()) Assert.InRange(s.Count("documents"), 40, 239);
        RunToEnd(corpus.Path, killed.Target);

        Assert.Equal(Dump(whole.Target), Dump(killed.Target));
    }
}
