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

    /// <summary>
    /// Greedy, in event order: each event joins the first cluster (in the order they were started)
    /// it fits every member of and is linked to one member of, else starts one. The clusters an
    /// event could join are found through two indexes instead of a scan of every cluster of its
    /// type — the same answer (<see cref="ClusterByScan"/>, tested), in near-linear time:
    /// a dated event can only join a cluster whose members' common dates overlap its own (dates
    /// are intervals: an event overlapping each of a cluster's pairwise-overlapping members overlaps
    /// their common part), found by month; an undated one joins only undated clusters, and only
    /// through a member with the same actor, found by the actor's name and code.
    /// </summary>
    public static List<List<EventView>> Cluster(IReadOnlyList<EventView> members) => Extend([], members).Started;

    /// <summary>
    /// The clusters a full <see cref="Cluster"/> of the existing clusters' events followed by the
    /// fresh events would give, from the existing clusters (in the order they were started, each
    /// with its members in event order) and the fresh events (in event order, all after every
    /// existing one): the greedy run goes on where it stopped. The existing clusters given must
    /// include every one a fresh event could join; the others are left as they are. Returns the
    /// existing clusters a fresh event joined (by their position) and the clusters started.
    /// </summary>
    public static (List<int> Joined, List<List<EventView>> Started) Extend(IReadOnlyList<List<EventView>> existing, IReadOnlyList<EventView> fresh)
    {
        var groups = new Dictionary<string, GroupIndex>(StringComparer.Ordinal);
        var position = new Dictionary<List<EventView>, int>(ReferenceEqualityComparer.Instance);
        GroupIndex IndexOf(EventView e)
        {
            if (!groups.TryGetValue(Group(e), out var index)) groups[Group(e)] = index = new GroupIndex();
            return index;
        }
        for (int i = 0; i < existing.Count; i++)
        {
            var cluster = existing[i];
            var index = IndexOf(cluster[0]);
            // Replayed as they were built: started by the first member, joined by the others.
            var copy = new List<EventView> { cluster[0] };
            index.Started(copy);
            for (int j = 1; j < cluster.Count; j++)
            {
                index.Joined(index.Clusters.Count - 1, cluster[j]);
                copy.Add(cluster[j]);
            }
            position[copy] = i;
        }
        var joined = new SortedSet<int>();
        var started = new List<List<EventView>>();
        foreach (var e in fresh)
        {
            var index = IndexOf(e);
            List<EventView>? home = null;
            foreach (int k in index.Candidates(e))
            {
                var cluster = index.Clusters[k];
                if (cluster.All(x => Compatible(x, e)) && cluster.Any(x => Linked(x, e)))
                {
                    home = cluster;
                    index.Joined(k, e);
                    break;
                }
            }
            if (home is null)
            {
                home = [e];
                index.Started(home);
                started.Add(home);
                continue;
            }
            home.Add(e);
            if (position.TryGetValue(home, out int at))
            {
                joined.Add(at);
                existing[at].Add(e);
            }
        }
        return (joined.ToList(), started);
    }

    /// <summary>The plain greedy scan <see cref="Cluster"/> must agree with: every open cluster of the type, in order.</summary>
    public static List<List<EventView>> ClusterByScan(IReadOnlyList<EventView> members)
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

    /// <summary>One type's clusters, in the order they were started, with the indexes that find an event's candidates.</summary>
    private sealed class GroupIndex
    {
        /// <summary>A cluster whose dates span more months than this is checked for every event.</summary>
        private const int MaxMonths = 36;

        public List<List<EventView>> Clusters { get; } = [];
        private readonly Dictionary<int, List<int>> _byMonth = [];
        private readonly List<int> _wide = [];
        private readonly Dictionary<string, List<int>> _undatedByActor = new(StringComparer.OrdinalIgnoreCase);

        public void Started(List<EventView> cluster)
        {
            int k = Clusters.Count;
            Clusters.Add(cluster);
            var e = cluster[0];
            if (e.DateStart is null)
            {
                Joined(k, e);
                return;
            }
            // A cluster's common dates only narrow as members join: the months of its first member cover them.
            var (from, to) = Months(e);
            if (to - from > MaxMonths) _wide.Add(k);
            else for (int m = from; m <= to; m++) Add(_byMonth, m, k);
        }

        public void Joined(int k, EventView e)
        {
            if (e.DateStart is not null || e.Actor is null) return;
            Add(_undatedByActor, "n:" + e.Actor, k);
            if (e.ActorCode is { Length: >= 3 } code) Add(_undatedByActor, "c:" + code, k);
        }

        /// <summary>The clusters the event could join, in the order they were started (a superset: each is checked).</summary>
        public IEnumerable<int> Candidates(EventView e)
        {
            var found = new SortedSet<int>();
            if (e.DateStart is null)
            {
                if (e.Actor is null) return found;
                if (_undatedByActor.TryGetValue("n:" + e.Actor, out var byName)) found.UnionWith(byName);
                if (e.ActorCode is { Length: >= 3 } code && _undatedByActor.TryGetValue("c:" + code, out var byCode)) found.UnionWith(byCode);
                return found;
            }
            var (from, to) = Months(e);
            if (to - from > MaxMonths) return Enumerable.Range(0, Clusters.Count);
            for (int m = from; m <= to; m++)
                if (_byMonth.TryGetValue(m, out var ks)) found.UnionWith(ks);
            found.UnionWith(_wide);
            return found;
        }

        private static (int From, int To) Months(EventView e)
        {
            // A range written backwards still overlaps what it overlaps: take its months either way.
            int a = Month(e.DateStart!), b = Month(e.DateEnd ?? e.DateStart!);
            return (Math.Min(a, b), Math.Max(a, b));
        }

        private static int Month(string date) =>
            int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) * 12 + (date.Length >= 7 ? int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) : 1);

        private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int k) where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            if (list.Count == 0 || list[^1] != k) list.Add(k);
        }
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
