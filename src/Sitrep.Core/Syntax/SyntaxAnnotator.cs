using Sitrep.Documents;

namespace Sitrep.Syntax;

/// <summary>
/// Tags and parses sentences with the syntax model: the <see cref="Layer.Syntax"/> that later
/// stages read roles and speakers from. With a sentence filter only the sentences a later stage
/// will read are parsed (the rest stay unparsed, <see cref="DependencyParse.IsParsed"/>), which
/// keeps ingest fast. Thread-safe: per-call state only.
/// </summary>
public sealed class SyntaxAnnotator(SyntaxModel model, Func<Document, Sentence, bool>? needed = null) : IAnnotator
{
    public string Name => "syntax";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Syntax;

    public void Annotate(Document document)
    {
        int n = document.Tokens.Count;
        var upos = new string?[n];
        var heads = new int[n];
        Array.Fill(heads, -1);
        var relations = new string?[n];
        var state = new ParserState();
        var tokens = document.Tokens is Token[] array ? array : document.Tokens.ToArray();
        int[] tags = [], h = [], l = [];
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int count = sentence.TokenCount;
            if (count == 0 || needed is not null && !needed(document, sentence)) continue;
            var words = model.Words(document.Text, tokens.AsSpan(sentence.FirstToken, count));
            if (tags.Length < count) (tags, h, l) = (new int[count * 2], new int[count * 2], new int[count * 2]);
            model.Tag(words, tags.AsSpan(0, count));
            model.Parse(words, tags.AsSpan(0, count), state, h.AsSpan(0, count), l.AsSpan(0, count));
            for (int i = 0; i < count; i++)
            {
                int t = sentence.FirstToken + i;
                upos[t] = model.Tags[tags[i]];
                relations[t] = l[i] >= 0 ? model.Labels[l[i]] : "dep";
            }
            ParticipleClauseRepair.Apply(document.Text, tokens.AsSpan(sentence.FirstToken, count), h.AsSpan(0, count), relations.AsSpan(sentence.FirstToken, count), upos.AsSpan(sentence.FirstToken, count));
            for (int i = 0; i < count; i++) heads[sentence.FirstToken + i] = h[i] < 0 ? -1 : sentence.FirstToken + h[i];
        }
        document.SetSyntax(new DependencyParse(upos, heads, relations));
    }
}
