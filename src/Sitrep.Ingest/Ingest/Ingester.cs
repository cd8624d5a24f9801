using Sitrep.Documents;
using Sitrep.Rows;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Text;

namespace Sitrep.Ingest;

/// <summary>How far an ingest has got: for progress lines and the final summary.</summary>
public sealed record IngestProgress(int Seen, int Stored, int Skipped, int NearDuplicates, int Failed, long Events, TimeSpan Elapsed, int? Total);

/// <summary>What an ingest did, with each failure (input and why).</summary>
public sealed record IngestReport(IngestProgress Totals, IReadOnlyList<(string Input, string Reason)> Failures)
{
    /// <summary>Reports stored without a publication date: neither they nor --published gave one.</summary>
    public int Undated { get; init; }

    /// <summary>Time spent in the store: reading what is stored, and writing (the database's share of the run).</summary>
    public TimeSpan StoreTime { get; init; }
}

/// <summary>
/// Reads reports, runs the pipeline on both cores (or as many workers as asked), and writes them to
/// the store in input order, a batch per transaction, on a writer thread of its own. A report
/// already stored (same text, or same address) is skipped before any work; a near-duplicate of a stored one is stored as a link to it, without its
/// events. One report failing is recorded with its reason and the batch goes on. Killed at any
/// point, the committed batches stay; run again, it skips them and ends with the same database.
/// </summary>
public sealed class Ingester(SitrepResources resources, ISitrepStore store, ReaderOptions readerOptions)
{
    public int BatchSize { get; init; } = 32;

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>For reports that give no date of their own (--published): a fallback, not an override.</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>For reports that name no outlet (--outlet).</summary>
    public string? DefaultOutlet { get; init; }

    /// <summary>The time and memory one report may take (--max-seconds, --max-memory); a report over them fails alone.</summary>
    public WorkLimits Limits { get; init; } = new();

    /// <summary>Built on the first run and kept: a worker runs one batch after another.</summary>
    private SitrepPipeline? _pipeline;

    /// <summary>Reports read ahead of the pipeline, asked about in the store together.</summary>
    public int ReadAhead { get; init; } = 64;

    private sealed record Work(IngestItem Item, Document? Document, string? Hash, string? Error)
    {
        public string? Url => Document?.Source.Url;
    }

    private sealed record Done(Work Work, StoredDocument? Built, string? Error, bool Undated = false)
    {
        public IngestItem Item => Work.Item;

        /// <summary>The report as the pipeline left it, until its row is built.</summary>
        public Document? Extracted { get; init; }
    }

