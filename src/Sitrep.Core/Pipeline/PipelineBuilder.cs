using Sitrep.Documents;
namespace Sitrep.Pipeline;

/// <summary>
/// Composes stages and checks, when building, that each stage's required layers are produced
/// by a stage before it.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _stages = [];
    private WorkLimits _limits = new();

    /// <summary>What one report may take (default <see cref="WorkLimits"/>: 60 s, 8 GB allocated).</summary>
    public PipelineBuilder WithLimits(WorkLimits limits)
    {
        _limits = limits;
        return this;
    }

    public PipelineBuilder Add(IAnnotator stage)
    {
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder Replace<T>(IAnnotator stage) where T : IAnnotator
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new InvalidOperationException($"No stage of type {typeof(T).Name} to replace.");
        _stages[i] = stage;
        return this;
    }

    public SitrepPipeline Build()
    {
        var available = Layer.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
                throw new InvalidOperationException($"Stage '{stage.Name}' needs {missing}, which no earlier stage produces.");
            available |= stage.Produces;
        }
        return new SitrepPipeline(_stages.ToArray(), _limits);
    }
}
