namespace Sitrep.Documents;

/// <summary>A sentence: its span, its tokens as the range [FirstToken, FirstToken + TokenCount), and its paragraph.</summary>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}
