using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A gold TIMEX3: where it is in the document's text, its type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string? Value);

/// <summary>A TimeML file: its text (the TEXT element without tags), creation time and gold TIMEX3s.</summary>
public sealed record TimeMlDocument(string Name, string Text, DateOnly? CreationTime, IReadOnlyList<GoldTimex> Timexes);
