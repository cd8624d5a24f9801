using Microsoft.Data.Sqlite;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>The ingest's writer thread: the database failing mid-run stops the run with the database's error, and loses nothing already committed.</summary>
public sealed class IngestWriterTests
{
    private static List<IngestItem> Reports(int count) =>
        Enumerable.Range(1, count).Select(i => new IngestItem($"report-{i}")
        {
            Text = i == 22
                ? "Police in Kirkuk detained 22 protesters outside the governor's office on Saturday."
                : $"Police in Basra arrested {i} demonstrators near the port on Saturday, officials said.",
            Published = new DateOnly(2019, 11, 2),
        }).ToList();

    [Fact]
    public async Task A_database_error_mid_ingest_stops_it_with_that_error_and_keeps_the_batches_committed_before()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("store.db");
        using var store = SqliteStore.Open(path);
        // The database itself refuses one report, as a full disk or a broken constraint would.
        using (var sql = new SqliteConnection($"Data Source={path}"))
        {
            sql.Open();
            using var create = sql.CreateCommand();
            create.CommandText = "CREATE TRIGGER refuse_kirkuk BEFORE INSERT ON documents WHEN NEW.text LIKE '%Kirkuk%' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END;";
            create.ExecuteNonQuery();
        }
        var ingester = new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1, BatchSize = 4 };

        // Far more reports after the refused one than the writer's queue holds (16): the reading side must not wait on it.
        var run = Task.Run(() => ingester.Run(Reports(200)));
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.True(first == run, "the ingest hung after the database failed");
        var error = await Assert.ThrowsAsync<SqliteException>(() => run);
        Assert.Contains("refused by the test trigger", error.Message);
        // Reports 1-20 went in five batches of four; the batch with report 22 was rolled back as a whole.
        Assert.Equal(20, store.Count(StoreTable.Documents));
    }
}
