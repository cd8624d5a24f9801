namespace Sitrep.Documents;

/// <summary>
/// Part-of-speech tags (Universal POS) and a dependency tree (Universal Dependencies relations)
/// over the document's tokens: one entry per token of <see cref="Document.Tokens"/>. A head is a
/// token index in the document, or -1 for the root of a sentence; no arc crosses a sentence.
/// </summary>
public sealed record DependencyParse(string[] Upos, int[] Heads, string[] Relations)
{
    /// <summary>The token's dependents with the relation, in text order (its sentence's tokens are searched).</summary>
    public IEnumerable<int> Dependents(Sentence sentence, int head, string? relation = null)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Heads[i] == head && (relation is null || Relations[i] == relation)) yield return i;
    }
}
