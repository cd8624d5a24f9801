using Sitrep.Documents;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Wire headlines and short reports of violence, in the shapes UCDP's source headlines take:
/// who, where and how many, read from headline grammar.
/// </summary>
public sealed class HeadlineEventTests
{
    /// <summary>The one event's target named only in words, and the words' agent code.</summary>
    private static (string? Words, string? Code) TargetWords(string text, string published = "2014-06-01")
    {
        var doc = Some.Report(text, published);
        var e = Assert.Single(doc.Events);
        return (e.TargetWords is { } words ? doc.TextOf(words) : null, e.TargetWordsCode);
    }

    private static (string Type, string? Actor, string? Target, string? Place, string? Dead) Only(string text)
    {
        var doc = Some.Report(text, "2014-06-01");
        var e = Assert.Single(doc.Events);
        return (e.Type, doc.NameOf(e.ActorId), doc.NameOf(e.TargetId), doc.NameOf(e.PlaceId), doc.QuantityText(e, "fatalities"));
    }

    [Fact]
    public void A_name_before_as_or_when_or_inside_a_place_phrase_is_no_subject_of_the_verb()
    {
        // The verb after "as" has its own subject ("bombs"); the PM defends, he does not kill.
        Assert.Equal(("ASSAULT", null, null, null, "49"), Only("UPDATE 4-Iraqi PM defends counterterrorism strategy as bombs kill 49"));
        // "of Iraq" hangs on "areas", inside "in ...": where the bombings were, not who set them; the faith of the areas struck is whom.
        Assert.Equal(("ASSAULT", null, "Shiites", "Iraq", "37"), Only("Bombings in Shiite areas of Iraq kill 37"));
        // Words of the clause's own subject are its actor; a town before "when" is still the place.
        var doc = Some.Report("He was staying at the resort of Didim when armed police raided the hotel.", "2017-08-06");
        var raid = Assert.Single(doc.Events);
        Assert.Equal(("police", "Didim"), (raid.ActorWords is { } w ? doc.TextOf(w) : null, doc.NameOf(raid.PlaceId)));
        var denial = Some.Report("Her pleas to Isis led nowhere, as the militants denied they had detained her husband.", "2018-01-06");
        Assert.Equal("Islamic State", denial.NameOf(Assert.Single(denial.Events, e => e.Type == "REJECT").ActorId));
        // The detention denied keeps its victim, kin named by whose they are.
        var denied = Assert.Single(denial.Events, e => e.Type == "COERCE");
        Assert.Equal((EventStatus.Denied, "her husband"), (denied.Status, denied.TargetWords is { } t ? denial.TextOf(t) : null));
    }

