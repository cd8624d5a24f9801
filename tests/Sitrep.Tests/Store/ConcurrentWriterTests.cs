using System.Diagnostics;
using Dapper;
using Sitrep.Cli;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>
/// Two `sitrep ingest` processes writing different reports into one store at the same time: no
/// error, no report lost or stored twice, every event merged, the same content as one process
/// writing them all.
/// </summary>
public sealed class ConcurrentWriterTests
{
    private static string SharedBbc => Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "corpora", "bbc", "data_raw");

    private static Process Start(string input, string db)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", typeof(SitrepCli).Assembly.Location, "ingest", input, "--published", "2005-06-01", "--db", db, "--workers", "1" }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static (int Code, string Error) Finish(Process p)
    {
        var error = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, error.Result);
    }

    /// <summary>Each original report's hash with its events: what was stored, whatever the ids.</summary>
    private static Dictionary<string, List<string>> EventsByReport(SqlStore store) =>
        store.Connection.Query<(string Hash, string? Event)>("""
            SELECT d.content_hash, e.local_id || ' ' || e.type || ' ' || e.summary
            FROM documents d LEFT JOIN events e ON e.document_id = d.id WHERE d.duplicate_of IS NULL
            """).GroupBy(r => r.Hash).ToDictionary(g => g.Key, g => g.Select(r => r.Event).OfType<string>().Order(StringComparer.Ordinal).ToList());

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Two_ingest_processes_writing_different_reports_into_one_store_lose_and_duplicate_nothing(string dialect)
    {
        using var a = new TemporaryDirectory();
        using var b = new TemporaryDirectory();
        var files = Directory.GetFiles(Path.Combine(SharedBbc, "politics"), "*.txt").Order(StringComparer.Ordinal).Take(400).ToList();
        Assert.Equal(400, files.Count);
        for (int i = 0; i < files.Count; i++) File.Copy(files[i], (i % 2 == 0 ? a : b).File(Path.GetFileName(files[i])));

        using var shared = new TestStore(dialect);
        using (var first = Start(a.Path, shared.Target))
        using (var second = Start(b.Path, shared.Target))
        {
            var (firstCode, firstError) = Finish(first);
            var (secondCode, secondError) = Finish(second);
            Assert.True(firstCode == 0, firstError);
            Assert.True(secondCode == 0, secondError);
        }

        using var alone = new TestStore(dialect);
        using (var one = Start(a.Path, alone.Target)) Assert.Equal(0, Finish(one).Code);
        using (var two = Start(b.Path, alone.Target)) Assert.Equal(0, Finish(two).Code);

        using var together = shared.OpenSql();
        using var apart = alone.OpenSql();
        // The corpus repeats some texts: each is stored once, whichever process came first.
        var documents = together.Documents();
        Assert.Equal(apart.Documents().Select(d => d.ContentHash).Order(StringComparer.Ordinal), documents.Select(d => d.ContentHash).Order(StringComparer.Ordinal));
        Assert.InRange(documents.Count, 380, 400);
        // Near-copies are linked within one process's view; a report that is an original in both
        // stores has the same events in both.
        var inBoth = EventsByReport(apart);
        var concurrent = EventsByReport(together);
        foreach (var (hash, events) in concurrent.Where(r => inBoth.ContainsKey(r.Key))) Assert.Equal(inBoth[hash], events);
        Assert.InRange(concurrent.Keys.Count(inBoth.ContainsKey), documents.Count - 10, documents.Count);
        // The last merge ran after both had written: every event is in a merged event.
        Assert.Equal(together.Count(StoreTable.Events), together.Connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT event_id) FROM fused_members"));
        Assert.Equal(0, together.Count(StoreTable.Failures));
    }
}
