namespace Sitrep.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
    Url,
}
