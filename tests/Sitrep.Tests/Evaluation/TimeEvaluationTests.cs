using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

/// <summary>TimeML reading and TempEval-3 scoring.</summary>
public sealed class TimeEvaluationTests
{
    private static readonly string Ceasefire = Some.Fixture("eval", "timeml", "ceasefire.tml");

    [Fact]
    public void Reads_the_text_the_creation_time_and_each_TIMEX3_with_its_offsets()
    {
        var doc = TimeMlReader.Read(Ceasefire);
        Assert.Equal(new DateOnly(2020, 3, 30), doc.CreationTime);
        Assert.Equal(
        [
            ("Sunday", "DATE", "2020-03-29"), ("three days", "DURATION", "P3D"), ("next month", "DATE", "2020-04"),
            ("daily", "SET", "P1D"), ("October", "DATE", "2019-10"),
        ], doc.Timexes.Select(t => (t.Span.Of(doc.Text), t.Type, t.Value)).ToArray());
    }

    [Fact]
    public void Scores_a_document_the_pipeline_gets_right_as_one()
    {
        var report = new TimeEvaluation(Some.Pipeline).Evaluate([TimeMlReader.Read(Ceasefire)], new List<string>());
        Assert.Equal(["strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1"],
            report.Scores.Keys.ToArray());
        Assert.All(report.Scores.Values, v => Assert.Equal(1.0, v));
    }

    [Fact]
    public void Counts_an_overlap_as_relaxed_and_a_wrong_value_against_value_f1()
    {
        const string text = "Fighting stopped on Sunday. Talks resume in the spring.";
        var gold = new TimeMlDocument("t", text, new DateOnly(2020, 3, 30),
        [
            new GoldTimex(new TextSpan(text.IndexOf("Sunday", StringComparison.Ordinal), 6), "DATE", "2020-03-29"),
            new GoldTimex(new TextSpan(text.IndexOf("spring", StringComparison.Ordinal), 6), "DATE", "2021-SP"),
            new GoldTimex(new TextSpan(0, 8), "DATE", "PRESENT_REF"),
        ]);
        var report = new TimeEvaluation(Some.Pipeline).Evaluate([gold], new List<string>());
        // Sitrep finds "Sunday" (strict) and "the spring" (relaxed, 2020-SP); "Fighting" is nothing.
        Assert.Equal((3, 2, 1, 2, 1), (report.Counts["gold"], report.Counts["predicted"], report.Counts["strict_matches"], report.Counts["relaxed_matches"], report.Counts["value_correct"]));
        Assert.Equal((0.5, 0.4), (report.Scores["strict_precision"], Math.Round(report.Scores["value_f1"], 4)));
    }

    [Fact]
    public void Splits_a_range_into_the_two_dates_TimeML_writes()
    {
        var doc = Some.Report("Talks ran from 2015 to 2017.", "2020-03-30");
        Assert.Equal([("2015", "2015"), ("2017", "2017")], TimeEvaluation.Predictions(doc).Select(p => (p.Span.Of(doc.Text), p.Value)).ToArray());
    }
}
