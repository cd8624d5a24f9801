using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Evaluation;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

/// <summary>The quote scorer: overlap matching, one to one, statements in pieces, and speakers by span or entity.</summary>
public sealed class QuoteEvaluationTests
{
    private const string Text = "Officials said the road was open. “We will rebuild,” he added. “Every house.” Residents were doubtful.";

    private static TextSpan At(string s, int nth = 0)
    {
        int i = -1;
        for (int k = 0; k <= nth; k++) i = Text.IndexOf(s, i + 1, StringComparison.Ordinal);
        return new TextSpan(i, s.Length);
    }

    private static GoldAttribution Gold(string? source, params string[] content) =>
        new(new SpanSet(content.Select(c => At(c)).ToList()), source is null ? null : SpanSet.Of(At(source)), null);

    private static Document Predicted(params Quote[] quotes)
    {
        var doc = new Document(Text);
        doc.SetQuotes(quotes);
        return doc;
    }

    private static Quote Q(string id, string content, string? speaker = null, string? continues = null) =>
        new(id, At(content), At(content), true) { SpeakerSpan = speaker is null ? null : At(speaker), ContinuesId = continues };

    [Fact]
    public void Matches_a_content_that_overlaps_half_of_the_shorter_span()
    {
        var gold = new AttributionDocument("t", Text, [Gold("Officials", "the road was open")], "t.ann");
        var result = QuoteEvaluation.Score(gold, Predicted(Q("u1", "road was open", "Officials")));
        Assert.Equal((true, (bool?)true, 0), (result.Outcomes[0].Match is not null, result.Outcomes[0].SpeakerRight, result.Spurious.Count));
    }

    [Fact]
    public void Does_not_match_a_content_that_overlaps_less_than_half()
    {
        var gold = new AttributionDocument("t", Text, [Gold("Officials", "the road was open")], "t.ann");
        var result = QuoteEvaluation.Score(gold, Predicted(Q("u1", "open. “We will rebuild,” he added", "Officials")));
        Assert.Equal((false, 1), (result.Outcomes[0].Match is not null, result.Spurious.Count));
    }

    [Fact]
    public void Scores_a_quote_and_its_continuation_as_one_statement_against_a_discontinuous_content()
    {
        var gold = new AttributionDocument("t", Text, [Gold("he", "We will rebuild,", "Every house.")], "t.ann");
        var result = QuoteEvaluation.Score(gold, Predicted(Q("u1", "We will rebuild,", "he"), Q("u2", "Every house.", "he", continues: "u1")));
        Assert.Equal((1, 0, (bool?)true), (result.Predicted, result.Spurious.Count, result.Outcomes[0].SpeakerRight));
    }

    [Fact]
    public void Counts_a_speaker_right_when_a_mention_of_the_same_entity_overlaps_the_gold_source()
    {
        var doc = Predicted(new Quote("u1", At("We will rebuild,"), At("We will rebuild,"), true) { SpeakerId = "e1", SpeakerSpan = At("he") });
        doc.SetMentions([new Mention(At("Officials"), EntityKind.Group, MentionForm.Name, "test") { EntityId = "e1" }]);
        var gold = new AttributionDocument("t", Text, [Gold("Officials", "We will rebuild,")], "t.ann");
        Assert.True(QuoteEvaluation.Score(gold, doc).Outcomes[0].SpeakerRight);
    }

    [Fact]
    public void Counts_a_wrong_or_missing_speaker_as_wrong_and_leaves_gold_without_source_out_of_speaker_accuracy()
    {
        var gold = new AttributionDocument("t", Text, [Gold("Officials", "the road was open"), Gold(null, "Residents were doubtful")], "t.ann");
        var result = QuoteEvaluation.Score(gold, Predicted(Q("u1", "the road was open", "he"), Q("u2", "Residents were doubtful")));
        Assert.Equal(((bool?)false, (bool?)null), (result.Outcomes[0].SpeakerRight, result.Outcomes[1].SpeakerRight));
    }

    [Fact]
    public void Reports_precision_recall_f1_and_speaker_accuracy_over_documents()
    {
        var docs = new[] { PolnearReader.Read(PolnearReader.Find([Some.Fixture("eval", "brat")], new List<string>()).Single(), new List<string>()) };
        var report = new QuoteEvaluation(Some.Pipeline).Evaluate(docs, new List<string>());
        Assert.Equal(["content_precision", "content_recall", "content_f1", "speaker_accuracy"], report.Scores.Keys.ToArray());
        Assert.Equal((2, 2, 2, 1.0, 1.0), (report.Counts["gold"], report.Counts["predicted"], report.Counts["matched"], report.Scores["content_f1"], report.Scores["speaker_accuracy"]));
    }
}
