using Sitrep.Documents;
using System.Collections.Concurrent;
using System.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Reading;
using Sitrep.Text;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// End-to-end extraction over directories of reports on every core (or one, with --one-thread, as
/// ingest --workers 1 runs), and over Reuters-21578 SGML files, each story a report as ingest reads
/// it: documents and characters per second, events found, failures, the process's peak memory and
/// each stage's share of the time. Prints its figures; asserts nothing.
/// </summary>
public static class CorpusRun
{
    private static readonly string[] Readable = [".txt", ".md", ".html", ".htm"];

    public static int Run(string[] arguments)
    {
        bool oneThread = arguments.Contains("--one-thread");
        var inputs = arguments.Where(a => a != "--one-thread").ToArray();
        if (inputs.Length == 0)
        {
            Console.Error.WriteLine("usage: corpus [--one-thread] DIR|FILE.sgm...");
            return 2;
        }
        var sgml = inputs.Where(a => a.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase)).ToArray();
        var files = inputs.Except(sgml).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => Readable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)
            .Select(f => new Input(f, null)).ToList();
        // Reuters stories as ingest takes them out of the SGML: text, title and date.
        files.AddRange(new IngestSources(new FieldMap(), () => Stream.Null).Expand(sgml)
            .Where(i => i.Text is not null).Select(i => new Input(i.Key, i)));
        var load = Stopwatch.StartNew();
        var pipeline = SitrepPipelines.Default(SitrepResources.Load(Inputs.DataDirectory));
        var reader = new DocumentReader(new ReaderOptions { Published = new DateOnly(2020, 3, 30) });
        Console.WriteLine($"resources loaded in {load.ElapsedMilliseconds} ms; {files.Count} reports; {(oneThread ? 1 : Environment.ProcessorCount)} of {Environment.ProcessorCount} cores");

        // One warm-up pass over a few files so the figures are for steady state.
        foreach (var f in files.Take(20)) TryRun(pipeline, reader, f, null, out _, out _);

        long characters = 0, events = 0;
        int failed = 0;
        var errors = new ConcurrentBag<string>();
        var stages = new ConcurrentDictionary<string, long>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = oneThread ? 1 : Environment.ProcessorCount }, file =>
        {
            var timings = new StageTimings();
            if (TryRun(pipeline, reader, file, timings, out var doc, out var why))
            {
                foreach (var (stage, elapsed) in timings.ByStage) stages.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
                Interlocked.Add(ref characters, doc!.Text.Length);
                Interlocked.Add(ref events, doc.Events.Count);
            }
            else
            {
                Interlocked.Increment(ref failed);
                errors.Add(why!);
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        int extracted = files.Count - failed;
        Console.WriteLine($"documents: {extracted} extracted, {failed} failed, in {seconds:0.00} s");
        Console.WriteLine($"throughput: {extracted / seconds:0} documents/s, {characters / seconds / 1000:0} K characters/s, {events / seconds:0} events/s");
        Console.WriteLine($"events: {events} ({(double)events / Math.Max(1, extracted):0.0} per document)");
        Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
        // Summed over both cores: where the time goes, stage by stage.
        long total = stages.Values.Sum();
        foreach (var (stage, ticks) in stages.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"  {stage,-24} {TimeSpan.FromTicks(ticks).TotalSeconds,6:0.00} s  {100.0 * ticks / Math.Max(1, total),5:0.0}%");
        foreach (var e in errors.Order().Take(10)) Console.WriteLine("failed: " + e);
        return 0;
    }

    /// <summary>A file to read, or a story already taken out of its container.</summary>
    private sealed record Input(string Name, IngestItem? Story);

    private static bool TryRun(SitrepPipeline pipeline, DocumentReader reader, Input input, StageTimings? timings, out Document? doc, out string? why)
    {
        try
        {
            var read = input.Story is { } story
                // The container's date as a claim, as ingest gives it: the header stage decides among it and the dateline.
                ? new Document(story.Text!.Replace("\r\n", "\n"), new DocumentSource
                {
                    InputName = story.Key, Title = story.Title,
                    PublishedClaims = story.Published is { } date ? [new DateClaim(date, "container")] : [],
                })
                : reader.Read(File.ReadAllBytes(input.Name), input.Name);
            doc = pipeline.Run(read, timings);
            why = null;
            return true;
        }
        catch (Exception e) when (e is DocumentReadException or PipelineException)
        {
            doc = null;
            why = e.Message;
            return false;
        }
    }
}
