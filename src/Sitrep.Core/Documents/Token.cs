namespace Sitrep.Documents;

/// <summary>A token as offsets only, so tokenizing allocates nothing per token but the list slot.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}
