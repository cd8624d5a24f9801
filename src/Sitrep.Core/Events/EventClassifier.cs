using Sitrep.Documents;
using Sitrep.Features;
using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Ner;

namespace Sitrep.Events;

/// <summary>
/// A sentence's main event type (PLOVER root): an averaged multiclass perceptron over hashed
/// features — lower-cased words, word pairs and triples, five-letter
/// stems, the PLOVER types the dictionaries give the sentence's words (Sitrep's triggers and the converted
/// PETRARCH verbs), and the first such word with its types, so a verb the 840 training sentences never had still points to its type. Trained on the PLV
/// sentences (<c>sitrep train events</c>); the hint table is stored in the model, so it reads the same however data/ changes later. It
/// knows nothing of who acts on whom: the pipeline uses it to check the PETRARCH verbs' sense. A second table of the same
/// labels reads the words and the sentence's tree (<see cref="SentenceTreeFeatures"/>), for the sentences that are parsed.
/// </summary>
public sealed class EventClassifier
{
    private const string Magic = "SITREP-EVENTS";
    // Version 6: a second table over the words and the tree (version 5: the first known word as
    // features and the PLV fold held out; a model of an older version would be read wrongly).
    private const int Version = 6, WordsOnlyVersion = 5;

    private readonly float[] _weights;
    // The same labels read from the words and the tree (SentenceTreeFeatures), for sentences that are parsed.
    private readonly float[]? _treeWeights;
    private readonly SentenceHints _hints;

