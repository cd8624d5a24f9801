namespace Sitrep.Documents;

/// <summary>A block of text separated from its neighbours by a blank line.</summary>
public readonly record struct Paragraph(int Index, TextSpan Span);
