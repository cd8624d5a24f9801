using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>
/// Multi-word phrases keyed by their tokens, matched against a document's tokens from a start
/// position. Keys are folded (lower case, one apostrophe, one hyphen) so "Kata’ib" finds
/// "Kata'ib"; callers check case where it matters (acronyms).
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var token in tokens)
        {
            var key = Fold(token);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children[key] = next;
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>
    /// Every phrase that starts at token <paramref name="start"/> and ends before <paramref name="end"/>,
    /// shortest first, as (token count, values). Most tokens start no phrase: they cost no allocation.
    /// </summary>
    public IReadOnlyList<(int Length, IReadOnlyList<T> Values)> MatchesAt(Document doc, int start, int end)
    {
        Span<char> buffer = stackalloc char[64];
        List<(int, IReadOnlyList<T>)>? results = null;
        var node = _root;
        for (int i = start; i < end && Step(node, doc, i, buffer) is { } next; i++)
        {
            node = next;
            if (node.Values is not null) (results ??= new(2)).Add((i - start + 1, node.Values));
        }
        return results is null ? Array.Empty<(int, IReadOnlyList<T>)>() : results;
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/> and ends before <paramref name="end"/>: (0, null) when none.</summary>
    public (int Length, IReadOnlyList<T>? Values) LongestAt(Document doc, int start, int end)
    {
        Span<char> buffer = stackalloc char[64];
        (int, IReadOnlyList<T>?) longest = (0, null);
        var node = _root;
        for (int i = start; i < end && Step(node, doc, i, buffer) is { } next; i++)
        {
            node = next;
            if (node.Values is not null) longest = (i - start + 1, node.Values);
        }
        return longest;
    }

    /// <summary>The node token i leads to from this one, if any (its folded text in <paramref name="buffer"/>).</summary>
    private static Node? Step(Node node, Document doc, int i, Span<char> buffer)
    {
        if (node.Children is null) return null;
        var text = doc.TokenText(i);
        if (text.Length > buffer.Length) return null;
        var folded = buffer[..text.Length];
        Fold(text, folded);
        return node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var next) ? next : null;
    }

    /// <summary>The values of exactly this token sequence, if it is a phrase.</summary>
    public IReadOnlyList<T>? Find(IReadOnlyList<string> tokens)
    {
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(Fold(token), out var next)) return null;
            node = next;
        }
        return node.Values;
    }

    /// <summary>True when some phrase starts with the token sequence.</summary>
    public bool HasPrefix(IReadOnlyList<string> tokens)
    {
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(Fold(token), out var next)) return false;
            node = next;
        }
        return true;
    }

    public static string Fold(string token)
    {
        var chars = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        Fold(token, chars);
        return new string(chars);
    }

    public static void Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            target[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }
}
