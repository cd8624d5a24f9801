using System.Globalization;
using Sitrep.Documents;

namespace Sitrep.Output;

/// <summary>
/// A parsed document as CoNLL-U: one block a sentence with its id and text, ten columns a token
/// (form, UPOS, head, relation; lemma, XPOS, features and enhanced graph left as "_"), and in
/// MISC the token's character range in the document and SpaceAfter=No where no space follows.
/// </summary>
public static class ConlluWriter
{
    public static void Write(Document doc, TextWriter w)
    {
        if (doc.Syntax is not { } syntax) throw new InvalidOperationException("The document has no syntax layer.");
        w.WriteLine($"# newdoc id = {doc.Source.InputName}");
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount == 0) continue;
            w.WriteLine($"# sent_id = {s.Index + 1}");
            w.WriteLine($"# text = {doc.TextOf(s.Span).Replace('\n', ' ')}");
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc.Tokens[i];
                int head = syntax.Heads[i] < 0 ? 0 : syntax.Heads[i] - s.FirstToken + 1;
                var misc = $"TokenRange={t.Start}:{t.End}";
                if (i + 1 < s.EndToken && doc.Tokens[i + 1].Start == t.End) misc += "|SpaceAfter=No";
                var form = doc.TokenString(i).Replace('\t', ' ').Replace('\n', ' ');
                w.WriteLine(string.Join('\t', (i - s.FirstToken + 1).ToString(CultureInfo.InvariantCulture), form, "_", syntax.Upos[i] ?? "_", "_", "_",
                    head.ToString(CultureInfo.InvariantCulture), syntax.Heads[i] < 0 ? (syntax.IsParsed(i) ? "root" : "_") : syntax.Relations[i], "_", misc));
            }
            w.WriteLine();
        }
    }
}
