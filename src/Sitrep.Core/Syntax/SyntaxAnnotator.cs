using Sitrep.Documents;

namespace Sitrep.Syntax;

/// <summary>
/// Tags and parses every sentence with the syntax model: the <see cref="Layer.Syntax"/> that
/// later stages read roles and speakers from. Thread-safe: per-call state only.
/// </summary>
public sealed class SyntaxAnnotator(SyntaxModel model) : IAnnotator
{
    public string Name => "syntax";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Syntax;

    public void Annotate(Document document)
    {
        int n = document.Tokens.Count;
        var upos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        var state = new ParserState();
        var tokens = document.Tokens is Token[] array ? array : document.Tokens.ToArray();
        foreach (var sentence in document.Sentences)
        {
            int count = sentence.TokenCount;
            if (count == 0) continue;
            var words = model.Words(document.Text, tokens.AsSpan(sentence.FirstToken, count));
            var tags = new int[count];
            var h = new int[count];
            var l = new int[count];
            model.Tag(words, tags);
            model.Parse(words, tags, state, h, l);
            for (int i = 0; i < count; i++)
            {
                int t = sentence.FirstToken + i;
                upos[t] = model.Tags[tags[i]];
                heads[t] = h[i] >= count || h[i] < 0 ? -1 : sentence.FirstToken + h[i];
                relations[t] = l[i] >= 0 ? model.Labels[l[i]] : "dep";
            }
        }
        document.SetSyntax(new DependencyParse(upos, heads, relations));
    }
}
