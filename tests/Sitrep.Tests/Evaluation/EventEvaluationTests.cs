using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

/// <summary>The event gold readers (PLV, PETRARCH, PLOVER) and their scores, on small files written for the tests.</summary>
public sealed class EventEvaluationTests
{
    private static string Fixture(string name) => Some.Fixture("eval", "events", name);

    [Fact]
    public void Reads_PLV_marks_as_spans_of_the_unmarked_sentence()
    {
        var s = EventGold.ReadPlv(Fixture("tiny.plv.tsv"))[1];
        Assert.Equal(("The coalition will withdraw from Kirkuk next month.", "AGREE"), (s.Text, s.Root));
        Assert.Equal(("The coalition", "Kirkuk"), (s.Source!.Value.Of(s.Text), s.Target!.Value.Of(s.Text)));
    }

    [Fact]
    public void Reads_PETRARCH_records_enclosing_or_self_closing_with_their_codings()
    {
        var records = EventGold.ReadPetrarch(Fixture("tiny.petrarch.xml"));
        Assert.Equal(["T-01", "T-02", "T-03"], records.Select(r => r.Id));
        Assert.Equal("Iraqi forces attacked Islamic State militants near Mosul on Sunday.", records[0].Text);
        Assert.Equal([new PetrarchCoding("190", "IRQMIL", "IMGMUSISI"), new PetrarchCoding("190", "IMGMUSISI", "IRQMIL")], records[0].Codings);
        Assert.Equal((new PetrarchCoding("112", "TUR", "---"), new DateOnly(2020, 3, 29)), (records[1].Codings.Single(), records[1].Date!.Value));
        Assert.Empty(records[2].Codings);
    }

    [Fact]
    public void Reads_PLOVER_records_and_leaves_out_DOCUMENT_ones()
    {
        var records = EventGold.ReadPlover(Fixture("tiny.plover.json"));
        Assert.Equal(["r1", "r2", "r3"], records.Select(r => r.Id));
        var r1 = records[0];
        Assert.Equal(("ASSAULT", "firearms", 3, 2, (int?)null, "Kirkuk"), (r1.Event, r1.Mode, r1.Dead, r1.Injured, r1.Size, r1.Location));
        Assert.Equal(("Gunmen", "IMGUNK"), (r1.Source.Single().Text, r1.Source.Single().Code));
        Assert.Null(records[2].Mode);
    }

    [Fact]
    public void Scores_the_main_event_s_root_with_no_event_as_NONE()
    {
        var report = new EventEvaluation(Some.Pipeline).EvaluatePlv(EventGold.ReadPlv(Fixture("tiny.plv.tsv")), new List<string>());
        // ACCUSE and AGREE (an announced withdrawal, as PLV codes it) right; the weather sentence has no event: NONE against ACCUSE.
        Assert.Equal((2.0 / 3, 1, 0.5), (report.Scores["accuracy"], report.Counts["no_event"], report.ByLabel["ACCUSE"]["recall"]));
        Assert.Equal((2.0 / 3 + 1) / 2, report.Scores["macro_f1"], 10);
    }

    [Fact]
    public void Scores_PETRARCH_codings_by_root_code_and_actor_codes()
    {
        var report = new EventEvaluation(Some.Pipeline).EvaluatePetrarch(EventGold.ReadPetrarch(Fixture("tiny.petrarch.xml")), new List<string>());
        // Found: the attack (190, IRQMIL → IMGMUSISI) and the condemnation (root 11, code 111 not 112); missed: the second 190.
        Assert.Equal((3, 2, 2), (report.Counts["gold_codings"], report.Counts["predicted_codings"], report.Counts["matched"]));
        Assert.Equal((1.0, 2.0 / 3, 0.5, 1.0, 1.0), (report.Scores["root_precision"], report.Scores["root_recall"], report.Scores["code_accuracy"], report.Scores["source_accuracy"], report.Scores["empty_correct"]));
    }

    [Fact]
    public void Holds_out_every_fifth_PLV_sentence()
    {
        var all = Enumerable.Range(0, 10).Select(i => new PlvSentence(i, $"s{i}", null, null, "AID")).ToList();
        Assert.Equal([4, 9], EventGold.SplitPlv(all, heldOut: true).Select(s => s.Index));
        Assert.Equal(8, EventGold.SplitPlv(all, heldOut: false).Count);
    }
}
