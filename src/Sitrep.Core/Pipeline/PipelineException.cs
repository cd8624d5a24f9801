using Sitrep.Documents;
namespace Sitrep.Pipeline;

public sealed class PipelineException(string message, Exception? inner = null) : Exception(message, inner);
