using System.CommandLine;
using System.Xml;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Cli;

/// <summary>
/// sitrep eval time|quotes --format FORMAT PATH... [--json]: scores the pipeline on gold files
/// written by others. A gold file that cannot be read is named on standard error and left out;
/// the rest are still scored (exit 1).
/// </summary>
public static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("eval", "Score Sitrep against gold files: precision, recall and F1.");
        command.Add(Task("time", "TIMEX3 recognition (strict and relaxed), type accuracy and value F1, TempEval-3 style.", ["timeml"], output, error, EvaluateTime));
        command.Add(Task("quotes", "Quote and attribution detection (content P/R/F1 by overlap) and speaker accuracy.", ["polnear"], output, error, EvaluateQuotes));
        return command;
    }

    /// <summary>Scores the gold files; problems are inputs that could not be scored, warnings what was odd in those that were.</summary>
    private delegate EvalReport? Evaluator(IReadOnlyList<string> paths, SitrepPipeline pipeline, List<string> problems, List<string> warnings);

    private static Command Task(string name, string description, string[] formats, TextWriter output, TextWriter error, Evaluator evaluate)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Gold files or directories of them." };
        var format = new Option<string>("--format") { Description = "The gold files' format: " + string.Join(", ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var command = new Command(name, description) { paths, format, json, data };
        command.SetAction(parse =>
        {
            SitrepResources resources;
            try
            {
                resources = parse.GetValue(data) is { } dir ? SitrepResources.Load(dir) : SitrepResources.Load();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                error.WriteLine($"sitrep: cannot load the dictionaries: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            var problems = new List<string>();
            var warnings = new List<string>();
            EvalReport? report;
            try
            {
                report = evaluate(parse.GetValue(paths)!, SitrepPipelines.Default(resources), problems, warnings);
            }
            catch (FileNotFoundException e)
            {
                error.WriteLine($"sitrep: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            foreach (var w in warnings) error.WriteLine($"sitrep: warning: {w}");
            foreach (var p in problems) error.WriteLine($"sitrep: {p}");
            if (report is null || report.Documents == 0)
            {
                error.WriteLine($"sitrep: no {parse.GetValue(format)} documents could be scored.");
                return SitrepCli.SomeInputsFailed;
            }
            output.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
            output.Flush();
            return problems.Count == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
        });
        return command;
    }

    private static EvalReport EvaluateTime(IReadOnlyList<string> paths, SitrepPipeline pipeline, List<string> problems, List<string> warnings)
    {
        var documents = new List<TimeMlDocument>();
        foreach (var file in GoldFiles.Expand(paths, ".tml"))
        {
            try
            {
                var doc = TimeMlReader.Read(file);
                if (doc.CreationTime is null) warnings.Add($"{file}: no document creation time; relative dates stay unresolved.");
                documents.Add(doc);
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: not readable TimeML: {e.Message}");
            }
        }
        return new TimeEvaluation(pipeline).Evaluate(documents, problems);
    }

    private static EvalReport EvaluateQuotes(IReadOnlyList<string> paths, SitrepPipeline pipeline, List<string> problems, List<string> warnings)
    {
        var articles = PolnearReader.Find(paths, problems);
        var documents = new List<AttributionDocument>();
        foreach (var article in articles)
        {
            try
            {
                documents.Add(PolnearReader.Read(article, warnings));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                problems.Add($"{article.TextPath}: not readable: {e.Message}");
            }
        }
        var notes = new List<string>();
        var several = articles.Where(a => a.AnnotationPaths.Count > 1).ToList();
        if (several.Count > 0)
            notes.Add($"{several.Count} of {articles.Count} articles have several annotators' files; the first by name was used for each (e.g. {Path.GetFileName(several[0].AnnotationPaths[0])} of {several[0].AnnotationPaths.Count}).");
        if (warnings.Count > 0) notes.Add($"{warnings.Count} gold annotation(s) were odd (see the warnings); the rest were scored.");
        notes.Add("speaker_accuracy counts matched contents whose gold has a Source; the others are in counts.matched_without_gold_source.");
        return new QuoteEvaluation(pipeline).Evaluate(documents, problems, notes);
    }
}
