using Sitrep.Features;

namespace Sitrep.Syntax;

/// <summary>
/// The transition and relation features of the parser (after Zhang and Nivre 2011, and
/// Honnibal's arc-hybrid parser): words, tags and relations of the stack's top three, the buffer's
/// first three and their outermost dependents, with pairs, triples, valencies and distance.
/// Hashed into buckets, no allocation.
/// </summary>
public static class ParserFeatures
{
    public const int MoveCount = 82;
    public const int LabelCount = 28;

    private static int B(int template, ulong value, int bits) => TaggerFeatures.Bucket(1000 + template, value, bits);

    private static ulong M(ulong a, ulong b) => FeatureHash.Mix(a, b);

    private static ulong T(ReadOnlySpan<int> tags, int i, int n) => i < 0 ? 1UL : i == n ? 2UL : (ulong)(tags[i] + 3);

    private static ulong L(ParserState s, int i) => (ulong)(s.LabelOf(i) + 2);

    /// <summary>Features for choosing the next move.</summary>
    public static void Moves(SentenceWords w, ReadOnlySpan<int> tags, ParserState s, Span<int> f, int bits, int punctuationTag)
    {
        int n = w.Count;
        int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2);
        int n0 = s.Buffer(0), n1 = s.Buffer(1), n2 = s.Buffer(2);
        int s0l1 = s.LeftChild(s0, 0), s0l2 = s.LeftChild(s0, 1), s0r1 = s.RightChild(s0, 0), s0r2 = s.RightChild(s0, 1);
        int n0l1 = s.LeftChild(n0, 0), n0l2 = s.LeftChild(n0, 1);
        ulong ws0 = w.Word(s0), ws1 = w.Word(s1), ws2 = w.Word(s2), wn0 = w.Word(n0), wn1 = w.Word(n1), wn2 = w.Word(n2);
        ulong ws0l1 = w.Word(s0l1), ws0l2 = w.Word(s0l2), ws0r1 = w.Word(s0r1), ws0r2 = w.Word(s0r2), wn0l1 = w.Word(n0l1), wn0l2 = w.Word(n0l2);
        ulong ts0 = T(tags, s0, n), ts1 = T(tags, s1, n), ts2 = T(tags, s2, n), tn0 = T(tags, n0, n), tn1 = T(tags, n1, n), tn2 = T(tags, n2, n);
        ulong ts0l1 = T(tags, s0l1, n), ts0l2 = T(tags, s0l2, n), ts0r1 = T(tags, s0r1, n), ts0r2 = T(tags, s0r2, n), tn0l1 = T(tags, n0l1, n), tn0l2 = T(tags, n0l2, n);
        ulong d = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 6) : 0;
        ulong vls0 = (ulong)s.LeftValency(s0), vrs0 = (ulong)s.RightValency(s0), vln0 = (ulong)s.LeftValency(n0);
        int k = 0;
        f[k++] = B(0, 0, bits);
        // Words and tags alone.
        f[k++] = B(1, ws0, bits); f[k++] = B(2, ws1, bits); f[k++] = B(3, ws2, bits); f[k++] = B(4, wn0, bits); f[k++] = B(5, wn1, bits); f[k++] = B(6, wn2, bits);
        f[k++] = B(7, ws0l1, bits); f[k++] = B(8, ws0l2, bits); f[k++] = B(9, ws0r1, bits); f[k++] = B(10, ws0r2, bits); f[k++] = B(11, wn0l1, bits); f[k++] = B(12, wn0l2, bits);
        f[k++] = B(13, ts0, bits); f[k++] = B(14, ts1, bits); f[k++] = B(15, ts2, bits); f[k++] = B(16, tn0, bits); f[k++] = B(17, tn1, bits); f[k++] = B(18, tn2, bits);
        f[k++] = B(19, ts0l1, bits); f[k++] = B(20, ts0l2, bits); f[k++] = B(21, ts0r1, bits); f[k++] = B(22, ts0r2, bits); f[k++] = B(23, tn0l1, bits); f[k++] = B(24, tn0l2, bits);
        // Word and tag together.
        f[k++] = B(25, M(wn0, tn0), bits); f[k++] = B(26, M(wn1, tn1), bits); f[k++] = B(27, M(wn2, tn2), bits); f[k++] = B(28, M(ws0, ts0), bits); f[k++] = B(29, M(ws1, ts1), bits);
        // Pairs of the top and the front.
        f[k++] = B(30, M(ws0, wn0), bits);
        f[k++] = B(31, M(M(wn0, tn0), ws0), bits);
        f[k++] = B(32, M(M(wn0, tn0), ts0), bits);
        f[k++] = B(33, M(M(ws0, ts0), wn0), bits);
        f[k++] = B(34, M(M(ws0, ts0), tn0), bits);
        f[k++] = B(35, M(M(ws0, ts0), M(wn0, tn0)), bits);
        f[k++] = B(36, M(ts0, tn0), bits);
        f[k++] = B(37, M(tn0, tn1), bits);
        f[k++] = B(38, M(ts0, ts1), bits);
        f[k++] = B(39, M(M(ws0, ts0), ts1), bits);
        // Tag triples.
        f[k++] = B(40, M(M(tn0, tn1), tn2), bits);
        f[k++] = B(41, M(M(ts0, tn0), tn1), bits);
        f[k++] = B(42, M(M(ts0, ts1), tn0), bits);
        f[k++] = B(43, M(M(ts0, ts0r1), tn0), bits);
        f[k++] = B(44, M(M(ts0, tn0), tn0l1), bits);
        f[k++] = B(45, M(M(ts0, ts0l1), ts0l2), bits);
        f[k++] = B(46, M(M(ts0, ts0r1), ts0r2), bits);
        f[k++] = B(47, M(M(tn0, tn0l1), tn0l2), bits);
        f[k++] = B(48, M(M(ts0, ts1), ts2), bits);
        f[k++] = B(49, M(M(ts0, ts0l1), tn0), bits);
        // Valency and distance.
        f[k++] = B(50, M(ws0, vrs0), bits); f[k++] = B(51, M(ws0, vls0), bits); f[k++] = B(52, M(wn0, vln0), bits);
        f[k++] = B(53, M(ts0, vrs0), bits); f[k++] = B(54, M(ts0, vls0), bits); f[k++] = B(55, M(tn0, vln0), bits);
        f[k++] = B(56, M(ws0, d), bits); f[k++] = B(57, M(wn0, d), bits); f[k++] = B(58, M(M(ts0, tn0), d), bits); f[k++] = B(59, M(M(ws0, wn0), d), bits);
        // Relations already given to the dependents.
        f[k++] = B(60, M(ts0, L(s, s0l1)), bits);
        f[k++] = B(61, M(ts0, L(s, s0r1)), bits);
        f[k++] = B(62, M(tn0, L(s, n0l1)), bits);
        f[k++] = B(63, M(M(ts0, L(s, s0l1)), L(s, s0l2)), bits);
        f[k++] = B(64, M(M(ts0, L(s, s0r1)), L(s, s0r2)), bits);
        f[k++] = B(65, M(M(tn0, L(s, n0l1)), L(s, n0l2)), bits);
        // Word classes: what the words are like, for words seldom or never seen in training.
        ulong cs0 = w.ClassOf(s0), cn0 = w.ClassOf(n0);
        f[k++] = B(66, cs0, bits); f[k++] = B(67, cn0, bits); f[k++] = B(68, w.ClassOf(n1), bits); f[k++] = B(69, w.ClassOf(s1), bits);
        f[k++] = B(70, M(cs0, cn0), bits); f[k++] = B(71, M(cs0, tn0), bits); f[k++] = B(72, M(ts0, cn0), bits);
        // Punctuation between the top and the front (clauses and coordination), and the second item's right edge.
        int commas = 0;
        if (s0 >= 0 && n0 >= 0)
            for (int i = s0 + 1; i < n0 && i < n; i++)
                if (tags[i] == punctuationTag) commas++;
        ulong c = (ulong)Math.Min(commas, 3);
        int s1r1 = s.RightChild(s1, 0);
        f[k++] = B(73, M(M(ts0, tn0), c), bits);
        f[k++] = B(74, M(M(ws0, tn0), c), bits);
        f[k++] = B(75, M(M(ts1, T(tags, s1r1, n)), ts0), bits);
        f[k++] = B(76, M(M(ts1, L(s, s1r1)), tn0), bits);
        f[k++] = B(77, M(s0 >= 0 && s0 < n ? w.Suffix3[s0] : 0, tn0), bits);
        f[k++] = B(78, M(ts0, n0 >= 0 && n0 < n ? w.Suffix3[n0] : 0), bits);
        f[k++] = B(79, M(M(ts0, ts1), M(tn0, c)), bits);
        f[k++] = B(80, M(M(ws1, ts0), tn0), bits);
        f[k++] = B(81, M(s1 >= 0 && s0 >= 0 ? (ulong)Math.Min(s0 - s1, 6) : 9, M(ts1, ts0)), bits);
    }

    /// <summary>Features for choosing the relation of the arc head → dependent, made as the dependent leaves the stack.</summary>
    public static void Relation(SentenceWords w, ReadOnlySpan<int> tags, ParserState s, int head, int dependent, Span<int> f, int bits)
    {
        int n = w.Count;
        ulong td = T(tags, dependent, n), th = T(tags, head, n), wd = w.Word(dependent), wh = w.Word(head);
        ulong dir = head == n ? 3UL : head < dependent ? 1UL : 2UL;
        ulong dist = (ulong)Math.Min(Math.Abs(head - dependent), 8);
        int dl1 = s.LeftChild(dependent, 0), dr1 = s.RightChild(dependent, 0);
        int hl1 = s.LeftChild(head, 0), hl2 = s.LeftChild(head, 1), hr1 = s.RightChild(head, 0);
        int k = 0;
        f[k++] = B(100, 0, bits);
        f[k++] = B(101, td, bits);
        f[k++] = B(102, wd, bits);
        f[k++] = B(103, M(th, dir), bits);
        f[k++] = B(104, M(wh, dir), bits);
        f[k++] = B(105, M(M(th, td), dir), bits);
        f[k++] = B(106, M(M(wh, td), dir), bits);
        f[k++] = B(107, M(M(th, wd), dir), bits);
        f[k++] = B(108, M(M(th, td), M(dir, dist)), bits);
        f[k++] = B(109, M(td, L(s, dl1)), bits);
        f[k++] = B(110, M(td, L(s, dr1)), bits);
        f[k++] = B(111, M(M(td, L(s, dl1)), L(s, dr1)), bits);
        f[k++] = B(112, M(w.Suffix3[dependent], dir), bits);
        f[k++] = B(113, M(td, T(tags, dependent + 1 <= n ? dependent + 1 : -1, n)), bits);
        f[k++] = B(114, M(td, T(tags, dependent - 1, n)), bits);
        f[k++] = B(115, M(M(td, dir), L(s, hl1)), bits);
        f[k++] = B(116, M(M(td, dir), L(s, hl2)), bits);
        f[k++] = B(117, M(M(td, dir), L(s, hr1)), bits);
        f[k++] = B(118, M(wd, wh), bits);
        f[k++] = B(119, M(M(td, dir), w.Shape[dependent]), bits);
        f[k++] = B(120, M(M(td, dir), (ulong)(s.LeftValency(dependent) * 8 + s.RightValency(dependent))), bits);
        f[k++] = B(121, M(M(wd, th), dir), bits);
        f[k++] = B(122, M(M(td, dir), w.Word(dependent - 1)), bits);
        f[k++] = B(123, M(M(th, td), M(L(s, hl1), dir)), bits);
        f[k++] = B(124, M(M(td, dir), dependent == 0 ? 1UL : 2UL), bits);
        f[k++] = B(125, M(M(td, wh), L(s, dl1)), bits);
        f[k++] = B(126, M(w.ClassOf(dependent), dir), bits);
        f[k++] = B(127, M(M(w.ClassOf(head), td), dir), bits);
    }
}
