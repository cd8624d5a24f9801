using Sitrep.Fusion;
using Sitrep.Rows;
using Sitrep.Store;

namespace Sitrep.Corrections;

/// <summary>
/// A merged event as one record: the machine's reading of it (from its reports' events) with the
/// analysts' corrections applied on top, and the machine's own reading kept beside it. What the
/// API, the page and the exports show; <see cref="Machine"/> is what they show on request.
/// </summary>
public sealed record MergedEvent
{
    public long FusedId { get; init; }
    public string Type { get; init; } = "";
    public string? Mode { get; init; }
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
    public string? Actor { get; init; }
    public string? ActorCode { get; init; }
    public string? Associated { get; init; }
    public string? Target { get; init; }
    public string? TargetCode { get; init; }
    public string? Recipient { get; init; }
    public string? Place { get; init; }
    public string? Admin1 { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>ACLED's: 1 a town or site, 2 part of a region, 3 a province or only the country; null when unplaced.</summary>
    public int? GeoPrecision { get; init; }
    /// <summary>The place is where what was agreed, sent or withdrawn is, not where it was done (as its reports placed it).</summary>
    public bool PlaceOfDeed { get; init; }
    /// <summary>The most precise date its reports give (or the analyst's).</summary>
    public string? Date { get; init; }
    public string Status { get; init; } = "";
    /// <summary>The lowest death toll its reports give (ACLED's conservative rule), or the analyst's; null when none gives one.</summary>
    public int? Fatalities { get; init; }
    public string Summary { get; init; } = "";
    /// <summary>"confirmed", "rejected", or null when no analyst judged it.</summary>
    public string? Verdict { get; init; }
    /// <summary>The fields an analyst changed (type, actor, target, place, date, fatalities).</summary>
    public IReadOnlyList<string> CorrectedFields { get; init; } = [];
    public IReadOnlyList<CorrectionRow> Corrections { get; init; } = [];
    public IReadOnlyList<EventView> Members { get; init; } = [];
    public IReadOnlyList<ContradictionView> Contradictions { get; init; } = [];
    /// <summary>The machine's reading, when an analyst changed something (null otherwise: it is this record).</summary>
    public MergedEvent? Machine { get; init; }

    public bool IsCorrected => Verdict is not null || CorrectedFields.Count > 0;

    /// <summary>The machine's reading of a merged event: the first report that gives each field, the most precise date, the lowest toll.</summary>
    public static MergedEvent Of(FusedEvent fused)
    {
        var m = fused.Members;
        var located = m.FirstOrDefault(x => x.Lat is not null);
        var typed = m.FirstOrDefault(x => x.AcledType is not null);
        return new MergedEvent
        {
            FusedId = fused.FusedId,
            Type = m[0].Type,
            Mode = m.Select(x => x.Mode).FirstOrDefault(x => x is not null),
            AcledType = typed?.AcledType,
            AcledSubType = typed?.AcledSubType,
            Actor = m.Select(x => x.Actor).FirstOrDefault(x => x is not null),
            ActorCode = m.Select(x => x.ActorCode).FirstOrDefault(x => x is not null),
            Associated = m.Select(x => x.Associated).FirstOrDefault(x => x is not null),
            Target = m.Select(x => x.Target).FirstOrDefault(x => x is not null),
            TargetCode = m.Select(x => x.TargetCode).FirstOrDefault(x => x is not null),
            Recipient = m.Select(x => x.Recipient).FirstOrDefault(x => x is not null),
            Place = located?.Place ?? m.Select(x => x.Place).FirstOrDefault(x => x is not null),
            Admin1 = located?.Admin1,
            Lat = located?.Lat,
            Lon = located?.Lon,
            GeoPrecision = located?.GeoPrecision,
            PlaceOfDeed = (located ?? m.FirstOrDefault(x => x.Place is not null))?.PlaceOfDeed ?? false,
            Date = EventView.MostPreciseDate(m),
            Status = EventFusion.Status(m),
            Fatalities = m.Select(x => x.Fatalities).Where(f => f is not null).Min(),
            Summary = m[0].Summary,
            Members = m,
            Contradictions = fused.Contradictions,
        };
    }

    /// <summary>
    /// The merged event with the corrections of its members applied in the order they were made:
    /// each changes only the fields it gives; the latest verdict stands.
    /// </summary>
    public static MergedEvent Of(FusedEvent fused, IEnumerable<CorrectionRow> corrections)
    {
        var machine = Of(fused);
        var memberIds = fused.Members.Select(x => x.Id).ToHashSet();
        var mine = corrections.Where(c => memberIds.Contains(c.EventId)).OrderBy(c => c.Id).ToList();
        if (mine.Count == 0) return machine;
        var view = machine;
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        string? verdict = null;
        foreach (var c in mine)
        {
            if (c.Verdict is not null) verdict = c.Verdict;
            if (c.Type is { } type && type != view.Type)
            {
                // The mode and ACLED codes came with the machine's type: for another type they are
                // unknown; set back to the machine's type, they are the machine's again.
                view = type == machine.Type
                    ? view with { Type = type, Mode = machine.Mode, AcledType = machine.AcledType, AcledSubType = machine.AcledSubType }
                    : view with { Type = type, Mode = null, AcledType = null, AcledSubType = null };
                changed.Add("type");
            }
            // A party's code is the machine's only for the machine's party.
            if (c.Actor is { } actor) { view = view with { Actor = actor, ActorCode = actor == machine.Actor ? machine.ActorCode : null }; changed.Add("actor"); }
            if (c.Target is { } target) { view = view with { Target = target, TargetCode = target == machine.Target ? machine.TargetCode : null }; changed.Add("target"); }
            if (c.Place is { } place)
            {
                // A place the analyst names without a point has none, unless it is the machine's place.
                view = c.Lat is not null ? view with { Place = place, Admin1 = null, Lat = c.Lat, Lon = c.Lon, GeoPrecision = 1, PlaceOfDeed = false }
                    : place == machine.Place ? view with { Place = place, Admin1 = machine.Admin1, Lat = machine.Lat, Lon = machine.Lon, GeoPrecision = machine.GeoPrecision, PlaceOfDeed = machine.PlaceOfDeed }
                    : view with { Place = place, Admin1 = null, Lat = null, Lon = null, GeoPrecision = null, PlaceOfDeed = false };
                changed.Add("place");
            }
            if (c.Date is { } date) { view = view with { Date = date }; changed.Add("date"); }
            if (c.Fatalities is { } toll) { view = view with { Fatalities = toll }; changed.Add("fatalities"); }
        }
        // Where the analyst set a field back to the machine's value, nothing is corrected there.
        changed.RemoveWhere(f => f switch
        {
            "type" => view.Type == machine.Type,
            "actor" => view.Actor == machine.Actor,
            "target" => view.Target == machine.Target,
            "place" => view.Place == machine.Place && view.Lat == machine.Lat && view.Lon == machine.Lon,
            "date" => view.Date == machine.Date,
            "fatalities" => view.Fatalities == machine.Fatalities,
            _ => false,
        });
        return view with { Verdict = verdict, CorrectedFields = changed.ToList(), Corrections = mine, Machine = machine };
    }

    /// <summary>The merged events with their corrections, read from the store in a few queries.</summary>
    public static IReadOnlyList<MergedEvent> Read(ISitrepStore store, IReadOnlyList<FusedEvent> fused, bool machineOnly = false)
    {
        if (machineOnly) return fused.Select(Of).ToList();
        var corrections = store.Corrections(fused.SelectMany(f => f.Members.Select(m => m.Id)).ToList());
        return fused.Select(f => Of(f, corrections)).ToList();
    }
}