    public IngestReport Run(IEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, int? total = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var storeClock = new Stopwatch();
        var pipeline = _pipeline ??= SitrepPipelines.Default(resources).WithLimits(Limits);
        var reader = new DocumentReader(readerOptions);
        var failures = new List<(string, string)>();
        int seen = 0, stored = 0, skipped = 0, duplicates = 0, undated = 0;
        long events = 0;
        var batch = new List<Done>();
        // Reading ahead and writing share the store's one connection, one call at a time.
        var storeGate = new Lock();
        // Read but not yet written: a repeat inside this run is skipped before extraction. The
        // store answers for everything written; nothing per stored report stays in memory.
        var inFlight = new InFlightReports();
        IngestProgress Progress() => new(seen, stored, skipped, duplicates, failures.Count, events, clock.Elapsed, total);
        T AskStore<T>(Func<T> call)
        {
            lock (storeGate)
            {
                storeClock.Start();
                try { return call(); }
                finally { storeClock.Stop(); }
            }
        }

        // Reading and the skip check run in input order, a chunk at a time; the pipeline runs in
        // parallel; results come back in input order for the writer.
        var work = items.TakeWhile(_ => !cancel.IsCancellationRequested).Chunk(Math.Max(1, ReadAhead))
            .SelectMany(chunk => Prepare(chunk, reader, inFlight, AskStore));
        // One pipeline runs on this thread: PLINQ's hand-over between threads would spin, taking
        // a core that another process (a second worker) could use.
        // With one pipeline, the writer's thread builds the rows to store (their JSON and fingerprint) too.
        var done = Workers <= 1 ? work.Select(w => Process(w, pipeline, build: false))
            : Unwrapped(work.AsParallel().AsOrdered().WithDegreeOfParallelism(Workers).Select(w => Process(w, pipeline, build: true)));
        var lastReport = clock.Elapsed;
        void Flush()
        {
            if (batch.Count == 0) return;
            var outcomes = AskStore(() => store.Write(batch.Select(d => d.Built!).ToList()));
            for (int i = 0; i < batch.Count; i++)
            {
                var (d, outcome) = (batch[i], outcomes[i]);
                inFlight.Release(d.Work);
                // Another process stored the same text or address meanwhile: it counts as already stored.
                if (outcome.Id is null) { skipped++; continue; }
                stored++;
                if (d.Undated) undated++;
                if (outcome.NearCopyOf is not null) duplicates++;
                else events += d.Built!.Events.Count;
            }
            batch.Clear();
        }
        // The writer stores results in input order on a thread of its own, so extraction never waits for
        // the database (the store is a fifth of a one-worker ingest's time); it waits, without spinning,
        // when nothing is ready. A bounded queue keeps the reports between the two few.
        using var results = new BlockingCollection<Done>((int)Math.Clamp(4L * BatchSize, 4, 1024));
        using var writerStopped = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var result in results.GetConsumingEnumerable())
                {
                    var d = WithRow(result);
                    seen++;
                    if (d.Error is not null)
                    {
                        inFlight.Release(d.Work);
                        if (d.Error == Skip) skipped++;
                        else
                        {
                            failures.Add((d.Item.Key, d.Error));
                            AskStore(() => { store.RecordFailure(d.Item.Key, d.Error); return 0; });
                        }
                    }
                    else
                    {
                        batch.Add(d);
                        if (batch.Count >= BatchSize) Flush();
                    }
                    if (progress is not null && clock.Elapsed - lastReport >= TimeSpan.FromSeconds(1))
                    {
                        lastReport = clock.Elapsed;
                        progress(Progress());
                    }
                    if (cancel.IsCancellationRequested) break;
                }
                Flush();
            }
            finally
            {
                // Stopped early (interrupted, or the store failed): the reading side must not wait on a full queue.
                writerStopped.Cancel();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        ExceptionDispatchInfo? readingFailed = null;
        try
        {
            foreach (var d in done) results.Add(d, writerStopped.Token);
        }
        catch (OperationCanceledException) when (writerStopped.IsCancellationRequested)
        {
            // The writer has stopped; what it stopped on is thrown below.
        }
        catch (Exception e)
        {
            // The reading side failed (the store, asked about a chunk): the writer stores what is ready, then this is thrown.
            readingFailed = ExceptionDispatchInfo.Capture(e);
        }
        results.CompleteAdding();
        try
        {
            writer.GetAwaiter().GetResult();
        }
        catch (Exception) when (readingFailed is not null)
        {
            // The first failure is the one the caller is owed (a broken connection fails the writer too).
        }
        readingFailed?.Throw();
        progress?.Invoke(Progress());
        return new IngestReport(Progress(), failures) { Undated = undated, StoreTime = storeClock.Elapsed };
    }

    private const string Skip = "\u0000skip";

    /// <summary>
    /// Reads a chunk of reports and drops those already stored (by address before reading, by text
    /// or address after) or already in flight in this run, asking the store once or twice per chunk.
    /// </summary>
    private IEnumerable<Work> Prepare(IngestItem[] chunk, DocumentReader reader, InFlightReports inFlight, Func<Func<StoredKeys>, StoredKeys> askStore)
    {
        var givenUrls = chunk.Select(i => i.Url).OfType<string>().ToList();
        IReadOnlySet<string> storedUrls = givenUrls.Count == 0 ? new HashSet<string>() : askStore(() => store.FindStored([], givenUrls)).Urls;
        var read = chunk.Select(item => item.Url is { } url && storedUrls.Contains(url) ? new Work(item, null, null, Skip) : Read(item, reader)).ToList();
        var toWrite = read.Where(w => w.Document is not null).ToList();
        if (toWrite.Count == 0) return read;
        // Asked and marked in flight under the store's lock: the writer commits a report before it lets it go,
        // so a repeat is either stored by then or still in flight, never neither.
        var repeats = new HashSet<Work>(ReferenceEqualityComparer.Instance);
        askStore(() =>
        {
            var stored = store.FindStored(toWrite.Select(w => w.Hash!).ToList(), toWrite.Select(w => w.Url).OfType<string>().ToList());
            foreach (var w in toWrite)
                if (stored.ContentHashes.Contains(w.Hash!) || (w.Url is { } u && stored.Urls.Contains(u)) || !inFlight.TryAdd(w)) repeats.Add(w);
            return stored;
        });
        return read.Select(w => repeats.Contains(w) ? new Work(w.Item, null, null, Skip) : w).ToList();
    }

    private Work Read(IngestItem item, DocumentReader reader)
    {
        if (item.Error is not null) return new Work(item, null, null, item.Error);
        Document doc;
        try
        {
            doc = item.Bytes is { } bytes ? reader.Read(bytes, item.Key) : ReadText(item);
        }
        catch (DocumentReadException e)
        {
            return new Work(item, null, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Work(item, null, null, $"{item.Key}: could not be read ({e.GetType().Name}: {e.Message}); a defect in Sitrep, please report it.");
        }
        // What the container says wins over what a page says about itself; the command line fills
        // what neither gives. The dates are claims: the header stage decides among them and the dateline.
        var claims = doc.Source.PublishedClaims.ToList();
        if (item.Published is { } container) claims.Add(new DateClaim(container, "container"));
        if ((item.FallbackPublished ?? DefaultPublished) is { } fallback) claims.Add(new DateClaim(fallback, "option"));
        doc.SetSource(doc.Source with
        {
            Title = item.Title ?? doc.Source.Title,
            Url = item.Url ?? doc.Source.Url,
            Outlet = item.Outlet ?? doc.Source.Outlet ?? item.FallbackOutlet ?? DefaultOutlet,
            PublishedClaims = claims,
        });
        return new Work(item, doc, StoredDocumentBuilder.ContentHash(doc.Text), null);
    }

    private Document ReadText(IngestItem item)
    {
        var text = item.Text!;
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentReadException($"{item.Key}: the input is empty.");
        if (text.Length > readerOptions.MaxTextCharacters)
            throw new DocumentReadException($"{item.Key}: the text has {text.Length:N0} characters, more than the limit of {readerOptions.MaxTextCharacters:N0} for one report.");
        return new Document(text.Replace("\r\n", "\n"), new DocumentSource { InputName = item.Key });
    }

    /// <summary>Runs the pipeline on a report; builds the row to store too when <paramref name="build"/> (else the writer builds it).</summary>
    private static Done Process(Work w, SitrepPipeline pipeline, bool build)
    {
        if (w.Document is null) return new Done(w, null, w.Error);
        try
        {
            var doc = pipeline.Run(w.Document);
            var done = new Done(w, null, null, doc.Source.Published is null) { Extracted = doc };
            return build ? WithRow(done) : done;
        }
        catch (PipelineException e)
        {
            return new Done(w, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Defect(w, e);
        }
    }

    /// <summary>The row to store, from the extracted report (once; the report itself is then let go).</summary>
    private static Done WithRow(Done d)
    {
        if (d.Extracted is not { } doc) return d;
        try
        {
            return d with { Built = StoredDocumentBuilder.Build(doc, SimHash.Of(doc.Text)), Extracted = null };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Defect(d.Work, e);
        }
    }

    // One report's defect never stops the batch: it is named, with the fault, and the rest go on.
    private static Done Defect(Work w, Exception e) =>
        new(w, null, $"{w.Item.Key}: could not be stored ({e.GetType().Name}: {e.Message}); a defect in Sitrep, please report it.");

    /// <summary>
    /// PLINQ wraps what the reading side throws (the store failing while asked about a chunk) in
    /// an AggregateException; the caller is owed the store's own exception, as without PLINQ.
    /// </summary>
    private static IEnumerable<T> Unwrapped<T>(IEnumerable<T> source)
    {
        using var e = source.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (AggregateException x) when (x.InnerExceptions.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(x.InnerExceptions[0]).Throw();
                throw;
            }
            if (!more) yield break;
            yield return e.Current;
        }
    }

    /// <summary>The texts and addresses of reports read and not yet written or dropped; the reader adds, the writer releases.</summary>
    private sealed class InFlightReports
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

        public bool TryAdd(Work w)
        {
            if (!_keys.TryAdd("#" + w.Hash, 0)) return false;
            if (w.Url is { } url && !_keys.TryAdd("@" + url, 0))
            {
                _keys.TryRemove("#" + w.Hash, out _);
                return false;
            }
            return true;
        }

        public void Release(Work w)
        {
            if (w.Document is null) return;
            _keys.TryRemove("#" + w.Hash, out _);
            if (w.Url is { } url) _keys.TryRemove("@" + url, out _);
        }
    }
}
