using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Ten short reports in the style of wire and regional news (tests/fixtures/reports), each with
/// the events a coder would expect: type, mode, actor, target or recipient, place, date, status.
/// </summary>
public sealed class ReportFixtureTests
{
    public sealed record Expected(string Type, string? Mode, string? Actor, string? Other, string? Place, string? Date, EventStatus Status, string? ClaimedBy = null);

    private static Expected[] Code(string file, string published)
    {
        var doc = Some.Report(File.ReadAllText(Some.Fixture("reports", file)), published, file);
        return doc.Events.Select(e => new Expected(e.Type, e.Mode, doc.NameOf(e.ActorId), doc.NameOf(e.TargetId ?? e.RecipientId), doc.NameOf(e.PlaceId),
            e.Date?.Basis == "document" ? null : e.Date?.Value, e.Status, doc.NameOf(e.ClaimedById) ?? (e.ClaimedByWords is { } words ? doc.TextOf(words) : null))).ToArray();
    }

    [Fact]
    public void Drone_strike_near_Qamishli_reported_by_the_SDF()
    {
        Assert.Equal([new Expected("ASSAULT", "aerial", "Turkey", "Syrian Democratic Forces", "Qamishli", "2021-10-12", EventStatus.Claimed, "Syrian Democratic Forces")],
            Code("01-drone-strike-qamishli.txt", "2021-10-14"));
    }

    [Fact]
    public void Arrests_in_Istanbul()
    {
        Assert.Equal([new Expected("COERCE", "arrest", "Turkish police", null, "Istanbul", "2019-12-04", EventStatus.Reported)],
            Code("02-arrests-istanbul.txt", "2019-12-05"));
    }

    [Fact]
    public void Protest_in_Baghdad_on_the_day_of_publication()
    {
        Assert.Equal([new Expected("PROTEST", "demo", "protesters", null, "Baghdad", "2019-11-01", EventStatus.Reported)],
            Code("03-protest-baghdad.txt", "2019-11-01"));
    }

    [Fact]
    public void Ceasefire_agreed_by_two_presidents_and_planned_joint_patrols()
    {
        Assert.Equal(
        [
            new Expected("RETREAT", "ceasefire", "Vladimir Putin", "Recep Tayyip Erdogan", "Idlib province", "2020-03-05", EventStatus.Reported),
            new Expected("AGREE", null, "Turkish Armed Forces", "Russian Armed Forces", null, "2020-03-15", EventStatus.Planned, "Mevlut Cavusoglu"),
        ], Code("04-ceasefire-idlib.txt", "2020-03-05"));
    }

    [Fact]
    public void Humanitarian_aid_to_Douma_and_a_call_on_all_parties()
    {
        Assert.Equal(
        [
            new Expected("AID", "humanitarian", "United Nations", null, "Douma", "2018-04-03", EventStatus.Claimed, "World Food Programme"),
            new Expected("REQUEST", null, "United Nations", null, null, null, EventStatus.Reported),
        ], Code("05-aid-douma.txt", "2018-04-04"));
    }

    [Fact]
    public void Turkish_withdrawal_from_a_post_near_Morek()
    {
        Assert.Equal([new Expected("RETREAT", "withdraw", "Turkish Armed Forces", null, "Morek", "2020-10-20", EventStatus.Reported)],
            Code("06-withdrawal-morek.txt", "2020-10-21"));
    }

    [Fact]
    public void A_ministry_denies_a_bombing_claims_another_target_and_officials_report_deaths()
    {
        Assert.Equal(
        [
            new Expected("REJECT", null, "Iraqi Ministry of Defence", null, null, "2021-08-16", EventStatus.Reported),
            new Expected("ASSAULT", "heavy-weapons", "Iraqi Ministry of Defence", null, "Sinjar", null, EventStatus.Denied, "Iraqi Ministry of Defence"),
            new Expected("ASSAULT", null, null, "Kurdistan Workers' Party", null, null, EventStatus.Claimed, "Iraqi Ministry of Defence"),
            new Expected("ASSAULT", null, null, "civilians", null, null, EventStatus.Claimed, "Local officials in Sinjar"),
        ], Code("07-denial-sinjar.txt", "2021-08-17"));
    }

    [Fact]
    public void Abduction_of_students_in_Kagara()
    {
        Assert.Equal([new Expected("ASSAULT", "abduct", "Unidentified armed group", null, "Kagara", "2021-02-17", EventStatus.Claimed, "police")],
            Code("08-abduction-kagara.txt", "2021-02-18"));
    }

    [Fact]
    public void Planned_deployment_and_the_strike_that_prompted_it()
    {
        Assert.Equal(
        [
            new Expected("MOBILIZE", "troops", "United States Department of Defense", null, null, null, EventStatus.Planned, "United States Department of Defense"),
            new Expected("ASSAULT", "aerial", "United States", "Qassem Soleimani", "Baghdad", null, EventStatus.Claimed, "United States Department of Defense"),
        ], Code("09-deployment-baghdad.txt", "2020-01-04"));
    }

    [Fact]
    public void Attack_on_a_base_with_soldiers_killed()
    {
        Assert.Equal([new Expected("ASSAULT", null, "al-Shabaab", "Somali soldiers", "Lower Shabelle", "2021-04-04", EventStatus.Claimed, "Somali soldiers")],
            Code("10-attack-lower-shabelle.txt", "2021-04-05"));
    }

    [Theory]
    [InlineData("01-drone-strike-qamishli.txt", "2021-10-14", "fatalities", "three members")]
    [InlineData("02-arrests-istanbul.txt", "2019-12-05", "theme", "18 people")]
    [InlineData("03-protest-baghdad.txt", "2019-11-01", "actor_size", "Thousands of protesters")]
    [InlineData("05-aid-douma.txt", "2018-04-04", "recipients", "50,000 people")]
    [InlineData("08-abduction-kagara.txt", "2021-02-18", "theme", "27 students")]
    [InlineData("09-deployment-baghdad.txt", "2020-01-04", "theme", "about 3,000 additional troops")]
    [InlineData("10-attack-lower-shabelle.txt", "2021-04-05", "fatalities", "at least 10 Somali soldiers")]
    public void Ties_the_reported_figure_to_its_event(string file, string published, string role, string text)
    {
        var doc = Some.Report(File.ReadAllText(Some.Fixture("reports", file)), published, file);
        Assert.Equal(text, doc.QuantityText(doc.Events[0], role));
    }

    [Fact]
    public void Reads_the_publication_date_from_a_dateline_when_none_is_given()
    {
        var doc = Some.Report(File.ReadAllText(Some.Fixture("reports", "04-ceasefire-idlib.txt")));
        Assert.Equal((new DateOnly(2020, 3, 5), "dateline"), (doc.Source.Published!.Value, doc.Source.PublishedFrom));
    }
}
