using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Entities;

/// <summary>Clustering mentions into entities, descriptions, pronouns, roles and name variants.</summary>
public sealed class EntityTests
{
    [Fact]
    public void Clusters_a_person_s_full_name_title_and_family_name_and_pronoun()
    {
        var doc = Some.UpTo<PronounResolver>("Gen. Vincent Barker flew to Kirkuk. He met troops. Barker said the base was ready, Gen. Barker added.", "2020-03-30");
        var barker = doc.Entity("Vincent Barker");
        Assert.Equal(["Gen. Vincent Barker", "He", "Barker", "Gen. Barker"], doc.MentionTexts(barker).ToArray());
        Assert.Equal("General", barker.Title);
    }

    [Fact]
    public void A_pronoun_skips_a_person_of_the_other_gender_by_given_name_or_honorific()
    {
        var doc = Some.UpTo<PronounResolver>("Mary Waters hired Kevin Allton because she trusted him.", "2020-03-30");
        Assert.Equal(["Mary Waters", "she"], doc.MentionTexts(doc.Entity("Mary Waters")).ToArray());
        // "him" is no "she", whoever she was resolved to.
        Assert.Equal(["Kevin Allton", "him"], doc.MentionTexts(doc.Entity("Kevin Allton")).ToArray());
        // BBC politics: "Blair" alone is a surname after "Mr", though it is a woman's given name too.
        var blair = Some.UpTo<PronounResolver>("In October Tory leader Michael Howard said Mr Blair would be running scared if he refused calls to go head-to-head.", "2005-01-10");
        Assert.Contains("he", blair.MentionTexts(blair.Entity("Blair")));
        // A family name written first is no given name ("Xi" is a woman's given name in the lists), and the verb "miss" is no honorific.
        var xi = Some.UpTo<PronounResolver>("Xi Jinping met Angela Merkel in Berlin, where he praised the talks.", "2019-03-01");
        Assert.Contains("he", xi.MentionTexts(xi.Entity("Xi Jinping")));
        var miss = Some.UpTo<PronounResolver>("Fans will miss David Beckham when he leaves.", "2007-01-12");
        Assert.Contains("he", miss.MentionTexts(miss.Entity("David Beckham")));
    }

    [Fact]
    public void A_family_name_the_tagger_reads_as_a_place_is_the_person_named_in_full_before()
    {
        // Written after a Guardian report of 2019: the tagger read "Sultana" as a place, which the
        // geocoder put in California, and the airstrike there.
        var doc = Some.Report("Kadiza Sultana left east London for Syria with two school friends in 2015.\n"
            + "In August 2016, a broadcaster reported that Sultana’s family thought she had been killed, aged 17, in a bombing raid on Raqqa.", "2019-02-14");
        Assert.Equal(["Kadiza Sultana", "Sultana", "she"], doc.MentionTexts(doc.Entity("Kadiza Sultana")).ToArray());
        Assert.DoesNotContain(doc.Entities, e => e.Kind.IsPlace() && e.Name == "Sultana");
        var killing = Assert.Single(doc.Events);
        Assert.Equal(("Raqqa", "Kadiza Sultana"), (doc.Entities.Single(e => e.Id == killing.PlaceId).Name, doc.Entities.Single(e => e.Id == killing.TargetId).Name));
    }

    [Theory]
    // Written after Guardian reports of 2019, where the tagger read both as an organisation and a place.
    [InlineData("Her Dutch husband, Yago Riedijk, 27, said this week that he wanted to return to the Netherlands.", "Yago Riedijk")]
    [InlineData("The family of Hareth Rabbah, 35, said he was detained in Idlib.", "Hareth Rabbah")]
    public void A_name_with_an_age_after_it_is_a_person(string text, string name)
    {
        var doc = Some.Report(text, "2019-03-06");
        Assert.Equal(EntityKind.Person, doc.Entity(name).Kind);
    }

    [Fact]
    public void The_country_is_the_one_the_report_is_about_when_it_was_just_named_not_one_an_adjective_evoked()
    {
        // Written after a Guardian report of 2019, where "the country's north" was North Macedonia's.
        var doc = Some.Report("The war in Syria is entering its final phase. Her husband, a Macedonian, decided it was time to leave, and they surrendered to Kurdish forces in the country's north.", "2019-03-02");
        Assert.Equal(["Syria", "the country"], doc.MentionTexts(doc.Entity("Syria")).ToArray());
    }

