using Sitrep.Documents;
using System.CommandLine;
using System.Text;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Reading;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>sitrep extract FILE... : one situation report per document, as JSON or as text.</summary>
public static class ExtractCommand
{
    private static readonly string[] Readable = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"];

    public static Command Create(TextWriter output, TextWriter error, Func<Stream> standardInput)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Text, Markdown or HTML files, directories of them, or - for standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD): the anchor for \"on Sunday\", \"this month\"." }.MustBeIsoDate();
        var outlet = new Option<string?>("--outlet") { Description = "The outlet's name, when the text does not say." };
        var url = new Option<string?>("--url") { Description = "The article's address, kept in the output." };
        var format = new Option<string>("--format") { Description = "json (one sitrep/1 object per document), jsonl (one per line), text (a readable report) or geojson (one FeatureCollection of the located events and places of all inputs).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text", "geojson");
        var explain = new Option<bool>("--explain") { Description = "Say for each event which rule decided it and why: the trigger row, where each role's words were found, the status cue, the date, merges." };
        var inputFormat = new Option<string>("--input-format") { Description = "auto, text, markdown or html.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "markdown", "html");
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse inputs larger than this many bytes.", DefaultValueFactory = _ => new ReaderOptions().MaxBytes }.MustBeWithin(1, ReaderOptions.MaxBytesLimit, "the largest input in bytes");
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var actors = SitrepCli.ActorsOption();
        var limits = new SitrepCli.LimitOptions();

        var command = new Command("extract", "Extract events, quotes, claims, entities, places and times from news reports.")
        {
            files, published, outlet, url, format, inputFormat, maxBytes, data, actors, explain,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            DateOnly? date = CommandLineValues.IsoDate(parse.GetValue(published));
            var options = new ReaderOptions
            {
                Published = date,
                Outlet = parse.GetValue(outlet),
                Url = parse.GetValue(url),
                MaxBytes = parse.GetValue(maxBytes),
                Format = parse.GetValue(inputFormat) switch { "text" => InputFormat.PlainText, "markdown" => InputFormat.Markdown, "html" => InputFormat.Html, _ => null },
            };
            if (SitrepCli.LoadResources(parse.GetValue(data), error, parse.GetValue(actors)) is not { } resources) return SitrepCli.SomeInputsFailed;
            if (resources.Places is null)
                error.WriteLine("sitrep: warning: no world gazetteer (build it with scripts/fetch-data.sh): only the places in data/ get coordinates.");
            return Run(parse.GetValue(files)!, options, resources, parse.GetValue(format)!, output, error, standardInput, parse.GetValue(explain), limits.Read(parse));
        });
        return command;
    }

    public static int Run(string[] inputs, ReaderOptions options, SitrepResources resources, string format, TextWriter output, TextWriter error, Func<Stream> standardInput, bool explain = false, WorkLimits? limits = null)
    {
        var pipeline = SitrepPipelines.Default(resources).WithLimits(limits ?? new WorkLimits());
        // GeoJSON is one collection for the whole run, written when the last input is read.
        using var geoStream = format == "geojson" ? new MemoryStream() : null;
        var geo = geoStream is null ? null : new GeoJsonWriter(geoStream);
        int done = 0;
        int failures = EachDocument(inputs, options, pipeline, error, standardInput, document =>
        {
            if (geo is not null) geo.Add(document);
            else Write(document, format, output, done, explain);
            done++;
        });
        if (geo is not null)
        {
            geo.Dispose();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(geoStream!.ToArray()));
        }
        output.Flush();
        if (failures > 0) error.WriteLine($"sitrep: {done} document(s) extracted, {failures} failed.");
        return failures == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
    }

    /// <summary>
    /// Reads every input (files, directories, "-"), runs the pipeline and hands each document to
    /// <paramref name="write"/>; an input that fails is named on <paramref name="error"/> with the
    /// reason and the others go on. Returns how many failed.
    /// </summary>
    public static int EachDocument(string[] inputs, ReaderOptions options, SitrepPipeline pipeline, TextWriter error, Func<Stream> standardInput, Action<Document> write)
    {
        var reader = new DocumentReader(options);
        int failures = 0;
        foreach (var input in ExpandInputs(inputs, error, ref failures))
        {
            try
            {
                write(pipeline.Run(reader.Read(ReadInput(input, options.MaxBytes, standardInput), input)));
            }
            catch (Exception e) when (e is DocumentReadException or PipelineException)
            {
                error.WriteLine($"sitrep: {e.Message}");
                failures++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep: {input}: {e.Message}");
                failures++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One input's defect never stops the others: it is named, with the fault.
                error.WriteLine($"sitrep: {input}: could not be extracted ({e.GetType().Name}: {e.Message}); a defect in Sitrep, please report it.");
                failures++;
            }
        }
        return failures;
    }

    private static IEnumerable<string> ExpandInputs(string[] inputs, TextWriter error, ref int failures)
    {
        var list = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" || File.Exists(input)) list.Add(input);
            else if (Directory.Exists(input))
                list.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Readable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            else
            {
                error.WriteLine($"sitrep: {input}: no such file or directory.");
                failures++;
            }
        }
        return list;
    }

    /// <summary>Reads at most one byte more than the limit, so a huge input is refused without loading it.</summary>
    private static byte[] ReadInput(string input, long maxBytes, Func<Stream> standardInput)
    {
        if (input != "-")
        {
            var info = new FileInfo(input);
            if (info.Length > maxBytes)
                throw new DocumentReadException($"{input}: {Sizes.Format(info.Length)} is more than the limit of {Sizes.Format(maxBytes)} (raise it with --max-bytes).");
            return File.ReadAllBytes(input);
        }
        using var stream = standardInput();
        return BoundedRead.ReadAtMost(stream, maxBytes)
               ?? throw new DocumentReadException($"-: standard input is more than the limit of {Sizes.Format(maxBytes)} (raise it with --max-bytes).");
    }

    private static void Write(Document document, string format, TextWriter output, int index, bool explain)
    {
        switch (format)
        {
            case "text":
                if (index > 0) output.WriteLine(new string('=', 100));
                output.Write(SituationReportWriter.Write(document, explain));
                break;
            case "jsonl":
                output.WriteLine(SitrepJsonWriter.ToJson(document, indented: false, explain));
                break;
            default:
                output.WriteLine(SitrepJsonWriter.ToJson(document, indented: true, explain));
                break;
        }
    }
}