    private EventClassifier(string[] labels, int bits, float[] weights, SentenceHints hints, int? heldOutFold = DefaultHeldOutFold, float[]? treeWeights = null)
    {
        _treeWeights = treeWeights;
        HeldOutFold = heldOutFold;
        Labels = labels;
        Bits = bits;
        _weights = weights;
        _hints = hints;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>
    /// The PLV fold (sentences whose index is this modulo 5) the training never read; null when it read every
    /// sentence (<c>sitrep train events --all</c>, the shipped model): its score on any fold measures nothing.
    /// </summary>
    public int? HeldOutFold { get; }

    /// <summary>The PLV held-out fold when none is named: the sentences whose index is 4 modulo 5.</summary>
    public const int DefaultHeldOutFold = 4;

    /// <summary>The training read the sentences of this PLV fold: a score on them measures nothing.</summary>
    public bool SawPlvFold(int fold) => HeldOutFold != fold;

    public int Bits { get; }

    /// <summary>The most likely type (NONE when the sentence reads as no political event) and how far ahead of the second it is.</summary>
    public (string Label, float Margin) Predict(ReadOnlySpan<char> sentence) => Predict(sentence, allowNone: true);

    /// <summary>The most likely type; without NONE when the sentence is known to report an event (the PLV sentences all do).</summary>
    public (string Label, float Margin) Predict(ReadOnlySpan<char> sentence, bool allowNone)
    {
        Span<float> scores = stackalloc float[Labels.Count];
        Scores(sentence, scores);
        return Best(scores, allowNone);
    }

    /// <summary>The model has a table that reads the sentence's tree too (<see cref="PredictWithTree"/>).</summary>
    public bool ReadsTrees => _treeWeights is not null;

    /// <summary>
    /// The most likely type read from the words and the tree's features (<see cref="SentenceTreeFeatures"/>): which verb
    /// is at the top and what hangs on it. Falls back to the words alone when the model has no tree table.
    /// </summary>
    public (string Label, float Margin) PredictWithTree(ReadOnlySpan<char> sentence, IReadOnlyList<int> treeFeatures, bool allowNone) =>
        allowNone ? ReadWithTree(sentence, treeFeatures).Best : ReadWithTree(sentence, treeFeatures).BestEvent;

    /// <summary>
    /// <see cref="PredictWithTree"/> with NONE allowed and not, from one scoring: the best label and its margin, and the
    /// best event type with its margin over the other event types.
    /// </summary>
    public ((string Label, float Margin) Best, (string Label, float Margin) BestEvent) ReadWithTree(ReadOnlySpan<char> sentence, IReadOnlyList<int> treeFeatures)
    {
        Span<float> scores = stackalloc float[Labels.Count];
        var features = new List<int>(sentence.Length);
        Features(sentence, Bits, _hints, features);
        if (_treeWeights is null) Sum(_weights, features, scores);
        else
        {
            Sum(_treeWeights, features, scores);
            foreach (int f in treeFeatures)
                for (int c = 0; c < scores.Length; c++) scores[c] += TreeFeatureValue * _treeWeights[f * scores.Length + c];
        }
        return (Best(scores, allowNone: true), Best(scores, allowNone: false));
    }

    /// <summary>
    /// Each tree feature counts this many times (its value, to the perceptron): the few features of the tree
    /// are outnumbered by the words' many. Five-fold cross-validation over the PLV sentences (words and
    /// dictionary types 0.753): the tree at value 1 reads 0.770, at 2 0.793, at 3 0.792.
    /// </summary>
    private const int TreeFeatureValue = 2;

    /// <summary>The tree features of a parsed sentence, hashed for this model's table (<see cref="PredictWithTree"/>).</summary>
    public void TreeFeatures(Document doc, Sentence sentence, List<int> into) => SentenceTreeFeatures.Add(doc, sentence, Bits, _hints, into);

    private (string Label, float Margin) Best(ReadOnlySpan<float> scores, bool allowNone)
    {
        int best = -1, second = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!allowNone && Labels[c] == None) continue;
            if (best < 0 || scores[c] > scores[best]) (second, best) = (best, c);
            else if (second < 0 || scores[c] > scores[second]) second = c;
        }
        return (Labels[best], second < 0 ? 0 : scores[best] - scores[second]);
    }

    /// <summary>Each label's score (in the order of <see cref="Labels"/>).</summary>
    public void Scores(ReadOnlySpan<char> sentence, Span<float> scores)
    {
        var features = new List<int>(sentence.Length);
        Features(sentence, Bits, _hints, features);
        Sum(_weights, features, scores);
    }

    private static void Sum(float[] weights, List<int> features, Span<float> scores)
    {
        scores.Clear();
        foreach (int f in features)
            for (int c = 0; c < scores.Length; c++) scores[c] += weights[f * scores.Length + c];
    }

    /// <summary>The dictionaries' types of a lower-case word or two-word phrase, as the classifier sees them.</summary>
    public string[] HintedTypes(ReadOnlySpan<char> phrase) => _hints.TypesOf(phrase);

    /// <summary>The label of sentences that report no event.</summary>
    public const string None = "NONE";

    /// <summary>
    /// Trains <paramref name="orders"/> perceptrons, each over its own shuffled order of the
    /// sentences, and averages their weights: on 840 sentences one order's accidents weigh a lot,
    /// and the average of ten (with word triples) scored 0.719 against 0.670 in five-fold
    /// cross-validation.
    /// </summary>
    /// <param name="heldOutFold">The PLV fold the examples leave out, null when they hold every PLV sentence (<see cref="HeldOutFold"/>).</param>
    /// <param name="trees">When given, each example's tree features (<see cref="SentenceTreeFeatures"/>, in the order of the examples): a second table is trained on words and tree.</param>
    public static EventClassifier Train(IReadOnlyList<(string Sentence, string Label)> examples, int epochs = 10, int bits = 18, int seed = 17, SentenceHints? hints = null, int orders = 10, int? heldOutFold = DefaultHeldOutFold, IReadOnlyList<int[]>? trees = null)
    {
        hints ??= SentenceHints.None;
        if (trees is not null && trees.Count != examples.Count) throw new ArgumentException($"{trees.Count} trees for {examples.Count} examples: one row of tree features per example.", nameof(trees));
        if (trees is not null && trees.Any(t => t.Any(f => f < 0 || f >= 1 << bits))) throw new ArgumentException($"tree features must be hashed into 2^{bits} rows, as the words are.", nameof(trees));
        var labels = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var words = Averaged(examples, labels, epochs, bits, seed, hints, orders, null);
        var withTrees = trees is null ? null : Averaged(examples, labels, epochs, bits, seed, hints, orders, trees);
        return new EventClassifier(labels, bits, words, hints, heldOutFold, withTrees);
    }

    private static float[] Averaged(IReadOnlyList<(string Sentence, string Label)> examples, string[] labels, int epochs, int bits, int seed, SentenceHints hints, int orders, IReadOnlyList<int[]>? trees)
    {
        var tables = Enumerable.Range(0, Math.Max(1, orders)).Select(k => TrainOne(examples, labels, epochs, bits, seed + k, hints, trees)).ToList();
        if (tables.Count == 1) return tables[0];
        var averaged = new float[tables[0].Length];
        foreach (var t in tables)
            for (int w = 0; w < averaged.Length; w++) averaged[w] += t[w];
        for (int w = 0; w < averaged.Length; w++) averaged[w] /= tables.Count;
        return averaged;
    }

    private static float[] TrainOne(IReadOnlyList<(string Sentence, string Label)> examples, string[] labels, int epochs, int bits, int seed, SentenceHints hints, IReadOnlyList<int[]>? trees)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        int k = labels.Length;
        var features = examples.Select((e, i) =>
        {
            var list = new List<int>();
            Features(e.Sentence, bits, hints, list);
            for (int r = 0; trees is not null && r < TreeFeatureValue; r++) list.AddRange(trees[i]);
            return list.ToArray();
        }).ToArray();
        var weights = new float[(1 << bits) * k];
        var totals = new double[weights.Length];
        var stamps = new double[weights.Length];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        double step = 0;
        var scores = new float[k];
        // Averaging with lazy updates: a weight's running total is brought up to date only when it changes.
        void Update(int w, float delta)
        {
            totals[w] += (step - stamps[w]) * weights[w];
            stamps[w] = step;
            weights[w] += delta;
        }
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                step++;
                Array.Clear(scores);
                foreach (int f in features[i])
                    for (int c = 0; c < k; c++) scores[c] += weights[f * k + c];
                int predicted = 0;
                for (int c = 1; c < k; c++)
                    if (scores[c] > scores[predicted]) predicted = c;
                int gold = index[examples[i].Label];
                if (predicted == gold) continue;
                foreach (int f in features[i])
                {
                    Update(f * k + gold, 1);
                    Update(f * k + predicted, -1);
                }
            }
        }
        var averaged = new float[weights.Length];
        for (int w = 0; w < weights.Length; w++)
            averaged[w] = (float)((totals[w] + (step - stamps[w]) * weights[w]) / step);
        return averaged;
    }

    /// <summary>
    /// Hashed feature rows: each word (lower case), its five-letter stem, each pair and triple of
    /// neighbouring words, and the dictionaries' types for words and pairs. The words are copied
    /// once, lower case and joined by single spaces, so a pair is a slice and nothing is allocated per word.
    /// </summary>
    private static void Features(ReadOnlySpan<char> sentence, int bits, SentenceHints hints, List<int> into)
    {
        char[] rented = ArrayPool<char>.Shared.Rent(sentence.Length + 1);
        int[] bounds = ArrayPool<int>.Shared.Rent(sentence.Length + 2);
        try
        {
            // bounds[2k], bounds[2k+1]: start and end of word k in the joined text.
            int length = 0, words = 0;
            bool inWord = false;
            foreach (char c in sentence)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord)
                    {
                        if (words > 0) rented[length++] = ' ';
                        bounds[2 * words] = length;
                        inWord = true;
                    }
                    rented[length++] = char.ToLowerInvariant(c);
                }
                else if (inWord)
                {
                    bounds[2 * words + 1] = length;
                    words++;
                    inWord = false;
                }
            }
            if (inWord) bounds[2 * words++ + 1] = length;
            ReadOnlySpan<char> text = rented.AsSpan(0, length);
            ReadOnlySpan<char> Word(int k) => rented.AsSpan(bounds[2 * k], bounds[2 * k + 1] - bounds[2 * k]);

            into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(0), "<bias>"), bits));
            bool hinted = false;
            for (int i = 0; i < words; i++)
            {
                var word = Word(i);
                into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(1), word), bits));
                if (word.Length > 5) into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(2), word[..5]), bits));
                if (i > 0) into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(3), Word(i - 1)), word), bits));
                if (i > 1) into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), Word(i - 2)), Word(i - 1)), word), bits));
                var types = hints.TypesOf(word);
                foreach (var type in types)
                {
                    into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(5), type), bits));
                    // The first word the dictionaries know is most often the main verb; with the word itself and its
                    // stem, each type learns which of its words mean it most surely (a request's "urged" more than its "called").
                    if (hinted) continue;
                    into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(6), type), bits));
                    into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(11), type), word), bits));
                    into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(12), type), word[..Math.Min(5, word.Length)]), bits));
                }
                hinted |= types.Length > 0;
                if (i > 0)
                    foreach (var type in hints.TypesOf(text[bounds[2 * (i - 1)]..bounds[2 * i + 1]])) into.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start(5), type), bits));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(HeldOutFold ?? -1);
        w.Write(Bits);
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        _hints.Write(w);
        WriteTable(w, _weights);
        w.Write(_treeWeights is not null);
        if (_treeWeights is not null) WriteTable(w, _treeWeights);
    }

    private static void WriteTable(BinaryWriter w, float[] table)
    {
        var half = table.Select(x => (Half)x).ToArray();
        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
    }

    private static float[] ReadTable(BinaryReader r, int length)
    {
        var half = new Half[length];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
        var table = new float[half.Length];
        for (int i = 0; i < half.Length; i++) table[i] = (float)half[i];
        return table;
    }

    public static EventClassifier Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Sitrep event classifier.");
            // Version 5 is version 6 without the tree table: it still reads, from the words alone.
            if (r.ReadInt32() is var version && version != Version && version != WordsOnlyVersion) throw new InvalidDataException($"{path}: classifier version {version}, this Sitrep reads versions {WordsOnlyVersion} and {Version} (retrain: sitrep train events).");
            int fold = r.ReadInt32();
            int bits = r.ReadInt32();
            var labels = new string[r.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            var hints = SentenceHints.Read(r);
            var weights = ReadTable(r, (1 << bits) * labels.Length);
            var treeWeights = version == Version && r.ReadBoolean() ? ReadTable(r, (1 << bits) * labels.Length) : null;
            return new EventClassifier(labels, bits, weights, hints, fold < 0 ? null : fold, treeWeights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the classifier file is cut short.");
        }
    }
}
