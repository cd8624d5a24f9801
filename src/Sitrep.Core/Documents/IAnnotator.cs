
namespace Sitrep.Documents;

/// <summary>One stage of the pipeline: reads the layers it requires and adds its own.</summary>
public interface IAnnotator
{
    /// <summary>A short name for messages and for "decided_by".</summary>
    string Name { get; }

    Layer Requires { get; }

    Layer Produces { get; }

    void Annotate(Document document);
}
