using Sitrep.Tests.Support;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>Recognition and resolution together, on sentences, against Monday 2020-03-30 unless said otherwise.</summary>
public sealed class TimeAnnotatorTests
{
    private static (string Text, string? Value, TimePrecision Precision, string? Mod)[] Times(string text, string? published = "2020-03-30")
    {
        var doc = Some.UpTo<TimeAnnotator>(text, published);
        return doc.Times.Select(t => (doc.TextOf(t.Span), t.Value, t.Precision, t.Mod)).ToArray();
    }

    [Theory]
    [InlineData("The general flew to the base on Sunday.", "on Sunday", "2020-03-29", TimePrecision.Day)]
    [InlineData("The ceremony was held on Monday.", "on Monday", "2020-03-30", TimePrecision.Day)]
    [InlineData("The talks will resume on Sunday.", "on Sunday", "2020-04-05", TimePrecision.Day)]
    [InlineData("Envoys will meet next Tuesday.", "next Tuesday", "2020-03-31", TimePrecision.Day)]
    [InlineData("Rockets hit the base last Sunday.", "last Sunday", "2020-03-29", TimePrecision.Day)]
    [InlineData("It was the third scaleback this month.", "this month", "2020-03", TimePrecision.Month)]
    [InlineData("Attacks rose last year.", "last year", "2019", TimePrecision.Year)]
    [InlineData("Talks start next month.", "next month", "2020-04", TimePrecision.Month)]
    [InlineData("Clashes erupted this week.", "this week", "2020-W14", TimePrecision.Week)]
    [InlineData("The convoy left two weeks ago.", "two weeks ago", "2020-W12", TimePrecision.Week)]
    [InlineData("The strike came three days ago.", "three days ago", "2020-03-27", TimePrecision.Day)]
    [InlineData("It happened yesterday.", "yesterday", "2020-03-29", TimePrecision.Day)]
    [InlineData("Troops arrived on March 29.", "on March 29", "2020-03-29", TimePrecision.Day)]
    [InlineData("The deal was signed on December 25.", "on December 25", "2019-12-25", TimePrecision.Day)]
    [InlineData("The deal was signed on 29 March 2020.", "on 29 March 2020", "2020-03-29", TimePrecision.Day)]
    [InlineData("The deal was signed on 29/03/2020.", "29/03/2020", "2020-03-29", TimePrecision.Day)]
    [InlineData("The deal was signed on 03/29/2020.", "03/29/2020", "2020-03-29", TimePrecision.Day)]
    [InlineData("The deal was signed on 2020-03-29.", "2020-03-29", "2020-03-29", TimePrecision.Day)]
    [InlineData("The attack came in March 2019.", "March 2019", "2019-03", TimePrecision.Month)]
    [InlineData("Elections were held in 2018.", "2018", "2018", TimePrecision.Year)]
    [InlineData("Growth slowed in the first quarter of 2020.", "the first quarter of 2020", "2020-Q1", TimePrecision.Quarter)]
    [InlineData("Fighting resumed in the summer of 2019.", "the summer of 2019", "2019-SU", TimePrecision.Season)]
    [InlineData("The camp was built in the 1990s.", "the 1990s", "199", TimePrecision.Decade)]
    public void Resolves_dates_against_the_publication_date(string text, string span, string value, TimePrecision precision)
    {
        var t = Times(text).First();
        Assert.Equal((span, value, precision), (t.Text, t.Value, t.Precision));
    }

    [Fact]
    public void Resolves_since_October_to_a_range_from_2019_10_to_the_publication_date()
    {
        var doc = Some.UpTo<TimeAnnotator>("Since October, there have been 20 missile attacks.", "2020-03-30");
        var t = doc.Times.Single();
        Assert.Equal(("Since October", "2019-10", TimePrecision.Range, "AFTER", new DateOnly(2019, 10, 1), new DateOnly(2020, 3, 30)),
            (doc.TextOf(t.Span), t.Value, t.Precision, t.Mod, t.Start!.Value, t.End!.Value));
    }

    [Fact]
    public void Resolves_the_beginning_of_this_year_to_early_2020()
    {
        var t = Times("Tensions peaked at the beginning of this year.").Single();
        Assert.Equal(("the beginning of this year", "2020", TimePrecision.Year, "START"), (t.Text, t.Value, t.Precision, t.Mod));
    }

    [Fact]
    public void Resolves_in_the_coming_days_to_a_future_range_after_the_publication_date()
    {
        var doc = Some.UpTo<TimeAnnotator>("In the coming days, you will see forces move out.", "2020-03-30");
        var t = doc.Times.Single();
        Assert.Equal(("In the coming days", "FUTURE_REF", TimePrecision.Range, new DateOnly(2020, 3, 31), (DateOnly?)null),
            (doc.TextOf(t.Span), t.Value, t.Precision, t.Start!.Value, t.End));
    }

    [Theory]
    [InlineData("It had been planned for several months.", "several months", "PXM")]
    [InlineData("The siege lasted three years.", "three years", "P3Y")]
    [InlineData("Talks went on for two weeks.", "two weeks", "P2W")]
    public void Normalises_durations(string text, string span, string value)
    {
        var t = Times(text).Single();
        Assert.Equal((span, value, TimePrecision.Duration), (t.Text, t.Value, t.Precision));
    }

    [Fact]
    public void Leaves_relative_dates_unresolved_without_a_publication_date()
    {
        var t = Times("The general flew to the base on Sunday.", published: null).Single();
        Assert.Equal(("on Sunday", null, TimePrecision.Unresolved), (t.Text, t.Value, t.Precision));
    }

    [Fact]
    public void Resolves_absolute_dates_without_a_publication_date()
    {
        var t = Times("The deal was signed on 29 March 2020.", published: null).Single();
        Assert.Equal("2020-03-29", t.Value);
    }

    [Fact]
    public void Does_not_read_the_modal_may_or_a_count_of_troops_as_dates()
    {
        Assert.Empty(Times("Officials may send 2000 troops."));
    }

    [Fact]
    public void Marks_the_date_of_an_agency_dateline()
    {
        var doc = Some.UpTo<TimeAnnotator>("QAMISHLI, Syria, Oct. 14 (Reuters) - A drone strike killed three fighters on Tuesday.", "2021-10-14");
        Assert.Equal([("Oct. 14", true), ("on Tuesday", false)], doc.Times.Select(t => (doc.TextOf(t.Span), t.Dateline)).ToArray());
    }
}
