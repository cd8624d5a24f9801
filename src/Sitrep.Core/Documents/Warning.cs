namespace Sitrep.Documents;

/// <summary>Something a reader should know about the result: a likely misspelling, a fallback, an unknown.</summary>
public sealed record Warning(string Kind, string Message, IReadOnlyList<TextSpan> Spans);
