using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The words of war in economic news: stoppages of work, deals struck, a navy's battle group, a company
/// named Shell, accidents in mines. Reuters-21578 sentences that had been coded as attacks.
/// </summary>
public sealed class NoAttackInEconomicNewsTests
{
    private static (string Type, string Trigger)[] Events(string text)
    {
        var doc = Some.Report(text, "1987-03-30");
        return doc.Events.Select(e => (e.Type, doc.TextOf(e.Trigger))).ToArray();
    }

    [Theory]
    [InlineData("General Motors' truck and bus group failed to reach an agreement on local issues with UAW Local 594 by the union's deadline of noon today, causing a strike by 9,000 hourly workers at the facility, the company said.")]
    [InlineData("The proposal for a general strike was narrowly defeated at a meeting yesterday but union leaders voted instead for a national week of strike action beginning on April 3.")]
    [InlineData("About 14,000 of Brazil's 40,000 seamen are now back at work after pay accords with 21 shipping companies but the rest are still on strike, a spokesman at strike headquarters said today.")]
    [InlineData("An indefinite strike by 47,000 carworkers on Tuesday closed most Brazilian plants of Autolatina, the company said.")]
    public void A_stoppage_of_work_is_no_attack(string sentence) =>
        Assert.DoesNotContain(Events(sentence), e => e.Type == "ASSAULT");

    [Fact]
    public void A_strike_that_hits_services_is_no_weapon_named_but_the_protest_stays()
    {
        // The strike is the protest: one event, at the strike, with the protesting as more of its evidence.
        Assert.Equal([("PROTEST", "strike")],
            Events("A 24-hour strike by Belgian public employees protesting against a government pay offer disrupted transport and hit ferry services and shipping, port and union officials said."));
    }

    [Fact]
    public void Air_and_military_strikes_are_still_attacks()
    {
        Assert.Equal([("ASSAULT", "air strikes")], Events("Russian air strikes on Idlib killed 20 civilians on Tuesday."));
        Assert.Equal([("ASSAULT", "strikes")], Events("US strikes against Islamic State positions near Raqqa killed dozens of fighters."));
    }

    [Theory]
    [InlineData("A U.S. Navy battle group led by the aircraft carrier Kitty Hawk is currently in the northern Arabian Sea.")]
    [InlineData("The International Cocoa Organization buffer stock could face an uphill battle to halt the downtrend in world cocoa prices.")]
    [InlineData("The Reagan Administration is discussing a deal with Cairo under which Egypt would build the U.S. M-1A1 battle tank, Pentagon officials said.")]
    [InlineData("The national strike had been tailing off since mid-March as seamen struck individual accords with companies.")]
    [InlineData("Shell is a subsidiary of Royal Dutch/Shell Group.")]
    [InlineData("Thirty South African coal miners have been killed in an underground explosion at a colliery east of Johannesburg, mine owners said.")]
    public void Business_senses_names_and_mine_accidents_are_no_attack(string sentence) =>
        Assert.DoesNotContain(Events(sentence), e => e.Type == "ASSAULT");

    [Fact]
    public void A_second_verb_joined_to_the_first_is_done_by_the_first_one_s_subject_and_a_fire_set_is_no_shooting()
    {
        // The words had made "384 Libyans" the ones who captured; the tree gives "captured" the Chadian troops.
        var doc = Some.Report("Chadian troops killed 384 Libyans and captured 48 in fighting near the key Libyan air base of Ouadi Doum in northern Chad, a Chadian government statement said.", "1987-03-30");
        Assert.DoesNotContain(doc.Events, e => doc.TextOf(e.Trigger) == "captured" && doc.NameOf(e.ActorId) == "Libyans");
        Assert.Contains(doc.Events, e => doc.TextOf(e.Trigger) == "killed" && doc.NameOf(e.ActorId) == "Chadian troops" && doc.NameOf(e.TargetId) == "Libyans");
        // "set on fire" is arson, not the verb "fire": the soldier was shot, he fired on no one.
        var belfast = Some.Report("A British soldier was shot and seriously hurt in Northern Ireland and buses and lorries were hijacked and set on fire after mourners clashed with police.", "1987-03-30");
        var shooting = Assert.Single(belfast.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("shot", null, "British Armed Forces"), (belfast.TextOf(shooting.Trigger), belfast.NameOf(shooting.ActorId), belfast.NameOf(shooting.TargetId)));
    }
}
