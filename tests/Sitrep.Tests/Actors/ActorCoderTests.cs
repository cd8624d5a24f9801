using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Actors;

public class ActorCoderTests
{
    [Fact]
    public void Names_and_codes_a_leader_the_phoenix_dictionaries_lack_by_the_office_held_on_the_report_date()
    {
        // A PLV sentence: "Trump" alone was no entity, so the agreement had only Putin.
        var pair = Some.Report("Trump and Putin have agreed to share information on North Korea.", "2017-07-08");
        Assert.Equal(("USAGOV", "Donald Trump"), (pair.Entity("Donald Trump").Code, pair.NameOf(pair.Events.Single().ActorId)));
        Assert.Equal("actors/dictionary:persons.tsv:Donald Trump valid USAGOV@2017-01-20..2021-01-20", pair.Entity("Donald Trump").AssignedCode!.DecidedBy);
        // The CIA's director in 2017, the government's secretary of state in 2019; out of office, an elite.
        const string text = "Mike Pompeo said the talks went well.";
        Assert.Equal(("USASPY", "USAGOV", "USAELI"), (Some.Report(text, "2017-06-01").Entity("Mike Pompeo").Code,
            Some.Report(text, "2019-06-01").Entity("Mike Pompeo").Code, Some.Report(text, "2022-06-01").Entity("Mike Pompeo").Code));
        // Found again by family name, as a name the text spells out would be (a Guardian article of 2018-10-13).
        var prince = Some.Report("Mohammed bin Salman, the crown prince of Saudi Arabia, met Erdoğan. Bin Salman sees himself as a reformer.", "2018-10-13");
        Assert.Equal(["Mohammed bin Salman", "Salman"], prince.MentionTexts(prince.Entity("Mohammed bin Salman")).ToArray());
    }

    [Fact]
    public void Codes_a_named_person_by_the_role_the_dictionary_gives_for_the_report_date()
    {
        const string text = "U.N. Secretary-General Kofi Annan urged both sides to return to talks on Tuesday.";
        var in2001 = Some.Report(text, "2001-05-08").Entity("Kofi Annan");
        Assert.Equal("IGOUNO", in2001.Code);
        Assert.StartsWith("actors/phoenix:phoenix-actors.tsv:KOFI ANNAN", in2001.AssignedCode!.DecidedBy);
        Assert.EndsWith("valid IGOUNO@1997-01-01..2006-12-31", in2001.AssignedCode.DecidedBy);
        // After his term the dictionary has only the undated elite code.
        Assert.Equal("ELI", Some.Report(text, "2015-05-08").Entity("Kofi Annan").Code);
    }

    [Fact]
    public void Joins_a_demonym_before_a_title_to_the_title_agent()
    {
        var doc = Some.Report("Iraqi President Barham Salih met the envoy in Baghdad on Sunday.", "2020-03-29");
        var salih = doc.Entity("Barham Salih");
        Assert.Equal("IRQGOV", salih.Code);
        Assert.Equal("actors/agent:phoenix-agents.tsv:PRESIDENT (Phoenix.agents.txt:1141) + \"Iraqi\"", salih.AssignedCode!.DecidedBy);
    }

    [Fact]
    public void Gives_a_spokesman_the_code_of_what_he_speaks_for()
    {
        var doc = Some.Seed();
        Assert.Equal("IGOMIL", doc.Entity("Myles B. Caggins III").Code);
        Assert.Equal("actors/affiliation:US-led coalition", doc.Entity("Myles B. Caggins III").AssignedCode!.DecidedBy);
        Assert.Equal("IRQGOV", doc.Entity("Mohammed Fazel").Code);
    }

    [Fact]
    public void Leaves_an_actor_the_dictionaries_do_not_know_without_a_code()
    {
        var doc = Some.Report("Zorlu Holding said it would appeal the ruling.", "2020-03-29");
        var zorlu = Assert.Single(doc.Entities);
        Assert.Equal(("Zorlu Holding", null, null), (zorlu.Name, zorlu.Code, zorlu.AssignedCode));
    }

    [Fact]
    public void Reads_the_users_own_states_and_uses_their_names_as_modifiers()
    {
        var resources = SitrepResources.Load(actorFiles: [Some.Fixture("eval", "events", "petrarch-unit-countries.tsv")]);
        var doc = SitrepPipelines.Default(resources).Run(new Document(
            "The Calenardhon government condemned an attack by Osgiliath soldiers in south Ithilen on Thursday.",
            new DocumentSource { Published = new DateOnly(1995, 1, 6) }));
        Assert.Equal("CALGOV", doc.Entity("Calenardhon government").Code);
        Assert.Equal("OSGMIL", doc.Entity("Osgiliath soldiers").Code);
        Assert.Equal("ITH", doc.Entity("Ithilen").Code);
    }

    [Fact]
    public void A_country_name_before_forces_after_a_preposition_is_the_states_force_unless_forces_takes_an_object()
    {
        var attack = Some.Report("A suicide bomber killed 15 in an attack on Iraq forces in Ramadi.", "2014-06-01");
        Assert.Equal("IRQMIL", attack.Entity("Iraqi Security Forces").Code);
        // "forces" with an object is the verb of a new clause.
        var war = Some.Report("The war in Iraq forces many families to flee.", "2014-06-01");
        Assert.DoesNotContain(war.Entities, e => e.Code == "IRQMIL");
    }

    [Fact]
    public void A_headline_country_name_before_an_agent_noun_is_that_countrys_people_but_prose_keeps_the_person()
    {
        // Headlines write "Iraq mourners" where prose writes "Iraqi mourners"; the mark after the noun is not part of it.
        Assert.Equal("IRQCVL", Some.Report("Bombs hit Iraq mourners, eight dead", "2014-06-01").Entity("Iraq mourners").Code);
        // Prose writes "Iraqi mourners": there the country's name is the place's.
        Assert.DoesNotContain(Some.Report("Bombs hit Iraq mourners in Baghdad.", "2014-06-01").Entities, e => e.Code == "IRQCVL");
        // Not a military noun: the Phoenix "bombers" are aircraft, and a headline's bombers are not.
        Assert.DoesNotContain(Some.Report("Iraq bombers kill 24 in a cafe", "2014-06-01").Entities, e => e.Code == "IRQMIL");
        // A title set off by commas before a name is the person's, not the state's.
        var envoy = Some.Report("The Turkish foreign minister, Ahmet Yildiz, flew to Paris on Tuesday.", "2019-02-01");
        Assert.Equal(EntityKind.Person, envoy.Entity("Ahmet Yildiz").Kind);
        Assert.DoesNotContain(envoy.Entities, e => e.Name == "Turkish foreign minister");
        // Prose keeps a country's title before a person named after it.
        Assert.DoesNotContain(Some.Report("The US national security adviser, John Bolton, visited Ankara.", "2019-01-08").Entities, e => e.Name == "US national security adviser");
    }

    [Fact]
    public void Headline_and_monitoring_spellings_of_al_Qaeda_are_al_Qaeda()
    {
        Assert.Equal("IMGMUSAQD", Some.Report("Qaeda front group claims Iraq ministry attack", "2014-06-01").Entity("al-Qaeda").Code);
        Assert.Equal("IMGMUSAQD", Some.Report("Al-Qa'idah fighters laid mines in Fallujah", "2014-06-01").Entity("al-Qaeda").Code);
    }
}
