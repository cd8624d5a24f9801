using Sitrep.Documents;
using BenchmarkDotNet.Attributes;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The event coder alone (events, then in-document merging), and the sentence-type stage alone, over 100 BBC News articles (see
/// <see cref="Inputs.NewsSample"/>), one thread, every earlier stage run once in setup:
/// 1,000 × sentences / mean time is the coder's sentences per second.
/// </summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    private List<Document> _documents = [];
    private IAnnotator[] _coder = [];
    private IAnnotator _sentenceTypes = null!;

    /// <summary>How many sentences one call codes.</summary>
    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = SitrepPipelines.Default(SitrepResources.Load(Inputs.DataDirectory));
        var stages = pipeline.Stages.ToList();
        int coder = stages.FindIndex(s => s is EventCoder);
        _coder = stages.Skip(coder).TakeWhile(s => s is EventCoder or EventMerger).ToArray();
        _sentenceTypes = stages.Single(s => s is SentenceTypeAnnotator);
        foreach (var text in Inputs.NewsSample(20).Select(File.ReadAllText))
        {
            var doc = new Document(text, new DocumentSource { Published = new DateOnly(2020, 3, 30) });
            foreach (var stage in stages.Take(coder)) stage.Annotate(doc);
            _documents.Add(doc);
        }
        Sentences = _documents.Sum(d => d.Sentences.Count);
        Console.WriteLine($"// {Sentences} sentences in {_documents.Count} documents per call");
    }

    [Benchmark]
    public int CodeEvents()
    {
        int events = 0;
        foreach (var doc in _documents)
        {
            foreach (var stage in _coder) stage.Annotate(doc);
            events += doc.Events.Count;
        }
        return events;
    }

    /// <summary>The PLV classifier reading every sentence as an event type or none (the stage before the parser).</summary>
    [Benchmark]
    public int ReadSentenceTypes()
    {
        int events = 0;
        foreach (var doc in _documents)
        {
            _sentenceTypes.Annotate(doc);
            foreach (var t in doc.SentenceTypes) if (t.IsEvent) events++;
        }
        return events;
    }
}
