using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class TimeExpressionResolverTests
{
    private static readonly DateOnly Monday = new(2020, 3, 30);

    [Fact]
    public void Resolves_on_Sunday_to_the_previous_Sunday() =>
        Assert.Equal(new DateOnly(2020, 3, 29), TimeExpressionResolver.WeekdayFrom(Monday, 7, 0, Tense.Past));

    [Fact]
    public void Resolves_a_weekday_in_future_tense_to_the_coming_one() =>
        Assert.Equal(new DateOnly(2020, 4, 5), TimeExpressionResolver.WeekdayFrom(Monday, 7, 0, Tense.Future));

    [Fact]
    public void Resolves_last_Monday_on_a_Monday_to_a_week_before() =>
        Assert.Equal(new DateOnly(2020, 3, 23), TimeExpressionResolver.WeekdayFrom(Monday, 1, -1, Tense.Past));

    [Fact]
    public void Resolves_next_Monday_on_a_Monday_to_a_week_after() =>
        Assert.Equal(new DateOnly(2020, 4, 6), TimeExpressionResolver.WeekdayFrom(Monday, 1, 1, Tense.Past));

    [Fact]
    public void Writes_unknown_amounts_as_X_in_durations()
    {
        Assert.Equal("PXM", TimeExpressionResolver.DurationValue(null, "M"));
        Assert.Equal("PT6H", TimeExpressionResolver.DurationValue(6, "H"));
        Assert.Equal("P20Y", TimeExpressionResolver.DurationValue(2, "DE"));
    }

    [Fact]
    public void Gives_a_month_without_year_the_most_recent_year_in_past_tense()
    {
        var r = TimeExpressionResolver.Resolve(new TimexSpec(TimexKind.Calendar) { Month = 10 }, Monday, Tense.Past);
        Assert.Equal(("2019-10", TimePrecision.Month), (r.Value, r.Precision));
    }

    [Fact]
    public void Gives_a_month_without_year_the_coming_year_in_future_tense()
    {
        var r = TimeExpressionResolver.Resolve(new TimexSpec(TimexKind.Calendar) { Month = 1 }, Monday, Tense.Future);
        Assert.Equal("2021-01", r.Value);
    }

    [Fact]
    public void Refuses_impossible_dates()
    {
        var r = TimeExpressionResolver.Resolve(new TimexSpec(TimexKind.Calendar) { Year = 2021, Month = 2, Day = 30 }, Monday, Tense.Past);
        Assert.Equal((null, TimePrecision.Unresolved), (r.Value, r.Precision));
    }
}
