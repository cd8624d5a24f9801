using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

public sealed class ClaimTests
{
    [Fact]
    public void Links_a_denial_to_the_claim_it_denies()
    {
        var doc = Some.Report("“We are in collaboration with the Peshmerga in Kirkuk,” said Iraqi envoy Ali Hassan.\n\nThe Peshmerga denied any collaboration with Baghdad.", "2020-03-30");
        var claim = doc.Claims.Single(c => c.Status == EventStatus.Claimed);
        var denial = doc.Claims.Single(c => c.Status == EventStatus.Denied);
        Assert.Equal(("Ali Hassan", "Peshmerga", claim.Id, denial.Id), (doc.NameOf(claim.ById), doc.NameOf(denial.ById), denial.DeniesId, claim.DeniedById));
        var cooperation = doc.Events.Single(e => e.Type == "COOPERATE");
        Assert.Equal((EventStatus.Claimed, denial.Id), (cooperation.Status, cooperation.DeniedByClaimId));
    }

    [Fact]
    public void Keeps_a_denial_that_answers_nothing_on_its_own()
    {
        var doc = Some.Report("The Peshmerga denied the reports.", "2020-03-30");
        var denial = doc.Claims.Single();
        Assert.Equal((EventStatus.Denied, null), (denial.Status, denial.DeniesId));
    }

    [Fact]
    public void Does_not_make_a_claim_of_what_the_narrator_also_reports()
    {
        var doc = Some.Report("Coalition forces withdrew from K1 Air Base on Sunday.\n\n“Iraqi forces took back K1 today,” Gen. Vincent Barker said on Sunday.", "2020-03-30");
        Assert.Empty(doc.Claims);
        Assert.Equal(EventStatus.Reported, doc.Events.Single().Status);
    }

    [Fact]
    public void Handles_several_denials_in_one_report()
    {
        var doc = Some.Report("“Our forces attacked rebels in Afrin on Sunday,” said Turkish envoy Ali Hassan.\n\nThe Syrian government refused the account that Turkish forces attacked rebels in Afrin. The Kurds refused the plan.", "2020-03-30");
        Assert.Equal(2, doc.Claims.Count(c => c.Status == Sitrep.Documents.EventStatus.Denied));
        Assert.Contains(doc.Claims, c => c.DeniedById is not null);
    }

    [Fact]
    public void Reads_what_a_speaker_named_only_in_words_says_as_their_claim()
    {
        var doc = Some.Report("Activists said the bombing of towns and villages in Idlib continued into Wednesday.", "2018-03-01");
        var bombing = doc.Events.Single();
        var claim = doc.Claims.Single();
        Assert.Equal((EventStatus.Claimed, null, "Activists", "Activists", claim.Id),
            (bombing.Status, bombing.ClaimedById, doc.TextOf(bombing.ClaimedByWords!.Value), doc.TextOf(claim.ByWords!.Value), bombing.ClaimId));
        using var json = System.Text.Json.JsonDocument.Parse(Sitrep.Output.SitrepJsonWriter.ToJson(doc));
        Assert.Equal("Activists", json.RootElement.GetProperty("events")[0].GetProperty("claimed_by_words").GetProperty("text").GetString());
    }

    [Fact]
    public void Keeps_what_witnesses_or_an_unresolved_pronoun_say_as_reported()
    {
        var witnesses = Some.Report("Witnesses said soldiers opened fire on the crowd in Homs.", "2018-03-01").Events.Single();
        var medics = Some.Report("Medics said government warplanes bombed the town of Douma.", "2018-03-01").Events.Single();
        var pronoun = Some.Report("He said government warplanes bombed the town of Douma.", "2018-03-01").Events.Single();
        Assert.Equal((EventStatus.Reported, null), (witnesses.Status, witnesses.ClaimedByWords));
        Assert.Equal((EventStatus.Reported, null), (medics.Status, medics.ClaimedByWords));
        Assert.Equal((EventStatus.Reported, null), (pronoun.Status, pronoun.ClaimedByWords));
        // (A witness at the end of a linked phrase too: the agency's spokesman speaks for those who watch; not a word
        // that only describes what the spokesman speaks for.)
        var agency = Some.Report("A spokesman for the aid agency said government forces bombed the town of Douma.", "2018-03-01").Events.Single();
        Assert.Equal((EventStatus.Reported, null), (agency.Status, agency.ClaimedByWords));
        var office = Some.Report("A spokesman for the Houthi media office said Saudi jets bombed the town of Saada.", "2018-03-01");
        var bombing = office.Events.Single();
        Assert.Equal((EventStatus.Claimed, "A spokesman for the Houthi media office"), (bombing.Status, office.TextOf(bombing.ClaimedByWords!.Value)));
    }

    [Fact]
    public void Takes_no_claimant_from_a_doer_telling_its_own_deed()
    {
        var withdrawal = Some.Report("Rebel commanders announced their withdrawal from Ghouta on Sunday.", "2018-03-01").Events.Single();
        Assert.Equal(("RETREAT", EventStatus.Reported, null), (withdrawal.Type, withdrawal.Status, withdrawal.ClaimedByWords));
        var support = Some.Report("The shadow cabinet announced its support for the strike by rail workers.", "2018-03-01").Events.Single();
        Assert.Equal(("SUPPORT", EventStatus.Reported, null), (support.Type, support.Status, support.ClaimedByWords));
    }

    [Fact]
    public void Takes_no_claimant_from_a_place_or_the_tail_of_a_longer_name_in_the_speakers_words()
    {
        // "Doctors inside Ghouta" are doctors, not Ghouta; "Borders" is not a speaker but the end of one the entities missed.
        var bombing = Some.Report("Doctors inside Ghouta said government forces bombed the town of Douma.", "2018-03-01").Events.Single();
        Assert.Equal((EventStatus.Reported, null), (bombing.Status, bombing.ClaimedByWords));
        var arrest = Some.Report("Reporters Without Borders said police arrested two journalists in Istanbul.", "2018-03-01").Events.Single();
        Assert.Equal((EventStatus.Reported, null), (arrest.Status, arrest.ClaimedByWords));
    }

    [Fact]
    public void Takes_no_claimant_from_words_that_only_believe_or_confirm()
    {
        var doc = Some.Report("If her death is confirmed, Jones would join a handful of other British nationals killed in drone strikes.", "2017-10-12");
        Assert.All(doc.Events, e => Assert.Null(e.ClaimedByWords));
    }
}
