using Sitrep.Corpora;
using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Sitrep.Composition;
using Sitrep.Evaluation.Syntax;
using Sitrep.Ner;
using Sitrep.Syntax;
using Sitrep.Training;

namespace Sitrep.Cli;

/// <summary>
/// sitrep train parser: the part-of-speech tagger and dependency parser from GUM (train and test
/// documents) and UD English-EWT dev; GUM dev is held out and scored at the end, with EWT test.
/// </summary>
public static class TrainParserCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outPath = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine("models", "parser.bin") };
        var shared = new Option<string>("--shared") { Description = "The shared data directory (syntax/gum, syntax/ewt).", DefaultValueFactory = _ => "../shared/data" };
        var tagEpochs = new Option<int>("--tag-epochs") { Description = "Passes of the tagger over the training sentences.", DefaultValueFactory = _ => 8 };
        var parseEpochs = new Option<int>("--epochs") { Description = "Passes of the parser over the training sentences.", DefaultValueFactory = _ => 12 };
        // Smaller tables than these scored the same on GUM dev and EWT test and parse faster (fewer cache misses).
        var moveBits = new Option<int>("--move-bits") { Description = "The parser's move table has 2^bits rows of features.", DefaultValueFactory = _ => 20 };
        var labelBits = new Option<int>("--label-bits") { Description = "The relation table has 2^bits rows of features.", DefaultValueFactory = _ => 16 };
        var tagBits = new Option<int>("--tag-bits") { Description = "The tagger's table has 2^bits rows of features.", DefaultValueFactory = _ => 18 };
        var command = new Command("parser", "Train the part-of-speech tagger and dependency parser (GUM train+test and EWT dev; GUM dev held out).") { outPath, shared, tagEpochs, parseEpochs, moveBits, labelBits, tagBits };
        command.SetAction(parse =>
        {
            var sharedDir = parse.GetValue(shared)!;
            if (!Directory.Exists(Treebanks.GumDirectory(sharedDir)) || !File.Exists(Treebanks.EwtDev(sharedDir)))
            {
                error.WriteLine($"sitrep: {Treebanks.GumDirectory(sharedDir)} or {Treebanks.EwtDev(sharedDir)}: not found (the shared data is needed to train).");
                return SitrepCli.SomeInputsFailed;
            }
            var clock = Stopwatch.StartNew();
            var warnings = new List<string>();
            var (trainFiles, devFiles) = Treebanks.GumFiles(sharedDir);
            var train = trainFiles.Append(Treebanks.EwtDev(sharedDir)).SelectMany(f => ConlluReader.Read(f, warnings)).ToList();
            foreach (var w in warnings) error.WriteLine($"sitrep: warning: {w}");
            output.WriteLine($"training on {train.Count} sentences, {train.Sum(s => s.Count)} words ({trainFiles.Count} GUM documents and EWT dev); GUM dev ({devFiles.Count} documents) held out");
            var trainer = new SyntaxTrainer { TagEpochs = parse.GetValue(tagEpochs), ParseEpochs = parse.GetValue(parseEpochs), MoveBits = parse.GetValue(moveBits), LabelBits = parse.GetValue(labelBits), TagBits = parse.GetValue(tagBits) };
            // The entity model's word classes (learned from unlabelled news), copied into the parser's file.
            var nerPath = SitrepResources.NerModelPath(SitrepResources.FindDataDirectory());
            var clusters = File.Exists(nerPath) ? NerModel.Load(nerPath).Clusters : null;
            output.WriteLine(clusters is null ? "no word classes (no entity model at " + nerPath + ")" : $"word classes: {clusters.Count} classes over {clusters.Words} words, from {nerPath}");
            var model = trainer.Train(train, clusters, line => output.WriteLine($"{line} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            var path = parse.GetValue(outPath)!;
            model.Save(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            output.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1e6:0.0} MB, sha256 {hash} ({clock.Elapsed.TotalSeconds:0.0} s in all)");
            var scorer = new ParseEvaluation(model, tokenize: null);
            var dev = devFiles.SelectMany(f => ConlluReader.Read(f, warnings)).ToList();
            var devReport = scorer.Evaluate(dev, devFiles.Count, []);
            output.WriteLine($"GUM dev, gold tokens: upos {devReport.Scores["upos"]:0.000}, uas {devReport.Scores["uas"]:0.000}, las {devReport.Scores["las"]:0.000} ({devReport.Tokens} words)");
            if (File.Exists(Treebanks.EwtTest(sharedDir)))
            {
                var test = ConlluReader.Read(Treebanks.EwtTest(sharedDir), warnings).ToList();
                var testReport = scorer.Evaluate(test, 1, []);
                output.WriteLine($"EWT test, gold tokens: upos {testReport.Scores["upos"]:0.000}, uas {testReport.Scores["uas"]:0.000}, las {testReport.Scores["las"]:0.000} ({testReport.Tokens} words)");
            }
            return SitrepCli.Ok;
        });
        return command;
    }
}