    [Fact]
    public void A_people_noun_no_adjective_begins_is_the_country_s_people_not_the_country_or_a_town()
    {
        var doc = Some.Report("A Turkish court jailed two Britons and a Frenchman on Monday. Konstandinos Scurfield was the first Briton to die fighting Isis.", "2019-02-14");
        var people = doc.Entities.Where(e => e.Name is "Britons" or "Frenchman").Select(e => (e.Name, e.Kind, e.Country)).ToArray();
        Assert.Equal([("Britons", EntityKind.Group, "GB"), ("Frenchman", EntityKind.Group, "FR")], people);
        Assert.Equal(["Britons", "Briton"], doc.MentionTexts(doc.Entities.Single(e => e.Name == "Britons")).ToArray());
        Assert.DoesNotContain(doc.Entities, e => e.Kind.IsPlace() && e.Name == "Briton");
    }

    [Fact]
    public void A_name_read_as_a_place_more_often_than_as_an_organisation_is_a_place_on_the_map()
    {
        var doc = Some.Report("Headline: Mayor Speaks at Immokalee TIGER Grant Event. IMMOKALEE – The mayor offered remarks on Immokalee’s streets project. Farm workers in Immokalee marched on Monday.", "2018-03-01");
        var town = doc.Entity("IMMOKALEE");
        Assert.True(town.Kind.IsPlace());
        Assert.Equal(("US", "Florida", "city"), (town.Place!.Country, town.Place.Admin1, town.Place.Precision));
    }

    [Fact]
    public void Reads_a_month_s_name_after_a_given_name_or_a_title_as_a_family_name_and_a_dated_month_as_a_month()
    {
        // Sentences from the Guardian's and PLV's reports of 2017-2019, where "May" had cut the prime minister to "Theresa".
        var doc = Some.Report("Theresa May will hold talks with European Council president Donald Tusk. In May 2017, May called an election. Mrs May said on 5 May that she would stay.", "2019-02-07");
        var may = doc.Entity("Theresa May");
        Assert.Equal(["Theresa May", "May", "Mrs May", "she"], doc.MentionTexts(may).ToArray());
        Assert.Equal(["May 2017", "on 5 May"], doc.Times.Select(t => doc.TextOf(t.Span)).ToArray());
        var talks = Some.Report("Theresa May held talks with the Irish premier Leo Varadkar at Downing Street.", "2018-02-05");
        Assert.Equal([("CONSULT", "Theresa May", "Leo Varadkar")], talks.Events.Select(e => (e.Type, talks.NameOf(e.ActorId), talks.NameOf(e.TargetId))).ToArray());
    }

