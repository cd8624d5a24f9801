namespace Sitrep.Documents;

public enum InputFormat
{
    PlainText,
    Markdown,
    Html,
}
