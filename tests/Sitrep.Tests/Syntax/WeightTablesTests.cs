using Sitrep.Features;

namespace Sitrep.Tests.Syntax;

/// <summary>Half-float weight tables score exactly as the float tables of the same values, row by row in the same order.</summary>
public sealed class WeightTablesTests
{
    // Normal, subnormal (the smallest and largest), negative zero, the largest half, and ordinary weights.
    private static readonly Half[] Values =
    [
        BitConverter.UInt16BitsToHalf(0x0001), BitConverter.UInt16BitsToHalf(0x03FF), BitConverter.UInt16BitsToHalf(0x8000),
        Half.MaxValue, -Half.MaxValue, (Half)0.5f, (Half)(-2.75f), (Half)1e-3f, (Half)(-7.125f), (Half)3.0f, (Half)(-0.0001f),
    ];

    [Theory]
    [InlineData(3)]   // a parser move: the four-lane path
    [InlineData(4)]
    [InlineData(17)]  // tags: two eight-lane blocks and one class alone
    [InlineData(40)]  // relations: five eight-lane blocks
    public void Half_weights_score_as_the_floats_they_widen_to(int classes)
    {
        const int rows = 16;
        var halves = HalfWeights.NewTable(rows * classes);
        var floats = new float[rows * classes];
        for (int i = 0; i < rows * classes; i++)
        {
            halves[i] = Values[(i * 7 + i / classes) % Values.Length];
            floats[i] = (float)halves[i];
        }
        int[] buckets = [15, 0, 3, 3, 9, 14];
        var fromHalves = new float[classes];
        var fromFloats = new float[classes];

        new HalfWeights(halves, classes).Score(buckets, fromHalves);
        new FloatWeights(floats, classes).Score(buckets, fromFloats);

        // Bit for bit, so a model parses the same whichever table holds it.
        Assert.Equal(fromFloats.Select(BitConverter.SingleToInt32Bits), fromHalves.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void A_single_row_scores_its_own_weights_exactly()
    {
        var halves = HalfWeights.NewTable(3);
        (halves[0], halves[1], halves[2]) = (BitConverter.UInt16BitsToHalf(0x0001), BitConverter.UInt16BitsToHalf(0x8000), Half.MaxValue);
        var scores = new float[3];

        new HalfWeights(halves, 3).Score([0], scores);

        Assert.Equal([MathF.Pow(2, -24), 0f, 65504f], scores);
        // The sum starts at +0, so -0 added to it is +0, as with floats.
        Assert.False(float.IsNegative(scores[1]));
    }

    [Fact]
    public void A_table_with_an_infinite_weight_or_without_its_padding_is_refused()
    {
        var infinite = HalfWeights.NewTable(3);
        infinite[1] = Half.PositiveInfinity;
        Assert.Throws<ArgumentException>(() => new HalfWeights(infinite, 3));
        Assert.Throws<ArgumentException>(() => new HalfWeights(new Half[3], 3));
    }
}
