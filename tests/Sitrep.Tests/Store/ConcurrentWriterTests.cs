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

    private static Process Start(string input, string db) => Start([input], db);

    private static Process Start(IEnumerable<string> inputs, string db) =>
        SitrepCommand.Start(inputs.Prepend("ingest").Concat(["--published", "2005-06-01", "--db", db, "--workers", "1"]));

    private static (int Code, string Error) Finish(Process p) => Finish(p, out _);

    private static (int Code, string Error) Finish(Process p, out string output)
    {
        var error = p.StandardError.ReadToEndAsync();
        output = p.StandardOutput.ReadToEnd();
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
        Assert.Equal(386, documents.Count); // 400 files, 14 of them repeat a text
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

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Two_ingest_processes_writing_the_same_reports_in_opposite_orders_store_each_once_and_never_deadlock(string dialect)
    {
        var files = Directory.GetFiles(Path.Combine(SharedBbc, "tech"), "*.txt").Order(StringComparer.Ordinal).Take(150).ToList();
        Assert.Equal(150, files.Count);
        using var shared = new TestStore(dialect);
        string firstOut, secondOut;
        using (var first = Start(files, shared.Target))
        using (var second = Start(Enumerable.Reverse(files), shared.Target))
        {
            var (firstCode, firstError) = Finish(first, out firstOut);
            var (secondCode, secondError) = Finish(second, out secondOut);
            Assert.True(firstCode == 0, firstError);
            Assert.True(secondCode == 0, secondError);
        }
        using var store = shared.OpenSql();
        var hashes = store.Documents().Select(d => d.ContentHash).ToList();
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
        // Between them the two processes stored each report once and skipped it once.
        static (int Stored, int Skipped) Counts(string output)
        {
            var m = System.Text.RegularExpressions.Regex.Match(output, @"^(\d+) stored \((\d+) near-duplicates linked\), (\d+) already stored");
            Assert.True(m.Success, output);
            return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[3].Value));
        }
        var (a, b) = (Counts(firstOut), Counts(secondOut));
        Assert.Equal(hashes.Count, a.Stored + b.Stored);
        Assert.Equal(2 * 150 - hashes.Count, a.Skipped + b.Skipped);
        Assert.Equal(store.Count(StoreTable.Events), store.Connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT event_id) FROM fused_members"));
    }
}
