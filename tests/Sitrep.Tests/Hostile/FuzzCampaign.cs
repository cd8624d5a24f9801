using System.Diagnostics;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Store;

namespace Sitrep.Tests.Hostile;

/// <summary>What a campaign found: how inputs ended, the defects (any exception that is not a clear refusal), and the costs.</summary>
public sealed record FuzzFigures
{
    public int Inputs { get; init; }
    public int Extracted { get; init; }
    public int Refused { get; init; }
    public int OverBudget { get; init; }
    public IReadOnlyList<string> Defects { get; init; } = [];
    public double NewsMicrosecondsPerByte { get; init; }
    public double SlowestMicrosecondsPerByte { get; init; }
    public string SlowestInput { get; init; } = "";
    public long MostAllocatedBytes { get; init; }
    public string MostAllocatedInput { get; init; } = "";
    public int IngestInputs { get; init; }
    public int IngestStored { get; init; }
    public int IngestFailed { get; init; }
    public int IngestStoredOnRerun { get; init; }
    public TimeSpan Elapsed { get; init; }

    public override string ToString() =>
        $"{Inputs} generated inputs through extract: {Extracted} extracted, {Refused} refused with a reason, {OverBudget} over the time or memory limit, {Defects.Count} defects; "
        + $"normal news {NewsMicrosecondsPerByte:0.0} µs/byte, slowest input of 10 KB or more {SlowestMicrosecondsPerByte:0.0} µs/byte ({SlowestInput}, {SlowestMicrosecondsPerByte / Math.Max(0.001, NewsMicrosecondsPerByte):0.0}x news); "
        + $"most allocated by one report {MostAllocatedBytes / 1048576.0:0} MB ({MostAllocatedInput}); "
        + $"ingest of {IngestInputs} files (documents and containers): {IngestStored} stored, {IngestFailed} failed with a reason, {IngestStoredOnRerun} stored again on a rerun; {Elapsed.TotalSeconds:0} s"
        + string.Concat(Defects.Take(20).Select(d => "\n  defect: " + d));
}

/// <summary>
/// Runs generated inputs (<see cref="HostileInputs"/>) through extraction as <c>sitrep extract</c>
/// does and through an ingest into a SQLite store as <c>sitrep ingest</c> does, then ingests
/// again. A refusal with a reason, or a report stopped by its time or memory limit, is an
/// answer; any other exception is a defect.
/// </summary>
public static class FuzzCampaign
{
    public static FuzzFigures Run(SitrepResources resources, IReadOnlyList<string> articles, int count, int seed, int ingestCount, string workDirectory, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var limits = new WorkLimits { MaxTime = TimeSpan.FromSeconds(30), MaxAllocatedBytes = 4L << 30 };
        var pipeline = SitrepPipelines.Default(resources).WithLimits(limits);
        var reader = new DocumentReader(new ReaderOptions());
        var generator = new HostileInputs(articles, seed);
        var defects = new List<string>();
        int extracted = 0, refused = 0, over = 0;
        double slowest = 0;
        string slowestInput = "";
        long mostAllocated = 0;
        string mostAllocatedInput = "";

        // Normal news, the measure for "within 5x": the articles themselves, after a warm-up.
        foreach (var a in articles.Take(3)) pipeline.Run(new Document(a));
        var news = Stopwatch.StartNew();
        long newsBytes = 0;
        foreach (var a in articles)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(a);
            newsBytes += bytes.Length;
            pipeline.Run(reader.Read(bytes, "news.txt"));
        }
        double newsPerByte = news.Elapsed.TotalMicroseconds / Math.Max(1, newsBytes);

        for (int i = 0; i < count; i++)
        {
            var input = generator.NextDocument(i);
            var label = $"{input.Name} ({input.Kind}, {input.Bytes.Length:N0} bytes, seed {seed})";
            if (log is not null && Environment.GetEnvironmentVariable("SITREP_FUZZ_TRACE") is not null) log("start " + label);
            long start = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var doc = pipeline.Run(reader.Read(input.Bytes, input.Name));
                _ = Sitrep.Output.SitrepJsonWriter.ToJson(doc, indented: false, explain: false);
                extracted++;
            }
            catch (DocumentReadException)
            {
                refused++;
            }
            catch (PipelineException e) when (e.InnerException is WorkBudgetExceededException)
            {
                over++;
            }
            catch (Exception e)
            {
                defects.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
            double micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (input.Bytes.Length >= 10_000 && micros / input.Bytes.Length > slowest)
                (slowest, slowestInput) = (micros / input.Bytes.Length, label);
            if (allocated > mostAllocated) (mostAllocated, mostAllocatedInput) = (allocated, label);
            if (log is not null && micros > 2_000_000) log($"slow: {label} took {micros / 1e6:0.0} s");
            if (log is not null && (i + 1) % 500 == 0) log($"{i + 1} inputs, {defects.Count} defects, {clock.Elapsed.TotalSeconds:0} s");
        }

        // Ingest: documents and containers side by side in one directory, then the same again.
        var dir = Directory.CreateDirectory(Path.Combine(workDirectory, $"fuzz-{seed}")).FullName;
        for (int i = 0; i < ingestCount; i++)
        {
            var input = i % 3 == 0 ? generator.NextContainer(count + i) : generator.NextDocument(count + i);
            File.WriteAllBytes(Path.Combine(dir, input.Name), input.Bytes);
        }
        var db = Path.Combine(workDirectory, $"fuzz-{seed}.db");
        int stored = 0, failed = 0, again = 0;
        try
        {
            using (var store = SitrepStore.Open(db))
            {
                var first = Ingest(resources, store, dir, limits);
                stored = first.Totals.Stored;
                failed = first.Failures.Count;
                defects.AddRange(first.Failures.Where(f => f.Reason.Contains("a defect in Sitrep", StringComparison.Ordinal)).Select(f => f.Reason));
                store.Fuse();
            }
            using (var store = SitrepStore.Open(db))
                again = Ingest(resources, store, dir, limits).Totals.Stored;
        }
        catch (Exception e)
        {
            defects.Add($"ingest of {dir} (seed {seed}): {e.GetType().Name}: {e.Message}");
        }
        return new FuzzFigures
        {
            Inputs = count, Extracted = extracted, Refused = refused, OverBudget = over, Defects = defects,
            NewsMicrosecondsPerByte = newsPerByte, SlowestMicrosecondsPerByte = slowest, SlowestInput = slowestInput,
            MostAllocatedBytes = mostAllocated, MostAllocatedInput = mostAllocatedInput,
            IngestInputs = ingestCount, IngestStored = stored, IngestFailed = failed, IngestStoredOnRerun = again, Elapsed = clock.Elapsed,
        };
    }

    private static IngestReport Ingest(SitrepResources resources, ISitrepStore store, string dir, WorkLimits limits)
    {
        var sources = new IngestSources(FieldMap.Parse([]), () => Stream.Null, http: null, new ReaderOptions().MaxBytes);
        if (store.FilePath is { } file) sources.Excluding(file);
        return new Ingester(resources, store, new ReaderOptions()) { Workers = 2, Limits = limits, DefaultPublished = new DateOnly(2020, 3, 30) }
            .Run(sources.Expand([dir]));
    }
}
