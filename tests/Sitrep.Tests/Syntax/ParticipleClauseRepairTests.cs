using Sitrep.Documents;
using Sitrep.Syntax;
using Xunit;

namespace Sitrep.Tests.Syntax;

public sealed class ParticipleClauseRepairTests
{
    // One sentence with the parser's tree, as (word, tag, head, relation): heads 1-based, 0 the root.
    private static (string[] Heads, string[] Relations) Mend(string sentence, params (string Word, string Tag, int Head, string Relation)[] tree)
    {
        var tokens = new Token[tree.Length];
        int at = 0;
        for (int i = 0; i < tree.Length; i++)
        {
            at = sentence.IndexOf(tree[i].Word, at, StringComparison.Ordinal);
            tokens[i] = new Token(at, tree[i].Word.Length, tree[i].Tag == "PUNCT" ? TokenKind.Punctuation : TokenKind.Word);
            at += tree[i].Word.Length;
        }
        var heads = tree.Select(t => t.Head - 1).ToArray();
        var relations = tree.Select(t => (string?)t.Relation).ToArray();
        ParticipleClauseRepair.Apply(sentence, tokens, heads, relations, tree.Select(t => (string?)t.Tag).ToArray());
        return (heads.Select((h, i) => $"{tree[i].Word}>{(h < 0 ? "ROOT" : tree[h].Word)}").ToArray(), relations.Select(r => r!).ToArray());
    }

    [Fact]
    public void A_participle_clause_after_the_subject_read_as_the_root_gives_the_root_back_to_the_verb_after_it()
    {
        // As the parser reads it: "supported" the root with the soldiers as its subject, "carried" an adverbial clause.
        var (heads, relations) = Mend("Soldiers, supported by tribal fighters, carried out a raid.",
            ("Soldiers", "NOUN", 3, "nsubj"), (",", "PUNCT", 1, "punct"), ("supported", "VERB", 0, "root"), ("by", "ADP", 6, "case"),
            ("tribal", "ADJ", 6, "amod"), ("fighters", "NOUN", 3, "obl"), (",", "PUNCT", 8, "punct"), ("carried", "VERB", 3, "advcl"),
            ("out", "ADP", 8, "compound:prt"), ("a", "DET", 11, "det"), ("raid", "NOUN", 8, "obj"), (".", "PUNCT", 3, "punct"));
        Assert.Equal(["Soldiers>carried", ",>Soldiers", "supported>Soldiers", "by>fighters", "tribal>fighters", "fighters>supported", ",>carried", "carried>ROOT", "out>carried", "a>raid", "raid>carried", ".>carried"], heads);
        Assert.Equal(("nsubj", "acl", "root"), (relations[0], relations[2], relations[7]));
    }

    [Fact]
    public void The_verb_after_the_clause_takes_its_auxiliaries_and_the_object_the_parser_gave_the_participle()
    {
        // As the parser reads it: "has launched" an adjective of "raids", the raids the participle's object.
        var (heads, relations) = Mend("The coalition, backed by Britain, has launched raids.",
            ("The", "DET", 2, "det"), ("coalition", "NOUN", 4, "nsubj"), (",", "PUNCT", 2, "punct"), ("backed", "VERB", 0, "root"),
            ("by", "ADP", 6, "case"), ("Britain", "PROPN", 4, "obl"), (",", "PUNCT", 4, "punct"), ("has", "AUX", 8, "aux"),
            ("launched", "VERB", 9, "amod"), ("raids", "NOUN", 4, "obj"), (".", "PUNCT", 4, "punct"));
        Assert.Equal(["The>coalition", "coalition>launched", ",>coalition", "backed>coalition", "by>Britain", "Britain>backed", ",>backed", "has>launched", "launched>ROOT", "raids>launched", ".>launched"], heads);
        Assert.Equal(("nsubj", "aux", "root", "obj"), (relations[1], relations[7], relations[8], relations[9]));
    }

    [Fact]
    public void A_passive_verb_after_the_clause_takes_its_subject_as_a_passive_one()
    {
        var (heads, relations) = Mend("The town, held by rebels, was shelled.",
            ("The", "DET", 2, "det"), ("town", "NOUN", 4, "nsubj"), (",", "PUNCT", 2, "punct"), ("held", "VERB", 0, "root"),
            ("by", "ADP", 6, "case"), ("rebels", "NOUN", 4, "obl"), (",", "PUNCT", 4, "punct"), ("was", "AUX", 9, "aux"),
            ("shelled", "VERB", 4, "conj"), (".", "PUNCT", 4, "punct"));
        Assert.Equal(("town>shelled", "nsubj:pass", "aux:pass"), (heads[1], relations[1], relations[7]));
    }

    [Fact]
    public void A_tree_that_already_has_the_verb_as_its_root_or_no_verb_after_the_clause_is_left_as_it_is()
    {
        var right = new[] { ("Soldiers", "NOUN", 8, "nsubj"), (",", "PUNCT", 3, "punct"), ("supported", "VERB", 1, "acl"), ("by", "ADP", 6, "case"),
            ("tribal", "ADJ", 6, "amod"), ("fighters", "NOUN", 3, "obl"), (",", "PUNCT", 3, "punct"), ("carried", "VERB", 0, "root"), (".", "PUNCT", 8, "punct") };
        Assert.Equal(["Soldiers>carried", ",>supported", "supported>Soldiers", "by>fighters", "tribal>fighters", "fighters>supported", ",>supported", "carried>ROOT", ".>carried"],
            Mend("Soldiers, supported by tribal fighters, carried.", right).Heads);
        // "The deal, backed by Britain, the US and France." has no verb after the clause: nothing to give the root to.
        var (heads, _) = Mend("The deal, backed by Britain, the US.",
            ("The", "DET", 2, "det"), ("deal", "NOUN", 4, "nsubj"), (",", "PUNCT", 2, "punct"), ("backed", "VERB", 0, "root"),
            ("by", "ADP", 6, "case"), ("Britain", "PROPN", 4, "obl"), (",", "PUNCT", 9, "punct"), ("the", "DET", 9, "det"), ("US", "PROPN", 6, "conj"), (".", "PUNCT", 4, "punct"));
        Assert.Equal("backed>ROOT", heads[3]);
        // A second participle clause after the first is no verb to give the root to.
        (heads, _) = Mend("The convoy, escorted by troops, carrying food, reached Aleppo.",
            ("The", "DET", 2, "det"), ("convoy", "NOUN", 4, "nsubj"), (",", "PUNCT", 2, "punct"), ("escorted", "VERB", 0, "root"),
            ("by", "ADP", 6, "case"), ("troops", "NOUN", 4, "obl"), (",", "PUNCT", 8, "punct"), ("carrying", "VERB", 4, "advcl"),
            ("food", "NOUN", 8, "obj"), (",", "PUNCT", 11, "punct"), ("reached", "VERB", 4, "conj"), ("Aleppo", "PROPN", 11, "obj"), (".", "PUNCT", 4, "punct"));
        Assert.Equal("escorted>ROOT", heads[3]);
    }
}
