using Sitrep.Documents;
using System.Diagnostics;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// An ordered, immutable list of stages. Thread-safe as long as its stages are, which they are:
/// each keeps its loaded resources read-only and writes only to the document it is given.
/// </summary>
public sealed class SitrepPipeline
{
    internal SitrepPipeline(IReadOnlyList<IAnnotator> stages) => Stages = stages;

    public IReadOnlyList<IAnnotator> Stages { get; }

    /// <summary>Runs every stage on the document. A stage's exception names the stage and the input.</summary>
    public Document Run(Document document, StageTimings? timings = null)
    {
        foreach (var stage in Stages)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                stage.Annotate(document);
            }
            catch (Exception e) when (e is not OperationCanceledException and not PipelineException)
            {
                throw new PipelineException($"{document.Source.InputName}: stage '{stage.Name}' failed: {e.Message}", e);
            }
            timings?.Add(stage.Name, Stopwatch.GetElapsedTime(start));
        }
        return document;
    }
}
