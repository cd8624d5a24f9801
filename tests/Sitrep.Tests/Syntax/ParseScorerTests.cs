using Sitrep.Corpora;
using Sitrep.Documents;
using Sitrep.Evaluation.Syntax;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Syntax;

public sealed class ParseScorerTests
{
    private static List<ConlluSentence> Tiny(ICollection<string>? warnings = null) =>
        ConlluReader.Read(Some.Fixture("syntax", "tiny.conllu"), warnings ?? new List<string>()).ToList();

    [Fact]
    public void Reads_words_spaces_and_relations_and_leaves_multiword_tokens_out()
    {
        var sentences = Tiny();
        Assert.Equal(["tiny-1", "tiny-2", "tiny-3"], sentences.Select(s => s.Id));
        var third = sentences[2];
        Assert.Equal(["They", "ca", "n't", "go", "."], third.Words);
        Assert.Equal([3, 3, 3, -1, 3], third.Heads);
        Assert.Equal("They can't go.", third.AsText().Text);
        Assert.Equal("obl:agent", sentences[1].Relations[5]);
    }

    [Fact]
    public void Leaves_out_a_sentence_with_a_head_past_its_end_and_says_where()
    {
        var warnings = new List<string>();
        var sentences = ConlluReader.Read(Some.Fixture("syntax", "broken.conllu"), warnings).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Contains(warnings, w => w.Contains("sentence tiny-3: word 1 has a bad index or head", StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_a_perfect_parse_as_one()
    {
        var scorer = new ParseScorer();
        foreach (var s in Tiny())
            scorer.Add(s, s.AsText().Tokens, s.Upos, s.Heads, s.Relations);
        var r = scorer.Report(1, 0, []);
        Assert.Equal((1.0, 1.0, 1.0, 1.0, 1.0), (r.Scores["upos"], r.Scores["uas"], r.Scores["las"], r.Scores["las_full"], r.Scores["alignment"]));
        Assert.Equal(17, r.Tokens);
    }

    [Fact]
    public void Counts_heads_and_relations_by_their_universal_part_as_CoNLL_2018_does()
    {
        var s = Tiny()[1]; // The town was shelled by militias .
        var tokens = s.AsText().Tokens;
        // One wrong tag (town as VERB), one wrong head (by → shelled), one relation wrong only in its subtype (nsubj for nsubj:pass), one wrong relation (obl for obl:agent stays right by its universal part; det → amod is wrong).
        string[] upos = ["DET", "VERB", "AUX", "VERB", "ADP", "NOUN", "PUNCT"];
        int[] heads = [1, 3, 3, -1, 3, 3, 3];
        string[] relations = ["amod", "nsubj", "aux:pass", "root", "case", "obl", "punct"];
        var scorer = new ParseScorer();
        scorer.Add(s, tokens, upos, heads, relations);
        var r = scorer.Report(1, 0, []);
        Assert.Equal(6 / 7.0, r.Scores["upos"], 6);
        Assert.Equal(6 / 7.0, r.Scores["uas"], 6);
        Assert.Equal(5 / 7.0, r.Scores["las"], 6);
        Assert.Equal(3 / 7.0, r.Scores["las_full"], 6);
        Assert.Equal(1.0, r.ByLabel["nsubj"]["recall"], 6);
        Assert.Equal(0.0, r.ByLabel["det"]["recall"], 6);
    }

    [Fact]
    public void A_gold_word_no_token_matches_counts_as_wrong_and_lowers_the_alignment()
    {
        var s = Tiny()[2]; // They ca n't go .
        var (text, _) = s.AsText();
        // A tokenizer that keeps "can't" whole: "ca" and "n't" have no token of their own.
        Token[] tokens = [new(0, 4, TokenKind.Word), new(5, 5, TokenKind.Word), new(11, 2, TokenKind.Word), new(13, 1, TokenKind.Punctuation)];
        Assert.Equal("can't", text.Substring(5, 5));
        var scorer = new ParseScorer();
        scorer.Add(s, tokens, ["PRON", "AUX", "VERB", "PUNCT"], [2, 2, -1, 2], ["nsubj", "aux", "root", "punct"]);
        var r = scorer.Report(1, 0, []);
        Assert.Equal(3 / 5.0, r.Scores["alignment"], 6);
        Assert.Equal(3 / 5.0, r.Scores["uas"], 6);
        Assert.Equal(3 / 5.0, r.Scores["las"], 6);
    }
}
