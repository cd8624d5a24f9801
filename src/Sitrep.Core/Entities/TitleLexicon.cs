using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Entities;

public sealed record Title(string Canonical, string Kind, int TokenCount);

/// <summary>Titles before names (data/titles.tsv), matched longest first: "Lt. Gen." before "Lt.".</summary>
public sealed class TitleLexicon(PhraseTrie<Title> trie)
{
    public static TitleLexicon Load(string path, Abbreviations abbreviations)
    {
        var t = TsvTable.Load(path);
        var trie = new PhraseTrie<Title>();
        foreach (var r in t.Rows)
        {
            var tokens = PhraseTokens.Split(t.Required(r, "title"), abbreviations);
            trie.Add(tokens, new Title(t.Required(r, "canonical"), t.Required(r, "kind"), tokens.Length));
        }
        return new TitleLexicon(trie);
    }

    /// <summary>The longest title starting at token i whose first word is capitalised as written.</summary>
    public Title? At(Document doc, int i, int end)
    {
        if (i >= end || !char.IsUpper(doc.Text[doc.Tokens[i].Start])) return null;
        return trie.LongestAt(doc, i, end).Values?[0];
    }
}
