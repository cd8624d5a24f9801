using System.Text.Json;
using Sitrep.Corrections;
using Sitrep.Rows;

namespace Sitrep.Web.Api;

/// <summary>A merged event in a list or on the map: what happened, who, where, when, and how sure.</summary>
public sealed record EventSummary(
    long Id, string Type, string? Mode, string? Date, string? Actor, string? Target, string? Recipient,
    string? Place, double? Lat, double? Lon, int? GeoPrecision, string Status, int? Fatalities, string Summary,
    int Reports, int Contradictions, string? Verdict, IReadOnlyList<string> Corrected, bool PlaceOfDeed)
{
    public static EventSummary Of(MergedEvent e) => new(
        e.FusedId, e.Type, e.Mode, e.Date, e.Actor, e.Target, e.Recipient, e.Place, e.Lat, e.Lon, e.GeoPrecision, e.Status, e.Fatalities, e.Summary,
        e.Members.Select(m => m.DocumentId).Distinct().Count(), e.Contradictions.Count, e.Verdict, e.CorrectedFields, e.PlaceOfDeed);
}

/// <summary>A page of merged events and how many match in all.</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<EventSummary> Items);

/// <summary>One report's event behind a merged event, with where its evidence is in the report's text.</summary>
public sealed record ReportEvent(
    long EventId, long DocumentId, string LocalId, string Input, string? Outlet, string? Published, string? Url,
    string Type, string? Mode, string? Cameo, string? AcledType, string? Actor, string? ActorCode, string? Target, string? TargetCode, string? Recipient,
    string? Place, double? Lat, double? Lon, int? GeoPrecision, string? Date, string Status, string? ClaimedBy, int? Fatalities,
    string Summary, string Evidence, JsonElement Quantities, bool PlaceOfDeed)
{
    public static ReportEvent Of(EventView m) => new(
        m.Id, m.DocumentId, m.LocalId, m.Input, m.Outlet, m.Published, m.Url, m.Type, m.Mode, m.Cameo, m.AcledType, m.Actor, m.ActorCode,
        m.Target, m.TargetCode, m.Recipient, m.Place, m.Lat, m.Lon, m.GeoPrecision, m.DateValue, m.Status, m.ClaimedBy, m.Fatalities,
        m.Summary, m.Evidence, JsonDocument.Parse(m.Quantities).RootElement.Clone(), m.PlaceOfDeed);
}

public sealed record Contradiction(string Kind, string About, JsonElement Sides);

/// <summary>A merged event with every report behind it, where they disagree, and the analysts' corrections; <c>machine</c> is the machine's reading when corrected.</summary>
public sealed record EventDetail(
    EventSummary Event, IReadOnlyList<ReportEvent> Reports, IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<CorrectionRow> Corrections, EventSummary? Machine)
{
    public static EventDetail Of(MergedEvent e) => new(
        EventSummary.Of(e), e.Members.Select(ReportEvent.Of).ToList(),
        e.Contradictions.Select(c => new Contradiction(c.Kind, c.About, JsonDocument.Parse(c.Sides).RootElement.Clone())).ToList(),
        e.Corrections, e.Machine is null ? null : EventSummary.Of(e.Machine));
}
