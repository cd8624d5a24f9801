namespace Sitrep.Documents;

/// <summary>
/// Part-of-speech tags (Universal POS) and a dependency tree (Universal Dependencies relations)
/// over the document's tokens: one entry per token of <see cref="Document.Tokens"/>. A head is a
/// token index in the document, or -1 for the root of a sentence; no arc crosses a sentence.
/// Sentences no stage needed may be left unparsed: their tokens have no tag and no relation.
/// </summary>
public sealed record DependencyParse(string?[] Upos, int[] Heads, string?[] Relations)
{
    public bool IsParsed(int token) => Relations[token] is not null;

    /// <summary>The token's dependents with the relation, in text order (its sentence's tokens are searched).</summary>
    public IEnumerable<int> Dependents(Sentence sentence, int head, string? relation = null)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Heads[i] == head && Relations[i] is { } r && (relation is null || r == relation)) yield return i;
    }

    /// <summary>The first dependent with one of the relations (by the order given), or -1.</summary>
    public int Dependent(Sentence sentence, int head, params ReadOnlySpan<string> relations)
    {
        foreach (var relation in relations)
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                if (Heads[i] == head && Relations[i] == relation) return i;
        return -1;
    }

    /// <summary>The first and last token of the subtree under <paramref name="head"/> (projective trees make it a span; with crossing arcs it is the hull).</summary>
    public (int First, int Last) Subtree(Sentence sentence, int head)
    {
        int first = head, last = head;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (i != head && Dominates(head, i)) { first = Math.Min(first, i); last = Math.Max(last, i); }
        return (first, last);
    }

    /// <summary>True when <paramref name="ancestor"/> is on the path from <paramref name="token"/> to its root.</summary>
    public bool Dominates(int ancestor, int token)
    {
        for (int k = Heads[token], steps = 0; k >= 0 && steps < Heads.Length; k = Heads[k], steps++)
            if (k == ancestor) return true;
        return false;
    }
}
