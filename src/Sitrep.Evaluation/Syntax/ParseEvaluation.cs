using Sitrep.Corpora;
using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Syntax;

namespace Sitrep.Evaluation.Syntax;

/// <summary>
/// Runs the tagger and parser over a treebank's sentences and scores them (<see cref="ParseScorer"/>):
/// on Sitrep's own tokens of each sentence's text (<paramref name="tokenize"/>), or on the gold
/// tokens when it is null. Tokens per second count the tagger and parser alone. The parse is mended as
/// the pipeline mends it (<see cref="ParticipleClauseRepair"/>) unless <c>repair</c> is false.
/// </summary>
public sealed class ParseEvaluation(SyntaxModel model, Func<string, Token[]>? tokenize, bool repair = true)
{
    public EvalReport Evaluate(IEnumerable<ConlluSentence> sentences, int documents, IReadOnlyList<string> notes)
    {
        var scorer = new ParseScorer();
        var clock = new Stopwatch();
        var state = new ParserState();
        long tokensParsed = 0;
        foreach (var s in sentences)
        {
            var (text, goldTokens) = s.AsText();
            var tokens = tokenize is null ? goldTokens : tokenize(text);
            int m = tokens.Length;
            var tags = new int[m];
            var heads = new int[m];
            var labels = new int[m];
            if (m > 0)
            {
                clock.Start();
                var words = model.Words(text, tokens);
                model.Tag(words, tags);
                model.Parse(words, tags, state, heads, labels);
                clock.Stop();
                tokensParsed += m;
            }
            var upos = tags.Select(t => model.Tags[t]).ToArray();
            var relations = labels.Select(l => l >= 0 ? model.Labels[l] : "dep").ToArray<string?>();
            if (repair) ParticipleClauseRepair.Apply(text, tokens, heads, relations, upos);
            scorer.Add(s, tokens, upos, heads, relations!);
        }
        return scorer.Report(documents, clock.Elapsed.TotalSeconds > 0 ? tokensParsed / clock.Elapsed.TotalSeconds : 0, notes);
    }
}
