using Sitrep.Documents;
using Sitrep.Lexicons;
using BenchmarkDotNet.Attributes;
using Sitrep.Ner;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The entity tagger alone (features, then Viterbi), one thread, over 100 BBC News articles
/// (20 from each section of ../shared/data/corpora/bbc) or, without the shared data, the seed
/// and the test reports: 1,000 × tokens / mean time is the tagger's tokens per second. Many
/// different articles, so the weight table is read as in real use, not from a warm cache.
/// </summary>
[MemoryDiagnoser]
public class NerTaggerBenchmarks
{
    private NerModel _model = null!;
    private TokenView[] _sentences = [];
    private int[] _features = [];
    private int[] _tags = [];

    /// <summary>How many tokens one call tags.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var resources = SitrepResources.Load(Inputs.DataDirectory);
        _model = resources.Ner ?? throw new InvalidOperationException("No models/ner.bin.");
        var text = string.Join("\n\n", Inputs.NewsSample(20).Select(File.ReadAllText));
        var doc = new Document(text);
        new TokenAnnotator(resources.Abbreviations, resources.Entities.ClosedClass).Annotate(doc);
        _sentences = doc.Sentences.Select(s =>
        {
            var tokens = Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Select(i => doc.Tokens[i]).ToArray();
            return new TokenView(doc.Text, tokens.Select(t => t.Start).ToArray(), tokens.Select(t => t.Length).ToArray());
        }).Where(v => v.Count > 0).ToArray();
        int longest = _sentences.Max(s => s.Count);
        _features = new int[longest * NerFeatures.PerToken];
        _tags = new int[longest];
        Tokens = _sentences.Sum(s => s.Count);
        Console.WriteLine($"// {Tokens} tokens in {_sentences.Length} sentences per call");
    }

    [Benchmark]
    public int TagSentences()
    {
        int names = 0;
        foreach (var s in _sentences)
        {
            _model.Features.Extract(s, _features);
            _model.Decode(_features, s.Count, _tags);
            for (int i = 0; i < s.Count; i++) names += _tags[i] == 0 ? 0 : 1;
        }
        return names;
    }
}
