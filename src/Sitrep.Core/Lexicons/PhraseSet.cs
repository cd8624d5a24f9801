using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>Phrases with a value each, matched on tokens longest first (role nouns, force nouns, descriptors).</summary>
public sealed class PhraseSet<T>
{
    private readonly PhraseTrie<T> _trie = new();

    public void Add(string phrase, T value, Abbreviations abbreviations) => _trie.Add(PhraseTokens.Split(phrase, abbreviations), value);

    public int Count => _trie.Count;

    /// <summary>The value of a phrase given as its tokens, if it is in the set.</summary>
    public T? Find(params string[] tokens) => _trie.Find(tokens) is { Count: > 0 } v ? v[0] : default;

    /// <summary>The longest phrase at token i: its token count and value, or (0, default).</summary>
    public (int Length, T? Value) LongestAt(Document doc, int i, int end)
    {
        var (length, values) = _trie.LongestAt(doc, i, end);
        return values is null ? (0, default) : (length, values[0]);
    }
}
