namespace Sitrep.Text;

public enum InputFormat
{
    PlainText,
    Markdown,
    Html,
}
