using Sitrep.Documents;
using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Places;

namespace Sitrep.Bench;

/// <summary>Looking names up in the world gazetteer (artifacts/gazetteer/places.bin), and loading it.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private static readonly string[] Names =
        ["Kirkuk", "al-Qaim", "Alexandria", "Springfield", "Toronto", "New York", "Sant Julià de Lòria", "Qzxwvillea", "Columbus", "Paris"];

    private WorldGazetteer _gazetteer = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = SitrepResources.GazetteerPath(Inputs.DataDirectory) ?? throw new InvalidOperationException("No gazetteer: run scripts/fetch-data.sh.");
        _gazetteer = WorldGazetteer.Load(_path);
    }

    /// <summary>Ten names, each with all its candidates.</summary>
    [Benchmark]
    public int FindTenNames()
    {
        int found = 0;
        foreach (var name in Names) found += _gazetteer.Find(name).Count;
        return found;
    }

    [Benchmark]
    public int Load() => WorldGazetteer.Load(_path).Count;
}
