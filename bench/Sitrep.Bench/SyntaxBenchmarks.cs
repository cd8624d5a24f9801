using BenchmarkDotNet.Attributes;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Syntax;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// The tagger and parser alone, one thread, over the sentences of 100 BBC News articles (or, without
/// the shared data, the seed and the test reports): tokens / mean time is their tokens per second.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private SyntaxModel _model = null!;
    private string _text = "";
    private Token[][] _sentences = [];
    private readonly ParserState _state = new();
    private int[] _tags = [], _heads = [], _labels = [];

    /// <summary>How many tokens one call tags and parses.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var resources = SitrepResources.Load(Inputs.DataDirectory);
        _model = resources.Syntax ?? throw new InvalidOperationException("No models/parser.bin.");
        _text = string.Join("\n\n", Inputs.NewsSample(20).Select(File.ReadAllText));
        var doc = new Document(_text);
        new TokenAnnotator(resources.Abbreviations, resources.Entities.ClosedClass).Annotate(doc);
        _sentences = doc.Sentences.Where(s => s.TokenCount > 0).Select(s => doc.Tokens.Skip(s.FirstToken).Take(s.TokenCount).ToArray()).ToArray();
        Tokens = _sentences.Sum(s => s.Length);
        int longest = _sentences.Max(s => s.Length);
        (_tags, _heads, _labels) = (new int[longest], new int[longest], new int[longest]);
        Console.WriteLine($"// {Tokens} tokens in {_sentences.Length} sentences");
    }

    /// <summary>The tagger alone: TagAndParse less this is the parser's share.</summary>
    [Benchmark]
    public int Tag()
    {
        int firstTags = 0;
        foreach (var tokens in _sentences)
        {
            var words = _model.Words(_text, tokens);
            Span<int> tags = _tags.AsSpan(0, tokens.Length);
            _model.Tag(words, tags);
            firstTags += tags[0];
        }
        return firstTags;
    }

    [Benchmark]
    public int TagAndParse()
    {
        int roots = 0;
        foreach (var tokens in _sentences)
        {
            var words = _model.Words(_text, tokens);
            Span<int> tags = _tags.AsSpan(0, tokens.Length), heads = _heads.AsSpan(0, tokens.Length), labels = _labels.AsSpan(0, tokens.Length);
            _model.Tag(words, tags);
            _model.Parse(words, tags, _state, heads, labels);
            roots += heads[0] == tokens.Length ? 1 : 0;
        }
        return roots;
    }
}
