using Sitrep.Documents;
using Sitrep.Lexicons;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>The lexer against a naive regular-expression split that allocates a string per token.</summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string _text = "";
    private Abbreviations _abbreviations = Abbreviations.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(Enumerable.Repeat(Inputs.Seed + "\n\n", 10));
        _abbreviations = SitrepResources.Load(Inputs.DataDirectory).Abbreviations;
    }

    [Benchmark(Baseline = true)]
    public int RegexSplit()
    {
        int n = 0;
        foreach (Match m in Naive().Matches(_text)) n += m.Value.Length > 0 ? 1 : 0;
        return n;
    }

    [Benchmark]
    public int TokenLexer()
    {
        var lexer = new TokenLexer(_text, _abbreviations);
        int n = 0;
        while (lexer.Next(out _)) n++;
        return n;
    }

    [GeneratedRegex(@"\w+(?:[-'’.,]\w+)*|[^\w\s]")]
    private static partial Regex Naive();
}
