using Sitrep.Documents;
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
    // A Guardian report of 14 March 2019: "More than 100 civilians have been killed since the beginning of the year."
    [InlineData("More than 100 civilians have been killed since the beginning of the year.", "since the beginning of the year", "2020-01-01", "2020-03-30")]
    [InlineData("Prices have doubled since last year.", "since last year", "2019-01-01", "2020-03-30")]
    [InlineData("The ministry said so earlier this month.", "earlier this month", "2020-03-01", "2020-03-30")]
    [InlineData("The ministry will report later this year.", "later this year", "2020-03-30", "2020-12-31")]
    public void Reads_since_a_period_and_earlier_or_later_in_this_one_as_the_days_from_or_to_the_report(string text, string span, string start, string end)
    {
        var doc = Some.UpTo<TimeAnnotator>(text, "2020-03-30");
        var time = Assert.Single(doc.Times);
        Assert.Equal((span, TimePrecision.Range, DateOnly.Parse(start), DateOnly.Parse(end)), (doc.TextOf(time.Span), time.Precision, time.Start, time.End));
    }

    [Fact]
    public void Leaves_the_end_of_the_year_unread_without_since_or_until()
    {
        Assert.Empty(Times("Talks collapsed at the end of the year."));
        // "until next week" is still next week; "until the end of the year" closes there.
        Assert.Equal([("until next week", "2020-W15", TimePrecision.Week, null)], Times("The vote was postponed until next week."));
        Assert.Equal([("until the end of the year", "2020", TimePrecision.Range, "BEFORE")], Times("Talks will go on until the end of the year."));
    }

    [Fact]
    public void A_period_since_the_report_s_own_day_ends_on_that_day()
    {
        // 30 March 2020 is a Monday: "since the start of the week" is that day alone, never the week to come.
        var doc = Some.UpTo<TimeAnnotator>("Prices have risen since the start of the week.", "2020-03-30");
        var time = Assert.Single(doc.Times);
        Assert.Equal((new DateOnly(2020, 3, 30), new DateOnly(2020, 3, 30)), (time.Start, time.End));
    }

    [Theory]
    [InlineData("The general flew to the base on Sunday.", "on Sunday", "2020-03-29", TimePrecision.Day)]
    [InlineData("The ceremony was held on Monday.", "on Monday", "2020-03-30", TimePrecision.Day)]
    [InlineData("The talks will resume on Sunday.", "on Sunday", "2020-04-05", TimePrecision.Day)]
    [InlineData("Envoys will meet next Tuesday.", "next Tuesday", "2020-03-31", TimePrecision.Day)]
    // The future word governs a weekday a long phrase away, over an apposition's commas too.
    [InlineData("The adviser is expected to hold tense talks with Turkish officials in Ankara over Syria on Tuesday.", "on Tuesday", "2020-03-31", TimePrecision.Day)]
    [InlineData("Ministers will meet Putin in Sochi, the Russian resort, on Tuesday.", "on Tuesday", "2020-03-31", TimePrecision.Day)]
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

    [Theory]
    [InlineData("Fighting resumed in the summer.", "the summer", "2020-SU")]
    [InlineData("The dam broke last winter.", "last winter", "2019-WI")]
    [InlineData("Profit fell in the third quarter.", "the third quarter", "2019-Q3")]
    [InlineData("Sales grew in Q3 2019.", "Q3 2019", "2019-Q3")]
    [InlineData("The budget for fiscal 2019 was cut.", "fiscal 2019", "2019")]
    [InlineData("Output doubled in the first half of 2019.", "the first half of 2019", "2019-H1")]
    [InlineData("The truce of 2015 collapsed the following year.", "the following year", "2016")]
    [InlineData("Protesters gather every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("Monitors report daily.", "daily", "P1D")]
    [InlineData("Convoys pass twice a week.", "twice a week", "P1W")]
    [InlineData("The road is now open.", "now", "PRESENT_REF")]
    [InlineData("Shops stayed shut over the weekend.", "the weekend", "2020-W13-WE")]
    [InlineData("The strike hit at 3 p.m. on Sunday.", "3 p.m. on Sunday", "2020-03-29T15:00")]
    public void Normalises_seasons_quarters_sets_and_references_to_TIMEX3_values(string text, string span, string value)
    {
        var t = Times(text).Last();
        Assert.Equal((span, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("Talks ran March 3-5, 2020 in Geneva.", "March 3-5, 2020", "2020-03-03/2020-03-05", "2020-03-03", "2020-03-05")]
    [InlineData("The fair ran from 3 to 5 March.", "from 3 to 5 March", "2020-03-03/2020-03-05", "2020-03-03", "2020-03-05")]
    [InlineData("Fighting lasted from March 28 to April 2.", "from March 28 to April 2", "2020-03-28/2020-04-02", "2020-03-28", "2020-04-02")]
    [InlineData("Between 2015 and 2017 the town was held by ISIS.", "Between 2015 and 2017", "2015/2017", "2015-01-01", "2017-12-31")]
    [InlineData("The 2014-17 occupation ended.", "2014-17", "2014/2017", "2014-01-01", "2017-12-31")]
    [InlineData("Prices rose from March to May 2019.", "from March to May 2019", "2019-03/2019-05", "2019-03-01", "2019-05-31")]
    public void Reads_ranges_as_intervals_with_a_start_and_an_end(string text, string span, string value, string start, string end)
    {
        var doc = Some.UpTo<TimeAnnotator>(text, "2020-03-30");
        var t = doc.Times.Single();
        Assert.Equal((span, value, TimePrecision.Range, DateOnly.Parse(start), DateOnly.Parse(end)), (doc.TextOf(t.Span), t.Value, t.Precision, t.Start!.Value, t.End!.Value));
    }

    [Fact]
    public void Does_not_read_two_years_joined_by_and_as_a_range()
    {
        Assert.Equal([("1990", "1990"), ("1991", "1991")], Times("Results for 1990 and 1991 were poor.").Select(t => (t.Text, t.Value)).ToArray());
    }

    [Fact]
    public void Leaves_out_daily_and_quarterly_before_a_noun()
    {
        Assert.Empty(Times("The daily newspaper reported quarterly earnings."));
    }

    [Fact]
    public void Counts_a_year_ago_and_the_quarter_from_the_quarter_being_reported()
    {
        var times = Times("Net income rose 5% in the third quarter. Sales in the quarter were up from a year ago, and the year-earlier figure was restated.", "1989-10-26");
        Assert.Equal([("the third quarter", "1989-Q3"), ("the quarter", "1989-Q3"), ("a year ago", "1988-Q3"), ("the year-earlier", "1988-Q3")],
            times.Select(t => (t.Text, t.Value)).ToArray());
    }

    [Fact]
    public void Takes_the_latest_quarter_as_the_last_one_ended()
    {
        Assert.Equal(("the latest quarter", "1989-Q3"), Times("Profit in the latest quarter fell.", "1989-11-02").Select(t => (t.Text, t.Value)).Single());
    }

    [Fact]
    public void Leaves_a_count_from_another_event_unresolved_and_counts_from_the_narratives_date_otherwise()
    {
        Assert.Equal([("on Tuesday", "2020-03-24", TimePrecision.Day, (string?)null), ("a day before", null, TimePrecision.Unresolved, null)],
            Times("Gunmen killed two policemen in Kirkuk on Tuesday, a day before a key meeting of Iraqi leaders."));
        Assert.Equal([("a week after", (string?)null, TimePrecision.Unresolved, (string?)null)], Times("The attack came a week after the ceasefire was signed."));
        Assert.Equal([("on March 3", "2020-03-03", TimePrecision.Day, (string?)null), ("Two days after", "2020-03-05", TimePrecision.Day, null)],
            Times("Talks began on March 3. Two days after that, the rebels withdrew."));
    }
}
