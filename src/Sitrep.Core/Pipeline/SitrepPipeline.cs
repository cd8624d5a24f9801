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
    internal SitrepPipeline(IReadOnlyList<IAnnotator> stages, WorkLimits limits)
    {
        Stages = stages;
        Limits = limits;
    }

    public IReadOnlyList<IAnnotator> Stages { get; }

    /// <summary>What one report may take; a report over it fails alone (<see cref="WorkBudget"/>).</summary>
    public WorkLimits Limits { get; }

    /// <summary>The same stages with other limits.</summary>
    public SitrepPipeline WithLimits(WorkLimits limits) => new(Stages, limits);

    /// <summary>
    /// Runs every stage on the document, within the pipeline's limits. A stage's exception, or a
    /// report over its time or memory, is a <see cref="PipelineException"/> naming the input,
    /// the stage and why.
    /// </summary>
    public Document Run(Document document, StageTimings? timings = null)
    {
        document.Budget = new WorkBudget(Limits);
        foreach (var stage in Stages)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                stage.Annotate(document);
                document.Budget.Check();
            }
            catch (WorkBudgetExceededException e)
            {
                throw new PipelineException($"{document.Source.InputName}: {e.Message}; stopped in stage '{stage.Name}'.", e);
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
