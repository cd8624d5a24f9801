using Sitrep.Documents;
using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>
/// sitrep ingest SOURCE... [--db PATH|postgres://…]: reads reports from files, directories,
/// globs, standard input, JSON Lines, CSV, feeds and Reuters SGML into the store, then merges
/// what several reports say about the same event and rebuilds the timeline.
/// </summary>
public static class IngestCommand
{
    public const string DefaultDatabase = "sitrep.db";

    /// <summary>Each pipeline holds a report's annotations; more than this many on one machine only adds memory.</summary>
    public const int MaxWorkers = 64;

    public static Option<string> DatabaseOption() => new Option<string>("--db")
    {
        Description = "The store: a SQLite file (default sitrep.db) or postgres://user@host:port/database.",
        DefaultValueFactory = _ => DefaultDatabase,
    }.MustNotBeEmpty("a SQLite file or postgres://user@host:port/database");

    public static Command Create(TextWriter output, TextWriter error, Func<Stream> standardInput)
    {
        var sources = new Argument<string[]>("SOURCE") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories, globs, - for standard input, .jsonl, .csv, RSS/Atom files or feed URLs, Reuters .sgm." };
        var db = DatabaseOption();
        var fields = new Option<string[]>("--field") { Description = "A field or column name for JSON Lines and CSV: text=body, title=headline, url=link, published=date, outlet=source; repeat for several." };
        var published = new Option<string?>("--published") { Description = "Publication date for reports that give none (YYYY-MM-DD)." }.MustBeIsoDate();
        var outlet = new Option<string?>("--outlet") { Description = "Outlet for reports that name none." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse inputs larger than this many bytes.", DefaultValueFactory = _ => new ReaderOptions().MaxBytes }.MustBeWithin(1, ReaderOptions.MaxBytesLimit, "the largest input in bytes");
        var workers = new Option<int>("--workers") { Description = "Pipelines run in parallel (default: one per core).", DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxWorkers) }.MustBeWithin(1, MaxWorkers, "the number of parallel pipelines");
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a feed URL.", DefaultValueFactory = _ => 30 }.MustBeWithin(1, 3600, "the seconds to wait for a feed");
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var actors = SitrepCli.ActorsOption();
        var limits = new SitrepCli.LimitOptions();
        var broker = new Option<string?>("--broker") { Description = "nats://HOST:PORT: publish the reports to the broker's work queue for 'sitrep worker' processes instead of storing them here (--db is then not used)." };
        var command = new Command("ingest", "Read reports into the store: skip what is stored, link near-duplicates, merge events across reports, rebuild the timeline.")
        {
            sources, db, fields, published, outlet, maxBytes, workers, timeout, data, actors, broker,
        };
        limits.AddTo(command);
        command.SetAction((parse, cancel) =>
        {
            DateOnly? date = CommandLineValues.IsoDate(parse.GetValue(published));
            FieldMap map;
            try { map = FieldMap.Parse(parse.GetValue(fields) ?? []); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            if (parse.GetValue(broker) is { } brokerUrl)
                return WorkerCommand.PublishAsync(brokerUrl, new IngestSources(map, standardInput, new HttpClient { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) }, parse.GetValue(maxBytes)),
                    parse.GetValue(sources)!, date, parse.GetValue(outlet), output, error, cancel);
            if (SitrepCli.LoadResources(parse.GetValue(data), error, parse.GetValue(actors)) is not { } resources) return Task.FromResult(SitrepCli.SomeInputsFailed);
            ISitrepStore store;
            try { store = SitrepStore.Open(parse.GetValue(db)!); }
            catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 11 or 26)
            {
                error.WriteLine($"sitrep: {Damaged(parse.GetValue(db)!, e)}");
                return Task.FromResult(SitrepCli.SomeInputsFailed);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UriFormatException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep: cannot open the store {parse.GetValue(db)}: {e.Message}");
                return Task.FromResult(SitrepCli.SomeInputsFailed);
            }
            using (store)
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
                var expander = new IngestSources(map, standardInput, http, parse.GetValue(maxBytes));
                if (store.FilePath is { } file) expander.Excluding(file);
                var inputs = parse.GetValue(sources)!;
                // A total for the ETA when every source is plain files (containers are counted as they are read).
                int? total = inputs.All(s => s != "-" && !s.Contains("://", StringComparison.Ordinal))
                    ? inputs.SelectMany(IngestSources.Files).Count(f => Path.GetExtension(f).ToLowerInvariant() is not (".jsonl" or ".ndjson" or ".csv" or ".tsv" or ".sgm" or ".rss" or ".atom" or ".xml"))
                    : null;
                if (total == 0) total = null;
                var ingester = new Ingester(resources, store, new ReaderOptions { MaxBytes = parse.GetValue(maxBytes) })
                {
                    Workers = Math.Max(1, parse.GetValue(workers)),
                    DefaultPublished = date,
                    DefaultOutlet = parse.GetValue(outlet),
                    Limits = limits.Read(parse),
                };
                var progress = new ProgressPrinter(error, Console.IsErrorRedirected);
                IngestReport report;
                FusionResult? fusion = null;
                bool interrupted = false;
                try
                {
                    report = ingester.Run(expander.Expand(inputs), progress.Print, total, cancel);
                    // Interrupted, the merge waits for the next ingest, which redoes it whole.
                    interrupted = cancel.IsCancellationRequested;
                    if (!interrupted) fusion = store.Fuse();
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
                {
                    progress.Finish();
                    error.WriteLine($"sitrep: {StoreFailure(store, e)} Reports committed before this stay stored; run the same command again to go on once the store is fixed.");
                    return Task.FromResult(SitrepCli.SomeInputsFailed);
                }
                progress.Finish();
                foreach (var (input, reason) in report.Failures) error.WriteLine($"sitrep: {reason}");
                if (report.Undated > 0)
                    error.WriteLine($"sitrep: {report.Undated} of {report.Totals.Stored} reports stored give no publication date (no page date, dateline or --published): "
                                    + "their relative dates (\"on Sunday\", \"this month\") stay unresolved, their events are undated, and the timeline shows them as from an unknown date. "
                                    + "Give --published DATE to anchor reports that carry none.");
                var t = report.Totals;
                var merged = fusion is not null ? MergeSummary.Of(store) : "events not merged yet";
                output.WriteLine($"{t.Stored} stored ({t.NearDuplicates} near-duplicates linked), {t.Skipped} already stored, {t.Failed} failed; {t.Events} events; "
                                 + $"{merged}; {t.Elapsed.TotalSeconds:0.0} s, {(t.Elapsed.TotalSeconds > 0 ? t.Seen / t.Elapsed.TotalSeconds : 0):0} documents/s; store {store.Description}");
                if (interrupted)
                {
                    error.WriteLine($"sitrep: interrupted after {t.Seen} reports read ({t.Stored} stored this run); run the same command again to go on: what is stored is skipped.");
                    return Task.FromResult(SitrepCli.Interrupted);
                }
                return Task.FromResult(report.Failures.Count == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed);
            }
        });
        return command;
    }

    /// <summary>What went wrong with the store, in words a user can act on: a damaged SQLite file says how to recover it.</summary>
    private static string StoreFailure(ISitrepStore store, Exception e) => e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 11 or 26 } && store.FilePath is { } file
        ? Damaged(file, e)
        : $"the store {store.Description} failed: {e.Message.TrimEnd('.')}.";

    private static string Damaged(string file, Exception e) =>
        $"the store {file} is damaged ({e.Message.TrimEnd('.')}); Sitrep writes nothing more into it. Recover what it holds with: sqlite3 {file} .recover | sqlite3 recovered.db";

    /// <summary>One line redrawn in place on a terminal; plain lines every few seconds otherwise.</summary>
    private sealed class ProgressPrinter(TextWriter error, bool redirected)
    {
        private TimeSpan? _last;
        private bool _drawn;

        public void Print(IngestProgress p)
        {
            double rate = p.Elapsed.TotalSeconds > 0 ? p.Seen / p.Elapsed.TotalSeconds : 0;
            string eta = p.Total is { } total && rate > 0 && total > p.Seen ? $", ETA {TimeSpan.FromSeconds((total - p.Seen) / rate):hh\\:mm\\:ss}" : "";
            string of = p.Total is { } n ? $"/{n}" : "";
            var line = $"{p.Seen}{of} documents ({p.Stored} stored, {p.Skipped} skipped, {p.Failed} failed), {p.Events} events, {rate:0} documents/s{eta}";
            if (!redirected)
            {
                error.Write("\r" + line.PadRight(100));
                _drawn = true;
            }
            else if (_last is null || p.Elapsed - _last.Value >= TimeSpan.FromSeconds(5))
            {
                _last = p.Elapsed;
                error.WriteLine("sitrep: " + line);
            }
        }

        public void Finish()
        {
            if (_drawn) error.WriteLine();
        }
    }
}