    [Fact]
    public void Attacks_followed_by_including_are_a_noun_whose_place_does_not_attack()
    {
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "48"), Only("Iraq attacks including Baghdad blasts kill 48"));
    }

    [Fact]
    public void Shot_dead_or_shot_down_after_a_noun_is_a_headline_passive_whose_noun_was_hit()
    {
        Assert.Equal(("ASSAULT", null, "Iraq", null, null), Only("Iraqi helicopter shot down, pilots killed"));
        Assert.Equal(("ASSAULT", null, "Iraqi journalist", "Mosul", null), Only("Iraqi journalist shot dead in Mosul"));
    }

    [Fact]
    public void Jihadists_named_with_their_country_are_an_armed_target()
    {
        // "Iraq jihadists" is a group (IRQUAFMUS), not an armed force by kind: its code says it bears arms.
        Assert.Equal(("ASSAULT", "Kurds", "Iraq jihadists", null, null), Only("Kurd troops attack Iraq jihadists on three fronts"));
    }

    [Fact]
    public void A_headline_opening_with_suicide_blasts_tells_news_but_a_car_bomb_that_kills_is_one_killing()
    {
        Assert.Equal(("ASSAULT", null, null, "central Iraq", null), Only("Suicide blasts rock police HQ in central Iraq"));
        Assert.Equal(("ASSAULT", null, null, "Baqubah", "10"), Only("Suicide car bomb kills 10 in Iraq's Baquba"));
    }

    [Fact]
    public void Downing_an_aircraft_is_an_attack_but_downing_a_rival_in_sport_is_none()
    {
        Assert.Equal(("ASSAULT", "Islamic State", "Iraqi Security Forces", null, null), Only("Islamic State claims downing Iraqi military helicopter"));
        Assert.Empty(Some.Report("Dancevic downed American Jeff Morrison in straight sets.", "2005-01-20").Events);
    }

    [Fact]
    public void A_headline_verb_of_capture_whose_words_end_in_a_noun_of_places_takes_that_place()
    {
        // The tree misreads the headline ("village" the subject of "rebels"); the words say what was retaken.
        Assert.Equal(("ASSAULT", "Iraqi Army", null, null, null), Only("WRAPUP 1-Iraq army retakes Saddam Hussein's home village from Islamist rebels"));
        // Prose's participle before a noun of places is no capture.
        Assert.Empty(Some.Report("Later, people elected local councils to administer liberated areas.", "2017-08-12").Events);
    }

    [Fact]
    public void A_headline_refers_back_to_nothing_so_its_attack_noun_is_news()
    {
        Assert.Equal(("ASSAULT", null, null, "Iraq", null), Only("French jihadist dies in Iraq suicide attack: sources"));
        // (Who presses the assault makes it.)
        Assert.Equal(("ASSAULT", "Iraqi Army", null, "Tikrit", null), Only("WRAPUP 2-Iraqi army presses Tikrit assault as lawmakers scramble to fill posts"));
        // Beside a verb of violence, the noun is that verb's event: one killing, with its toll.
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "six"), Only("Baghdad suicide car bomb kills six"));
    }

    [Fact]
    public void A_town_named_before_the_bombs_is_where_they_went_off_not_who_set_them()
    {
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "28"), Only("Two Baghdad car bombs kill 28"));
    }

    [Fact]
    public void A_site_named_before_the_bombing_is_what_was_hit_not_who_bombed()
    {
        Assert.Equal(("ASSAULT", null, "Iraq hospital", null, "14"), Only("Iraq hospital bombing kills 14"));
    }

    [Fact]
    public void Bodies_found_are_people_killed_by_someone_unnamed_and_a_death_alone_is_not()
    {
        Assert.Equal(("ASSAULT", null, null, "Iraq", "Fifty-three blindfolded bodies"), Only("Fifty-three blindfolded bodies found in Iraq as political leaders bicker"));
        // After a wire slug the line opens where the slug ends.
        Assert.Equal(("ASSAULT", null, null, "Baghdad", null), Only("WRAPUP 1-Bodies found north of Baghdad as Sunni insurgents turn on each other"));
        var (type, actor, target, _, _) = Only("18 Iraq security personnel found dead: police");
        Assert.Equal(("ASSAULT", null, "Iraqi Security Forces"), (type, actor, target));
        Assert.Empty(Some.Report("He was found dead in his flat.", "2014-06-01").Events);
        Assert.DoesNotContain(Some.Report("UN bodies found that the camp had been shelled.", "2014-06-01").Events, e => e.Cameo == "180");
    }

    [Fact]
    public void A_suicide_bomber_is_an_armed_doer_named_in_words()
    {
        var doc = Some.Report("Suicide bomber targets senior Iraq intel officer", "2014-06-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("ASSAULT", "suicide-attack", "Suicide bomber"), (e.Type, e.Mode, e.ActorWords is { } words ? doc.TextOf(words) : null));
    }

    [Fact]
    public void A_country_named_before_attacks_is_their_place_and_the_dead_beside_them_their_toll()
    {
        Assert.Equal(("ASSAULT", null, null, "Iraq", "35 dead"), Only("35 dead in Iraq attacks as France offers help"));
    }

    [Fact]
    public void Counts_the_dead_after_at_least_and_before_the_victims_name()
    {
        Assert.Equal("at least 14", Only("Bombings kill at least 14 in, outside Baghdad").Dead);
        var (_, actor, target, place, dead) = Only("Iraq security forces kill 17 Islamic State elements in Fallujah city");
        Assert.Equal(("Iraqi Security Forces", "Islamic State", "Fallujah", "17 Islamic State elements"), (actor, target, place, dead));
    }

    [Fact]
    public void The_group_that_claims_an_attack_is_its_actor_by_its_own_claim()
    {
        // The killing is reported; who did it comes from the claim, and the explanation says so.
        var doc = Some.Report("Islamic State claims Iraq car bombs that kill nearly 60", "2014-06-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Islamic State", "Iraq", "nearly 60"), (doc.NameOf(e.ActorId), doc.NameOf(e.PlaceId), doc.QuantityText(e, "fatalities")));
        Assert.Contains(e.Explanation, l => l == "actor: 'Islamic State' — the group that claims it");
    }

    [Fact]
    public void A_headline_passive_after_a_count_has_the_counted_as_its_dead()
    {
        Assert.Equal(("ASSAULT", null, null, null, "Four killed"), Only("Four killed as Iraqis mark end of Ramadan"));
        Assert.Equal(("ASSAULT", null, "Iraqis", null, "49 Iraqis killed"), Only("Echoes of sectarian war as 49 Iraqis killed"));
    }

    [Fact]
    public void An_execution_of_a_person_the_text_does_not_name_is_an_attack()
    {
        // One journalist: a singular noun of people counts 1 dead.
        Assert.Equal(("ASSAULT", "Islamic State", null, "Mosul", "journalist"), Only("IS executes journalist in Iraq's Mosul"));
        Assert.Equal(("ASSAULT", "Islamic State", "Iraqi Security Forces", null, null), Only("IS claims beheading of Iraqi soldier"));
    }

    [Fact]
    public void No_one_attacked_is_also_the_attacker()
    {
        var (_, actor, target, _, _) = Only("Suicide bombers hit Shiites as Iraq unrest kills 41");
        Assert.Equal((null, "Shiites"), (actor, target));
    }

    [Fact]
    public void A_sports_rally_and_a_killing_told_again_make_no_event()
    {
        Assert.Empty(Some.Report("The Red Sox rally in the ninth inning fell short.", "2016-10-01").Events);
        var doc = Some.Report("The killing was condemned by the White House.", "2016-12-20");
        Assert.Equal(["ACCUSE"], doc.Events.Select(e => e.Type));
        Assert.Equal("PROTEST", Only("Thousands rallied in the capital on Sunday to demand the president's resignation.").Type);
    }

    [Fact]
    public void Scare_quotes_do_not_end_the_clause_before_the_place()
    {
        Assert.Equal(("ASSAULT", "Iraqi Security Forces", null, "Anbar", "30"), Only("Iraqi forces kill 30 \"terrorists\" in Anbar - website"));
    }

    [Fact]
    public void Words_against_a_show_are_no_attack_but_jihadists_attacking_a_refinery_are()
    {
        Assert.Empty(Some.Report("Campaigners attack MTV 'sleaze'", "2005-01-01").Events);
        var doc = Some.Report("Jihadists attack Iraq's largest oil refinery", "2014-06-18");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("ASSAULT", "Jihadists"), (e.Type, doc.TextOf(e.ActorWords!.Value)));
    }

    [Fact]
    public void Tear_gas_fired_to_disperse_a_crowd_is_no_missile_attack_but_troops_firing_on_militiamen_are()
    {
        Assert.DoesNotContain(Some.Report("Security forces fired tear gas to disperse the crowd.", "2019-11-01").Events, e => e.Type == "ASSAULT");
        var doc = Some.Report("Syrian state media said Turkish troops fired on the pro-government militiamen.", "2018-02-20");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && doc.NameOf(e.ActorId) == "Turkish Armed Forces");
    }

    [Fact]
    public void A_state_firing_or_launching_weapons_at_another_attacks_it_but_a_missile_test_or_an_army_launched_is_no_attack()
    {
        var doc = Some.Report("North Korea fired two artillery shells at South Korea on Thursday.", "2010-11-26");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("ASSAULT", "fired", "North Korea", "South Korea", "2010-11-25"), (e.Type, doc.TextOf(e.Trigger), doc.NameOf(e.ActorId), doc.NameOf(e.TargetId), e.Date!.Value));
        var raid = Some.Report("The United States launched 59 cruise missiles at a Syrian air base.", "2017-04-07");
        var strike = Assert.Single(raid.Events);
        Assert.Equal(("ASSAULT", "launched", "United States"), (strike.Type, raid.TextOf(strike.Trigger), raid.NameOf(strike.ActorId)));
        Assert.Empty(Some.Report("North Korea launched a ballistic missile on Thursday.", "2017-07-28").Events);
        var planes = Some.Report("U.S. planes strike militants near Sinjar", "2014-08-10");
        Assert.Equal(("ASSAULT", "United States"), (Assert.Single(planes.Events).Type, planes.NameOf(planes.Events[0].ActorId)));
        Assert.DoesNotContain(Some.Report("The caliphate was crushed by armies launched by Damascus and Baghdad.", "2019-03-23").Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void A_headline_opening_with_its_fighting_or_fresh_attacks_reports_them()
    {
        var fighting = Some.Report("Heavy fighting as Syrian troops try to encircle Douma", "2018-03-10");
        var e = Assert.Single(fighting.Events);
        Assert.Equal(("ASSAULT", "fighting", "Douma"), (e.Type, fighting.TextOf(e.Trigger), fighting.NameOf(e.PlaceId)));
        var attacks = Some.Report("Fresh jihadist attacks in north Syria send families fleeing", "2018-03-10");
        var a = Assert.Single(attacks.Events);
        Assert.Equal(("ASSAULT", "attacks", "jihadist"), (a.Type, attacks.TextOf(a.Trigger), attacks.TextOf(a.ActorWords!.Value)));
    }

    [Fact]
    public void A_state_battling_an_armed_group_or_retaking_a_town_from_it_fights_it_but_a_club_battling_a_club_does_not()
    {
        var battle = Some.Report("Syria battles Islamic State near Palmyra", "2015-03-10");
        var e = Assert.Single(battle.Events);
        Assert.Equal(("ASSAULT", "Syria", "Islamic State", "Palmyra"), (e.Type, battle.NameOf(e.ActorId), battle.NameOf(e.TargetId), battle.NameOf(e.PlaceId)));
        var retake = Some.Report("Iraq retakes Tikrit from Islamic State", "2015-03-10");
        var r = Assert.Single(retake.Events);
        Assert.Equal(("ASSAULT", "retakes", "Iraq", "Tikrit"), (r.Type, retake.TextOf(r.Trigger), retake.NameOf(r.ActorId), retake.NameOf(r.PlaceId)));
        Assert.Empty(Some.Report("Arsenal battle Chelsea for the title", "2015-03-10").Events);
        var ground = Some.Report("Kurds gain ground against Islamic State in northern Iraq", "2015-03-10");
        var g = Assert.Single(ground.Events);
        Assert.Equal(("ASSAULT", "Kurds", "Islamic State"), (g.Type, ground.NameOf(g.ActorId), ground.NameOf(g.TargetId)));
        Assert.Empty(Some.Report("The bill advanced against strong opposition in the Senate", "2015-03-10").Events);
    }

    [Fact]
    public void A_killing_in_a_named_attack_takes_its_parties_and_a_blast_claimed_by_a_group_is_its_attack()
    {
        var ambush = Some.Report("Two officers killed in Islamic State ambush near Ramadi", "2016-06-10");
        var a = Assert.Single(ambush.Events);
        Assert.Equal(("killed", "Islamic State", "Ramadi"), (ambush.TextOf(a.Trigger), ambush.NameOf(a.ActorId), ambush.NameOf(a.PlaceId)));
        var attack = Some.Report("Suicide bomber kills 12 in attack on Afghan police", "2016-06-10");
        var k = Assert.Single(attack.Events);
        Assert.Equal(("Suicide bomber", "Afghan police"), (attack.TextOf(k.ActorWords!.Value), attack.NameOf(k.TargetId)));
        var claimed = Some.Report("Kabul blast claimed by Islamic State kills nine", "2016-06-10");
        var b = Assert.Single(claimed.Events);
        Assert.Equal(("blast", "Islamic State", "Kabul"), (claimed.TextOf(b.Trigger), claimed.NameOf(b.ActorId), claimed.NameOf(b.PlaceId)));
        var wave = Some.Report("Al-Qaeda group claims wave of Baghdad attacks", "2014-06-10");
        var w = Assert.Single(wave.Events);
        Assert.Equal(("attacks", "al-Qaeda", "Baghdad", EventStatus.Claimed), (wave.TextOf(w.Trigger), wave.NameOf(w.ActorId), wave.NameOf(w.PlaceId), w.Status));
        var claim = Some.Report("Qaeda group claims mall assault in Baghdad", "2014-06-10");
        var c = Assert.Single(claim.Events);
        Assert.Equal((EventStatus.Claimed, "al-Qaeda"), (c.Status, claim.NameOf(c.ClaimedById)));
    }

    [Fact]
    public void An_armed_group_named_before_an_offensive_makes_it_and_a_massacre_is_an_attack_on_civilians()
    {
        var offensive = Some.Report("Iraqi troops backed by tribal forces repel Islamic State offensive in Ramadi", "2015-06-10");
        var o = Assert.Single(offensive.Events);
        Assert.Equal(("offensive", "Islamic State", "Ramadi"), (offensive.TextOf(o.Trigger), offensive.NameOf(o.ActorId), offensive.NameOf(o.PlaceId)));
        var massacre = Some.Report("Islamic State massacred 50 villagers near Mosul", "2015-06-10");
        var m = Assert.Single(massacre.Events);
        Assert.Equal(("ASSAULT", "massacre", "202", "Violence against civilians", "Islamic State"), (m.Type, m.Mode, m.Cameo, m.AcledEventType, massacre.NameOf(m.ActorId)));
        // A participle after the group is no offensive of theirs.
        var joined = Some.Report("She joined the Kurdish forces fighting Islamic State.", "2018-03-10");
        Assert.DoesNotContain(joined.Events, e => e.Type == "ASSAULT" && joined.TextOf(e.Trigger) == "fighting");
    }

    [Fact]
    public void Who_died_is_the_target_and_a_light_verb_reaches_its_noun_over_modifiers()
    {
        // (The classifier trained on every PLV sentence reads "... died in the fighting, a monitor said" as no event, by 10.3.)
        Assert.Equal(("ASSAULT", null, "civilians", null, "At least 230 civilians"), Only("At least 230 civilians have died in the air strikes, a monitor said."));
        var doc = Some.Report("Syrian regime forces launched a fresh ground and air offensive on Sunday against rebel positions in eastern Ghouta.", "2018-02-25");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal(("offensive", "2018-02-25", "Syrian government", "eastern Ghouta"), (doc.TextOf(e.Trigger), e.Date!.Value, doc.NameOf(e.ActorId), doc.NameOf(e.PlaceId)));
    }

    [Fact]
    public void A_verb_of_violence_made_figurative_by_its_particle_is_no_attack()
    {
        Assert.Empty(Some.Report("Officials tried to kill off speculation that the army would retaliate.", "2018-04-10").Events);
        Assert.DoesNotContain(Some.Report("The president fired off an angry tweet at the rebels on Wednesday.", "2018-04-11").Events, e => e.Type == "ASSAULT");
        Assert.Contains(Some.Report("US troops have shot down two Iranian drones over Syria.", "2018-04-11").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Words_in_a_place_markets_and_investigated_claims_are_no_violence_and_a_countrys_drone_attack_is_its_own()
    {
        Assert.DoesNotContain(Some.Report("Clinton attacks Trump in Iowa", "2016-01-20").Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(Some.Report("Shares rallied in Tokyo on Monday.", "2016-01-20").Events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(Some.Report("The UN investigated claims of chemical attacks in Douma.", "2018-04-10").Events, e => e.Type == "ASSAULT");
        Assert.Equal(("ASSAULT", "United States", null, "Somalia", "5"), Only("US drone attack kills 5 in Somalia"));
    }

    [Fact]
    public void A_noun_does_not_take_the_phrases_of_a_later_noun()
    {
        var doc = Some.Report("The attack came a day before a key meeting between Russia, Turkey and Iran in Moscow.", "2016-12-20");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_country_before_a_noun_of_places_says_where_not_who()
    {
        // Without the rule "Iraqi" was the killer and "Iraq" the car bomb's maker.
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "16 people"), Only("Bombs in Baghdad, Iraqi town kill 16 people"));
        Assert.Equal(("ASSAULT", null, null, "Iraq", "16"), Only("Iraq market car bomb kills 16"));
    }

    [Fact]
    public void A_headlines_source_before_a_colon_is_no_party_of_what_follows()
    {
        // Without the rule the officials who report it were read as the killers.
        // (The town is where, as it is without the source: "Baghdad, Iraqi town" is a list inside "in".)
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "16 people"), Only("Iraqi officials: Bombs in Baghdad, Iraqi town kill 16 people"));
    }

    [Fact]
    public void The_wire_slug_a_preposition_a_verb_or_a_weapons_maker_is_no_party_in_words()
    {
        static (string? Actor, string? Target) Words(string text)
        {
            var doc = Some.Report(text, "2014-06-01");
            var e = doc.Events.First();
            return (e.ActorWords is { } a ? doc.TextOf(a) : null, e.TargetWords is { } t ? doc.TextOf(t) : null);
        }
        Assert.Equal(("Insurgents", null), Words("REFILE-Insurgents attack town north of Baghdad"));
        Assert.Equal((null, null), Words("UPDATE 2-Bombs hit Iraq funeral and football stadium, killing 22"));
        Assert.Equal((null, null), Words("Car bombs, suicide attack kill at least 22 in Iraq"));
        Assert.Equal((null, null), Words("Shelling kills 11 in Iraq's Fallujah: doctor"));
        Assert.Equal((null, "Thirty militants"), Words("Thirty militants killed in Iraqi oil field - website"));
    }

    [Fact]
    public void A_verb_in_scare_quotes_is_still_the_verb_of_its_clause()
    {
        Assert.Equal(("ASSAULT", "Islamic State", null, "Mosul", null), Only("Islamic State \"executes\" journalist in Iraq's Mosul"));
        Assert.Equal(("ASSAULT", "Iraqi Security Forces", "Islamic State", "eastern Ramadi", null), Only("Iraqi military \"repels\" Islamic State in eastern Ramadi"));
    }

    [Fact]
    public void Retaking_a_place_the_text_names_only_by_a_noun_of_places_is_a_capture()
    {
        var doc = Some.Report("Iraqi forces retake villages on way to besieged town", "2014-06-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("ASSAULT", "retake", "Iraqi Security Forces", "villages"), (e.Type, doc.TextOf(e.Trigger), doc.NameOf(e.ActorId), doc.TextOf(e.TargetWords!.Value)));
    }

    [Fact]
    public void The_dead_of_violence_or_bloodshed_are_a_violent_event_with_its_toll()
    {
        Assert.Equal(("ASSAULT", null, null, "Iraq", "31 dead"), Only("31 dead in two days of Iraq violence"));
        Assert.Equal(("ASSAULT", null, null, "Iraq", "At least 75 dead"), Only("At least 75 dead in Iraq bloodshed: officials"));
        // Violence with no one killed or hurt is no event of its own.
        // (The fans' condemnation is an accusation of its own since the classifier was retrained in the second session of 2026-12-07.)
        var fans = Some.Report("Fans condemned the violence at the match.", "2014-06-01");
        Assert.Equal(["ACCUSE"], fans.Events.Select(e => e.Type).ToArray());
    }

    [Fact]
    public void A_person_noun_before_a_headlines_participle_is_the_victim_one_or_many()
    {
        // Before, the commander and the soldiers were read as the killers; the ambush the killing was in names who did it.
        Assert.Equal(("ASSAULT", "Kurds", "Turkish Armed Forces", null, "Turkish army commander"), Only("Turkish army commander killed in Kurdish ambush"));
        Assert.Equal(("ASSAULT", null, "Syrian Arab Army", "Homs", "Six Syrian soldiers and militiamen"), Only("Six Syrian soldiers and militiamen killed fighting rebels near Homs"));
    }

    [Fact]
    public void A_count_after_a_participle_is_its_object_so_the_strikes_killed_the_civilians()
    {
        // Read as a headline passive before, the civilians struck Russia.
        Assert.Equal(("ASSAULT", "Russia", "civilians", "Idlib", "20 civilians"), Only("Russian air strikes killed 20 civilians in Idlib."));
    }

    [Fact]
    public void The_states_whose_air_strikes_killed_act_and_are_no_place()
    {
        // One attack by both, its 200 dead counted once.
        var doc = Some.Report("At least 200 civilians were killed in Syrian and Russian air strikes last week.", "2018-02-25");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Syria", "Russia", "civilians", null, "At least 200 civilians"),
            (doc.NameOf(e.ActorId), doc.NameOf(Assert.Single(e.AssociatedActorIds)), doc.NameOf(e.TargetId), doc.NameOf(e.PlaceId), doc.QuantityText(e, "fatalities")));
        Assert.StartsWith("Syria and Russia ", Sitrep.Output.EventDescriber.Describe(doc, e));
    }

    [Fact]
    public void A_one_line_report_keeps_its_event_though_the_classifier_reads_none()
    {
        // Too short to call quiet: the classifier reads NONE by 34 here.
        Assert.Equal(("ASSAULT", "Islamic State", null, null, "16 traders"), Only("IS executes 16 traders on Iraqi road"));
    }

    [Fact]
    public void A_bare_noun_that_opens_a_headline_is_news_not_a_mention_to_merge()
    {
        Assert.Equal(("ASSAULT", null, null, "Fallujah", null), Only("Clashes near Iraq's Fallujah as conflict toll reaches 366"));
    }

    [Fact]
    public void A_noun_before_a_verb_that_says_it_happened_is_the_event_with_the_verbs_phrases()
    {
        // UCDP's headline; the parser reads "Clashes erupt" as one noun.
        Assert.Equal(("ASSAULT", null, null, "west Iraq", null), Only("Clashes erupt in west Iraq as standoff persists"));
        var doc = Some.Report("Clashes broke out between police and gunmen in Ramadi on Monday.", "2014-06-01");
        var clash = Assert.Single(doc.Events);
        Assert.Equal(("Clashes", "Ramadi", "Unidentified armed group"), (doc.TextOf(clash.Trigger), doc.NameOf(clash.PlaceId), doc.NameOf(clash.ActorId)));
        // Reuters: the verb lends only its own phrases, not those of the clause joined to it ("the ports" are the marines').
        var strike = Some.Report("A national seamen's strike, however, continued and marines remained in the country's main ports.", "1987-03-02");
        Assert.DoesNotContain(strike.Events, e => e.Type == "ASSAULT");
        // "continued" before the noun it describes says nothing happened.
        var detention = Some.Report("Rights groups protest continued detention of activists in Cairo.", "2014-06-01");
        Assert.DoesNotContain(detention.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Kin_owned_by_a_pronoun_that_names_no_one_are_the_party_in_words()
    {
        // The Guardian: "her" is Hoda Muthana, whom Sitrep reads as no person.
        var doc = Some.Report("Her husband was killed in Mosul last year.", "2019-02-17");
        var killing = Assert.Single(doc.Events);
        Assert.Equal(("Her husband", "Mosul"), (killing.TargetWords is { } t ? doc.TextOf(t) : null, doc.NameOf(killing.PlaceId)));
        // Past a clause of the verb's own the kin did not do it: the soldiers attacked.
        var fled = Some.Report("Her husband fled when soldiers attacked the village.", "2019-02-17");
        Assert.DoesNotContain(fled.Events, e => e.Type == "ASSAULT" && e.ActorWords is { } w && fled.TextOf(w) == "Her husband");
    }

    [Fact]
    public void A_word_of_how_fierce_an_event_was_is_no_party_of_it()
    {
        var doc = Some.Report("Fierce clashes erupted in Ramadi on Monday.", "2014-06-01");
        var clash = Assert.Single(doc.Events);
        Assert.Equal(("ASSAULT", "Ramadi", null), (clash.Type, doc.NameOf(clash.PlaceId), clash.ActorWords is { } w ? doc.TextOf(w) : null));
        Assert.Equal(("ASSAULT", null, null, "Anbar", "Three killed"), Only("Three killed in fierce clashes in Iraq's Anbar"));
    }

    [Fact]
    public void An_ing_word_that_modifies_the_object_keeps_the_verb_active_and_be_or_have_make_no_attacker()
    {
        var doc = Some.Report("Troops killed fleeing civilians near the border.", "2014-06-01");
        Assert.Equal("Troops", doc.TextOf(Assert.Single(doc.Events).ActorWords!.Value));
        var had = Some.Report("Pakistan had a suicide attack on Monday.", "2014-06-01");
        Assert.DoesNotContain(had.Events, e => had.NameOf(e.ActorId) == "Pakistan");
    }

    [Fact]
    public void The_group_that_claims_an_attack_with_nothing_else_named_is_its_actor()
    {
        // The dead were in Iraq, the one country the headline names.
        Assert.Equal(("ASSAULT", "al-Qaeda", null, "Iraq", "Five dead"), Only("Five dead in Iraq as Qaeda group claims mall assault"));
    }

    [Fact]
    public void A_hedge_between_the_counted_victims_and_the_participle_keeps_the_headline_passive()
    {
        Assert.Equal(("ASSAULT", null, "Islamic State", "Mosul", "Some 25 Islamic State militants"), Only("Some 25 Islamic State militants reportedly killed in air raids on Iraq's Mosul"));
    }

    [Fact]
    public void Said_before_a_bare_participle_hedges_the_killing_and_says_nothing()
    {
        var doc = Some.Report("Forty IS militants said killed in clashes with peshmerga in Iraq's Mosul town", "2014-06-01");
        Assert.Empty(doc.Quotes);
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Islamic State", "Forty IS militants"), (doc.NameOf(e.TargetId), doc.QuantityText(e, "fatalities")));
    }

    [Fact]
    public void The_figure_a_death_toll_rises_to_is_the_attacks_toll_but_not_a_months_or_a_wars()
    {
        Assert.Equal("47", Only("Death toll from Baghdad car bombs rises to 47").Dead);
        Assert.Equal("19", Only("Toll in Baghdad suicide bomb against Shiites reaches 19").Dead);
        Assert.Equal("14", Only("Iraq violence kills 14 as January toll tops 800").Dead);
    }

    [Fact]
    public void A_count_before_a_compass_phrase_or_in_quotation_marks_is_still_the_toll()
    {
        Assert.Equal("12", Only("Attacks kill 12 south of Baghdad: officials").Dead);
        Assert.Equal("\"14\" Islamic State elements", Only("Airstrikes of Iraqi aircraft kill \"14\" Islamic State elements in Tikrit").Dead);
        Assert.Equal("19 Iraqis", Only("Islamic State allegedly executes 19 Iraqis for cooperation with security forces").Dead);
    }

    [Fact]
    public void Members_counted_before_the_group_that_names_them_are_its_dead()
    {
        Assert.Equal(("ASSAULT", null, "Iraqi Security Forces", null, "14 members"), Only("14 members of Iraqi security forces killed: security"));
        Assert.Equal(("ASSAULT", null, "Iraqi Al-Naqshabandi Order", "Mosul", "Two leaders"), Only("Two leaders of Iraqi Al-Naqshabandi Order killed in Mosul"));
    }

    [Fact]
    public void The_party_an_opening_attack_noun_is_against_is_the_target_not_the_subject()
    {
        Assert.Equal(("ASSAULT", null, "Sunnis", null, "51"), Only("Bombs against Iraqi Sunnis kill 51"));
        Assert.Equal(("ASSAULT", null, "Shiites", "Iraq", "18"), Only("Attacks on Shiites kill 18 in Iraq"));
    }

    [Fact]
    public void Victims_counted_by_kind_are_the_target_in_words_with_their_agent_code()
    {
        Assert.Equal(("12 security personnel", "MIL"), TargetWords("Iraq attacks kill 12 security personnel"));
        var gunmen = Assert.Single(Some.Report("Militants killed 12 people in Baghdad", "2014-06-01").Events);
        Assert.Equal(("UAF", "PPL"), (gunmen.ActorWordsCode, gunmen.TargetWordsCode));
    }

    [Fact]
    public void Victims_a_headline_passive_counts_before_killed_are_the_target_in_words()
    {
        // The count's words end in "killed"; who died is what stands before it (UCDP's Iraq headlines).
        Assert.Equal(("Ten military personnel", "MIL"), TargetWords("Ten military personnel killed in three bombings in Iraq"));
        Assert.Equal(("Twenty-five people", "PPL"), TargetWords("Twenty-five people killed in three bombings in Shi'ite parts of Baghdad"));
        Assert.Equal((null, null), TargetWords("Six killed as officials count Iraq ballots"));
    }

    [Fact]
    public void Policemen_and_servicemen_counted_as_victims_are_police_and_military()
    {
        // Phoenix lists "police" and "soldier" but not "policeman" or "serviceman" (data/agent-nouns.tsv).
        Assert.Equal(("nine policemen", "COP"), TargetWords("A suicide bomber killed nine policemen in Mosul on Sunday.", "2014-06-09"));
        Assert.Equal(("two servicemen", "MIL"), TargetWords("Gunmen killed two servicemen near Kirkuk"));
    }

    [Fact]
    public void A_named_one_before_a_bare_killed_is_who_was_killed_not_who_killed()
    {
        // A headline's passive without "was": any noun or name before the participle with no object after it.
        Assert.Equal(("ASSAULT", null, "Islamic State", "Tal Afar", null), Only("Senior Islamic State figure killed in Tal Afar"));
        Assert.Equal(("ASSAULT", null, "Islamic State", "Mosul", null), Only("Islamic State finance chief killed in Mosul raid"));
    }

    [Fact]
    public void The_ones_named_before_among_the_dead_are_the_target_in_words()
    {
        var doc = Some.Report("Two police officers among 11 killed in Mosul", "2014-06-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Two police officers", "COP", "11 killed"), (doc.TextOf(e.TargetWords!.Value), e.TargetWordsCode, doc.QuantityText(e, "fatalities")));
        // Prose: "were" before "among" is not one of them.
        var prose = Some.Report("Two officers were among those killed by the blast in Mosul.", "2014-06-01");
        Assert.Equal("Two officers", prose.TextOf(Assert.Single(prose.Events).TargetWords!.Value));
    }

    [Fact]
    public void A_place_after_a_bare_killed_is_where_not_who()
    {
        // "north of" opens a place as a preposition does; a passive has no object that acts.
        Assert.Equal(("ASSAULT", null, "Islamic State", "Mosul", "Islamic State commander"), Only("Islamic State commander killed north of Mosul"));
    }

    [Fact]
    public void A_country_before_one_of_its_towns_is_where_and_before_its_airbase_whom()
    {
        Assert.Equal(("ASSAULT", null, null, "Tikrit", null), Only("Militants launch assault on Iraq's Tikrit"));
        Assert.Equal(("ASSAULT", "United States", "Syria", "Shayrat Airbase", null), Only("US missiles hit Syria's Shayrat airbase"));
    }

    [Fact]
    public void An_attack_in_a_headline_naming_one_country_and_no_town_is_placed_in_that_country()
    {
        Assert.Equal(("ASSAULT", null, null, "Iraq", "12"), Only("Bombs kill 12 as Iraq unrest grows"));
        // Two countries named: no telling which.
        var two = Some.Report("Bombs kill 12 as Iraq and Syria hold talks", "2014-06-01");
        Assert.Null(Assert.Single(two.Events, e => e.Type == "ASSAULT").PlaceId);
    }

    [Fact]
    public void A_headline_the_classifier_reads_as_no_event_is_parsed_all_the_same()
    {
        // The capture row needs a place as its object, which only the tree gives.
        Assert.Equal(("ASSAULT", "Syria", null, null, null), Only("Syria retakes village from rebels"));
    }

    [Fact]
    public void Who_the_counted_dead_mostly_or_partly_were_is_the_target_in_words()
    {
        Assert.Equal(("police", "COP"), TargetWords("Mosul attacks kill 15, mostly police"));
        Assert.Equal(("pilgrims", "REL"), TargetWords("Bombs kill 40 including pilgrims, reporters"));
    }

    [Theory]
    [InlineData("Wave of bombings kills 40 people in Basra")]
    [InlineData("CORRECTED-UPDATE 3-Basra motorbike blast kills 12")]
    public void A_measure_of_attacks_or_a_wire_slug_does_nothing(string headline)
    {
        var e = Assert.Single(Some.Report(headline, "2014-06-01").Events);
        Assert.Equal((null, null), (e.ActorId, e.ActorWords));
    }

    [Fact]
    public void The_dead_in_an_air_raid_do_not_carry_out_the_raid()
    {
        var doc = Some.Report("Some 25 Islamic State militants reportedly killed in air raids on Iraq's Mosul", "2014-06-01");
        Assert.DoesNotContain(doc.Events, e => doc.NameOf(e.ActorId) == "Islamic State");
    }

    [Fact]
    public void The_dead_beside_an_attack_noun_are_its_toll_over_the_nouns_that_modify_it()
    {
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "Seven dead"), Only("Seven dead in suicide bomb attack in Baghdad"));
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "Seven dead"), Only("Seven dead in bomb attack in Baghdad"));
    }

    [Fact]
    public void Across_a_place_is_where_it_happened()
    {
        Assert.Equal("Iraq", Only("Bombs targeting Shi'ites kill 16 across Iraq").Place);
    }

    [Fact]
    public void A_weapon_and_the_verb_right_after_it_are_one_attack_of_the_weapons_manner()
    {
        var doc = Some.Report("Suicide bomb hits Shiite mosque in Baghdad", "2014-06-01");
        var attack = Assert.Single(doc.Events);
        Assert.Equal(("suicide-attack", "Shiites", "Baghdad"), (attack.Mode, doc.NameOf(attack.TargetId), doc.NameOf(attack.PlaceId)));
    }

    [Fact]
    public void A_headlines_attack_on_a_party_it_names_is_an_event_and_a_foiled_one_did_not_happen()
    {
        Assert.Equal(("ASSAULT", null, "Iraqi Federal Police", null, null), Only("At least 500 escape in deadly assaults on Iraq prisons"));
        var foiled = Some.Report("Iraqi forces foil suicide attack on army base near Tikrit", "2014-06-01");
        Assert.Equal(EventStatus.Negated, Assert.Single(foiled.Events).Status);
        // A foiling reaches only its object's deed, not the next clause's; a deed "was foiled" did not happen either.
        Assert.Equal(EventStatus.Reported, Assert.Single(Some.Report("Days after police foiled a plot, gunmen attacked a church in Cairo.", "2014-06-01").Events).Status);
        // No attack where nothing says violence: "steps up attacks on" a rival is words.
        Assert.DoesNotContain(Some.Report("Pope condemns attacks on Christians", "2014-06-01").Events, e => e.Type == "ASSAULT");
        // "when" joins the count to its attack: "Seven killed when suicide bomber attacks mosque".
        Assert.Equal("Seven dead", Only("Seven dead when suicide bomber attacks mosque in Baghdad").Dead);
        // A scare quote ends no clause: what he said his troops would do is planned.
        var speech = Some.Report("Speaking on state television in Damascus, Assad said his troops would “liberate every inch” of Syria.", "2019-02-17");
        Assert.Equal(EventStatus.Planned, Assert.Single(speech.Events).Status);
        // Not in a report's body: "attacks on civilians" there is no event of its own.
        Assert.DoesNotContain(Some.Report("The ministers met on Monday. They spoke of attacks on Iraq prisons.", "2014-06-01").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_wire_credit_after_a_dash_is_no_part_of_the_place_name()
    {
        Assert.Equal("Baghdad", Only("Car bomb in Baghdad -sources").Place);
    }

    [Fact]
    public void A_count_of_bombs_is_no_toll_and_the_dead_counted_before_as_or_after_that_are_the_attacks()
    {
        // "two car bombs" counts the bombs, not the dead, though the verb is one of killing.
        var bombs = Some.Report("At least 10 killed by two car bombs in Baghdad -sources", "2014-06-01");
        var killed = Assert.Single(bombs.Events);
        Assert.Equal(("At least 10 killed", "two car bombs"), (bombs.QuantityText(killed, "fatalities"), bombs.QuantityText(killed, "theme")));
        Assert.Single(killed.Quantities, q => q.Role == "fatalities");
        // "die" counts the dead as "dead" does; the bomber is the attack's doer, no other attack between.
        Assert.Equal(("ASSAULT", "11 die"), (Only("11 die as suicide bomber targets Iraq Shiite worshippers") is var die ? (die.Type, die.Dead) : default));
        // So are people who "have died" since an offensive began.
        var offensive = Some.Report("Since Turkey launched a military offensive in Afrin, around 230 civilians have died.", "2018-03-16");
        Assert.Equal("around 230 civilians", offensive.QuantityText(Assert.Single(offensive.Events), "fatalities"));
        // A relative clause right after the attack counts its dead.
        Assert.Equal("15", Only("IS claims Baghdad bombing that killed 15").Dead);
    }

    [Fact]
    public void The_dead_and_the_year_of_a_clause_after_where_are_not_the_attacks_before_it()
    {
        var doc = Some.Report("Shelling went on in eastern Ghouta, where 1,300 people died in 2013.", "2018-02-20");
        var shelling = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == "Shelling");
        Assert.Null(doc.QuantityText(shelling, "fatalities"));
        // Nor is the place's year the shelling's date: it is known only as before the report.
        Assert.Equal(((string?)null, new DateOnly(2018, 2, 20)), (shelling.Date?.Value, shelling.Date?.End));
        // "Merle Kilgore ... has died": a death no one counts makes no tolled attack of a song's "hit".
        Assert.DoesNotContain(Some.Report("Merle Kilgore, co-writer of the country hit Ring of Fire, has died of congestive heart failure aged 70.", "2005-02-08").Events,
            e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_name_inside_the_subject_s_phrase_of_where_is_no_subject_and_a_faith_s_site_attacked_names_whom()
    {
        // "Shiite" describes the mosque attacked: no attacker; the faith of the site attacked is the target.
        Assert.Equal(("ASSAULT", null, "Shiites", "Baghdad", "at least 11"), Only("Fresh attack at Baghdad Shiite mosque kills at least 11"));
        // The same after a bare count of the dead.
        Assert.Equal(("ASSAULT", null, "Shiites", "Baghdad", "12"), Only("Car bomb kills 12 in Shiite area of Baghdad: officials"));
        // Not an ethnic group's quarter: its men may be fighters.
        Assert.Equal(("ASSAULT", null, null, "Kirkuk", "12"), Only("Car bomb kills 12 in Kurdish area of Kirkuk: officials"));
        // Both places of "inside, around" and of "in Kirkuk, Baghdad" are where; neither killed anyone.
        Assert.Equal(("ASSAULT", null, null, "Baghdad", "at least 7 people"), Only("Iraq: Attacks inside, around Baghdad kill at least 7 people"));
        var list = Some.Report("Car bombs in Kirkuk, Baghdad kill 33", "2014-06-01");
        Assert.Equal(["Baghdad", "Kirkuk"], list.Events.Select(e => list.NameOf(e.PlaceId)).Order());
        Assert.All(list.Events, e => Assert.Equal(("bombs", null), (list.TextOf(e.Trigger), list.NameOf(e.ActorId))));
        // A passive's victim is looked for past the places of where he came from.
        var from = Some.Report("John Hartley, 25, a farmer from Barnsley, South Yorkshire, was killed in the fighting.", "2017-12-05");
        Assert.Equal("John Hartley", from.NameOf(Assert.Single(from.Events).TargetId));
    }

    [Fact]
    public void Unnamed_people_right_around_an_active_verb_are_its_parties_where_the_tree_reads_one_noun()
    {
        // The tree reads "bombers attack police" as one noun; the words around the verb name who and whom.
        var doc = Some.Report("20 killed as bombers attack police and troops voting in Iraq", "2014-04-28");
        var attack = Assert.Single(doc.Events);
        Assert.Equal(("bombers", "police", "COP", "Iraq"), (doc.TextOf(attack.ActorWords!.Value), doc.TextOf(attack.TargetWords!.Value), attack.TargetWordsCode, doc.NameOf(attack.PlaceId)));
        // Only words that open their phrase: the victims before "kill" are no attackers, nor is "a military" of a clash.
        var mourners = Some.Report("Bombs targeting mourners kill 10 in Iraq: officials", "2014-04-28");
        Assert.All(mourners.Events, e => Assert.Null(e.ActorWords));
        var clash = Some.Report("Russian officials warned of the dangers of a military clash with the United States.", "2018-04-10");
        Assert.All(clash.Events, e => Assert.True(e.ActorWords is null || clash.TextOf(e.ActorWords.Value) != "a military"));
        // A headline's passive: the words before it are the victims, a police general police (data/agent-nouns.tsv).
        Assert.Equal(("Police general", "COP"), TargetWords("Police general killed as Iraq forces advance in Baiji"));
        // A participle with no object after it is no doer's verb, though the words did not mark it passive.
        var baiji = Some.Report("Police general killed in Baiji", "2014-06-01");
        Assert.All(baiji.Events, e => Assert.Null(e.ActorWords));
    }

    [Fact]
    public void Who_presses_or_wages_an_offensive_makes_it_and_an_as_clause_of_another_attack_keeps_its_place()
    {
        // A place between the light verb and its noun is the noun's modifier; the subject after "as" is the clause's own.
        var doc = Some.Report("Baghdad attacks kill 16 as Iraq presses Anbar assault", "2014-01-10");
        var assault = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == "assault");
        Assert.Equal(("Iraq", "Anbar"), (doc.NameOf(assault.ActorId), doc.NameOf(assault.PlaceId)));
        // The Baghdad attacks are not placed in Anbar, whose assault the "as" clause tells.
        Assert.Contains(doc.Events, e => doc.TextOf(e.Trigger) == "attacks" && doc.NameOf(e.PlaceId) == "Baghdad" && e.ActorId is null);
        // An "as" clause that tells no other attack still says where the fighting was.
        Assert.Equal(("ASSAULT", null, null, "Fallujah", null), Only("Heavy fighting as Iraqi forces try to surround Falluja"));
        var waged = Some.Report("Turkey is waging an offensive against a Kurdish militia in Afrin.", "2018-02-26");
        Assert.Equal("Turkey", waged.NameOf(Assert.Single(waged.Events, e => e.Type == "ASSAULT").ActorId));
    }

    [Fact]
    public void A_country_s_name_right_before_a_party_describes_the_party_attacked()
    {
        // "Iraq" says whose worshippers; the worshippers' faith is whom the bomber struck, and Iraq where.
        Assert.Equal(("ASSAULT", null, "Shiites", "Iraq", "11 die"), Only("11 die as suicide bomber targets Iraq Shiite worshippers"));
    }

    [Fact]
    public void The_force_whose_site_an_attack_struck_is_its_target()
    {
        // As an attack on a US base is on US forces: the police of a police checkpoint or headquarters.
        Assert.Equal(("police", "COP"), TargetWords("Suicide blasts rock police HQ in central Iraq"));
        Assert.Equal(("police", "COP"), TargetWords("Iraqi officials: Suicide bomb at police checkpoint kills 7"));
        // Not a site of no one's: a market is where.
        Assert.Equal((null, null), TargetWords("Suicide bomb at crowded market kills 7"));
        // Not over the dead counted by a noun of their own, nor a site the attack was only near.
        var near = Some.Report("A suicide bomber blew himself up near a police station in Kirkuk, killing 12 civilians.", "2014-06-01");
        Assert.DoesNotContain(near.Events, e => e.TargetWordsCode == "COP");
    }

    [Fact]
    public void Words_read_around_a_verb_stay_out_of_a_fronted_place_phrase_a_noun_s_press_and_a_shot_victim()
    {
        // A country after a fronted place phrase and a comma is the subject.
        var geneva = Some.Report("In Geneva, Russia condemned the air strikes on Idlib.", "2018-04-10");
        Assert.Contains(geneva.Events, e => e.Type == "ACCUSE" && geneva.NameOf(e.ActorId) == "Russia");
        // "minimum wage" is no light verb of the protests.
        var wage = Some.Report("Amazon hit by minimum wage protests", "2018-04-10");
        Assert.DoesNotContain(wage.Events, e => wage.NameOf(e.ActorId) == "Amazon");
        // A headline's "shot" with no object is no doer's verb.
        var shot = Some.Report("Police colonel shot in Baiji", "2014-06-01");
        Assert.All(shot.Events, e => Assert.Null(e.ActorWords));
    }
}

/// <summary>"a day before a key meeting", "A week after the shooting": dated only through the event counted from.</summary>
public sealed class AnchoredDatingTests
{
    private const string Ankara = "Russia's ambassador to Turkey was shot dead in Ankara on Monday. The attack came a day before a key meeting between Russia, Turkey and Iran in Moscow. A week after the shooting, police arrested four suspects.";

    [Fact]
    public void Dates_an_event_a_week_after_a_dated_shooting_from_the_shooting()
    {
        var doc = Some.Report(Ankara, "2016-12-20");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal(("2016-12-26", "anchored"), (arrest.Date!.Value, arrest.Date.Basis));
        Assert.Contains(arrest.Explanation, l => l == "date 2016-12-26: 'A week after the shooting', counted from 2016-12-19");
    }

    [Fact]
    public void Dates_the_meeting_a_day_after_the_attack_that_came_a_day_before_it()
    {
        var doc = Some.Report(Ankara, "2016-12-20");
        var meetings = doc.Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Equal(["2016-12-20", "2016-12-20"], meetings.Select(e => e.Date!.Value));
    }

    [Fact]
    public void A_time_in_another_clause_of_the_sentence_comes_before_an_earlier_sentences_time()
    {
        var doc = Some.Report("The UN demanded a ceasefire last Sunday. Details of Sunday's fighting were sketchy, but Syrian warplanes kept up their bombardment of the enclave.", "2018-02-25");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal(("2018-02-25", "context"), (e.Date!.Value, e.Date.Basis));
    }

    [Fact]
    public void A_time_inside_the_counted_phrase_dates_the_event_counted_from()
    {
        var doc = Some.Report("A week after the shooting on Monday, police arrested four men.", "2018-04-12");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal(("2018-04-16", "anchored"), (arrest.Date!.Value, arrest.Date.Basis));
    }

    [Fact]
    public void A_count_no_calendar_holds_and_a_comparison_date_nothing()
    {
        var far = Some.Report("Ten thousand years after the flood, troops withdrew from the town of Tal Afar.", "2017-08-20");
        Assert.DoesNotContain(far.Events, e => e.Date?.Basis == "anchored");
        var compared = Some.Report("Government troops withdrew from Tal Afar, compared with a year earlier when they held it.", "2017-08-20");
        Assert.DoesNotContain(compared.Events, e => e.Date?.Basis == "anchored");
    }

    [Fact]
    public void Leaves_undated_what_is_counted_from_an_event_the_report_does_not_date()
    {
        var doc = Some.Report("Two days after the bombing, government troops withdrew from the town of Tal Afar.", "2017-08-20");
        var e = Assert.Single(doc.Events, x => x.Type == "RETREAT");
        Assert.Equal((null, TimePrecision.Unresolved, "anchored"), (e.Date!.Value, e.Date.Precision, e.Date.Basis));
        Assert.Contains(e.Explanation, l => l.StartsWith("date unknown: 'Two days after the bombing' counts from an event", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_hostage_taking_as_an_abduction_and_a_seized_dam_as_a_capture()
    {
        // UCDP headlines the coder missed.
        var hostages = Some.Report("Militants take hostages in Baghdad as Jan toll tops 900", "2014-01-30");
        var taking = Assert.Single(hostages.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("take hostages", "abduct", "Baghdad"), (hostages.TextOf(taking.Trigger), taking.Mode, hostages.NameOf(taking.PlaceId)));
        var dam = Some.Report("Iraqi Kurdish forces seized the dam from Islamic State fighters on Sunday.", "2014-08-17");
        Assert.Contains(dam.Events, e => e.Type == "ASSAULT" && dam.TextOf(e.Trigger) == "seized");
        // PLV: stations seized are a place taken.
        var stations = Some.Report("The Syrian army seized all three pumping stations on the Kirkuk-Baniyas pipeline.", "2014-08-17");
        Assert.Contains(stations.Events, e => e.Type == "ASSAULT" && stations.TextOf(e.Trigger) == "seized" && stations.NameOf(e.ActorId) == "Syrian Arab Army");
        // Words of holding no territory: "take place", "taken to hospital" stay no capture.
        Assert.DoesNotContain(Some.Report("The talks will take place in Geneva on Monday.", "2014-08-17").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Reads_a_plural_noun_of_violence_before_a_headline_s_verb_as_the_event()
    {
        // UCDP headlines the coder missed: "attacks" was read as a verb whose subject was "Iraq".
        var toll = Some.Report("Iraq attacks push May death toll past 600", "2013-05-31");
        Assert.Equal(("attacks", "Iraq"), (toll.TextOf(Assert.Single(toll.Events).Trigger), toll.NameOf(toll.Events[0].PlaceId)));
        // The headline verb's object is where it struck, even when the parser takes the verb for a noun.
        var rock = Some.Report("31 dead as car bombs rock Iraq", "2013-05-31");
        Assert.Contains(rock.Events, e => e.Type == "ASSAULT" && rock.TextOf(e.Trigger) == "bombs" && rock.NameOf(e.PlaceId) == "Iraq");
        // Only the verb's own words: "raise questions about whether Pakistan ..." names no target.
        var questions = Some.Report("The attacks raise questions about whether Pakistan can control militants.", "2013-05-31");
        Assert.DoesNotContain(questions.Events, e => questions.NameOf(e.TargetId) == "Pakistan");
        // "targets" after "strikes" is the verb's object, not a headline's verb.
        var strikes = Some.Report("Israel strikes targets in Gaza after rocket fire", "2021-05-11");
        Assert.Contains(strikes.Events, e => e.Type == "ASSAULT" && strikes.NameOf(e.ActorId) == "Israel");
    }
}
