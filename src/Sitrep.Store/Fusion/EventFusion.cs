using Sitrep.Documents;
using System.Globalization;
using System.Text.Json;
using Sitrep.Places;
using Sitrep.Rows;

namespace Sitrep.Fusion;

/// <summary>
/// Merges what different reports say about the same happening into one event with all its
/// sources: same type, parties that do not conflict, places within <see cref="RadiusKm"/> (or the
/// same name), dates within each other's ranges, and a link — the same place or the same
/// parties. A figure reported differently ("300 troops" against "about 500 troops") or a claim
/// against its denial becomes a recorded contradiction listing each side with its report;
/// nothing is overwritten. Pure: the store reads the events, clusters them here, and writes
/// the merged events, their contradictions and the timeline (Store/FusionWriter.cs).
/// </summary>
public static class EventFusion
{
    public const double RadiusKm = 50;

    /// <summary>Greedy, in event order: each event joins the first cluster it fits every member of, else starts one.</summary>
    public static List<List<EventView>> Cluster(IReadOnlyList<EventView> members)
    {
        var clusters = new List<List<EventView>>();
        var byType = new Dictionary<string, List<List<EventView>>>(StringComparer.Ordinal);
        foreach (var e in members)
        {
            if (!byType.TryGetValue(Group(e), out var open)) byType[Group(e)] = open = [];
            var home = open.FirstOrDefault(cluster => cluster.All(x => Compatible(x, e)) && cluster.Any(x => Linked(x, e)));
            if (home is null)
            {
                home = [];
                open.Add(home);
                clusters.Add(home);
            }
            home.Add(e);
        }
        return clusters;
    }

    /// <summary>Type and kind of status: what is done (reported, claimed or denied) is not what is planned.</summary>
    private static string Group(EventView e) => e.Type + "|" + (e.Status is "planned" or "hypothetical" ? "intent" : e.Status == "negated" ? "negated" : "done");

    private static bool Compatible(EventView a, EventView b) =>
        Party(a.Actor, a.ActorCode, b.Actor, b.ActorCode)
        && Party(a.Target, a.TargetCode, b.Target, b.TargetCode)
        && Party(a.Recipient, a.RecipientCode, b.Recipient, b.RecipientCode)
        && Near(a, b) != false
        && DatesOverlap(a, b);

    /// <summary>
    /// Enough to say two reports tell one happening: the same parties, or the same place within
    /// a few days — a place alone does not join two events known only to a month ("talks in
    /// Washington in March"), nor two undated ones.
    /// </summary>
    private static bool Linked(EventView a, EventView b) =>
        Near(a, b) == true && Precise(a) && Precise(b)
        || a.Actor is not null && SameParty(a.Actor, a.ActorCode, b.Actor, b.ActorCode)
           && (a.Target is not null && SameParty(a.Target, a.TargetCode, b.Target, b.TargetCode) || a.Recipient is not null && SameParty(a.Recipient, a.RecipientCode, b.Recipient, b.RecipientCode));

