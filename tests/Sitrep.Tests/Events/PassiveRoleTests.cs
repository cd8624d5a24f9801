using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Who did it and to whom where the clause is passive or says its subject was attacked: a participle joined
/// to a passive one, an agent shared by joined participles, and "came under attack from".
/// </summary>
public sealed class PassiveRoleTests
{
    private static (string Type, string Trigger, string? Actor, string? Target, string? ActorWords)[] Events(string text)
    {
        var doc = Some.Report(text, "2020-03-30");
        return doc.Events.Select(e => (e.Type, doc.TextOf(e.Trigger), doc.NameOf(e.ActorId), doc.NameOf(e.TargetId), e.ActorWords is { } w ? doc.TextOf(w) : null)).ToArray();
    }

    [Fact]
    public void A_demonym_before_a_force_after_a_preposition_describes_the_force()
    {
        var attack = Some.Report("IS kills 26 in surprise attack on Iraqi Kurdish forces", "2015-01-01");
        Assert.Equal("Peshmerga", attack.NameOf(Assert.Single(attack.Events).TargetId));
        var arrest = Some.Report("A suspected Isis member was arrested by Iraqi Kurds in Erbil.", "2018-02-09");
        Assert.Equal("Kurds", arrest.NameOf(Assert.Single(arrest.Events, e => e.Type == "COERCE").ActorId));
        // Troops sent "into" a country are sent there.
        var sent = Some.Report("Turkey sent troops into Syria in 2016 to prevent Syrian Kurdish fighters from forming a contiguous entity.", "2018-01-15");
        Assert.Equal("Syria", sent.NameOf(Assert.Single(sent.Events, e => e.Type == "MOBILIZE").PlaceId));
    }

    [Fact]
    public void A_participle_joined_to_a_passive_one_is_done_to_the_subject()
    {
        // The PLV sentence: "killed" had Gul Rahman as the killer, and no target, so the attack was dropped.
        Assert.Equal([("ASSAULT", "killed", null, "Gul Rahman", null)],
            Events("Gul Rahman, a suspected militant, was tortured and killed in a secret CIA prison in Afghanistan."));
        // An adjective before "and" makes no passive: Livingstone refused, nobody refused him.
        var doc = Some.Report("At his weekly press conference on Tuesday, Mr Livingstone said his comments were not racist and refused to apologise.", "2005-02-15");
        var refusal = Assert.Single(doc.Events);
        Assert.Equal(("REJECT", "Livingstone"), (refusal.Type, doc.NameOf(refusal.ActorId)));
    }

    [Fact]
    public void Kin_after_a_clause_of_its_own_are_the_victims()
    {
        // Written after a Guardian report of 2018 that gave the kidnapping of a son to his mother.
        var doc = Some.Report("Haiyan Srihini fled from Hama. Srihini was beaten and their young son was kidnapped.", "2018-04-03");
        var kidnapping = Assert.Single(doc.Events);
        Assert.Equal((null, "their young son"), (kidnapping.TargetId, doc.TextOf(kidnapping.TargetWords!.Value)));
    }

    [Fact]
    public void A_deed_with_no_place_of_its_own_is_where_a_phrase_of_its_phrase_says()
    {
        // The parser hangs "in Turkey" on "years": the jailing is still in Turkey.
        var doc = Some.Report("A former Royal Marine has been jailed for nearly six years in Turkey after he was convicted of fighting alongside a Kurdish militia.", "2018-12-14");
        var jailing = Assert.Single(doc.Events);
        Assert.Equal(("COERCE", "Turkey"), (jailing.Type, doc.Entities.Single(e => e.Id == jailing.PlaceId).Name));
    }

    [Fact]
    public void Joined_participles_share_the_by_phrase_of_the_last()
    {
        Assert.Equal([("COERCE", "arrested", null, "protesters", "police")], Events("Five protesters were arrested and beaten by police in Cairo."));
        Assert.Equal([("COERCE", "detained", "Turkish police", null, null)],
            Events("Two journalists were detained and questioned by Turkish police in Istanbul.").Select(e => e with { Target = null }).ToArray());
    }

    [Fact]
    public void Those_who_come_under_attack_are_its_target_and_the_from_phrase_its_attacker()
    {
        Assert.Equal([("ASSAULT", "attack", "Islamic State", "Iraqi Security Forces", null)],
            Events("A convoy of Iraqi soldiers came under attack from Islamic State fighters near Tikrit on Monday."));
        Assert.Equal([("ASSAULT", "fire", "Turkish Armed Forces", "Kurds", null)],
            Events("Kurdish positions near Afrin came under heavy fire from Turkish artillery on Sunday."));
        // A "by" phrase after the noun already names the attackers; the subject before "under" is not one.
        // (Baghuz is in Syria, so its "Kurdish forces" are the SDF; while the gazetteer lacked the spelling they were the Peshmerga.)
        Assert.Equal(["Syrian Democratic Forces"], Events("The latest groups have come from the town of Baghuz, the last refuge of Isis, which has been under intensive attack by the Kurdish forces surrounding it.").Select(e => e.Actor));
    }

    [Fact]
    public void A_relative_clauses_who_is_the_noun_it_hangs_on_and_the_name_that_noun_describes()
    {
        // A Guardian sentence had the killing with no target, Aksoy being named only before "the ... film-maker who".
        Assert.Equal([("ASSAULT", "killed", "Islamic State", "Mehmet Aksoy", null)],
            Events("Hundreds gathered in London to mourn Mehmet Aksoy, the Kurdish film-maker who was killed by Islamic State fighters in Raqqa in September."));
        // Not anyone at all: a rule for voters is no refusal.
        Assert.Empty(Events("Likewise, any voter who refuses to be inked will not get a ballot."));
    }

    [Fact]
    public void The_country_before_the_attack_a_killing_was_in_made_it_and_is_not_its_place()
    {
        var doc = Some.Report("Five civilians were killed in a Russian airstrike on Idlib on Sunday.", "2020-03-30");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Russia", "Idlib"), (doc.NameOf(e.ActorId), doc.NameOf(e.PlaceId)));
        // A headline's country name before the attacks says where they were; a bomb attack may be anyone's.
        doc = Some.Report("Six killed in Iraq attacks", "2020-03-30");
        e = Assert.Single(doc.Events);
        Assert.Equal(((string?)null, "Iraq"), (doc.NameOf(e.ActorId), doc.NameOf(e.PlaceId)));
        doc = Some.Report("Fighting went on. Two people were killed in a Turkish bomb attack on Monday.", "2020-03-30");
        e = Assert.Single(doc.Events);
        Assert.Equal(((string?)null, "Turkey"), (doc.NameOf(e.ActorId), doc.NameOf(e.PlaceId)));
    }
}
