using Sitrep.Documents;
namespace Sitrep.Ner;

/// <summary>
/// A sentence's tokens as slices of one string: the tagger reads them without a string per token,
/// whether they come from a document or from gold data.
/// </summary>
public readonly struct TokenView
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    public TokenView(string text, int[] starts, int[] lengths)
    {
        _text = text;
        _starts = starts;
        _lengths = lengths;
    }

    public int Count => _starts.Length;

    public ReadOnlySpan<char> this[int i] => _text.AsSpan(_starts[i], _lengths[i]);

    public static TokenView Of(IReadOnlyList<string> tokens)
    {
        var starts = new int[tokens.Count];
        var lengths = new int[tokens.Count];
        int at = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            starts[i] = at;
            lengths[i] = tokens[i].Length;
            at += tokens[i].Length + 1;
        }
        return new TokenView(string.Join(' ', tokens), starts, lengths);
    }
}
