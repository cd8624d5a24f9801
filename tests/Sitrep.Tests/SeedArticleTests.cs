using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests;

/// <summary>
/// The canonical input (a Rudaw report on the K1 Air Base handover) published 2020-03-30: every
/// value the first issue lists, asserted exactly.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<Document> Doc = new(Some.Seed);

    private static Document D => Doc.Value;

    private static Entity E(string name) => D.Entity(name);

    private static Event Only(Func<Event, bool> which) => D.Events.Single(which);

    [Fact]
    public void Reads_the_outlet_from_the_In_Rudaw_line_and_the_headline_as_title()
    {
        Assert.Equal(("Rudaw", "Rudaw", "US-led coalition will still partner with Iraqi, Kurdish security forces despite base transfers: officials"),
            (D.Source.Outlet, D.TextOf(D.Source.OutletSpan!.Value), D.Source.Title));
        Assert.Equal(D.Source.Title, D.TextOf(D.Source.TitleSpan!.Value));
    }

    [Fact]
    public void Finds_Gen_Vincent_Barker_Director_of_Sustainment_of_the_coalition()
    {
        var barker = E("Vincent Barker");
        Assert.Equal((EntityKind.Person, "General", "Director of Sustainment", "US-led coalition"), (barker.Kind, barker.Title, barker.Role, D.NameOf(barker.AffiliationId)));
        Assert.Equal(["Gen. Vincent Barker", "He", "Baker", "Gen. Barker"], D.MentionTexts(barker).ToArray());
    }

    [Fact]
    public void Finds_Col_Myles_B_Caggins_III_the_coalition_spokesperson()
    {
        var caggins = E("Myles B. Caggins III");
        Assert.Equal(("Colonel", "spokesperson", "US-led coalition"), (caggins.Title, caggins.Role, D.NameOf(caggins.AffiliationId)));
    }

    [Fact]
    public void Finds_Mohammed_Fazel_envoy_to_President_Barham_Salih()
    {
        var fazel = E("Mohammed Fazel");
        Assert.Equal(("special envoy to Iraqi President Barham Salih", "Barham Salih"), (fazel.Role, D.NameOf(fazel.AffiliationId)));
        var salih = E("Barham Salih");
        Assert.Equal(("President", "Iraq"), (salih.Title, D.NameOf(salih.AffiliationId)));
    }

    [Fact]
    public void Warns_that_Baker_is_most_likely_Barker_misspelt_with_both_spans()
    {
        var warning = D.Warnings.Single(w => w.Kind == "name-variant");
        Assert.Equal(["Baker", "Gen. Vincent Barker"], warning.Spans.Select(D.TextOf).ToArray());
        Assert.Contains("\"Baker\" is probably \"Barker\"", warning.Message);
    }

    [Theory]
    [InlineData("US-led coalition", EntityKind.Coalition, "IGOMIL", "CJTF – Operation Inherent Resolve")]
    [InlineData("Iraqi Security Forces", EntityKind.Military, "IRQMIL", "ISF")]
    [InlineData("Iraqi Army", EntityKind.Military, "IRQMIL", "Iraqi army")]
    [InlineData("Peshmerga", EntityKind.ArmedGroup, "IRQKRDMIL", "Kurdish security forces")]
    [InlineData("Islamic State", EntityKind.ArmedGroup, "IMGMUSISI", "ISIS")]
    [InlineData("Syrian Democratic Forces", EntityKind.ArmedGroup, "SYRKRDREB", "Kurdish-led forces")]
    [InlineData("Kataib Hezbollah", EntityKind.ArmedGroup, "IRQREB", "Kataib Hezbollah")]
    [InlineData("Popular Mobilization Forces", EntityKind.ArmedGroup, "IRQMIL", "Hashd al-Shaabi")]
    [InlineData("Iraqi government", EntityKind.Government, "IRQGOV", "Iraqi authorities")]
    [InlineData("Iranian proxy groups", EntityKind.ArmedGroup, "REB", "Iranian proxy groups")]
    public void Links_the_actors_to_the_dictionary(string name, EntityKind kind, string code, string mention)
    {
        var e = E(name);
        Assert.Equal((kind, code), (e.Kind, e.Code));
        Assert.Contains(mention, D.MentionTexts(e));
    }

    [Fact]
    public void Relates_Iraqi_forces_ISF_and_the_Iraqi_army_to_Iraq_s_military()
    {
        Assert.Contains("Iraqi forces", D.MentionTexts(E("Iraqi Security Forces")));
        Assert.Equal("Iraqi Security Forces", D.NameOf(E("Iraqi Army").PartOfId));
        Assert.Equal("Popular Mobilization Forces", D.NameOf(E("Kataib Hezbollah").PartOfId));
    }

    [Fact]
    public void Finds_K1_Air_Base_as_K1_and_K_1_in_Kirkuk()
    {
        var k1 = E("K1 Air Base");
        Assert.Equal((EntityKind.Facility, "Kirkuk"), (k1.Kind, D.NameOf(k1.WithinId)));
        Assert.Equal(["K1 Air Base", "the base", "which", "the base", "K1", "the base", "K-1"], D.MentionTexts(k1).ToArray());
    }

    [Theory]
    [InlineData("Erbil", EntityKind.City)]
    [InlineData("Kirkuk", EntityKind.City)]
    [InlineData("Mosul", EntityKind.City)]
    [InlineData("Iraq", EntityKind.Country)]
    [InlineData("Syria", EntityKind.Country)]
    [InlineData("northeast Syria", EntityKind.Region)]
    [InlineData("Washington", EntityKind.City)]
    [InlineData("Tehran", EntityKind.City)]
    [InlineData("al-Qaim base", EntityKind.Facility)]
    [InlineData("Qayyarah Airfield West", EntityKind.Facility)]
    public void Finds_the_places(string name, EntityKind kind) => Assert.Equal(kind, E(name).Kind);

    [Fact]
    public void Describes_al_Qaim_base_as_on_the_Syrian_border()
    {
        Assert.Equal("on the Syrian border", E("al-Qaim base").Description);
        Assert.Equal("Qayyarah base", D.MentionTexts(E("Qayyarah Airfield West")).Single());
    }

    [Theory]
    [InlineData("on Sunday", "2020-03-29", TimePrecision.Day, null)]
    [InlineData("on Saturday", "2020-03-28", TimePrecision.Day, null)]
    [InlineData("this month", "2020-03", TimePrecision.Month, null)]
    [InlineData("Since October", "2019-10", TimePrecision.Range, "AFTER")]
    [InlineData("the beginning of this year", "2020", TimePrecision.Year, "START")]
    [InlineData("In the coming days", "FUTURE_REF", TimePrecision.Range, null)]
    public void Resolves_the_time_expressions(string text, string value, TimePrecision precision, string? mod)
    {
        var t = D.Times.First(x => D.TextOf(x.Span) == text);
        Assert.Equal((value, precision, mod), (t.Value, t.Precision, t.Mod));
    }

    [Fact]
    public void Resolves_in_the_coming_days_to_after_the_publication_date_and_since_October_to_it()
    {
        var coming = D.Times.Single(x => D.TextOf(x.Span) == "In the coming days");
        var since = D.Times.Single(x => D.TextOf(x.Span) == "Since October");
        Assert.Equal((new DateOnly(2020, 3, 31), (DateOnly?)null, new DateOnly(2019, 10, 1), new DateOnly(2020, 3, 30)),
            (coming.Start!.Value, coming.End, since.Start!.Value, since.End!.Value));
    }

    [Fact]
    public void Codes_the_K1_handover_by_the_coalition_to_the_Iraqi_army_on_2020_03_29()
    {
        var e = Only(x => D.NameOf(x.PlaceId) == "K1 Air Base" && x.Type == "RETREAT");
        Assert.Equal(("withdraw", "0874", "Strategic developments", "Non-violent transfer of territory", "US-led coalition", "Iraqi Army", "2020-03-29", EventStatus.Reported),
            (e.Mode, e.Cameo, e.AcledEventType, e.AcledSubEventType, D.NameOf(e.ActorId), D.NameOf(e.RecipientId), e.Date!.Value, e.Status));
        Assert.Equal(("300 troops", "third scaleback"), (D.QuantityText(e, "theme"), D.QuantityText(e, "ordinal")));
        Assert.Equal(5, e.Evidence.Count);
    }

    [Fact]
    public void Codes_the_earlier_withdrawals_from_al_Qaim_and_Qayyarah_as_before_the_report()
    {
        // "Baker previously supervised ...": the sentence gives no date, and the month of the sentence before
        // ("the third scaleback ... this month") no longer dates it — a blind judge of Guardian events found the
        // report's own month or week, taken from an earlier sentence, wrong for 10 of 11 deeds it dated.
        var earlier = D.Events.Where(x => x.Type == "RETREAT" && D.NameOf(x.PlaceId) is "al-Qaim base" or "Qayyarah Airfield West").ToArray();
        Assert.Equal([("al-Qaim base", new DateOnly(2020, 3, 30), "document"), ("Qayyarah Airfield West", new DateOnly(2020, 3, 30), "document")],
            earlier.Select(x => (D.NameOf(x.PlaceId)!, x.Date!.End!.Value, x.Date.Basis)).ToArray());
        Assert.All(earlier, x => Assert.Equal("US-led coalition", D.NameOf(x.ActorId)));
    }

    [Fact]
    public void Codes_the_planned_withdrawal_of_2500_of_the_7500_coalition_troops()
    {
        var e = Only(x => x.Type == "AGREE" && x.Cameo == "035" && D.NameOf(x.PlaceId) == "Iraq");
        Assert.Equal((EventStatus.Planned, "US-led coalition", "2,500 troops", "Some 7,500 coalition troops"),
            (e.Status, D.NameOf(e.ActorId), D.QuantityText(e, "theme"), D.QuantityText(e, "actor_size")));
    }

    [Fact]
    public void Codes_the_planned_moves_out_of_Kirkuk_and_Mosul_as_announced_intents_to_yield()
    {
        // An announced withdrawal is AGREE, CAMEO 035 (intent to yield), as PLV codes it; only a completed one is RETREAT.
        var moves = D.Events.Where(x => x.Type == "AGREE" && D.NameOf(x.PlaceId) is "Kirkuk" or "Mosul").ToArray();
        Assert.Equal([("Kirkuk", EventStatus.Planned, "FUTURE_REF", "035"), ("Mosul", EventStatus.Planned, "FUTURE_REF", "035")],
            moves.Select(x => (D.NameOf(x.PlaceId)!, x.Status, x.Date!.Value!, x.Cameo)).ToArray());
    }

    [Fact]
    public void Codes_the_continued_partnership_with_the_Iraqi_security_forces_as_an_announced_intent_to_cooperate()
    {
        // PLOVER: an announced cooperative deed is AGREE (CAMEO 030, express intent to cooperate).
        var e = Only(x => x.Type == "AGREE" && D.NameOf(x.ActorId) == "US-led coalition" && D.NameOf(x.TargetId) == "Iraqi Security Forces");
        Assert.Equal(("030", EventStatus.Planned, 4), (e.Cameo, e.Status, e.Evidence.Count));
    }

    [Fact]
    public void Codes_the_aid_four_billion_dollars_Humvees_training_and_assistance()
    {
        var aid = D.Events.Where(x => x.Type == "AID").Select(x => (D.NameOf(x.RecipientId), x.Mode, D.QuantityText(x, "theme"), x.Theme is { } t ? D.TextOf(t) : null)).ToArray();
        Assert.Equal(
        [
            ("Iraqi government", "economic", "four billion dollars", null),
            (null, "military", "hundreds of Humvees and trucks", null),
            ("Iraqi Air Force", "military", null, "great training and partnership"),
            ("Iraqi Security Forces", null, null, "other assistance"),
            ("Syrian Democratic Forces", null, null, "other assistance"),
        ], aid);
        Assert.All(D.Events.Where(x => x.Type == "AID"), x => Assert.Equal(("US-led coalition", EventStatus.Claimed, "Myles B. Caggins III"),
            (D.NameOf(x.ActorId), x.Status, D.NameOf(x.ClaimedById))));
    }

    [Fact]
    public void Codes_20_missile_attacks_since_October_by_Iranian_proxy_groups_on_coalition_bases_including_K1()
    {
        var e = Only(x => x.Type == "ASSAULT" && D.NameOf(x.ActorId) == "Iranian proxy groups");
        Assert.Equal(("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "US-led coalition", "K1 Air Base", "2019-10", "20 missile attacks"),
            (e.Mode, e.AcledEventType, e.AcledSubEventType, D.NameOf(e.TargetId), D.NameOf(e.PlaceId), e.Date!.Value, D.QuantityText(e, "count")));
    }

    [Fact]
    public void Codes_the_missile_attacks_between_the_US_and_Kataib_Hezbollah_early_in_2020()
    {
        var e = Only(x => x.Type == "ASSAULT" && D.NameOf(x.TargetId) == "Kataib Hezbollah");
        Assert.Equal(("United States", true, "2020", TimePrecision.Year), (D.NameOf(e.ActorId), e.Mutual, e.Date!.Value, e.Date.Precision));
        Assert.Equal("START", D.Times.Single(t => t.Id == e.Date.TimeId).Mod);
    }

    [Fact]
    public void Finds_the_five_direct_quotes_with_their_speakers()
    {
        var direct = D.Quotes.Where(q => q.Direct).Select(q => D.NameOf(q.SpeakerId)).ToArray();
        Assert.Equal(new string?[] { "Vincent Barker", "Myles B. Caggins III", "Myles B. Caggins III", "Myles B. Caggins III", "Mohammed Fazel" }, direct);
        Assert.StartsWith("“What happened today is the Iraqi forces took back K1.", D.TextOf(D.Quotes.First(q => q.Direct).Span));
    }

    [Fact]
    public void Links_the_Peshmerga_denial_to_Fazel_s_claim_of_collaboration()
    {
        var claim = D.Claims.Single(c => D.NameOf(c.ById) == "Mohammed Fazel");
        var denial = D.Claims.Single(c => c.Status == EventStatus.Denied);
        Assert.Equal(("Peshmerga", claim.Id, denial.Id), (D.NameOf(denial.ById), denial.DeniesId, claim.DeniedById));
        Assert.StartsWith("However, the Peshmerga have rejected the claim", D.TextOf(denial.Span));
        var collaboration = Only(x => x.Type == "COOPERATE" && D.NameOf(x.TargetId) == "Peshmerga" && x.ClaimId == claim.Id);
        Assert.Equal(("Iraqi government", denial.Id), (D.NameOf(collaboration.ActorId), collaboration.DeniedByClaimId));
    }
}
