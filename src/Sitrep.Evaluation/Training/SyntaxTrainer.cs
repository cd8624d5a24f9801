using Sitrep.Corpora;
using Sitrep.Documents;
using Sitrep.Features;
using Sitrep.Evaluation.Syntax;
using Sitrep.Syntax;

namespace Sitrep.Training;

/// <summary>
/// Trains the syntax model from CoNLL-U treebanks: the tagger first (and, four times over three
/// quarters of the sentences, the tags the parser trains on, so it learns from tags as wrong as
/// they will be), then the parser with the arc-hybrid dynamic oracle, following its own moves
/// after the first epoch so that it learns to recover from its mistakes. Non-projective trees are
/// made projective by lifting each crossing arc to the head's head. Deterministic: the same data
/// and options give the same bytes.
/// </summary>
public sealed class SyntaxTrainer
{
    public int TagBits { get; init; } = 18;
    public int MoveBits { get; init; } = 20;
    public int LabelBits { get; init; } = 17;
    public int TagEpochs { get; init; } = 8;
    public int ParseEpochs { get; init; } = 12;
    public int Seed { get; init; } = 17;
    public int Folds { get; init; } = 4;

    private sealed record Example(ConlluSentence Gold, SentenceWords Words, int[] Tags, int[] Heads, int[] Labels);

    public SyntaxModel Train(IReadOnlyList<ConlluSentence> sentences, WordClusters? clusters, Action<string>? log = null)
    {
        var tags = sentences.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labels = sentences.SelectMany(s => s.Relations).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var labelIndex = labels.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var examples = sentences.Where(s => s.Count > 0).Select(s =>
        {
            var (text, tokens) = s.AsText();
            var heads = Projective(s.Heads.Select(h => h < 0 ? s.Count : h).ToArray());
            return new Example(s, new SentenceWords(text, tokens, clusters), s.Upos.Select(t => tagIndex[t]).ToArray(), heads, s.Relations.Select(r => labelIndex[r]).ToArray());
        }).ToList();

        // Tags for the parser to train on, each from a tagger that never saw its sentence.
        var predicted = new int[examples.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            var train = examples.Where((_, i) => i % Folds != fold).ToList();
            var tagger = TrainTagger(train, tags.Length);
            for (int i = fold; i < examples.Count; i += Folds)
            {
                predicted[i] = new int[examples[i].Words.Count];
                SyntaxModel.TagGreedily(new FloatWeights(tagger, tags.Length), TagBits, examples[i].Words, predicted[i]);
            }
            log?.Invoke($"tagger fold {fold + 1}/{Folds}: {Accuracy(examples, predicted, fold):0.0000} on the held-out quarter");
        }
        var tagWeights = TrainTagger(examples, tags.Length);
        log?.Invoke($"tagger: {examples.Sum(e => e.Words.Count)} words, {TagEpochs} epochs");

        var (moveWeights, labelWeights) = TrainParser(examples, predicted, tags, labels, log);
        return new SyntaxModel(tags, labels, TagBits, MoveBits, LabelBits, tagWeights, moveWeights, labelWeights, clusters);
    }

    private double Accuracy(List<Example> examples, int[][] predicted, int fold)
    {
        int right = 0, all = 0;
        for (int i = fold; i < examples.Count; i += Folds)
            for (int k = 0; k < predicted[i].Length; k++) { all++; if (predicted[i][k] == examples[i].Tags[k]) right++; }
        return all == 0 ? 0 : right / (double)all;
    }