    /// <summary>Dated to within <see cref="PreciseDays"/> days.</summary>
    private static bool Precise(EventView e) =>
        e.DateStart is { } s && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var start)
        && DateOnly.TryParse(e.DateEnd ?? s, CultureInfo.InvariantCulture, out var end) && end.DayNumber - start.DayNumber <= PreciseDays;

    private const int PreciseDays = 3;

    private static bool Party(string? a, string? aCode, string? b, string? bCode) => a is null || b is null || SameParty(a, aCode, b, bCode);

    private static bool SameParty(string? a, string? aCode, string? b, string? bCode) =>
        a is not null && b is not null && (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
                                           || aCode is { Length: >= 3 } && aCode == bCode && !aCode.StartsWith("---", StringComparison.Ordinal));

    /// <summary>True within the radius or by the same name, false when both are placed apart, null when either is unknown.</summary>
    private static bool? Near(EventView a, EventView b)
    {
        if (a.Lat is { } alat && a.Lon is { } alon && b.Lat is { } blat && b.Lon is { } blon)
            return GeoDistance.Km(alat, alon, blat, blon) <= RadiusKm;
        if (a.Place is not null && b.Place is not null) return string.Equals(a.Place, b.Place, StringComparison.OrdinalIgnoreCase);
        return null;
    }

    /// <summary>Overlapping date ranges; an undated event goes only with another undated one (a BBC story without a date is not a 1987 wire story).</summary>
    private static bool DatesOverlap(EventView a, EventView b)
    {
        if (a.DateStart is null || b.DateStart is null) return a.DateStart is null && b.DateStart is null;
        string aEnd = a.DateEnd ?? a.DateStart, bEnd = b.DateEnd ?? b.DateStart;
        return string.CompareOrdinal(a.DateStart, bEnd) <= 0 && string.CompareOrdinal(b.DateStart, aEnd) <= 0;
    }

    /// <summary>The tightest range all members agree on: the latest start, the earliest end.</summary>
    public static (string? Start, string? End) Dates(List<EventView> m)
    {
        var starts = m.Select(x => x.DateStart).OfType<string>().ToList();
        var ends = m.Select(x => x.DateEnd ?? x.DateStart).OfType<string>().ToList();
        return (starts.Count == 0 ? null : starts.Max(StringComparer.Ordinal), ends.Count == 0 ? null : ends.Min(StringComparer.Ordinal));
    }

    public static string Status(List<EventView> m) =>
        m.Any(x => x.Status == "reported") ? "reported" : m.Any(x => x.Status == "claimed") ? "claimed" : m[0].Status;

    public sealed record Side(string Value, string Text, long DocumentId, string Input, string? Outlet, string? Published);

    /// <summary>Figures of one role that differ between reports; a denial against a report or claim.</summary>
    public static IEnumerable<(string Kind, string About, List<Side> Sides)> Contradictions(List<EventView> m)
    {
        var figures = m.SelectMany(x => Figures(x).Select(f => (Member: x, f.Role, f.Unit, f.Value, f.Text)))
            .GroupBy(f => (f.Role, f.Unit));
        foreach (var g in figures)
        {
            var values = g.Select(f => f.Value).Distinct().ToList();
            if (values.Count < 2 || g.Select(f => f.Member.DocumentId).Distinct().Count() < 2) continue;
            var sides = g.GroupBy(f => f.Member.DocumentId).Select(d => d.First())
                .Select(f => new Side(f.Value.ToString(CultureInfo.InvariantCulture), f.Text, f.Member.DocumentId, f.Member.Input, f.Member.Outlet, f.Member.Published)).ToList();
            yield return ("figure", $"{g.Key.Role}{(g.Key.Unit is null ? "" : " " + g.Key.Unit)}", sides);
        }
        var denied = m.Where(x => x.Status == "denied").ToList();
        var asserted = m.Where(x => x.Status is "reported" or "claimed").ToList();
        if (denied.Count > 0 && asserted.Count > 0)
            yield return ("denial", "whether it happened",
                asserted.Concat(denied).GroupBy(x => (x.DocumentId, x.Status)).Select(d => d.First())
                    .Select(x => new Side(x.Status, x.Status == "denied" ? $"denied by {x.ClaimedBy ?? "someone"}" : x.Status == "claimed" ? $"claimed by {x.ClaimedBy ?? "someone"}" : "reported", x.DocumentId, x.Input, x.Outlet, x.Published)).ToList());
    }

    public static IEnumerable<(string Role, string? Unit, double Value, string Text)> Figures(EventView m)
    {
        using var json = JsonDocument.Parse(m.Quantities);
        foreach (var q in json.RootElement.EnumerateArray())
        {
            var role = q.GetProperty("role").GetString()!;
            if (role is "ordinal" or "count") continue;
            yield return (role, q.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null, q.GetProperty("value").GetDouble(), q.GetProperty("text").GetString()!);
        }
    }
}
