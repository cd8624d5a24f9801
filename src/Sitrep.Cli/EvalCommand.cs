using Sitrep.Corpora;
using Sitrep.Documents;
using Sitrep.Training;
using System.CommandLine;
using System.Xml;
using System.Text;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Ner;
using Sitrep.Pipeline;
using Sitrep.Composition;

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
        var quoteOutcomes = new Option<string?>("--outcomes") { Description = "For quotes: write what became of each gold attribution (right, wrong-speaker, matched, missed) and each statement no gold matches (spurious) to this file, one JSON object per line with the rule that decided it." };
        command.Add(Task("quotes", "Quote and attribution detection (content P/R/F1 by overlap) and speaker accuracy.", ["polnear"], output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) => EvaluateQuotes(paths, pipeline, problems, warnings, parse.GetValue(quoteOutcomes)), quoteOutcomes));
        var placeOutcomes = new Option<string?>("--outcomes") { Description = "For places: write what became of each gold toponym (right, wrong, unresolved, missed) and each toponym no gold one matches (spurious) to this file, one JSON object per line with both points and the error." };
        command.Add(Task("places", "Toponym recognition (exact and overlapping spans) and geocoding: accuracy within 161 km, mean and median error, AUC.", ToponymReader.Formats, output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) => EvaluatePlaces(paths, format, resources, pipeline, problems, warnings, parse.GetValue(placeOutcomes)), placeOutcomes));
        var plvPart = new Option<string>("--plv-part") { Description = "For plv: all, train (four sentences in five) or held-out (every fifth sentence, never trained on).", DefaultValueFactory = _ => "all" };
        plvPart.AcceptOnlyFromAmong("all", "train", "held-out");
        var plvFold = TrainCommand.PlvFoldOption();
        var coder = new Option<string>("--coder") { Description = "For plv: rules (the pipeline), classifier (the PLV classifier alone), together (the classifier's type, the rules' parties) or fallback (the rules' main event; where they find none, the classifier's type, for sentence sets known to report an event each).", DefaultValueFactory = _ => "rules" };
        coder.AcceptOnlyFromAmong("rules", "classifier", "together", "fallback");
        var eventOutcomes = new Option<string?>("--outcomes") { Description = "For ucdp: write what became of each gold row (found or missed; the event matched, its parties, place, toll and which fields agree); for plv, of each sentence (gold and predicted root, the main event's trigger and parties, whether source and target were found). To this file, one JSON object per line." };
        command.Add(Task("events", "Events: PLOVER roots, CAMEO codings with actor codes, or PLOVER records (type, mode, actors, counts, place).", EventGold.Formats, output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) =>
            {
                var how = parse.GetValue(coder)!;
                var classifierPath = SitrepResources.EventClassifierPath(resources.DataDirectory);
                if (how != "rules" && !File.Exists(classifierPath))
                {
                    problems.Add($"--coder {how}: no event classifier at {classifierPath} (train one with: sitrep train events).");
                    return null;
                }
                int fold = parse.GetValue(plvFold);
                if (format == "plv" && parse.GetValue(plvPart) == "held-out" && PlvFoldSeen(resources, fold) is { } seen)
                    warnings.Add($"{seen} read the held-out PLV sentences (index {fold} modulo 5): this score is not held out; build the models of the other four fifths with scripts/dev-models.sh and add --data artifacts/dev/data (fold 4), or with scripts/plv-folds.sh and add --data artifacts/dev-folds/{fold}/data");
                return EvaluateEvents(paths, format, parse.GetValue(plvPart)!, fold, pipeline, how == "rules" ? null : EventClassifier.Load(classifierPath), how, problems, parse.GetValue(eventOutcomes));
            }, plvPart, plvFold, coder, eventOutcomes));
        var part = new Option<string>("--gmb-part") { Description = "For gmb: all, train (the first nine tenths) or held-out (the last tenth, never trained on).", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("all", "train", "held-out");
        var taggerOnly = new Option<bool>("--tagger-only") { Description = "Score the trained tagger alone on the gold tokens, without the pipeline's dictionaries and rules." };
        command.Add(Task("ner", "Entity mentions: exact-span precision, recall and F1, micro over PER/ORG/LOC and per type.", NerCorpus.Formats, output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) =>
            {
                NerModel? model = null;
                if (parse.GetValue(taggerOnly) && (model = resources.Ner) is null)
                {
                    problems.Add($"--tagger-only: no entity model at {SitrepResources.NerModelPath(resources.DataDirectory)} (train one with: sitrep train ner).");
                    return null;
                }
                return EvaluateNer(paths, format, parse.GetValue(part)!, pipeline, model, NerCorpus.TitleWords(resources.DataDirectory), problems);
            }, part, taggerOnly));
        var goldTokens = new Option<bool>("--gold-tokens") { Description = "For parse: tag and parse the treebank's own words instead of Sitrep's tokens of each sentence's text." };
        var unmended = new Option<bool>("--unmended") { Description = "For parse: score the parser's trees as they come, without the pipeline's mend of participle clauses set off by commas." };
        var gumPart = new Option<string>("--gum-part") { Description = "For parse over GUM: all, dev (held out from training, as splits.md beside dep/ lists) or train (the rest).", DefaultValueFactory = _ => "all" };
        gumPart.AcceptOnlyFromAmong("all", "dev", "train");
        command.Add(Task("parse", "Part-of-speech tags and dependency trees: UPOS accuracy, UAS and LAS (CoNLL 2018: every word, punctuation included, relations by their universal part), per relation.", ["conllu"], output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) => EvaluateParse(paths, resources, parse.GetValue(goldTokens), parse.GetValue(unmended), parse.GetValue(gumPart)!, problems, warnings), goldTokens, unmended, gumPart));
        var pronounPart = new Option<string>("--gum-part") { Description = "For pronouns over GUM: all, dev (the documents splits.md beside dep/ lists as dev) or train (the rest).", DefaultValueFactory = _ => "all" };
        pronounPart.AcceptOnlyFromAmong("all", "dev", "train");
        var pronounOutcomes = new Option<string?>("--outcomes") { Description = "For pronouns: write each pronoun GUM names an antecedent for or Sitrep resolved (its word, whether resolvable, resolved and right, the entity and the rule), one JSON object per line." };
        command.Add(Task("pronouns", "Third-person pronouns resolved to named entities, against GUM's coreference: precision, recall, F1, by pronoun and genre.", ["gum"], output, error,
            (paths, format, resources, pipeline, problems, warnings, parse) => EvaluatePronouns(GumPart(GoldFiles.Expand(paths, ".conllu"), parse.GetValue(pronounPart)!, problems), pipeline, problems, warnings, parse.GetValue(pronounOutcomes)), pronounPart, pronounOutcomes));
        return command;
    }

    /// <summary>GUM's files of one part: dev as the splits.md beside their dep/ folder lists, train the rest, or all.</summary>
    private static List<string> GumPart(IReadOnlyList<string> files, string part, List<string> problems)
    {
        if (part == "all") return files.ToList();
        // Each splits.md read once, however many files sit beside it.
        var devBySplits = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        return files.Where(f =>
        {
            var splits = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(f)))!, "splits.md");
            if (!devBySplits.TryGetValue(splits, out var devFiles))
                devBySplits[splits] = devFiles = File.Exists(splits) ? Sitrep.Corpora.Treebanks.GumDevOf(splits) : null;
            if (devFiles is null) { problems.Add($"{f}: --gum-part needs GUM's splits.md at {splits}."); return false; }
            bool dev = devFiles.Contains(Path.GetFileNameWithoutExtension(f));
            return part == "dev" ? dev : !dev;
        }).ToList();
    }

    private static EvalReport EvaluatePronouns(List<string> files, SitrepPipeline pipeline, List<string> problems, List<string> warnings, string? outcomesPath)
    {
        var documents = new List<Sitrep.Corpora.GumDocument>();
        foreach (var file in files)
        {
            try { documents.Add(Sitrep.Corpora.GumCoreference.Read(file, warnings)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { problems.Add($"{file}: not readable as GUM: {e.Message}"); }
        }
        using var outcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath);
        return new PronounEvaluation(pipeline).Evaluate(documents, problems, outcomes);
    }

    private static EvalReport? EvaluateParse(IReadOnlyList<string> paths, SitrepResources resources, bool goldTokens, bool unmended, string gumPart, List<string> problems, List<string> warnings)
    {
        if (ParseCommand.LoadSyntax(resources, out var problem) is not { } model)
        {
            problems.Add(problem!);
            return null;
        }
        // GUM's splits.md sits beside its dep/ folder.
        var files = GumPart(GoldFiles.Expand(paths, ".conllu"), gumPart, problems);
        var sentences = new List<Sitrep.Corpora.ConlluSentence>();
        foreach (var file in files)
        {
            try { sentences.AddRange(Sitrep.Corpora.ConlluReader.Read(file, warnings)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problems.Add($"{file}: {e.Message}"); }
        }
        Func<string, Token[]>? tokenize = null;
        if (!goldTokens)
        {
            var tokenizer = new Sitrep.Text.TokenAnnotator(resources.Abbreviations, resources.Entities.ClosedClass);
            tokenize = text =>
            {
                var doc = new Document(text);
                tokenizer.Annotate(doc);
                return doc.Tokens.ToArray();
            };
        }
        var notes = new List<string> { goldTokens ? "gold tokens" : "Sitrep's tokens of each gold sentence's text; a gold word counts only when a token has exactly its characters (alignment)",
            unmended ? "the parser's trees as they come" : "the trees as the pipeline mends them (a participle clause set off by commas after the subject)" };
        return new Sitrep.Evaluation.Syntax.ParseEvaluation(model, tokenize, repair: !unmended).Evaluate(sentences, files.Count, notes);
    }

    /// <summary>Scores the gold files; problems are inputs that could not be scored, warnings what was odd in those that were.</summary>
    private delegate EvalReport? Evaluator(IReadOnlyList<string> paths, string format, SitrepResources resources, SitrepPipeline pipeline, List<string> problems, List<string> warnings, ParseResult parse);

    private static Command Task(string name, string description, string[] formats, TextWriter output, TextWriter error, Evaluator evaluate, params Option[] extra)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Gold files or directories of them." };
        var format = new Option<string>("--format") { Description = "The gold files' format: " + string.Join(", ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var actors = SitrepCli.ActorsOption();
        var command = new Command(name, description) { paths, format, json, data, actors };
        foreach (var option in extra) command.Add(option);
        command.SetAction(parse =>
        {
            if (SitrepCli.LoadResources(parse.GetValue(data), error, parse.GetValue(actors)) is not { } resources) return SitrepCli.SomeInputsFailed;
            var problems = new List<string>();
            var warnings = new List<string>();
            EvalReport? report;
            try
            {
                report = evaluate(parse.GetValue(paths)!, parse.GetValue(format)!, resources, SitrepPipelines.Default(resources), problems, warnings, parse);
            }
            catch (FileNotFoundException e)
            {
                error.WriteLine($"sitrep: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
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

    private static EvalReport EvaluateTime(IReadOnlyList<string> paths, string format, SitrepResources resources, SitrepPipeline pipeline, List<string> problems, List<string> warnings, ParseResult parse)
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

    private static EvalReport? EvaluatePlaces(IReadOnlyList<string> paths, string format, SitrepResources resources, SitrepPipeline pipeline, List<string> problems, List<string> warnings, string? outcomesPath)
    {
        var documents = new List<ToponymDocument>();
        foreach (var file in GoldFiles.Expand(paths, ".xml"))
        {
            try
            {
                documents.AddRange(ToponymReader.Read(file, format, warnings));
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Add($"{file}: not readable as {format}: {e.Message}");
            }
        }
        if (resources.Places is null)
            warnings.Add("no world gazetteer (run scripts/fetch-data.sh): only the curated places in data/ have coordinates.");
        using var outcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath);
        return new PlaceEvaluation(pipeline, resources.Places, resources.PlaceWords, resources.StateAbbreviations, resources.Entities).Evaluate(documents, format, problems, outcomes);
    }

    /// <summary>Which of the PLV-trained parts (the classifier, the learned event words) were trained on the held-out fifth too, or null.</summary>
    private static string? PlvFoldSeen(SitrepResources resources, int fold)
    {
        var parts = new List<string>();
        if (resources.EventTypes is { } classifier && classifier.SawPlvFold(fold)) parts.Add("the event classifier");
        var words = Path.Combine(resources.DataDirectory, "event-words.tsv");
        if (File.Exists(words) && EventWordLearner.ReadFold(File.ReadLines(words).Take(4), fold)) parts.Add("data/event-words.tsv");
        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    private static EvalReport? EvaluateEvents(IReadOnlyList<string> paths, string format, string plvPart, int plvFold, SitrepPipeline pipeline, EventClassifier? classifier, string coder, List<string> problems, string? outcomesPath)
    {
        var evaluation = new EventEvaluation(pipeline);
        var files = GoldFiles.Expand(paths, format switch { "plv" => ".tsv", "petrarch" => ".xml", "ucdp" => ".csv", _ => ".json" });
        try
        {
            switch (format)
            {
                case "plv":
                    var sentences = files.SelectMany(EventGold.ReadPlv).ToList();
                    if (plvPart != "all") sentences = EventGold.SplitPlv(sentences, plvPart == "held-out", plvFold);
                    EvalReport report;
                    using (var plvOutcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath))
                        report = evaluation.EvaluatePlv(sentences, problems, classifier, coder, plvOutcomes);
                    return plvPart == "all" ? report : report with { Notes = [.. report.Notes, $"PLV part: {plvPart} (the held-out part is every sentence whose index is {plvFold} modulo 5)."] };
                case "petrarch":
                    using (var petrarchOutcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath))
                        return evaluation.EvaluatePetrarch(files.SelectMany(EventGold.ReadPetrarch).ToList(), problems, petrarchOutcomes);
                case "ucdp":
                    using (var outcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath))
                        return new UcdpEvaluation(pipeline).Evaluate(files.SelectMany(EventGold.ReadUcdp).ToList(), problems, outcomes);
                default:
                    return evaluation.EvaluatePlover(files.SelectMany(EventGold.ReadPlover).ToList(), problems);
            }
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            problems.Add($"not readable as {format}: {e.Message}");
            return null;
        }
    }

    private static EvalReport EvaluateQuotes(IReadOnlyList<string> paths, SitrepPipeline pipeline, List<string> problems, List<string> warnings, string? outcomesPath)
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
        using var outcomes = outcomesPath is null ? null : new StreamWriter(outcomesPath);
        return new QuoteEvaluation(pipeline).Evaluate(documents, problems, notes, outcomes);
    }

    private static EvalReport? EvaluateNer(IReadOnlyList<string> paths, string format, string part, SitrepPipeline pipeline, NerModel? taggerOnly, IReadOnlySet<string> titleWords, List<string> problems)
    {
        var sentences = new List<TaggedSentence>();
        int documentsBefore = 0;
        foreach (var path in paths)
        {
            var files = File.Exists(path) ? [path] : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList()
                : throw new FileNotFoundException($"{path}: no such file or directory.");
            foreach (var file in files)
            {
                try
                {
                    var read = NerCorpus.Read(file, format, titleWords);
                    if (format == "gmb" && part != "all") read = part == "train" ? NerCorpus.SplitGmb(read).Train : NerCorpus.SplitGmb(read).HeldOut;
                    // Documents stay apart across files.
                    sentences.AddRange(read.Select(s => s with { Document = s.Document + documentsBefore }));
                    documentsBefore += read.Count == 0 ? 0 : read.Max(s => s.Document) + 1;
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or DecoderFallbackException)
                {
                    problems.Add($"{file}: not readable as {format}: {e.Message}");
                }
            }
        }
        var report = taggerOnly is not null ? NerEvaluation.EvaluateTagger(taggerOnly, sentences, format) : new NerEvaluation(pipeline).Evaluate(sentences, format, problems);
        return format == "gmb" && part != "all" ? report with { Notes = [.. report.Notes, $"GMB part: {part} (the held-out part is the last tenth of the sentences)."] } : report;
    }
}
