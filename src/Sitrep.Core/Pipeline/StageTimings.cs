using Sitrep.Documents;
namespace Sitrep.Pipeline;

/// <summary>Time spent per stage, summed over the documents run with it.</summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, TimeSpan> _byStage = [];

    public IReadOnlyDictionary<string, TimeSpan> ByStage => _byStage;

    public void Add(string stage, TimeSpan elapsed) =>
        _byStage[stage] = _byStage.GetValueOrDefault(stage) + elapsed;
}
