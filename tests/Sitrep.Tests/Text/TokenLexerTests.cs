using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class TokenLexerTests
{
    private static string[] Tokens(string text) =>
        TokenAnnotator.Tokenize(text, Some.Resources.Abbreviations).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("Gen. Vincent Barker said", new[] { "Gen.", "Vincent", "Barker", "said" })]
    [InlineData("Col. Myles B. Caggins III", new[] { "Col.", "Myles", "B.", "Caggins", "III" })]
    [InlineData("U.S. troops left.", new[] { "U.S.", "troops", "left", "." })]
    [InlineData("Some 7,500 coalition troops", new[] { "Some", "7,500", "coalition", "troops" })]
    [InlineData("took back K1 and K-1.", new[] { "took", "back", "K1", "and", "K-1", "." })]
    [InlineData("from al-Qaim base", new[] { "from", "al-Qaim", "base" })]
    [InlineData("known as Hashd al-Shaabi in Arabic", new[] { "known", "as", "Hashd", "al-Shaabi", "in", "Arabic" })]
    [InlineData("the city’s security", new[] { "the", "city", "’s", "security" })]
    [InlineData("you’ll see", new[] { "you", "’ll", "see" })]
    [InlineData("they don't know", new[] { "they", "do", "n't", "know" })]
    [InlineData("on 29/03/2020 and 2020-03-29", new[] { "on", "29/03/2020", "and", "2020-03-29" })]
    [InlineData("4.5 billion dollars", new[] { "4.5", "billion", "dollars" })]
    [InlineData("the challenges of COVID-19,", new[] { "the", "challenges", "of", "COVID-19", "," })]
    [InlineData("“What happened today,” he said.", new[] { "“", "What", "happened", "today", ",", "”", "he", "said", "." })]
    [InlineData("CJTF – Operation Inherent Resolve", new[] { "CJTF", "–", "Operation", "Inherent", "Resolve" })]
    [InlineData("see https://example.org/a?b=1.", new[] { "see", "https://example.org/a?b=1", "." })]
    [InlineData("Kata'ib Hezbollah", new[] { "Kata'ib", "Hezbollah" })]
    public void Splits_news_text_into_the_expected_tokens(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Keeps_exact_offsets_for_every_token()
    {
        const string text = "  Gen. Vincent Barker,\tCJTF – OIR\n\nflew 300 km.";
        var tokens = TokenAnnotator.Tokenize(text, Some.Resources.Abbreviations);
        Assert.Equal([(2, "Gen."), (7, "Vincent"), (15, "Barker"), (21, ","), (23, "CJTF"), (28, "–"), (30, "OIR"), (35, "flew"), (40, "300"), (44, "km"), (46, ".")],
            tokens.Select(t => (t.Start, text.Substring(t.Start, t.Length))).ToArray());
    }

    [Fact]
    public void Marks_numbers_words_quotes_and_punctuation()
    {
        const string text = "“7,500 troops”.";
        var kinds = TokenAnnotator.Tokenize(text, Some.Resources.Abbreviations).Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Quote, TokenKind.Number, TokenKind.Word, TokenKind.Quote, TokenKind.Punctuation], kinds);
    }
}
