using Sitrep.Documents;
using Sitrep.Training;
using Sitrep.Evaluation;
using Sitrep.Ner;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ner;

/// <summary>Reading NER gold (IOB1, IOB2, WikiANN, GMB) and scoring exact spans.</summary>
public sealed class NerScoringTests
{
    [Fact]
    public void Reads_IOB1_and_IOB2_to_the_same_entities()
    {
        var iob1 = NerCorpus.Read(Some.Fixture("eval", "conll", "tiny-iob1.conll"), "conll");
        var iob2 = NerCorpus.Read(Some.Fixture("eval", "conll", "tiny-iob2.conll"), "conll");
        Assert.Equal(iob2.SelectMany(s => s.Tags), iob1.SelectMany(s => s.Tags));
        Assert.Equal([new NerSpan(1, 3, "PER"), new NerSpan(4, 5, "LOC")], NerSpans.FromTags(iob1[0].Tags));
        // IOB1: B- only splits two adjacent entities of one type ("Erbil" "Duhok").
        Assert.Equal([new NerSpan(1, 2, "ORG"), new NerSpan(4, 5, "MISC"), new NerSpan(8, 9, "LOC"), new NerSpan(9, 10, "LOC")], NerSpans.FromTags(iob1[1].Tags));
    }

    [Theory]
    [InlineData(new[] { "O", "I-PER", "I-PER", "O" }, 1, 3, "PER")]
    [InlineData(new[] { "O", "B-PER", "I-PER", "O" }, 1, 3, "PER")]
    [InlineData(new[] { "I-ORG", "I-LOC", "O", "O" }, 1, 2, "LOC")]
    public void Reads_an_entity_opened_by_I_after_another_type(string[] tags, int start, int end, string label) =>
        Assert.Contains(new NerSpan(start, end, label), NerSpans.FromTags(tags));

    [Fact]
    public void Counts_a_partial_match_against_precision_and_recall()
    {
        var counts = new Dictionary<string, (int Gold, int Predicted, int Correct)>();
        NerEvaluation.Tally([new NerSpan(0, 3, "PER"), new NerSpan(5, 6, "LOC")], [new NerSpan(1, 3, "PER"), new NerSpan(5, 6, "LOC")], counts);
        Assert.Equal(((1, 1, 0), (1, 1, 1)), (counts["PER"], counts["LOC"]));
        var (gold, predicted, correct) = NerEvaluation.Micro(counts);
        Assert.Equal((2, 2, 1, 0.5), (gold, predicted, correct, Scores.F1(correct, predicted, gold)));
    }

    [Fact]
    public void Leaves_types_we_do_not_score_out_of_the_micro_average()
    {
        var counts = new Dictionary<string, (int Gold, int Predicted, int Correct)>();
        NerEvaluation.Tally([new NerSpan(0, 1, "MISC"), new NerSpan(2, 3, "ORG")], [new NerSpan(0, 1, "NORP"), new NerSpan(2, 3, "ORG")], counts);
        Assert.Equal((1, 1, 1), NerEvaluation.Micro(counts));
        Assert.Equal((1, 0, 0), counts["MISC"]);
    }

    [Theory]
    [InlineData("Clashes broke out in northern Iraq on Sunday .", 5, 6, "LOC")]
    [InlineData("Fighters loyal to al-Qaida attacked the town .", 3, 4, "ORG")]
    [InlineData("Prime Minister Nouri al-Maliki visited Basra .", 2, 4, "PER")]
    [InlineData("Secretary of State Hillary Clinton met aid workers .", 3, 5, "PER")]
    public void Scores_the_pipeline_s_mention_by_the_words_gold_marks_as_the_name(string sentence, int start, int end, string label)
    {
        var tokens = sentence.Split(' ');
        var tags = tokens.Select((_, i) => i == start ? "B-" + label : i > start && i < end ? "I-" + label : "O").ToArray();
        var report = new NerEvaluation(Some.Pipeline).Evaluate([new TaggedSentence(tokens, tags)], "conll", new List<string>());
        Assert.Equal((1, 1), (report.Counts["correct"], report.Counts["gold"]));
    }

    [Fact]
    public void Scores_the_tagger_alone_on_the_gold_tokens()
    {
        var sentences = NerCorpus.Read(Some.Fixture("eval", "conll", "tiny-iob2.conll"), "conll");
        var report = NerEvaluation.EvaluateTagger(Some.Resources.Ner!, sentences, "conll");
        Assert.Equal((2, 17, 5), (report.Sentences, report.Tokens, report.Counts["gold"]));
        Assert.StartsWith("the trained tagger alone", report.Notes[0], StringComparison.Ordinal);
        Assert.Equal(1.0, report.ByLabel["PER"]["recall"]);
    }

    [Fact]
    public void Reads_WikiANN_lines_without_their_language_prefix()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("wiki"), "en:R.H.\tB-ORG\nen:Saunders\tI-ORG\nen:(\tO\n\nen:Kirkuk\tB-LOC\n");
        var sentences = NerCorpus.Read(dir.File("wiki"), "wikiann");
        Assert.Equal(["R.H.", "Saunders", "("], sentences[0].Tokens);
        Assert.Equal((0, 1), (sentences[0].Document, sentences[1].Document));
        Assert.Equal(["B-ORG", "I-ORG", "O"], sentences[0].Tags);
    }

    [Fact]
    public void Reads_Universal_NER_files_by_their_token_and_tag_columns_one_document_per_newdoc()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("uner.iob2"),
            "# newdoc id = a\n# sent_id = a-1\n# text = Ask Canon.\n1\tAsk\tO\t-\t-\n2\tCanon\tB-ORG\t-\tann\n3\t.\tO\t-\t-\n\n"
            + "# sent_id = a-2\n1\tIn\tO\t-\t-\n2\tBuenos\tB-LOC\t-\t-\n3\tAires\tI-LOC\t-\t-\n\n"
            + "# newdoc id = b\n# sent_id = b-1\n1\tLuis\tB-PER\t-\t-\n\n");
        var sentences = NerCorpus.Read(dir.File("uner.iob2"), "uner");
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Ask", "Canon", "."], sentences[0].Tokens);
        Assert.Equal(["O", "B-ORG", "O"], sentences[0].Tags);
        Assert.Equal(["O", "B-LOC", "I-LOC"], sentences[1].Tags);
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Document).ToArray());
    }

    [Fact]
    public void Maps_GMB_tags_strips_titles_and_splits_nationalities_from_places()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("gmb.csv"),
            "Sentence #,Word,POS,Tag\nSentence: 1,President,NNP,B-per\n,Bush,NNP,I-per\n,met,VBD,O\n,Iraqi,JJ,B-gpe\n,officials,NNS,O\n,in,IN,O\n,Nepal,NNP,B-gpe\n,on,IN,O\n,Monday,NNP,B-tim\n,\",\",\",\",O\n");
        var s = NerCorpus.Read(dir.File("gmb.csv"), "gmb", new HashSet<string> { "President" }).Single();
        Assert.Equal(["O", "B-PER", "O", "B-NORP", "O", "O", "B-LOC", "O", "O", "O"], s.Tags);
        Assert.Equal(",", s.Tokens[^1]);
    }

    [Fact]
    public void Holds_out_the_last_tenth_of_GMB()
    {
        var sentences = Enumerable.Range(0, 20).Select(i => new TaggedSentence([$"w{i}"], ["O"])).ToList();
        var (train, heldOut) = NerCorpus.SplitGmb(sentences);
        Assert.Equal((18, "w18"), (train.Count, heldOut[0].Tokens[0]));
    }
}
