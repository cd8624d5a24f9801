using Sitrep.Features;

namespace Sitrep.Syntax;

/// <summary>The part-of-speech tagger's features of one word, given the two tags before it: hashed, no allocation.</summary>
public static class TaggerFeatures
{
    public const int Count = 27;

    /// <summary>A template's value in a table of 2^bits rows.</summary>
    public static int Bucket(int template, ulong value, int bits) => FeatureHash.Bucket(FeatureHash.Mix((ulong)template * 0x100000001B3UL + 17, value), bits);

    public static void Extract(SentenceWords w, int i, int previousTag, int previousTag2, Span<int> buckets, int bits)
    {
        int n = w.Count;
        ulong At(ulong[] a, int k) => k >= 0 && k < n ? a[k] : SentenceWords.None;
        int f = 0;
        buckets[f++] = Bucket(0, 0, bits);
        buckets[f++] = Bucket(1, w.Lower[i], bits);
        buckets[f++] = Bucket(2, w.Exact[i], bits);
        buckets[f++] = Bucket(3, w.Suffix1[i], bits);
        buckets[f++] = Bucket(4, w.Suffix2[i], bits);
        buckets[f++] = Bucket(5, w.Suffix3[i], bits);
        buckets[f++] = Bucket(6, w.Suffix4[i], bits);
        buckets[f++] = Bucket(7, w.Prefix1[i], bits);
        buckets[f++] = Bucket(8, w.Prefix2[i], bits);
        buckets[f++] = Bucket(9, w.Prefix3[i], bits);
        buckets[f++] = Bucket(10, w.Shape[i], bits);
        buckets[f++] = Bucket(11, At(w.Lower, i - 1), bits);
        buckets[f++] = Bucket(12, At(w.Lower, i + 1), bits);
        buckets[f++] = Bucket(13, At(w.Lower, i - 2), bits);
        buckets[f++] = Bucket(14, At(w.Lower, i + 2), bits);
        buckets[f++] = Bucket(15, (ulong)(previousTag + 1), bits);
        buckets[f++] = Bucket(16, (ulong)((previousTag + 1) * 64 + previousTag2 + 1), bits);
        buckets[f++] = Bucket(17, FeatureHash.Mix((ulong)(previousTag + 1), w.Lower[i]), bits);
        buckets[f++] = Bucket(18, At(w.Suffix3, i - 1), bits);
        buckets[f++] = Bucket(19, At(w.Suffix3, i + 1), bits);
        buckets[f++] = Bucket(20, FeatureHash.Mix(w.Shape[i], i == 0 ? 1UL : 2UL), bits);
        buckets[f++] = Bucket(21, FeatureHash.Mix(w.Lower[i], At(w.Lower, i + 1)), bits);
        buckets[f++] = Bucket(22, FeatureHash.Mix(At(w.Lower, i - 1), w.Lower[i]), bits);
        buckets[f++] = Bucket(23, At(w.Shape, i + 1), bits);
        buckets[f++] = Bucket(24, w.Cluster[i], bits);
        buckets[f++] = Bucket(25, At(w.Cluster, i - 1), bits);
        buckets[f++] = Bucket(26, At(w.Cluster, i + 1), bits);
    }
}
