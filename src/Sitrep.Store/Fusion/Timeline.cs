using Sitrep.Documents;
using Sitrep.Rows;

namespace Sitrep.Fusion;

/// <summary>A fact that holds over time, with the merged event and the reports behind it.</summary>
public sealed record StateFact(string Subject, string Predicate, string Value, string? ValidFrom, string? ValidTo, long FusedId, IReadOnlyList<string> Sources)
{
    /// <summary>"from" or "to" when no report dates the change: that bound is a date nobody gave, said so rather than guessed.</summary>
    public string? UnknownBound { get; init; }
}

/// <summary>
/// The state of things, derived from merged events: who controls a place (a handover or
/// withdrawal with a recipient ends one side's control and starts the other's on its date; a
/// seizure starts the seizer's), and the troop figures reported for a force at a place. Only
/// what happened counts: planned, denied, hypothetical and negated events change nothing. Dates
/// are as precise as the reports make them: "2020-03" when only the month is known; a change no
/// report dates is still a fact, kept with its date unknown.
/// </summary>
public static class Timeline
{
    public static List<StateFact> Derive(IReadOnlyList<(long Id, List<EventView> Members)> fused)
    {
        var facts = new List<StateFact>();
        foreach (var (id, m) in fused)
        {
            if (!m.Any(x => x.Status is "reported" or "claimed")) continue;
            var first = m[0];
            string? place = m.Select(x => x.Place).FirstOrDefault(x => x is not null);
            if (place is null) continue;
            // The most precise date the reports give ("2020-03-29" over "2020-03"), or none.
            var date = EventView.MostPreciseDate(m);
            bool unknown = date is null;
            var sources = m.Select(x => x.Outlet is null ? x.Input : $"{x.Outlet} ({x.Input})").Distinct().ToList();
            string? actor = m.Select(x => x.Actor).FirstOrDefault(x => x is not null);
            string? recipient = m.Select(x => x.Recipient).FirstOrDefault(x => x is not null);
            if (first.Type == "RETREAT" && actor is not null)
            {
                facts.Add(new StateFact(place, "controlled by", actor, null, date, id, sources) { UnknownBound = unknown ? "to" : null });
                if (recipient is not null) facts.Add(new StateFact(place, "controlled by", recipient, date, null, id, sources) { UnknownBound = unknown ? "from" : null });
            }
            else if (first.Type == "COERCE" && first.Mode is "seize" && actor is not null)
                facts.Add(new StateFact(place, "controlled by", actor, date, null, id, sources) { UnknownBound = unknown ? "from" : null });
            // Troop figures: the force's size where it is, as each report gives it.
            foreach (var member in m)
                foreach (var f in EventFusion.Figures(member).Where(f => f.Unit == "troops" && f.Role is "actor_size" or "theme"))
                {
                    string predicate = f.Role == "actor_size" ? $"troops of {member.Actor ?? "an unnamed force"}" : $"troops moved by {member.Actor ?? "an unnamed force"}";
                    facts.Add(new StateFact(place, predicate, f.Text, date, null, id, [member.Outlet is null ? member.Input : $"{member.Outlet} ({member.Input})"]) { UnknownBound = unknown ? "from" : null });
                }
        }
        return facts;
    }
}
