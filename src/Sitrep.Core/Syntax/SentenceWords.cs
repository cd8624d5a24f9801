using Sitrep.Documents;
using Sitrep.Features;

namespace Sitrep.Syntax;

/// <summary>
/// One sentence's words, hashed once for every feature that reads them: the lower-cased form
/// (digits as 0), the form as written, suffixes and prefixes, the shape, and the word's class
/// learned from unlabelled news (the entity model's word classes). Index n is the
/// virtual root after the last word.
/// </summary>
public sealed class SentenceWords
{
    // Each word's spelling flags in one array, read only by the tagger's mends.
    private readonly byte[] _spelling;
    private const byte TitleCase = 1, LowerCase = 2, FinalS = 4, FinalIng = 8;

    /// <summary>Word <paramref name="i"/> starts with a capital and goes on in lower case ("Suicide", not "UN" or "the").</summary>
    public bool IsTitleCaseWord(int i) => (_spelling[i] & TitleCase) != 0;

    /// <summary>Word <paramref name="i"/> starts with a lower-case letter ("attack", not "Attack", "UPDATE" or "15").</summary>
    public bool IsLowerCaseWord(int i) => (_spelling[i] & LowerCase) != 0;

    /// <summary>Word <paramref name="i"/> ends in a single s after a letter, as a plural noun or a verb after "he" does ("troops", "kills"; not "press", "Hamas'", "'s").</summary>
    public bool EndsInS(int i) => (_spelling[i] & FinalS) != 0;

    /// <summary>Word <paramref name="i"/> ends in -ing ("hearing", "fighting").</summary>
    public bool EndsInIng(int i) => (_spelling[i] & FinalIng) != 0;

    /// <summary>The first word ends in -ing or -ed, as a participle does ("Following", "Leaked").</summary>
    public bool FirstEndsLikeParticiple { get; }

    /// <summary>The hash of a missing word (before the start, after the end, no child).</summary>
    public const ulong None = 0x9E3779B97F4A7C15UL;

    public SentenceWords(string text, ReadOnlySpan<Token> tokens, WordClusters? clusters)
    {
        int n = tokens.Length;
        Count = n;
        _spelling = new byte[n];
        Lower = new ulong[n + 1];
        Exact = new ulong[n + 1];
        Suffix1 = new ulong[n + 1];
        Suffix2 = new ulong[n + 1];
        Suffix3 = new ulong[n + 1];
        Suffix4 = new ulong[n + 1];
        Prefix1 = new ulong[n + 1];
        Prefix2 = new ulong[n + 1];
        Prefix3 = new ulong[n + 1];
        Shape = new ulong[n + 1];
        Cluster = new ulong[n + 1];
        Span<char> lower = stackalloc char[48];
        Span<char> shape = stackalloc char[48];
        for (int i = 0; i < n; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (word.Length > lower.Length) word = word[..lower.Length];
            int len = word.Length;
            for (int k = 0; k < len; k++)
            {
                char c = word[k];
                lower[k] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }
            var l = lower[..len];
            _spelling[i] = (byte)((len > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) ? TitleCase : 0)
                                  | (len > 0 && char.IsLower(word[0]) ? LowerCase : 0)
                                  | (len > 3 && l[len - 1] == 's' && l[len - 2] != 's' && char.IsLetter(l[len - 2]) ? FinalS : 0)
                                  | (len > 4 && l.EndsWith("ing") ? FinalIng : 0));
            if (i == 0) FirstEndsLikeParticiple = l.EndsWith("ing") || l.EndsWith("ed");
            Lower[i] = FeatureHash.Add(FeatureHash.Start(1), l);
            Exact[i] = FeatureHash.Add(FeatureHash.Start(2), word);
            Suffix1[i] = FeatureHash.Add(FeatureHash.Start(3), l[Math.Max(0, len - 1)..]);
            Suffix2[i] = FeatureHash.Add(FeatureHash.Start(4), l[Math.Max(0, len - 2)..]);
            Suffix3[i] = FeatureHash.Add(FeatureHash.Start(5), l[Math.Max(0, len - 3)..]);
            Suffix4[i] = FeatureHash.Add(FeatureHash.Start(6), l[Math.Max(0, len - 4)..]);
            Prefix1[i] = FeatureHash.Add(FeatureHash.Start(7), l[..Math.Min(len, 1)]);
            Prefix2[i] = FeatureHash.Add(FeatureHash.Start(8), l[..Math.Min(len, 2)]);
            Prefix3[i] = FeatureHash.Add(FeatureHash.Start(9), l[..Math.Min(len, 3)]);
            int s = WordShape.Write(word, shape, collapseAll: false);
            Shape[i] = FeatureHash.Add(FeatureHash.Start(10), shape[..s]);
            Cluster[i] = FeatureHash.Mix(0xC1A55, (ulong)((clusters?.Of(text.AsSpan(tokens[i].Start, tokens[i].Length)) ?? -1) + 2));
        }
        // The root: a word of its own kind.
        Lower[n] = Exact[n] = Suffix1[n] = Suffix2[n] = Suffix3[n] = Suffix4[n] = Prefix1[n] = Prefix2[n] = Prefix3[n] = Shape[n] = Cluster[n] = None ^ 0xABCDEF;
    }

    public int Count { get; }

    public ulong[] Lower { get; }
    public ulong[] Exact { get; }
    public ulong[] Suffix1 { get; }
    public ulong[] Suffix2 { get; }
    public ulong[] Suffix3 { get; }
    public ulong[] Suffix4 { get; }
    public ulong[] Prefix1 { get; }
    public ulong[] Prefix2 { get; }
    public ulong[] Prefix3 { get; }
    public ulong[] Shape { get; }
    public ulong[] Cluster { get; }

    /// <summary>The word's class at i, or <see cref="None"/> outside the sentence.</summary>
    public ulong ClassOf(int i) => i >= 0 && i <= Count ? Cluster[i] : None;

    /// <summary>The lower-cased word at i, or <see cref="None"/> outside the sentence.</summary>
    public ulong Word(int i) => i >= 0 && i <= Count ? Lower[i] : None;
}
