using Sitrep.Corpora;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Evaluation.Syntax;
using Sitrep.Syntax;
using Sitrep.Tests.Support;
using Sitrep.Training;

namespace Sitrep.Tests.Syntax;

public sealed class SyntaxModelTests
{
    private static string SharedGum => Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "syntax", "gum", "dep");

    /// <summary>A few treebank sentences: the tiny fixture and two GUM news documents.</summary>
    private static List<ConlluSentence> SmallTreebank()
    {
        var warnings = new List<string>();
        return ConlluReader.Read(Some.Fixture("syntax", "tiny.conllu"), warnings)
            .Concat(ConlluReader.Read(Path.Combine(SharedGum, "GUM_news_election.conllu"), warnings))
            .Concat(ConlluReader.Read(Path.Combine(SharedGum, "GUM_news_nasa.conllu"), warnings)).ToList();
    }

    private static SyntaxModel TrainSmall() =>
        new SyntaxTrainer { TagEpochs = 2, ParseEpochs = 2, TagBits = 12, MoveBits = 14, LabelBits = 12 }.Train(SmallTreebank(), clusters: null);

    [Fact]
    public void Training_twice_on_the_same_sentences_writes_the_same_bytes()
    {
        using var dir = new TemporaryDirectory();
        TrainSmall().Save(dir.File("a.bin"));
        TrainSmall().Save(dir.File("b.bin"));
        Assert.Equal(File.ReadAllBytes(dir.File("a.bin")), File.ReadAllBytes(dir.File("b.bin")));
    }

    [Fact]
    public void A_saved_model_reads_back_and_parses_the_same()
    {
        using var dir = new TemporaryDirectory();
        var model = TrainSmall();
        model.Save(dir.File("m.bin"));
        var loaded = SyntaxModel.Load(dir.File("m.bin"));
        Assert.Equal(model.Tags, loaded.Tags);
        Assert.Equal(model.Labels, loaded.Labels);
        var (text, tokens) = SmallTreebank()[1].AsText();
        (int[], int[], int[]) Run(SyntaxModel m)
        {
            var words = m.Words(text, tokens);
            int[] tags = new int[tokens.Length], heads = new int[tokens.Length], labels = new int[tokens.Length];
            m.Tag(words, tags);
            m.Parse(words, tags, new ParserState(), heads, labels);
            return (tags, heads, labels);
        }
        var (before, after) = (Run(model), Run(loaded));
        Assert.Equal(before.Item1, after.Item1);
        Assert.Equal(before.Item2, after.Item2);
        Assert.Equal(before.Item3, after.Item3);
    }

    [Fact]
    public void A_damaged_or_foreign_file_is_refused_with_its_name()
    {
        using var dir = new TemporaryDirectory();
        TrainSmall().Save(dir.File("m.bin"));
        var bytes = File.ReadAllBytes(dir.File("m.bin"));
        File.WriteAllBytes(dir.File("cut.bin"), bytes[..(bytes.Length / 2)]);
        var cut = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(dir.File("cut.bin")));
        Assert.StartsWith(dir.File("cut.bin") + ": not a usable syntax model", cut.Message);
        File.Copy(Some.Fixture("syntax", "tiny.conllu"), dir.File("text.bin"));
        Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(dir.File("text.bin")));
    }

    [Fact]
    public void Lifting_makes_a_crossing_arc_projective()
    {
        // Word 0 is the root (4); 3 → 1 spans word 2, whose head is 0, not 3: that arc crosses 0 → 2.
        // Lifting 1 to its head's head (0) leaves no crossing.
        int[] heads = [4, 3, 0, 0];
        var lifted = SyntaxTrainer.Projective(heads);
        Assert.Equal([4, 0, 0, 0], lifted);
    }

    [Fact]
    public void The_installed_parser_finds_the_subjects_of_the_seeds_speech_and_denial_verbs()
    {
        var model = Some.Resources.Syntax;
        Assert.NotNull(model);
        var doc = SitrepPipelines.Syntax(Some.Resources, model).Run(new Document(File.ReadAllText(Some.SeedPath)));
        var syntax = doc.Syntax!;
        string SubjectOf(string words, string verb)
        {
            var sentence = doc.Sentences.Single(s => doc.TextOf(s.Span).Contains(words, StringComparison.Ordinal));
            int v = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).First(i => doc.TokenString(i) == verb);
            int subject = syntax.Dependents(sentence, v).Single(i => syntax.Relations[i]!.StartsWith("nsubj", StringComparison.Ordinal));
            // The subject's whole phrase: its first and last token.
            var phrase = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Where(i => Dominates(syntax, subject, i)).ToList();
            return doc.Text[doc.Tokens[phrase.Min()].Start..doc.Tokens[phrase.Max()].End];
        }
        Assert.Equal("officials", SubjectOf("officials have confirmed", "confirmed"));
        Assert.Equal("the Peshmerga", SubjectOf("the Peshmerga have rejected", "rejected"));
        Assert.Equal("Gen. Barker", SubjectOf("Gen. Barker said on Sunday", "said"));
        // The phrase also takes the comma before it (the parser hangs it on the subject): the words are right.
        Assert.EndsWith("Coalition spokesperson Colonel Myles B. Caggins III", SubjectOf("Caggins III said", "said"));
    }

    [Theory]
    [InlineData("Suicide bomber kills eight at a market in Baiji", "Suicide", "PROPN", "kills")]
    [InlineData("Militants attack a checkpoint near Tikrit", "Militants", "NOUN", "attack")]
    public void A_capitalised_word_before_a_noun_is_no_verb(string headline, string first, string tag, string verb)
    {
        var model = Some.Resources.Syntax!;
        var doc = SitrepPipelines.Syntax(Some.Resources, model).Run(new Document(headline));
        var syntax = doc.Syntax!;
        int w = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.TokenString(i) == first);
        int v = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.TokenString(i) == verb);
        Assert.Equal(tag, syntax.Upos[w]);
        Assert.Equal(("VERB", "root"), (syntax.Upos[v], syntax.Relations[v]));
    }

    [Fact]
    public void A_title_case_line_keeps_its_verb()
    {
        // Every word capitalised: "Seize" is capitalised as a title's verb is, and stays the verb the tagger read.
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document("Rebels Seize Airport Near Aleppo"));
        Assert.Equal("VERB", doc.Syntax!.Upos[1]);
    }

    [Fact]
    public void A_first_word_in_ing_stays_a_verb()
    {
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document("Following talks in Geneva, the ministers agreed to meet again."));
        Assert.Equal("VERB", doc.Syntax!.Upos[0]);
    }

    [Theory]
    [InlineData("Insurgents fight government forces in the old city", "fight", "Insurgents")]
    [InlineData("Mortar fire wounds nine near Samarra shrine", "wounds", "fire")]
    [InlineData("Monthly death toll stirs fears of a new war", "stirs", "toll")]
    public void A_headline_the_tagger_reads_without_a_verb_gets_one_with_its_subject(string headline, string verb, string subject)
    {
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document(headline));
        var syntax = doc.Syntax!;
        int v = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.TokenString(i) == verb);
        int s = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.TokenString(i) == subject);
        Assert.Equal(("VERB", "root"), (syntax.Upos[v], syntax.Relations[v]));
        Assert.Equal((v, "nsubj"), (syntax.Heads[s], syntax.Relations[s]));
        Assert.Equal(1, Enumerable.Range(0, doc.Tokens.Count).Count(i => syntax.Upos[i] == "VERB"));
    }

    [Fact]
    public void A_line_with_no_word_near_a_verb_stays_verbless()
    {
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document("Programme summary of Kurdish satellite TV news"));
        Assert.DoesNotContain("VERB", doc.Syntax!.Upos);
    }

    [Fact]
    public void A_verbless_line_s_last_word_is_never_made_its_verb()
    {
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document("Council targets hardcore truants"));
        Assert.NotEqual("VERB", doc.Syntax!.Upos[3]);
    }

    private static bool Dominates(DependencyParse syntax, int head, int token)
    {
        for (int steps = 0; token >= 0 && steps < 500; steps++)
        {
            if (token == head) return true;
            token = syntax.Heads[token];
        }
        return false;
    }
}
