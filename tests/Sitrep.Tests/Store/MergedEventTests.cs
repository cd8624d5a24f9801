using Sitrep.Corrections;
using Sitrep.Rows;
using Sitrep.Store;

namespace Sitrep.Tests.Store;

/// <summary>The corrected view of a merged event: corrections on top of the machine's reading, which is kept.</summary>
public sealed class MergedEventTests
{
    private static EventView Handover(long id, long documentId, string outlet) => new()
    {
        Id = id, DocumentId = documentId, LocalId = "v3", FusedId = 7, Type = "RETREAT", Mode = "withdraw", AcledType = "Strategic developments",
        AcledSubType = "Non-violent transfer of territory", Actor = "US-led coalition", ActorCode = "IGOMIL", Recipient = "Iraqi Army", RecipientCode = "IRQMIL",
        Place = "K1 Air Base", Lat = 35.52, Lon = 44.28, GeoPrecision = 1, DateValue = "2020-03-29", DateStart = "2020-03-29", DateEnd = "2020-03-29",
        Status = "reported", Summary = "US-led coalition withdrew from K1 Air Base", Evidence = "He supervised the withdrawal", Outlet = outlet,
    };

    private static readonly FusedEvent Fused = new(7, [Handover(11, 1, "Rudaw"), Handover(12, 2, "Kurdistan Monitor")], []);

    private static CorrectionRow Correction(long id, long eventId = 11) => new() { Id = id, EventId = eventId, Author = "analyst", Created = "2026-12-03T11:00:00Z" };

    [Fact]
    public void ACorrectionFollowsItsReportsEventIntoWhateverMergedEventHoldsIt()
    {
        var rebuilt = Fused with { FusedId = 99 };
        var view = MergedEvent.Of(rebuilt, [Correction(1, eventId: 12) with { Date = "2020-03-28" }]);
        Assert.Equal(99, view.FusedId);
        Assert.Equal("2020-03-28", view.Date);
        Assert.Equal("2020-03-29", view.Machine!.Date);
        Assert.Equal(["date"], view.CorrectedFields);
        // Another merged event's correction does not touch this one.
        Assert.False(MergedEvent.Of(rebuilt, [Correction(2, eventId: 500) with { Verdict = "rejected" }]).IsCorrected);
    }

    [Fact]
    public void ATypeSetBackToTheMachinesGetsItsCodesBackAndIsNoCorrection()
    {
        var changed = MergedEvent.Of(Fused, [Correction(1) with { Type = "ASSAULT" }]);
        Assert.Null(changed.AcledType);
        Assert.Null(changed.Mode);
        var back = MergedEvent.Of(Fused, [Correction(1) with { Type = "ASSAULT" }, Correction(2) with { Type = "RETREAT" }]);
        Assert.Equal("Strategic developments", back.AcledType);
        Assert.Equal("Non-violent transfer of territory", back.AcledSubType);
        Assert.Equal("withdraw", back.Mode);
        Assert.Empty(back.CorrectedFields);
    }

    [Fact]
    public void APlaceNamedWithoutAPointKeepsTheMachinesPointOnlyForTheMachinesPlace()
    {
        var same = MergedEvent.Of(Fused, [Correction(1) with { Place = "K1 Air Base" }]);
        Assert.Equal((35.52, 44.28), (same.Lat!.Value, same.Lon!.Value));
        Assert.Empty(same.CorrectedFields);
        var other = MergedEvent.Of(Fused, [Correction(1) with { Place = "Kirkuk" }]);
        Assert.Null(other.Lat);
        Assert.Null(other.GeoPrecision);
        Assert.Equal(["place"], other.CorrectedFields);
        var pointed = MergedEvent.Of(Fused, [Correction(1) with { Place = "Kirkuk", Lat = 35.47, Lon = 44.39 }]);
        Assert.Equal((35.47, 44.39, 1), (pointed.Lat!.Value, pointed.Lon!.Value, pointed.GeoPrecision!.Value));
    }

    [Fact]
    public void APlaceOfWhatWasCommittedToStaysSoOnlyWhileTheMachinesPlaceStands()
    {
        // The machine placed the agreement where the force it commits to is, not where it was agreed.
        var agreed = Fused with { Members = [.. Fused.Members.Select(m => m with { Type = "AGREE", Place = "Afghanistan", PlaceOfDeed = true })] };
        Assert.True(MergedEvent.Of(agreed, []).PlaceOfDeed);
        // An analyst's place is where it was done; set back to the machine's, it is the machine's again.
        Assert.False(MergedEvent.Of(agreed, [Correction(1) with { Place = "Brussels", Lat = 50.85, Lon = 4.35 }]).PlaceOfDeed);
        Assert.False(MergedEvent.Of(agreed, [Correction(1) with { Place = "Brussels" }]).PlaceOfDeed);
        var back = MergedEvent.Of(agreed, [Correction(1) with { Place = "Brussels" }, Correction(2) with { Place = "Afghanistan" }]);
        Assert.Equal(("Afghanistan", true), (back.Place, back.PlaceOfDeed));
        Assert.Empty(back.CorrectedFields);
    }

    [Fact]
    public void TheLatestVerdictStandsAndAPartyKeepsItsCodeOnlyIfUnchanged()
    {
        var view = MergedEvent.Of(Fused, [Correction(1) with { Verdict = "rejected" }, Correction(2) with { Verdict = "confirmed", Actor = "US-led coalition" }, Correction(3) with { Target = "Iraqi Security Forces" }]);
        Assert.Equal("confirmed", view.Verdict);
        Assert.Equal("IGOMIL", view.ActorCode);
        Assert.Null(view.TargetCode);
        Assert.Equal(["target"], view.CorrectedFields);
        Assert.Equal(3, view.Corrections.Count);
    }
}
