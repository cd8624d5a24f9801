using Sitrep.Documents;
using BenchmarkDotNet.Attributes;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>Whole-pipeline cost of one report (the seed, 3.6 KB), and of its JSON.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private SitrepPipeline _pipeline = null!;
    private string _text = "";
    private Document _done = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SitrepPipelines.Default(SitrepResources.Load(Inputs.DataDirectory));
        _text = Inputs.Seed;
        _done = Extract();
    }

    [Benchmark]
    public Document Extract() => _pipeline.Run(new Document(_text, new DocumentSource { Published = new DateOnly(2020, 3, 30) }));

    [Benchmark]
    public string Json() => SitrepJsonWriter.ToJson(_done);
}
