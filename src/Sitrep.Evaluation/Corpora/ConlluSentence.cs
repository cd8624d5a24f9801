using Sitrep.Documents;

namespace Sitrep.Corpora;

/// <summary>
/// One sentence of a CoNLL-U treebank: its words (multiword tokens and empty nodes left out),
/// their Universal POS tags, heads (0-based, -1 for the root) and relations, and where a space follows.
/// </summary>
public sealed record ConlluSentence(string Id, string[] Words, string[] Upos, int[] Heads, string[] Relations, bool[] SpaceAfter)
{
    public int Count => Words.Length;

    /// <summary>The sentence as text (words joined by the spaces the treebank records) and its words as tokens of that text.</summary>
    public (string Text, Token[] Tokens) AsText()
    {
        var text = new System.Text.StringBuilder();
        var tokens = new Token[Words.Length];
        for (int i = 0; i < Words.Length; i++)
        {
            tokens[i] = new Token(text.Length, Words[i].Length, TokenKind.Word);
            text.Append(Words[i]);
            if (SpaceAfter[i] && i < Words.Length - 1) text.Append(' ');
        }
        return (text.ToString(), tokens);
    }
}