    private float[] TrainTagger(List<Example> examples, int classes)
    {
        var model = new AveragedPerceptron(1 << TagBits, classes);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<int> features = stackalloc int[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[classes];
        for (int epoch = 0; epoch < TagEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int e in order)
            {
                var x = examples[e];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < x.Words.Count; i++)
                {
                    TaggerFeatures.Extract(x.Words, i, p1, p2, features, TagBits);
                    new FloatWeights(model.Weights, classes).Score(features, scores);
                    int guess = SyntaxModel.ArgMax(scores);
                    model.Tick();
                    model.Update(features, x.Tags[i], guess);
                    // The gold tag as context: what the tagger should have said.
                    p2 = p1;
                    p1 = x.Tags[i];
                }
            }
        }
        return model.Averaged();
    }

    private (float[] Moves, float[] Labels) TrainParser(List<Example> examples, int[][] predictedTags, string[] tagNames, string[] labels, Action<string>? log)
    {
        var moves = new AveragedPerceptron(1 << MoveBits, ParserState.Moves);
        var relations = new AveragedPerceptron(1 << LabelBits, labels.Length);
        int root = Array.IndexOf(labels, "root");
        int punctuation = Array.IndexOf(tagNames, "PUNCT");
        var random = new Random(Seed + 1);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        Span<int> moveFeatures = stackalloc int[ParserFeatures.MoveCount];
        Span<int> labelFeatures = stackalloc int[ParserFeatures.LabelCount];
        Span<float> moveScores = stackalloc float[ParserState.Moves];
        Span<float> labelScores = stackalloc float[labels.Length];
        Span<bool> zeroCost = stackalloc bool[ParserState.Moves];
        for (int epoch = 0; epoch < ParseEpochs; epoch++)
        {
            random.Shuffle(order);
            long arcs = 0, right = 0;
            foreach (int e in order)
            {
                var x = examples[e];
                var tags = predictedTags[e];
                int n = x.Words.Count;
                state.Reset(n);
                while (!state.Done)
                {
                    ParserFeatures.Moves(x.Words, tags, state, moveFeatures, MoveBits, punctuation);
                    new FloatWeights(moves.Weights, ParserState.Moves).Score(moveFeatures, moveScores);
                    state.ZeroCost(x.Heads, zeroCost);
                    int guess = -1, best = -1;
                    for (int m = 0; m < ParserState.Moves; m++)
                    {
                        if (!state.IsValid(m)) continue;
                        if (guess < 0 || moveScores[m] > moveScores[guess]) guess = m;
                        if (zeroCost[m] && (best < 0 || moveScores[m] > moveScores[best])) best = m;
                    }
                    moves.Tick();
                    if (best >= 0) moves.Update(moveFeatures, best, guess);
                    // Explore after the first epoch: follow the model's own move, the oracle says how to go on from there.
                    int move = epoch == 0 && best >= 0 ? best : guess;
                    int label = -1;
                    if (move != ParserState.Shift)
                    {
                        int head = state.HeadBy(move), dependent = state.Stack(0);
                        arcs++;
                        if (x.Heads[dependent] == head) right++;
                        if (head == n) label = root;
                        else
                        {
                            int labelGuess = SyntaxModel.ChooseRelation(new FloatWeights(relations.Weights, labels.Length), LabelBits, root, x.Words, tags, state, head, dependent, labelFeatures, labelScores);
                            relations.Tick();
                            if (x.Heads[dependent] == head && x.Labels[dependent] != root)
                            {
                                relations.Update(labelFeatures, x.Labels[dependent], labelGuess);
                                label = x.Labels[dependent];
                            }
                            else label = labelGuess;
                        }
                    }
                    state.Apply(move, label);
                }
            }
            log?.Invoke($"parser epoch {epoch + 1}/{ParseEpochs}: {right / (double)Math.Max(1, arcs):0.0000} of arcs made were gold");
        }
        return (moves.Averaged(), relations.Averaged());
    }

    /// <summary>Lifts crossing arcs to the head's head until no arc crosses another (n is the root).</summary>
    public static int[] Projective(int[] heads)
    {
        var h = (int[])heads.Clone();
        int n = h.Length;
        for (int guard = 0; guard < n * n; guard++)
        {
            int worst = -1, worstLength = int.MaxValue;
            for (int d = 0; d < n; d++)
            {
                int head = h[d];
                if (head == n) continue;
                int lo = Math.Min(head, d), hi = Math.Max(head, d);
                for (int k = lo + 1; k < hi; k++)
                {
                    if (Dominates(h, head, k, n)) continue;
                    if (hi - lo < worstLength) { worst = d; worstLength = hi - lo; }
                    break;
                }
            }
            if (worst < 0) return h;
            h[worst] = h[h[worst]];
        }
        return h;
    }

    private static bool Dominates(int[] h, int head, int k, int n)
    {
        for (int steps = 0; k != n && steps <= n; steps++)
        {
            if (k == head) return true;
            k = h[k];
        }
        return false;
    }
}
