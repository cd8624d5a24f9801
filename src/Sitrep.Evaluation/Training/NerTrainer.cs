using Sitrep.Documents;
using Sitrep.Features;
using Sitrep.Ner;
namespace Sitrep.Training;

/// <summary>
/// Trains a <see cref="NerModel"/> as an averaged structured perceptron: each sentence is decoded
/// with the current weights and, where the best path differs from the gold tags, the gold path's
/// features gain and the predicted path's lose; the model keeps the average of all weights seen
/// (which generalises much better than the last). Deterministic: the sentence order is shuffled
/// with a fixed seed and the arithmetic is single-threaded.
/// </summary>
public sealed class NerTrainer
{
    public int Bits { get; init; } = 20;

    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 17;

    /// <summary>Called after each epoch with its number and the share of tokens tagged right.</summary>
    public Action<int, double>? Progress { get; init; }

    public NerModel Train(IReadOnlyList<TaggedSentence> sentences, Gazetteer gazetteer, WordClusters? clusters)
    {
        var tags = NerLabels.Tags;
        int l = tags.Length;
        var index = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var extractor = new NerFeatures(gazetteer, clusters, Bits);
        // Features once per sentence; gold tags outside our set (MISC, FAC) train as O.
        var features = new int[sentences.Count][];
        var gold = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            features[s] = new int[sentence.Tokens.Length * NerFeatures.PerToken];
            extractor.Extract(TokenView.Of(sentence.Tokens), features[s]);
            gold[s] = sentence.Tags.Select(t => index.GetValueOrDefault(t, 0)).ToArray();
        }
        var weights = new float[(1 << Bits) * l];
        var totals = new double[weights.Length];
        var transitions = new float[(l + 1) * l];
        var transitionTotals = new double[transitions.Length];
        var allowed = NerModel.Allowed(tags);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(Seed);
        double step = 1;
        var predicted = new int[512];
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, all = 0;
            foreach (int s in order)
            {
                int n = gold[s].Length;
                if (predicted.Length < n) predicted = new int[n * 2];
                NerModel.Decode(features[s], n, predicted, default, weights, transitions, allowed, l);
                for (int i = 0; i < n; i++)
                {
                    all++;
                    int g = gold[s][i], p = predicted[i];
                    int gp = i == 0 ? -1 : gold[s][i - 1], pp = i == 0 ? -1 : predicted[i - 1];
                    if (g == p && gp == pp)
                    {
                        right++;
                        continue;
                    }
                    if (g == p) right++;
                    // Lazy averaging: totals hold step-weighted updates; the average is w - totals / step.
                    if (g != p)
                        foreach (int b in features[s].AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                        {
                            weights[b * l + g] += 1;
                            totals[b * l + g] += step;
                            weights[b * l + p] -= 1;
                            totals[b * l + p] -= step;
                        }
                    transitions[(gp + 1) * l + g] += 1;
                    transitionTotals[(gp + 1) * l + g] += step;
                    transitions[(pp + 1) * l + p] -= 1;
                    transitionTotals[(pp + 1) * l + p] -= step;
                }
                step++;
            }
            Progress?.Invoke(epoch, all == 0 ? 0 : (double)right / all);
        }
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(weights[i] - totals[i] / step);
        for (int i = 0; i < transitions.Length; i++) transitions[i] = (float)(transitions[i] - transitionTotals[i] / step);
        return new NerModel(tags, Bits, weights, transitions, gazetteer, clusters);
    }
}
