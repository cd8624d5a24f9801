namespace Sitrep.Training;

/// <summary>
/// A multiclass perceptron over hashed feature rows whose final weights are the average over
/// every step of training (kept lazily: each weight remembers when it last changed).
/// </summary>
public sealed class AveragedPerceptron(int rows, int classes)
{
    private readonly double[] _totals = new double[rows * classes];
    private readonly int[] _stamps = new int[rows * classes];
    private int _clock = 1;

    public int Classes { get; } = classes;

    /// <summary>The current weights, [row * classes + class].</summary>
    public float[] Weights { get; } = new float[rows * classes];

    /// <summary>One more example seen, whether or not it changed anything.</summary>
    public void Tick() => _clock++;

    public void Update(ReadOnlySpan<int> buckets, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (int b in buckets)
        {
            Add(b * Classes + truth, 1f);
            Add(b * Classes + guess, -1f);
        }
    }

    private void Add(int i, float v)
    {
        _totals[i] += (_clock - _stamps[i]) * (double)Weights[i];
        _stamps[i] = _clock;
        Weights[i] += v;
    }

    public float[] Averaged()
    {
        var average = new float[Weights.Length];
        for (int i = 0; i < average.Length; i++)
            average[i] = (float)((_totals[i] + (_clock - _stamps[i]) * (double)Weights[i]) / _clock);
        return average;
    }
}
