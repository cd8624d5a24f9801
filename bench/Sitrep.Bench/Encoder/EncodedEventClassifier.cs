using System.IO.Compression;
using System.Text;

namespace Sitrep.Bench.Encoder;

/// <summary>
/// The PLOVER root of a sentence (or NONE) from its MiniLM vector: multinomial logistic
/// regression, trained by stochastic gradient descent with a little L2 decay on the PLV sentences
/// and the BBC sentences without an event (<c>sitrep train events --encoder</c>).
/// </summary>
public sealed class EncodedEventClassifier
{
    private const string Magic = "SITREP-EVENTS-MINILM";
    private const int Version = 1;
    private const int Width = MiniLmEncoder.Dimensions + 1;

    private readonly float[] _weights;

    private EncodedEventClassifier(string[] labels, float[] weights)
    {
        Labels = labels;
        _weights = weights;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The probability of each label, in the order of <see cref="Labels"/>.</summary>
    public double[] Probabilities(ReadOnlySpan<float> vector)
    {
        var z = new double[Labels.Count];
        for (int k = 0; k < z.Length; k++)
        {
            var row = _weights.AsSpan(k * Width, Width);
            double s = row[MiniLmEncoder.Dimensions];
            for (int d = 0; d < MiniLmEncoder.Dimensions; d++) s += row[d] * vector[d];
            z[k] = s;
        }
        double max = z.Max(), sum = 0;
        for (int k = 0; k < z.Length; k++) sum += z[k] = Math.Exp(z[k] - max);
        for (int k = 0; k < z.Length; k++) z[k] /= sum;
        return z;
    }

    public static EncodedEventClassifier Train(IReadOnlyList<(float[] Vector, string Label)> examples, int epochs = 40, double rate = 0.5, double decay = 1e-4, int seed = 1)
    {
        var labels = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var model = new EncodedEventClassifier(labels, new float[labels.Length * Width]);
        var w = model._weights;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                var (x, label) = examples[i];
                var p = model.Probabilities(x);
                int gold = index[label];
                for (int k = 0; k < labels.Length; k++)
                {
                    float g = (float)(p[k] - (k == gold ? 1 : 0));
                    var row = w.AsSpan(k * Width, Width);
                    for (int d = 0; d < MiniLmEncoder.Dimensions; d++) row[d] -= (float)(rate * (g * x[d] + decay * row[d]));
                    row[MiniLmEncoder.Dimensions] -= (float)(rate * g);
                }
            }
        }
        return model;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Labels.Count);
        foreach (var l in Labels) writer.Write(l);
        foreach (var x in _weights) writer.Write(x);
    }

    public static EncodedEventClassifier Load(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Sitrep MiniLM event classifier.");
            if (reader.ReadInt32() is var version && version != Version) throw new InvalidDataException($"{path}: version {version}, this Sitrep reads version {Version}.");
            var labels = new string[reader.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
            var weights = new float[labels.Length * Width];
            for (int i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
            return new EncodedEventClassifier(labels, weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the classifier file is cut short.");
        }
    }
}
