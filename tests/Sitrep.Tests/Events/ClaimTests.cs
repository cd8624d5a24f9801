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
}
