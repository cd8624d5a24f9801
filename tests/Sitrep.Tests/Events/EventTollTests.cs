using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>An event's death toll from its figures: none counted twice, none invented by adding overlapping counts.</summary>
public sealed class EventTollTests
{
    [Fact]
    public void Figures_of_one_sentence_add_up()
    {
        var doc = Some.Report("Gunmen killed three soldiers and five civilians in Mosul on Monday.", "2019-01-16");
        var killing = Assert.Single(doc.Events);
        Assert.Equal(2, killing.Quantities.Count(q => q.Role == "fatalities"));
        Assert.Equal(8, EventToll.Total(doc, killing, "fatalities"));
    }

    [Fact]
    public void Counts_guardsmen_mercenaries_and_recruits_as_people_killed()
    {
        // Guardian: "seven IRGC guardsmen were killed", "up to 200 advancing Russian mercenaries were killed" had no toll.
        var guards = Some.Report("Tehran has vowed vengeance for the strike, in which seven Iranian guardsmen were killed.", "2018-04-14");
        Assert.Equal(("seven Iranian guardsmen", 7), (guards.QuantityText(Assert.Single(guards.Events), "fatalities"), EventToll.Total(guards, guards.Events[0], "fatalities")));
        var recruits = Some.Report("A suicide bomber killed 23 army recruits in Baghdad on Monday.", "2015-06-01");
        Assert.Equal(23, EventToll.Total(recruits, Assert.Single(recruits.Events), "fatalities"));
    }

    [Fact]
    public void Figures_of_two_sentences_of_one_event_tell_the_same_dead_again_so_the_largest_stands()
    {
        // Summed, the two tellings made 20 dead where the report gives at most 16.
        var doc = Some.Report("As many as 16 people were killed in a suicide bombing in Manbij on Wednesday. The suicide bombing in Manbij killed four Americans.", "2019-01-16");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal([16.0, 4.0], bombing.Quantities.Where(q => q.Role == "fatalities").Select(q => doc.Quantities.Single(x => x.Id == q.QuantityId).Value));
        Assert.Equal(16, EventToll.Total(doc, bombing, "fatalities"));
    }

    [Fact]
    public void A_part_named_among_or_including_is_not_added_to_its_whole()
    {
        var among = Some.Report("Seven policemen were among 13 people killed in Kirkuk on Monday.", "2019-01-16");
        Assert.Equal(13, EventToll.Total(among, WithAllFigures(among), "fatalities"));
        var including = Some.Report("The blast killed 16 people, including four Americans, in Manbij.", "2019-01-16");
        Assert.Equal(16, EventToll.Total(including, WithAllFigures(including), "fatalities"));
        Assert.Null(EventToll.Total(including, WithAllFigures(including), "injured"));
    }

    [Fact]
    public void A_figure_the_others_of_its_sentence_add_up_to_is_their_whole()
    {
        var doc = Some.Report("The blast killed 12 people, eight civilians and four policemen, in Kirkuk.", "2019-01-16");
        Assert.Equal(12, EventToll.Total(doc, WithAllFigures(doc), "fatalities"));
    }

    /// <summary>The report's one event, holding every count of people in the report as its dead.</summary>
    private static Event WithAllFigures(Document doc) =>
        Assert.Single(doc.Events) with { Quantities = doc.Quantities.Where(q => q.Kind == QuantityKind.Count).Select(q => new EventQuantity(q.Id, "fatalities")).ToList() };
}