    [Fact]
    public void Keeps_two_persons_with_one_family_name_apart()
    {
        var doc = Some.UpTo<EntityBuilder>("Masoud Barzani met Nechirvan Barzani in Erbil.", "2020-03-30");
        Assert.Equal(2, doc.Entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void Links_a_definite_description_to_the_last_entity_it_fits()
    {
        var doc = Some.UpTo<EntityBuilder>("Rockets hit K1 Air Base in Kirkuk. The base was handed over, and the city was calm. ISIS claimed it; the terror group is weak.", "2020-03-30");
        Assert.Contains("The base", doc.MentionTexts(doc.Entity("K1 Air Base")));
        Assert.Contains("the city", doc.MentionTexts(doc.Entity("Kirkuk")));
        Assert.Contains("the terror group", doc.MentionTexts(doc.Entity("Islamic State")));
    }

    [Fact]
    public void The_town_of_a_named_place_is_that_place_not_the_latest_town()
    {
        // A Guardian report placed a killing "in the town of Kobanî" in Mosul, the town named before.
        var doc = Some.Report("She lived in Mosul for years. Rahman was killed in the town of Kobanî last year.", "2019-02-17");
        Assert.DoesNotContain("the town", doc.MentionTexts(doc.Entity("Mosul")));
        Assert.Equal("Kobanî", doc.NameOf(Assert.Single(doc.Events).PlaceId));
    }

    [Fact]
    public void Does_not_link_a_description_that_nothing_earlier_fits()
    {
        var doc = Some.UpTo<EntityBuilder>("The base was attacked at night.", "2020-03-30");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void Reads_a_person_s_role_and_affiliation_from_an_apposition()
    {
        var doc = Some.UpTo<EntityBuilder>("Gen. Vincent Barker, CJTF – Operation Inherent Resolve Director of Sustainment flew from Erbil.", "2020-03-30");
        var barker = doc.Entity("Vincent Barker");
        Assert.Equal(("Director of Sustainment", "US-led coalition"), (barker.Role, doc.NameOf(barker.AffiliationId)));
    }

    [Fact]
    public void Reads_a_role_written_before_the_name()
    {
        var doc = Some.UpTo<EntityBuilder>("The US-led coalition left. Coalition spokesperson Colonel Myles B. Caggins III said so.", "2020-03-30");
        var caggins = doc.Entity("Myles B. Caggins III");
        Assert.Equal(("spokesperson", "Colonel", "US-led coalition"), (caggins.Role, caggins.Title, doc.NameOf(caggins.AffiliationId)));
    }

    [Fact]
    public void Reads_membership_from_an_apposition()
    {
        var doc = Some.UpTo<EntityBuilder>("Kataib Hezbollah, a member of the Iran-backed Popular Mobilization Forces (PMF), fired rockets.", "2020-03-30");
        Assert.Equal("Popular Mobilization Forces", doc.NameOf(doc.Entity("Kataib Hezbollah").PartOfId));
    }

    [Fact]
    public void Warns_that_a_name_one_letter_off_is_probably_the_same_person()
    {
        var doc = Some.UpTo<EntityBuilder>("Gen. Vincent Barker flew in. Baker previously supervised a withdrawal.", "2020-03-30");
        var warning = doc.Warnings.Single(w => w.Kind == "name-variant");
        Assert.Equal(["Baker", "Gen. Vincent Barker"], warning.Spans.Select(doc.TextOf).ToArray());
        Assert.Contains("Baker", doc.MentionTexts(doc.Entity("Vincent Barker")));
    }

    [Fact]
    public void Resolves_they_to_the_group_its_sentence_opened_with()
    {
        var doc = Some.UpTo<PronounResolver>("Some 7,500 coalition troops are in Iraq helping local troops, but they have plans to withdraw.", "2020-03-30");
        Assert.Contains("they", doc.MentionTexts(doc.Entity("US-led coalition")));
    }

    [Fact]
    public void Resolves_it_as_subject_to_the_organisation_before_it_but_never_an_it_that_ends_its_clause()
    {
        var subject = Some.UpTo<PronounResolver>("The Arab League said that it will send observers to Yemen.", "2020-03-30");
        Assert.Equal(["Arab League", "it"], subject.MentionTexts(subject.Entity("Arab League")));
        // The object of the League's own condemnation is not the League.
        var doc = Some.UpTo<PronounResolver>("When the Arab League met to condemn it, Qatar walked out of the session.", "2020-03-30");
        Assert.Equal(["Arab League"], doc.MentionTexts(doc.Entity("Arab League")));
        // After a preposition it may be the subject's: an attack on it is on the League.
        var on = Some.UpTo<PronounResolver>("The Arab League vowed to respond to any attack on it.", "2020-03-30");
        Assert.Equal(["Arab League", "it"], on.MentionTexts(on.Entity("Arab League")));
    }

    [Fact]
    public void Resolves_which_to_the_mention_before_the_comma()
    {
        var doc = Some.UpTo<PronounResolver>("Troops left K1 Air Base, which was transferred to the Iraqi army.", "2020-03-30");
        Assert.Contains("which", doc.MentionTexts(doc.Entity("K1 Air Base")));
    }

    [Fact]
    public void Gives_capitals_the_government_they_stand_for()
    {
        var doc = Some.UpTo<EntityBuilder>("Tensions between Washington and Tehran grew.", "2020-03-30");
        Assert.Equal(("United States government", "Iranian government"), (doc.Entity("Washington").StandsFor!.Name, doc.Entity("Tehran").StandsFor!.Name));
    }

    [Fact]
    public void Carries_curated_coordinates_for_known_facilities()
    {
        var doc = Some.UpTo<EntityBuilder>("Rockets hit K-1 near Kirkuk.", "2020-03-30");
        var place = doc.Entity("K1 Air Base").Place!;
        Assert.Equal(("IQ", "facility", 35.52, 44.28), (place.Country, place.Precision, place.Latitude!.Value, place.Longitude!.Value));
    }
}
