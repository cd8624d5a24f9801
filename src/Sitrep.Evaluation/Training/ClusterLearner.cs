using Sitrep.Documents;
using Sitrep.Features;
using Sitrep.Ner;
using System.Numerics;

namespace Sitrep.Training;

/// <summary>
/// Learns word classes from unlabelled text: each frequent word is described by the words seen
/// just before and after it (positive pointwise mutual information with the 1,000 most frequent
/// words), projected to a short dense vector with fixed random signs, and the vectors are grouped
/// by spherical k-means. Words used alike ("Baghdad", "Mosul", "Kirkuk") share a class.
/// Deterministic: fixed seed, fixed initial centroids (the most frequent words), ordered sums.
/// </summary>
public static class ClusterLearner
{
    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int classes = 256, int vocabulary = 50_000, int minCount = 4,
        int contexts = 1_000, int dimensions = 96, int iterations = 12, int seed = 23)
    {
        // Counts, in first-seen order so ties sort the same way every run.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (int i = 0; i < sentence.Count; i++)
            {
                var w = sentence[i];
                if (!ids.TryGetValue(w, out int id))
                {
                    id = words.Count;
                    ids[w] = id;
                    words.Add(w);
                }
                row[i] = id;
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
            corpus.Add(row);
        }
        var byFrequency = words.Where(w => counts[w] >= minCount).OrderByDescending(w => counts[w]).ThenBy(w => w, StringComparer.Ordinal).ToList();
        var kept = byFrequency.Take(vocabulary).ToList();
        var row_ = new Dictionary<int, int>();
        for (int i = 0; i < kept.Count; i++) row_[ids[kept[i]]] = i;
        var contextOf = new Dictionary<int, int>();
        for (int i = 0; i < Math.Min(contexts, byFrequency.Count); i++) contextOf[ids[byFrequency[i]]] = i;
        int dims = 2 * contexts;

        // Left and right neighbour counts per kept word.
        var cooc = new Dictionary<int, float>[kept.Count];
        for (int i = 0; i < cooc.Length; i++) cooc[i] = [];
        var contextTotals = new double[dims];
        double total = 0;
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!row_.TryGetValue(s[i], out int r)) continue;
                if (i > 0 && contextOf.TryGetValue(s[i - 1], out int left)) Bump(r, left);
                if (i + 1 < s.Length && contextOf.TryGetValue(s[i + 1], out int right)) Bump(r, contexts + right);
            }
        void Bump(int r, int c)
        {
            cooc[r][c] = cooc[r].GetValueOrDefault(c) + 1;
            contextTotals[c]++;
            total++;
        }

        // Random signs per context dimension, then PPMI-weighted projections, normalised.
        var random = new Random(seed);
        var signs = new float[dims * dimensions];
        for (int i = 0; i < signs.Length; i++) signs[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[kept.Count * dimensions];
        for (int r = 0; r < kept.Count; r++)
        {
            double rowTotal = cooc[r].Values.Sum();
            var v = vectors.AsSpan(r * dimensions, dimensions);
            foreach (var (c, n) in cooc[r].OrderBy(kv => kv.Key))
            {
                double pmi = Math.Log(n * total / (rowTotal * contextTotals[c]));
                if (pmi <= 0) continue;
                var sign = signs.AsSpan(c * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) v[d] += (float)pmi * sign[d];
            }
            Normalise(v);
        }

        // Spherical k-means from the most frequent words.
        int k = Math.Min(classes, kept.Count);
        var centroids = new float[k * dimensions];
        Array.Copy(vectors, centroids, k * dimensions);
        var assignment = new int[kept.Count];
        for (int it = 0; it < iterations; it++)
        {
            Parallel.For(0, kept.Count, r => assignment[r] = Nearest(vectors.AsSpan(r * dimensions, dimensions), centroids, k, dimensions));
            Array.Clear(centroids);
            for (int r = 0; r < kept.Count; r++)
            {
                var c = centroids.AsSpan(assignment[r] * dimensions, dimensions);
                var v = vectors.AsSpan(r * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) c[d] += v[d];
            }
            for (int c = 0; c < k; c++) Normalise(centroids.AsSpan(c * dimensions, dimensions));
        }
        var result = new Dictionary<string, int>(kept.Count, StringComparer.Ordinal);
        for (int r = 0; r < kept.Count; r++) result[kept[r]] = assignment[r];
        return new WordClusters(result, k);
    }

    private static int Nearest(ReadOnlySpan<float> v, float[] centroids, int k, int dimensions)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < k; c++)
        {
            float s = Dot(v, centroids.AsSpan(c * dimensions, dimensions));
            if (s > bestScore) (best, bestScore) = (c, s);
        }
        return best;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
                acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalise(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return;
        for (int d = 0; d < v.Length; d++) v[d] /= norm;
    }
}
