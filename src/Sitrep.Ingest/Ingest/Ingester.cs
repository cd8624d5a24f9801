using Sitrep.Documents;
using Sitrep.Rows;
using System.Diagnostics;
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
/// Reads reports, runs the pipeline on both cores, and writes them to the store in input order,
/// a batch per transaction. A report already stored (same text, or same address) is skipped
/// before any work; a near-duplicate of a stored one is stored as a link to it, without its
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

    private sealed record Work(IngestItem Item, Document? Document, string? Hash, string? Error);

    private sealed record Done(IngestItem Item, string? Hash, StoredDocument? Built, string? Error, bool Undated = false);

    public IngestReport Run(IEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, int? total = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var storeClock = Stopwatch.StartNew();
        var (hashes, urls, originals) = store.ReadIngestState();
        storeClock.Stop();
        var near = new NearDuplicateIndex();
        foreach (var (id, hash) in originals) near.Add(id, hash);
        var pipeline = _pipeline ??= SitrepPipelines.Default(resources).WithLimits(Limits);
        var reader = new DocumentReader(readerOptions);
        var failures = new List<(string, string)>();
        int seen = 0, stored = 0, skipped = 0, duplicates = 0, undated = 0;
        long events = 0;
        var batch = new List<StoredDocument>();
        var undatedInBatch = new List<bool>();
        IngestProgress Progress() => new(seen, stored, skipped, duplicates, failures.Count, events, clock.Elapsed, total);

        // Reading and the skip check run in input order (one at a time); the pipeline runs in
        // parallel; results come back in input order for the writer.
        var work = items.TakeWhile(_ => !cancel.IsCancellationRequested).Select(item => Prepare(item, reader, hashes, urls));
        var done = work.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Workers))
            .Select(w => Process(w, pipeline));
        var lastReport = clock.Elapsed;
        // The database gives the ids; a report is an original for the near-duplicate check once written.
        void Flush()
        {
            storeClock.Start();
            var ids = store.Write(batch);
            storeClock.Stop();
            for (int i = 0; i < batch.Count; i++)
            {
                if (ids[i] is not { } id)
                {
                    // Another process stored the same text meanwhile: it counts as already stored.
                    stored--;
                    skipped++;
                    events -= batch[i].Events.Count;
                    if (batch[i].DuplicateOf is not null) duplicates--;
                    if (undatedInBatch[i]) undated--;
                }
                else if (batch[i].DuplicateOf is null) near.Add(id, batch[i].SimHash);
            }
            batch.Clear();
            undatedInBatch.Clear();
        }
        foreach (var d in done)
        {
            seen++;
            if (d.Error is not null)
            {
                if (d.Error == Skip) skipped++;
                else
                {
                    failures.Add((d.Item.Key, d.Error));
                    store.RecordFailure(d.Item.Key, d.Error);
                }
            }
            else
            {
                var built = d.Built!;
                // A near-copy of a report still waiting in this batch: write the batch first, so the original has its id.
                if (batch.Any(b => b.DuplicateOf is null && SimHash.Distance(b.SimHash, built.SimHash) <= NearDuplicateIndex.MaxDistance)) Flush();
                long? original = near.Find(built.SimHash);
                if (original is not null)
                {
                    duplicates++;
                    batch.Add(built with { DuplicateOf = original, Events = [], Quotes = [], Result = null });
                }
                else
                {
                    events += built.Events.Count;
                    batch.Add(built);
                }
                stored++;
                undatedInBatch.Add(d.Undated);
                if (d.Undated) undated++;
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
        progress?.Invoke(Progress());
        return new IngestReport(Progress(), failures) { Undated = undated, StoreTime = storeClock.Elapsed };
    }

    private const string Skip = "\u0000skip";

    private Work Prepare(IngestItem item, DocumentReader reader, HashSet<ulong> hashes, HashSet<string> urls)
    {
        if (item.Error is not null) return new Work(item, null, null, item.Error);
        if (item.Url is { } url && urls.Contains(url)) return new Work(item, null, null, Skip);
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
        var hash = StoredDocumentBuilder.ContentHash(doc.Text);
        // Same text twice, or the same address: the second is the same report.
        if (!hashes.Add(SitrepStore.HashKey(hash))) return new Work(item, null, null, Skip);
        if (doc.Source.Url is { } u && !urls.Add(u)) return new Work(item, null, null, Skip);
        return new Work(item, doc, hash, null);
    }

    private Document ReadText(IngestItem item)
    {
        var text = item.Text!;
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentReadException($"{item.Key}: the input is empty.");
        if (text.Length > readerOptions.MaxTextCharacters)
            throw new DocumentReadException($"{item.Key}: the text has {text.Length:N0} characters, more than the limit of {readerOptions.MaxTextCharacters:N0} for one report.");
        return new Document(text.Replace("\r\n", "\n"), new DocumentSource { InputName = item.Key });
    }

    private static Done Process(Work w, SitrepPipeline pipeline)
    {
        if (w.Document is null) return new Done(w.Item, null, null, w.Error);
        try
        {
            var doc = pipeline.Run(w.Document);
            return new Done(w.Item, w.Hash, StoredDocumentBuilder.Build(doc, SimHash.Of(doc.Text)), null, doc.Source.Published is null);
        }
        catch (PipelineException e)
        {
            return new Done(w.Item, w.Hash, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One report's defect never stops the batch: it is named, with the fault, and the rest go on.
            return new Done(w.Item, w.Hash, null, $"{w.Item.Key}: could not be stored ({e.GetType().Name}: {e.Message}); a defect in Sitrep, please report it.");
        }
    }
}
