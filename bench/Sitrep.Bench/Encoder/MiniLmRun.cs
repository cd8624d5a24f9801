using System.Diagnostics;
using Sitrep.Composition;
using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Bench.Encoder;

/// <summary>
/// Does a pretrained sentence encoder read PLV sentences better than the PLV classifier? Encodes
/// every PLV sentence and the BBC sentences without an event with all-MiniLM-L6-v2, trains logistic
/// regression on the vectors (five folds by sentence index, as <c>sitrep train events --folds</c>),
/// and mixes its probabilities with the installed classifier's on the held-out fifth (the one that
/// classifier never saw). Prints accuracies and the encoder's speed.
/// Usage: minilm [SHARED_DATA] (default ../shared/data).
/// </summary>
public static class MiniLmRun
{
    public static int Run(string[] args)
    {
        var shared = args.Length > 0 ? args[0] : "../shared/data";
        var all = EventGold.ReadPlv(Path.Combine(shared, "events", "plover-sentences", "PLV_train.tsv"));
        var (negatives, heldNegatives) = NonEventSentences.Read(Path.Combine(shared, "corpora", "bbc", "data_raw"));
        var clock = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(threads: 1);
        var plv = encoder.Encode(all.Select(s => s.Text).ToList());
        var encodeSeconds = clock.Elapsed.TotalSeconds;
        var negativeVectors = encoder.Encode(negatives);
        var heldNegativeVectors = encoder.Encode(heldNegatives);
        Console.WriteLine($"encoded {all.Count} PLV sentences in {encodeSeconds:0.0} s on one thread ({all.Count / encodeSeconds:0} sentences/s), {negatives.Count + heldNegatives.Count} BBC sentences in {clock.Elapsed.TotalSeconds - encodeSeconds:0.0} s");

        List<(float[], string)> Training(int fold) =>
            all.Select((s, i) => (s, i)).Where(x => x.s.Index % 5 != fold).Select(x => (plv[x.i], x.s.Root))
               .Concat(negativeVectors.Select(v => (v, "NONE"))).ToList();
        var folds = new List<double>();
        EncodedEventClassifier? heldOutModel = null;
        for (int fold = 0; fold < 5; fold++)
        {
            var model = EncodedEventClassifier.Train(Training(fold));
            if (fold == 4) heldOutModel = model;
            folds.Add(all.Select((s, i) => (s, i)).Where(x => x.s.Index % 5 == fold).Average(x => Best(model.Labels, model.Probabilities(plv[x.i]), allowNone: false) == x.s.Root ? 1.0 : 0.0));
        }
        Console.WriteLine($"MiniLM vectors alone: five-fold accuracy {folds.Average():0.000} (folds {string.Join(", ", folds.Select(f => f.ToString("0.000")))}); held-out fifth {folds[4]:0.000}");
        Console.WriteLine($"MiniLM vectors alone: held-out BBC sentences read as NONE {heldNegativeVectors.Average(v => Best(heldOutModel!.Labels, heldOutModel.Probabilities(v), allowNone: true) == "NONE" ? 1.0 : 0.0):0.000} of {heldNegatives.Count}");

        var classifierPath = SitrepResources.EventClassifierPath(SitrepResources.FindDataDirectory());
        var classifier = EventClassifier.Load(classifierPath);
        var heldOut = all.Select((s, i) => (s, i)).Where(x => x.s.Index % 5 == 4).ToList();
        foreach (double weight in new[] { 0.0, 0.3, 0.5, 0.7, 1.0 })
        {
            double right = heldOut.Average(x =>
            {
                var encoded = heldOutModel!.Probabilities(plv[x.i]);
                var words = ClassifierProbabilities(classifier, x.s.Text, temperature: 4);
                var mixed = classifier.Labels.Select(l => weight * encoded[heldOutModel.Labels.ToList().IndexOf(l)] + (1 - weight) * words[classifier.Labels.ToList().IndexOf(l)]).ToArray();
                return Best(classifier.Labels, mixed, allowNone: false) == x.s.Root ? 1.0 : 0.0;
            });
            Console.WriteLine($"held-out fifth, {weight:0.0} MiniLM + {1 - weight:0.0} PLV classifier ({classifierPath}): root accuracy {right:0.000}");
        }
        return 0;
    }

    /// <summary>The perceptron's scores as probabilities (a softmax at a temperature, the scores being unbounded).</summary>
    private static double[] ClassifierProbabilities(EventClassifier classifier, string text, double temperature)
    {
        var scores = new float[classifier.Labels.Count];
        classifier.Scores(text, scores);
        double max = scores.Max() / temperature, sum = 0;
        var p = scores.Select(s => Math.Exp(s / temperature - max)).ToArray();
        foreach (var x in p) sum += x;
        return p.Select(x => x / sum).ToArray();
    }

    private static string Best(IReadOnlyList<string> labels, double[] p, bool allowNone)
    {
        int best = -1;
        for (int k = 0; k < p.Length; k++)
            if ((allowNone || labels[k] != "NONE") && (best < 0 || p[k] > p[best])) best = k;
        return labels[best];
    }
}
