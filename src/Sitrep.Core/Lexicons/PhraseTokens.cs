using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>Splits a dictionary phrase into tokens exactly as the document's text is split, so they match.</summary>
public static class PhraseTokens
{
    public static string[] Split(string phrase, Abbreviations abbreviations)
    {
        var lexer = new TokenLexer(phrase, abbreviations);
        var tokens = new List<string>(4);
        while (lexer.Next(out var t)) tokens.Add(phrase.Substring(t.Start, t.Length));
        return tokens.ToArray();
    }
}
