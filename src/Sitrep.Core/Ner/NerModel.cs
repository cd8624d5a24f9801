using Sitrep.Documents;
using Sitrep.Features;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Ner;

/// <summary>
/// A linear-chain tagger: per-token feature weights for each BIO tag and tag-to-tag transition
/// weights, decoded with Viterbi so that I-X only follows B-X or I-X. Trained as an averaged
/// structured perceptron (<see cref="NerTrainer"/>). The file holds the tags, the weights (as
/// half floats), the gazetteer and the word classes, gzip-compressed.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "SITREP-NER";
    private const int Version = 2;

    /// <summary>[bucket * tags + tag]; stored as half floats in the file.</summary>
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly bool[] _allowed;

    public NerModel(string[] tags, int bits, float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters? clusters)
        : this(tags, bits, weights.Select(w => (Half)w).ToArray(), transitions, gazetteer, clusters)
    {
    }

    private NerModel(string[] tags, int bits, Half[] weights, float[] transitions, Gazetteer gazetteer, WordClusters? clusters)
    {
        Tags = tags;
        Features = new NerFeatures(gazetteer, clusters, bits);
        Gazetteer = gazetteer;
        Clusters = clusters;
        _weights = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++) _weights[i] = (float)weights[i];
        _transitions = transitions;
        _allowed = Allowed(tags);
    }

    public string[] Tags { get; }

    public NerFeatures Features { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters? Clusters { get; }

    public int Bits => Features.Bits;

    public float[] Transitions => _transitions;

    /// <summary>Which tag may follow which: [(previous + 1) * L + tag], previous -1 the sentence start.</summary>
    public static bool[] Allowed(string[] tags)
    {
        int l = tags.Length;
        var allowed = new bool[(l + 1) * l];
        for (int p = -1; p < l; p++)
            for (int t = 0; t < l; t++)
            {
                bool inside = tags[t].StartsWith("I-", StringComparison.Ordinal);
                allowed[(p + 1) * l + t] = !inside || p >= 0 && tags[p].Length > 2 && tags[p][2..] == tags[t][2..];
            }
        return allowed;
    }

    /// <summary>The BIO tags of a sentence.</summary>
    public string[] Tag(TokenView tokens)
    {
        var ids = new int[tokens.Count];
        var features = new int[tokens.Count * NerFeatures.PerToken];
        Features.Extract(tokens, features);
        Decode(features, tokens.Count, ids);
        return ids.Select(i => Tags[i]).ToArray();
    }

    /// <summary>Viterbi over precomputed features; writes the best tag of each token into tags.</summary>
    public void Decode(ReadOnlySpan<int> features, int n, Span<int> tags) => Decode(features, n, tags, default);

    /// <summary>Decodes, and gives each token's margin: how much more its own features favour its tag than "O".</summary>
    public void Decode(ReadOnlySpan<int> features, int n, Span<int> tags, Span<float> margins) =>
        Decode(features, n, tags, margins, _weights, _transitions, _allowed, Tags.Length);

    /// <summary>Decoding over any weights: the model's, or the trainer's while it learns (margins empty).</summary>
    public static void Decode(ReadOnlySpan<int> features, int n, Span<int> tags, Span<float> margins, float[] weights, float[] transitions, bool[] allowed, int l)
    {
        if (n == 0) return;
        var emissions = n * l <= 2048 ? stackalloc float[n * l] : new float[n * l];
        var table = new FloatWeights(weights, l);
        for (int i = 0; i < n; i++)
            table.Score(features.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken), emissions.Slice(i * l, l));
        Viterbi(emissions, n, tags, transitions, allowed, l);
        if (!margins.IsEmpty)
            for (int i = 0; i < n; i++) margins[i] = emissions[i * l + tags[i]] - emissions[i * l];
    }

    private static void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> tags, float[] transitions, bool[] allowed, int l)
    {
        var score = n * l <= 2048 ? stackalloc float[n * l] : new float[n * l];
        var back = n * l <= 2048 ? stackalloc int[n * l] : new int[n * l];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < l; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (i == 0)
                {
                    if (allowed[t]) (best, arg) = (transitions[t], -1);
                }
                else
                {
                    for (int p = 0; p < l; p++)
                    {
                        if (!allowed[(p + 1) * l + t]) continue;
                        float s = score[(i - 1) * l + p] + transitions[(p + 1) * l + t];
                        if (s > best) (best, arg) = (s, p);
                    }
                }
                score[i * l + t] = best + emissions[i * l + t];
                back[i * l + t] = arg;
            }
        int last = 0;
        for (int t = 1; t < l; t++)
            if (score[(n - 1) * l + t] > score[(n - 1) * l + last]) last = t;
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[i * l + last];
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Save(file);
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Tags.Length);
        foreach (var t in Tags) w.Write(t);
        w.Write(Bits);
        foreach (var x in _transitions) w.Write(x);
        // Half floats: the weights lose nothing a tag decision can see, and the file halves.
        var half = new Half[_weights.Length];
        for (int i = 0; i < half.Length; i++) half[i] = (Half)_weights[i];
        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        Gazetteer.Write(w);
        w.Write(Clusters is not null);
        Clusters?.Write(w);
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    public static NerModel Load(Stream stream, string name = "model")
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException($"{name}: not a Sitrep NER model.");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"{name}: model version {version}, this Sitrep reads version {Version}.");
            var tags = new string[r.ReadInt32()];
            for (int i = 0; i < tags.Length; i++) tags[i] = r.ReadString();
            int bits = r.ReadInt32();
            var transitions = new float[(tags.Length + 1) * tags.Length];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            var weights = new Half[(1 << bits) * tags.Length];
            r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
            var gazetteer = Gazetteer.Read(r);
            var clusters = r.ReadBoolean() ? WordClusters.Read(r) : null;
            return new NerModel(tags, bits, weights, transitions, gazetteer, clusters);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is cut short.");
        }
    }
}
