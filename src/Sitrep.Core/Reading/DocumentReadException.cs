using Sitrep.Documents;
namespace Sitrep.Reading;

/// <summary>An input that cannot be read as a news text; the message says which input and why.</summary>
public sealed class DocumentReadException(string message) : Exception(message);
