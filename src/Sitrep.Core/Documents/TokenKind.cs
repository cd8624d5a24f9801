namespace Sitrep.Documents;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
    Url,
}
