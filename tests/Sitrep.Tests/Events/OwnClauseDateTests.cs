using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// An event's date from its own clause: not from a relative clause or one after "since" or "after", not a
/// month from the sentence before, not the narrative's day for a deed in the past perfect; kin named by
/// a possessive are the party, not the one whose kin they are; a sentence's opening "In X," is where; and a
/// summary tells the deed in the text's own past tense where its row has no gloss.
/// </summary>
public sealed class OwnClauseDateTests
{
    private static (string Trigger, string? Value, string Basis)[] Dates(string text)
    {
        var doc = Some.Report(text, "2020-03-30");
        return doc.Events.Select(e => (doc.TextOf(e.Trigger), e.Date!.Value, e.Date.Basis)).ToArray();
    }

    [Fact]
    public void A_time_in_a_relative_clause_dates_that_clause_not_the_event()
    {
        // A Guardian sentence had the arrest in 2012, the year Robinson served in Afghanistan.
        Assert.Equal([("arrested", null, "document")], Dates("Police said Robinson, who served in Afghanistan in 2012, was arrested at the border."));
    }

    [Fact]
    public void A_time_in_an_apposition_dates_the_noun_it_describes_not_the_event()
    {
        // A Guardian sentence had the strikes of the last few weeks in 2013, the year the opposition took Ghouta.
        Assert.Equal([("air strikes", null, "document")],
            Dates("In the last few weeks, air strikes by Syrian planes have killed more than 600 civilians in Ghouta, a suburb of Damascus held by the opposition since 2013."));
        // A time after the apposition's comma is the event's, wherever the parser hangs it.
        Assert.Equal([("seized", "2015-01", "own")], Dates("The insurgents seized Yemen's capital, Sana'a, in January 2015."));
    }

    [Fact]
    public void A_time_that_modifies_another_noun_dates_that_noun_not_the_event()
    {
        // A Guardian sentence had the strikes of last week in 2013, the year of the sarin attack the place was the scene of.
        Assert.Equal([("killed", "2020-W13", "own")],
            Dates("In eastern Ghouta, scene of the 2013 sarin attack, at least 200 civilians were killed in air strikes last week."));
        Assert.Equal([("denied", null, "document")], Dates("The Kremlin has denied involvement in March's attack on Sergei Skripal."));
        // The noun the time dates is the deed's own: it is the deed's time.
        Assert.Equal([("attack", "2013", "own")], Dates("The 2013 sarin attack in Ghouta killed hundreds of people."));
    }

    [Fact]
    public void A_time_after_since_or_after_dates_that_clause_not_the_event()
    {
        Assert.Equal([("killed", null, "document")],
            Dates("Holmes is believed to be the sixth British citizen killed in Syria since the first foreign volunteers joined the fight against Isis in the autumn of 2014."));
        // Its own clause's time is the withdrawal's.
        Assert.Equal([("killed", null, "document"), ("withdrew", "2014-06", "own")],
            Dates("Gunmen killed two soldiers in Mosul after the army withdrew from the city in June 2014, officials said."));
    }

    [Fact]
    public void A_time_of_its_own_clause_still_dates_the_event()
    {
        Assert.Equal([("attacked", "2020-03-29", "own")], Dates("Rebels attacked the town on Sunday, killing five civilians, officials said."));
    }

    [Fact]
    public void A_month_of_the_sentence_before_does_not_date_a_deed()
    {
        // A blind judge of Guardian events found the date of a sentence before wrong for 10 of the 14 deeds it dated, most of them by a month or a week.
        Assert.Equal([("arrested", null, "document")], Dates("Robinson travelled to Syria in July 2015. He was arrested by British police."));
    }

    [Fact]
    public void A_deed_in_the_past_perfect_is_not_dated_by_the_narratives_day()
    {
        Assert.Equal([("shelled", "2020-03-29", "own"), ("seized", null, "document")], Dates("The army shelled Idlib on Sunday. The militia had seized the town."));
    }

    [Fact]
    public void Kin_named_by_a_possessive_are_the_target_not_the_one_whose_kin_they_are()
    {
        var doc = Some.Report("Joe Robinson was arrested in Turkey. Police later detained his brother.", "2020-03-30");
        var detained = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == "detained");
        Assert.Equal(((string?)null, "his brother"), (doc.NameOf(detained.TargetId), detained.TargetWords is { } w ? doc.TextOf(w) : null));
    }

    [Fact]
    public void A_sentence_that_opens_with_a_place_puts_its_event_there_but_not_what_someone_there_said()
    {
        var doc = Some.Report("Fighting continued on Monday.\n\nIn eastern Ghouta, at least 200 civilians were killed in air strikes last week.", "2020-03-30");
        Assert.Equal([("killed", "eastern Ghouta")], doc.Events.Select(e => (doc.TextOf(e.Trigger), doc.NameOf(e.PlaceId))).ToArray());
        doc = Some.Report("Fighting continued on Monday.\n\nIn Washington, officials said rebels attacked a base.", "2020-03-30");
        Assert.Equal([("attacked", (string?)null)], doc.Events.Select(e => (doc.TextOf(e.Trigger), doc.NameOf(e.PlaceId))).ToArray());
    }

    [Fact]
    public void A_converted_PETRARCH_verb_is_told_in_the_texts_own_past_tense()
    {
        // The summary said "Turkish government retreat his fiancee" (the type's name for a row with no gloss).
        var doc = Some.Report("Joe Robinson was on holiday in Didim when armed police raided the resort. After six days of questioning, Turkish authorities released his fiancee.", "2017-08-06");
        var released = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == "released");
        Assert.Equal("Turkish government released his fiancee", Sitrep.Output.EventDescriber.Describe(doc, released));
    }
}
