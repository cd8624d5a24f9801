using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Documents;
using Sitrep.Features;

namespace Sitrep.Syntax;

/// <summary>
/// A part-of-speech tagger (greedy, left to right) and an arc-hybrid dependency parser (greedy,
/// with its relations chosen as each word leaves the stack), three linear models over hashed
/// features trained as averaged perceptrons (sitrep train parser). The file holds the tag and
/// relation names and the weights as half floats, gzip-compressed; a file of another kind or a
/// damaged one is refused with the reason.
/// </summary>
public sealed class SyntaxModel
{
    private const string Magic = "SITREP-SYNTAX";
    private const int Version = 1;

    // Kept as the file keeps them, half floats (see HalfWeights): about 25 MB of tables, not 50.
    private readonly HalfWeights _tagger, _moves, _relations;

    public SyntaxModel(string[] tags, string[] labels, int tagBits, int moveBits, int labelBits, float[] tagWeights, float[] moveWeights, float[] labelWeights, WordClusters? clusters)
        : this(tags, labels, tagBits, moveBits, labelBits, Halves(tagWeights), Halves(moveWeights), Halves(labelWeights), clusters)
    {
    }

    private SyntaxModel(string[] tags, string[] labels, int tagBits, int moveBits, int labelBits, Half[] tagWeights, Half[] moveWeights, Half[] labelWeights, WordClusters? clusters)
    {
        Clusters = clusters;
        // The tables as HalfWeights keeps them: the weights, then its padding.
        if (tagWeights.Length != (1 << tagBits) * tags.Length + HalfWeights.Padding || moveWeights.Length != (1 << moveBits) * ParserState.Moves + HalfWeights.Padding
            || labelWeights.Length != (1 << labelBits) * labels.Length + HalfWeights.Padding)
            throw new ArgumentException("The weights do not match the tags, relations and table sizes.");
        Tags = tags;
        Labels = labels;
        TagBits = tagBits;
        MoveBits = moveBits;
        LabelBits = labelBits;
        _tagger = new HalfWeights(tagWeights, tags.Length);
        _moves = new HalfWeights(moveWeights, ParserState.Moves);
        _relations = new HalfWeights(labelWeights, labels.Length);
        RootLabel = Array.IndexOf(labels, "root");
        PunctuationTag = Array.IndexOf(tags, "PUNCT");
        _verbTag = Array.IndexOf(tags, "VERB");
        _nounTag = Array.IndexOf(tags, "NOUN");
        _properNounTag = Array.IndexOf(tags, "PROPN");
        _auxiliaryTag = Array.IndexOf(tags, "AUX");
    }

    private readonly int _verbTag, _nounTag, _properNounTag, _auxiliaryTag;

    /// <summary>Universal POS tags, in the model's order.</summary>
    public string[] Tags { get; }

    /// <summary>Universal Dependencies relations, in the model's order.</summary>
    public string[] Labels { get; }

    /// <summary>The word classes the model was trained with; it keeps its own copy.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>A sentence's words, hashed for this model.</summary>
    public SentenceWords Words(string text, ReadOnlySpan<Token> tokens) => new(text, tokens, Clusters);

    public int TagBits { get; }
    public int MoveBits { get; }
    public int LabelBits { get; }
    private int RootLabel { get; }

    /// <summary>The index of PUNCT among the tags (-1 when the model has none).</summary>
    public int PunctuationTag { get; }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>The tag of each word, greedily from left to right, with no capitalised name or noun read as a verb.</summary>
    public void Tag(SentenceWords words, Span<int> tags)
    {
        TagGreedily(_tagger, TagBits, words, tags);
        if (_verbTag >= 0) NoCapitalisedVerbs(words, tags);
        if (_verbTag >= 0) OneVerbInAVerblessLine(words, tags);
    }

