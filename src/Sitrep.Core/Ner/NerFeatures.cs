using Sitrep.Documents;
using Sitrep.Features;
namespace Sitrep.Ner;

/// <summary>
/// The tagger's features for each token of a sentence, as bucket numbers in the weight table:
/// the word and its neighbours (lower-cased), shapes, prefixes and suffixes, position and
/// all-capitals headlines, gazetteer phrases around it, and word classes. A fixed number per
/// token, written into the caller's buffer without allocating. Each token's strings are hashed
/// once; templates combine those hashes, so a feature costs a multiply, not a pass over
/// characters.
/// </summary>
public sealed class NerFeatures(Gazetteer gazetteer, WordClusters? clusters, int bits)
{
    public const int PerToken = 31;

    public int Bits => bits;

    /// <summary>What is hashed once per token.</summary>
    private struct TokenInfo
    {
        public ulong Lower, Exact, Shape, ShortShape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4;
        public int Cluster, Phrase, Word;
        public bool Begins;
    }

    private static readonly ulong Before = FeatureHash.Add(FeatureHash.Start(0), "<s>");
    private static readonly ulong After = FeatureHash.Add(FeatureHash.Start(0), "</s>");
    private static readonly ulong BoundaryShape = FeatureHash.Add(FeatureHash.Start(0), "#");

    /// <summary>Fills features[i * PerToken + k] for every token i.</summary>
    public void Extract(TokenView tokens, Span<int> features)
    {
        int n = tokens.Count;
        if (n == 0) return;
        Span<GazetteerKind> phrase = n <= 256 ? stackalloc GazetteerKind[n] : new GazetteerKind[n];
        Span<bool> begins = n <= 256 ? stackalloc bool[n] : new bool[n];
        gazetteer.Match(tokens, phrase, begins);
        var info = n <= 128 ? stackalloc TokenInfo[n] : new TokenInfo[n];
        Span<char> shape = stackalloc char[24];
        for (int i = 0; i < n; i++)
        {
            var w = tokens[i];
            ref var t = ref info[i];
            t.Lower = FeatureHash.AddLower(FeatureHash.Start(0), w);
            t.Exact = FeatureHash.Add(FeatureHash.Start(0), w);
            t.Shape = FeatureHash.Add(FeatureHash.Start(0), shape[..WordShape.Write(w, shape, collapseAll: false)]);
            t.ShortShape = FeatureHash.Add(FeatureHash.Start(0), shape[..WordShape.Write(w, shape, collapseAll: true)]);
            t.Prefix2 = FeatureHash.AddLower(FeatureHash.Start(0), w[..Math.Min(2, w.Length)]);
            t.Prefix3 = FeatureHash.AddLower(FeatureHash.Start(0), w[..Math.Min(3, w.Length)]);
            t.Suffix2 = FeatureHash.AddLower(FeatureHash.Start(0), w[Math.Max(0, w.Length - 2)..]);
            t.Suffix3 = FeatureHash.AddLower(FeatureHash.Start(0), w[Math.Max(0, w.Length - 3)..]);
            t.Suffix4 = FeatureHash.AddLower(FeatureHash.Start(0), w[Math.Max(0, w.Length - 4)..]);
            t.Cluster = clusters?.Of(w) ?? -1;
            t.Phrase = (int)phrase[i];
            t.Begins = begins[i];
            t.Word = (int)gazetteer.Word(w);
        }
        bool headline = IsHeadline(tokens);
        for (int i = 0; i < n; i++)
        {
            ref var t = ref info[i];
            ulong prevLower = i > 0 ? info[i - 1].Lower : Before, nextLower = i + 1 < n ? info[i + 1].Lower : After;
            ulong prev2 = i > 1 ? info[i - 2].Lower : Before, next2 = i + 2 < n ? info[i + 2].Lower : After;
            ulong prevShape = i > 0 ? info[i - 1].Shape : BoundaryShape, nextShape = i + 1 < n ? info[i + 1].Shape : BoundaryShape;
            int prevCluster = i > 0 ? info[i - 1].Cluster : -2, nextCluster = i + 1 < n ? info[i + 1].Cluster : -2;
            int prevPhrase = i > 0 ? info[i - 1].Phrase : 255, nextPhrase = i + 1 < n ? info[i + 1].Phrase : 255;
            int prevWord = i > 0 ? info[i - 1].Word : 255;
            var f = features.Slice(i * PerToken, PerToken);
            f[0] = B(Mix(0, 1));
            f[1] = B(Mix(1, t.Lower));
            f[2] = B(Mix(2, t.Shape));
            f[3] = B(Mix(3, t.ShortShape));
            f[4] = B(Mix(4, t.Prefix2));
            f[5] = B(Mix(5, t.Prefix3));
            f[6] = B(Mix(6, t.Suffix2));
            f[7] = B(Mix(7, t.Suffix3));
            f[8] = B(Mix(8, t.Suffix4));
            f[9] = B(Mix(9, prevLower));
            f[10] = B(Mix(10, nextLower));
            f[11] = B(Mix(11, prev2));
            f[12] = B(Mix(12, next2));
            f[13] = B(Mix(13, prevShape, t.Shape));
            f[14] = B(Mix(14, t.Shape, nextShape));
            f[15] = B(Mix(15, prevLower, t.Lower));
            f[16] = B(Mix(16, t.Lower, nextLower));
            f[17] = B(Mix(17, i == 0 ? 1UL : 0UL, t.ShortShape));
            // In an all-capitals headline the shape says nothing: the word itself must.
            f[18] = B(headline ? Mix(18, t.Lower) : Mix(18, 0));
            f[19] = B(Mix(19, (ulong)t.Phrase, t.Begins ? 1UL : 0UL));
            f[20] = B(Mix(20, (ulong)prevPhrase));
            f[21] = B(Mix(21, (ulong)nextPhrase));
            f[22] = B(Mix(22, (ulong)t.Word));
            f[23] = B(Mix(23, (ulong)t.Word, t.ShortShape));
            f[24] = B(Mix(24, (ulong)(t.Cluster + 2)));
            f[25] = B(Mix(25, (ulong)(t.Cluster + 2), t.ShortShape));
            f[26] = B(Mix(26, (ulong)(prevCluster + 2)));
            f[27] = B(Mix(27, (ulong)(nextCluster + 2)));
            f[28] = B(Mix(28, t.Exact));
            f[29] = B(Mix(29, prevLower, t.Shape));
            f[30] = B(Mix(30, (ulong)prevWord, t.ShortShape));
        }
    }

    private int B(ulong h) => FeatureHash.Bucket(h, bits);

    private static ulong Mix(int template, ulong a) => FeatureHash.Mix((ulong)template * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL, a);

    private static ulong Mix(int template, ulong a, ulong b) => FeatureHash.Mix(Mix(template, a), b);

    /// <summary>A sentence whose letters are almost all capitals: a headline or a slug ("ISRAEL SAYS ...").</summary>
    private static bool IsHeadline(TokenView tokens)
    {
        int upper = 0, lower = 0;
        for (int i = 0; i < tokens.Count; i++)
            foreach (char c in tokens[i])
            {
                if (char.IsUpper(c)) upper++;
                else if (char.IsLower(c)) lower++;
            }
        return upper >= 6 && lower * 5 < upper;
    }
}
