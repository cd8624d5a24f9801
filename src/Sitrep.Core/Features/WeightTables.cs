using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Features;

/// <summary>
/// A linear model's weights as rows, one row of class weights per hashed feature. A struct per kind of
/// table, so the tagger and parser code taking one is compiled for each without a virtual call.
/// </summary>
public interface IWeightTable
{
    /// <summary>Classes per row.</summary>
    int Classes { get; }

    /// <summary>
    /// Sets each class's score to the sum of its weight in the rows of the given buckets, added in the
    /// buckets' order (so every kind of table gives the same sums for the same weights).
    /// </summary>
    void Score(ReadOnlySpan<int> buckets, Span<float> scores);
}

/// <summary>Float weights: the trainer's, which change as it learns.</summary>
public readonly struct FloatWeights(float[] weights, int classes) : IWeightTable
{
    public int Classes => classes;

    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        int c = 0;
        // Eight classes at a time summed in a register over all the rows, rather than each row added into scores in memory.
        if (Vector256.IsHardwareAccelerated)
            for (; c + 8 <= classes; c += 8)
            {
                var sum = Vector256<float>.Zero;
                foreach (int b in buckets) sum += Vector256.Create(weights.AsSpan(b * classes + c, 8));
                sum.CopyTo(scores[c..]);
            }
        for (; c < classes; c++)
        {
            float sum = 0;
            foreach (int b in buckets) sum += weights[b * classes + c];
            scores[c] = sum;
        }
    }
}

/// <summary>
/// Half-float weights, as a model file keeps them: half the memory of floats (about 25 MB for the
/// parser, not 50), so more of the rows a sentence reads stay in the processor's cache. Each weight
/// widens to exactly the float it was saved from, so the scores are those <see cref="FloatWeights"/>
/// gives for the saved values.
/// </summary>
public readonly struct HalfWeights : IWeightTable
{
    /// <summary>Zeros after the weights: a row read eight halves at a time never reads past the end.</summary>
    public const int Padding = 8;

    private readonly Half[] _padded;
    private readonly int _length;

    /// <summary>A table of this many weights, with its padding (<see cref="HalfWeights(Half[], int)"/> takes it as it is).</summary>
    public static Half[] NewTable(int weights) => new Half[weights + Padding];

    /// <param name="padded">The weights followed by <see cref="Padding"/> zeros (<see cref="NewTable"/>); kept, not copied.
    /// Every weight must be finite: <see cref="Score"/> widens bits and would read an infinity or NaN wrongly.</param>
    public HalfWeights(Half[] padded, int classes)
    {
        if (padded.Length < Padding || padded.AsSpan(padded.Length - Padding).ContainsAnyExcept((Half)0))
            throw new ArgumentException("A table of half-float weights needs its padding of zeros.", nameof(padded));
        foreach (var w in padded)
            if (!Half.IsFinite(w)) throw new ArgumentException("A weight is not a finite number.", nameof(padded));
        _padded = padded;
        _length = padded.Length - Padding;
        Classes = classes;
    }

    public int Classes { get; }

    /// <summary>The weights as given (what a model file keeps).</summary>
    public ReadOnlySpan<Half> Weights => _padded.AsSpan(0, _length);

    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        var bits = MemoryMarshal.Cast<Half, ushort>(_padded.AsSpan());
        int classes = Classes;
        int c = 0;
        // A row of four classes or fewer (a move's three) summed in one four-lane register: lanes past the
        // row's width read the next row or the padding, and are dropped.
        if (Sse41.IsSupported && classes <= 4)
        {
            var sum = Vector128<float>.Zero;
            foreach (int b in buckets)
                sum += Widen(Sse41.ConvertToVector128Int32(Vector128.Create(bits.Slice(b * classes, 8))).AsUInt32());
            for (; c < classes; c++) scores[c] = sum[c];
            return;
        }
        if (Avx2.IsSupported)
            for (; c + 8 <= classes; c += 8)
            {
                var sum = Vector256<float>.Zero;
                foreach (int b in buckets)
                    sum += Widen(Avx2.ConvertToVector256Int32(Vector128.Create(bits.Slice(b * classes + c, 8))).AsUInt32());
                sum.CopyTo(scores[c..]);
            }
        for (; c < classes; c++)
        {
            float sum = 0;
            foreach (int b in buckets) sum += Widen(bits[b * classes + c]);
            scores[c] = sum;
        }
    }

    // 2^112: moves a half's exponent bias (15) to a float's (127).
    private static readonly float ExponentShift = float.ScaleB(1f, 112);

    /// <summary>
    /// A half's bits as a float: the magnitude's bits moved into a float's place and scaled by 2^112,
    /// exact for normal and subnormal halves alike; then the sign. Infinities and NaNs, which the
    /// constructor refuses, would come out wrong.
    /// </summary>
    private static float Widen(uint half)
    {
        float magnitude = BitConverter.UInt32BitsToSingle((half & 0x7fff) << 13) * ExponentShift;
        return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(magnitude) | (half & 0x8000) << 16);
    }

    /// <summary>Eight halves' bits, one in the low half of each lane, as floats (as <see cref="Widen(uint)"/>).</summary>
    private static Vector256<float> Widen(Vector256<uint> halves)
    {
        var magnitude = ((halves & Vector256.Create(0x7fffu)) << 13).AsSingle() * Vector256.Create(ExponentShift);
        return (magnitude.AsUInt32() | ((halves & Vector256.Create(0x8000u)) << 16)).AsSingle();
    }

    /// <summary>Four halves' bits, one in the low half of each lane, as floats (as <see cref="Widen(uint)"/>).</summary>
    private static Vector128<float> Widen(Vector128<uint> halves)
    {
        var magnitude = ((halves & Vector128.Create(0x7fffu)) << 13).AsSingle() * Vector128.Create(ExponentShift);
        return (magnitude.AsUInt32() | ((halves & Vector128.Create(0x8000u)) << 16)).AsSingle();
    }
}