    /// <summary>
    /// Headlines drop the words that tell a verb from a noun ("Insurgents fight Iraqi forces in Mosul", "Suicide blasts
    /// rock police HQ"), and a tagger taught on running text can read every word of them as a noun, leaving the parser
    /// no clause. A sentence given no verb or auxiliary at all takes one: among its lower-case words that the tagger
    /// has seen as verbs, or that agree in number with a common noun before them as a headline's verb does ("blasts
    /// rock", "toll stirs"; not a word in -ing), the one whose line, tagged again from it on, loses least of the
    /// tagger's score, if that loss is under <see cref="VerblessMargin"/>. The line's last word is never taken (there
    /// the loss is only its own, so it would win too often: "Labour targets 'hardcore truants'"), nor a line where
    /// no verb comes near ("Programme summary of ...", "July deadliest month of 2013").
    /// Margin, candidates and the last-word rule were set on GUM dev (UPOS +2, UAS +4, LAS +7 of 28,119 words; EWT test UAS +4, LAS +2).
    /// </summary>
    private void OneVerbInAVerblessLine(SentenceWords words, Span<int> tags)
    {
        int n = words.Count;
        // Headlines are short; a long verbless line is a table or a list (Reuters' "Shr 12 cts vs 10 cts ..."), and
        // trying each of its words costs the square of its length.
        if (n > MaxVerblessLine) return;
        int last = n - 1;
        for (int i = 0; i < n; i++)
            if (tags[i] == _verbTag || tags[i] == _auxiliaryTag) return;
        while (last >= 0 && tags[last] == PunctuationTag) last--;
        Span<int> features = stackalloc int[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[Tags.Length];
        Span<int> trial = stackalloc int[n];
        Span<int> chosen = stackalloc int[n];
        // Each word's score for the tag it has, and how far short of it the verb falls there.
        Span<float> greedy = stackalloc float[n];
        Span<float> verbShort = stackalloc float[n];
        for (int i = 0; i < n; i++)
        {
            TaggerFeatures.Extract(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features, TagBits);
            _tagger.Score(features, scores);
            greedy[i] = scores[tags[i]];
            verbShort[i] = scores[tags[i]] - scores[_verbTag];
        }
        int best = -1;
        float bestLoss = VerblessMargin;
        for (int v = 0; v < last; v++)
        {
            if (!words.IsLowerCaseWord(v) || verbShort[v] >= VerblessMargin) continue;
            if (!AgreesWithNounBefore(words, tags, v) && !SeenAsVerb(words, v)) continue;
            tags.CopyTo(trial);
            trial[v] = _verbTag;
            float loss = verbShort[v];
            for (int i = v + 1; i < n; i++)
            {
                TaggerFeatures.Extract(words, i, trial[i - 1], i > 1 ? trial[i - 2] : -1, features, TagBits);
                _tagger.Score(features, scores);
                // As NoCapitalisedVerbs has it, a capitalised word after the verb is no verb in the trial either.
                if (words.IsTitleCaseWord(i)) scores[_verbTag] = float.NegativeInfinity;
                trial[i] = ArgMax(scores);
                loss += greedy[i] - scores[trial[i]];
                // A word's tag depends only on the words and the two tags before it: once two tags in a row are the
                // line's again, the rest would be tagged as it is, and adds nothing to the loss.
                if (i >= v + 2 && trial[i] == tags[i] && trial[i - 1] == tags[i - 1]) break;
            }
            if (loss < bestLoss) { best = v; bestLoss = loss; trial.CopyTo(chosen); }
        }
        if (best >= 0) chosen.CopyTo(tags);
    }

    /// <summary>The longest line, in words, given a verb by <see cref="OneVerbInAVerblessLine"/>.</summary>
    private const int MaxVerblessLine = 30;

    /// <summary>How much of the tagger's score a verbless line may give up for a verb (see OneVerbInAVerblessLine).</summary>
    private const float VerblessMargin = 20f;

    /// <summary>The word's own weight (its lower-case form alone) leans to VERB: the treebanks had it as a verb.</summary>
    private bool SeenAsVerb(SentenceWords words, int i)
    {
        Span<int> lexical = [TaggerFeatures.Bucket(1, words.Lower[i], TagBits)];
        Span<float> scores = stackalloc float[Tags.Length];
        _tagger.Score(lexical, scores);
        return scores[_verbTag] > 0;
    }

    /// <summary>
    /// A headline's verb after its subject agrees with it: a common noun without -s then a word in -s ("toll stirs"),
    /// or a plural in -s then a word without it ("blasts rock"), not in -ing ("drugs hearing").
    /// </summary>
    private bool AgreesWithNounBefore(SentenceWords words, ReadOnlySpan<int> tags, int v) =>
        v > 0 && tags[v - 1] == _nounTag && words.IsLowerCaseWord(v - 1) && !words.EndsInIng(v) && words.EndsInS(v) != words.EndsInS(v - 1);

    /// <summary>
    /// The tagger reads a capitalised word before a noun or a verb as a verb where the treebanks'
    /// imperatives taught it to: "Suicide bomber kills 8", "Militants attack a checkpoint", "the
    /// United States". In news such a word names or modifies what follows, so it takes its best other tag;
    /// the words after it keep theirs (tagged again, they would make the noun after it the verb:
    /// "Suicide bomber/VERB kills"). A first word in -ing or -ed stays a verb ("Following
    /// claims that ...", "Leaked documents have ..."), though "United States condemns" keeps its verb too. A line most
    /// of whose words are capitalised is left as it is. (The parser was trained on the tagger's own tags, without this
    /// mend: it reads these sentences with tags it saw less often, but far better than with a verb first.)
    /// </summary>
    private void NoCapitalisedVerbs(SentenceWords words, Span<int> tags)
    {
        Span<int> features = stackalloc int[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[Tags.Length];
        bool? titleCaseLine = null;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (tags[i] != _verbTag || !words.IsTitleCaseWord(i) || tags[i + 1] != _nounTag && tags[i + 1] != _properNounTag && tags[i + 1] != _verbTag) continue;
            if (i == 0 && words.FirstEndsLikeParticiple) continue;
            // A title-case line ("Militants Attack Checkpoint Near Tikrit") capitalises its verbs too (counted once, and only
            // in a sentence with a word to mend).
            titleCaseLine ??= IsTitleCaseLine(words);
            if (titleCaseLine.Value) return;
            TaggerFeatures.Extract(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features, TagBits);
            _tagger.Score(features, scores);
            scores[_verbTag] = float.NegativeInfinity;
            tags[i] = ArgMax(scores);
        }
    }

    /// <summary>More than half of the line's words are capitalised.</summary>
    private static bool IsTitleCaseLine(SentenceWords words)
    {
        int titleCase = 0;
        for (int i = 0; i < words.Count; i++)
            if (words.IsTitleCaseWord(i)) titleCase++;
        return titleCase * 2 > words.Count;
    }

    /// <summary>Greedy tagging with any tagger weights (the trainer tags with weights it has not saved yet).</summary>
    public static void TagGreedily<TWeights>(TWeights weights, int bits, SentenceWords words, Span<int> tags)
        where TWeights : IWeightTable
    {
        Span<int> features = stackalloc int[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[weights.Classes];
        for (int i = 0; i < words.Count; i++)
        {
            TaggerFeatures.Extract(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features, bits);
            weights.Score(features, scores);
            tags[i] = ArgMax(scores);
        }
    }

    /// <summary>Parses a tagged sentence: each word's head (n for the root) and relation.</summary>
    public void Parse(SentenceWords words, ReadOnlySpan<int> tags, ParserState state, Span<int> heads, Span<int> labels)
    {
        Span<int> moveFeatures = stackalloc int[ParserFeatures.MoveCount];
        Span<int> labelFeatures = stackalloc int[ParserFeatures.LabelCount];
        Span<float> moveScores = stackalloc float[ParserState.Moves];
        Span<float> labelScores = stackalloc float[Labels.Length];
        state.Reset(words.Count);
        while (!state.Done)
        {
            int move = OnlyValidMove(state);
            // A move the state forces (an empty stack can only shift) needs no features or scores.
            if (move < 0)
            {
                ParserFeatures.Moves(words, tags, state, moveFeatures, MoveBits, PunctuationTag);
                _moves.Score(moveFeatures, moveScores);
                for (int m = 0; m < ParserState.Moves; m++)
                    if (state.IsValid(m) && (move < 0 || moveScores[m] > moveScores[move])) move = m;
            }
            int label = -1;
            if (move != ParserState.Shift)
            {
                int head = state.HeadBy(move), dependent = state.Stack(0);
                label = head == words.Count && RootLabel >= 0 ? RootLabel
                    : ChooseRelation(_relations, LabelBits, RootLabel, words, tags, state, head, dependent, labelFeatures, labelScores);
            }
            state.Apply(move, label);
        }
        state.Heads.CopyTo(heads);
        state.Labels.CopyTo(labels);
    }

    /// <summary>The one move the state allows, or -1 when there is a choice.</summary>
    private static int OnlyValidMove(ParserState state)
    {
        int only = -1;
        for (int m = 0; m < ParserState.Moves; m++)
        {
            if (!state.IsValid(m)) continue;
            if (only >= 0) return -1;
            only = m;
        }
        return only;
    }

    /// <summary>
    /// The best relation for head → dependent under any relation weights (the trainer's too),
    /// never "root" below the root; leaves the arc's features in <paramref name="features"/>.
    /// </summary>
    public static int ChooseRelation<TWeights>(TWeights weights, int bits, int rootLabel, SentenceWords words, ReadOnlySpan<int> tags, ParserState state, int head, int dependent, Span<int> features, Span<float> scores)
        where TWeights : IWeightTable
    {
        ParserFeatures.Relation(words, tags, state, head, dependent, features, bits);
        weights.Score(features, scores);
        if (rootLabel >= 0) scores[rootLabel] = float.MinValue;
        return ArgMax(scores);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        WriteStrings(w, Tags);
        WriteStrings(w, Labels);
        w.Write(TagBits);
        w.Write(MoveBits);
        w.Write(LabelBits);
        WriteHalves(w, _tagger.Weights);
        WriteHalves(w, _moves.Weights);
        WriteHalves(w, _relations.Weights);
        w.Write(Clusters is not null);
        Clusters?.Write(w);
    }

    /// <summary>Reads a model file; a file that is not one, or is damaged, is refused with the reason.</summary>
    public static SyntaxModel Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(gzip, Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Sitrep syntax model");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"format version {version}, this program reads {Version}");
            var tags = ReadStrings(r);
            var labels = ReadStrings(r);
            int tagBits = r.ReadInt32(), moveBits = r.ReadInt32(), labelBits = r.ReadInt32();
            if (tagBits is < 8 or > 24 || moveBits is < 8 or > 24 || labelBits is < 8 or > 24) throw new InvalidDataException("table sizes out of range");
            var tagWeights = ReadHalves(r, (1 << tagBits) * tags.Length);
            var moveWeights = ReadHalves(r, (1 << moveBits) * ParserState.Moves);
            var labelWeights = ReadHalves(r, (1 << labelBits) * labels.Length);
            var clusters = r.ReadBoolean() ? WordClusters.Read(r) : null;
            return new SyntaxModel(tags, labels, tagBits, moveBits, labelBits, tagWeights, moveWeights, labelWeights, clusters);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a usable syntax model ({e.Message}).", e);
        }
    }

    private static Half[] Halves(float[] weights)
    {
        var halves = HalfWeights.NewTable(weights.Length);
        for (int i = 0; i < weights.Length; i++) halves[i] = (Half)weights[i];
        return halves;
    }

    private static void WriteStrings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n is <= 0 or > 1000) throw new InvalidDataException("bad name table");
        var values = new string[n];
        for (int i = 0; i < n; i++) values[i] = r.ReadString();
        return values;
    }

    private static void WriteHalves(BinaryWriter w, ReadOnlySpan<Half> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 2), values[i]);
        w.Write(bytes);
    }

    /// <summary>Reads the halves straight into their table (little-endian in the file), with no copy of the bytes on the way.</summary>
    private static Half[] ReadHalves(BinaryReader r, int count)
    {
        var values = HalfWeights.NewTable(count);
        var bytes = MemoryMarshal.AsBytes(values.AsSpan(0, count));
        for (int read = 0; read < bytes.Length;)
        {
            int n = r.Read(bytes[read..]);
            if (n == 0) throw new EndOfStreamException("the weights end early");
            read += n;
        }
        if (!BitConverter.IsLittleEndian)
        {
            var bits = MemoryMarshal.Cast<Half, ushort>(values.AsSpan(0, count));
            BinaryPrimitives.ReverseEndianness(bits, bits);
        }
        return values;
    }
}
