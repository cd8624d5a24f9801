using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Tokens, sentences and paragraphs with exact character offsets.</summary>
public sealed class TokenAnnotator(Abbreviations abbreviations, WordList closedClass) : IAnnotator
{
    private readonly SentenceSplitter _splitter = new(abbreviations, w => closedClass.Contains(w));

    public string Name => "tokens";

    public Layer Requires => Layer.None;

    public Layer Produces => Layer.Tokens;

    public void Annotate(Document document)
    {
        var tokens = Tokenize(document.Text, abbreviations);
        var (sentences, paragraphs) = _splitter.Split(document.Text, tokens);
        document.SetTokens(tokens, sentences, paragraphs);
    }

    public static List<Token> Tokenize(string text, Abbreviations abbreviations)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var lexer = new TokenLexer(text, abbreviations);
        while (lexer.Next(out var token)) tokens.Add(token);
        return tokens;
    }
}
