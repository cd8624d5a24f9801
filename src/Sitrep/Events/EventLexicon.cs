using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Event triggers, attack modifiers and status cues from data/.</summary>
public sealed class EventLexicon
{
    public required PhraseTrie<EventTrigger> Triggers { get; init; }

    public required IReadOnlyDictionary<string, AttackModifier> AttackModifiers { get; init; }

    public required PhraseSet<StatusCue> StatusCuesBefore { get; init; }

    public required PhraseSet<StatusCue> StatusCuesAfter { get; init; }

    public static EventLexicon Load(string dataDirectory, Abbreviations abbreviations)
    {
        var triggers = new PhraseTrie<EventTrigger>();
        var t = TsvTable.Load(Path.Combine(dataDirectory, "event-triggers.tsv"));
        foreach (var r in t.Rows)
        {
            var roles = t.Get(r, "roles")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(':'))
                .ToDictionary(p => p[0], p => p[1]) ?? [];
            var trigger = new EventTrigger(t.Required(r, "trigger"), t.Required(r, "pos") == "verb", t.Required(r, "type"))
            {
                Mode = t.Get(r, "mode"),
                Cameo = t.Get(r, "cameo"),
                AcledEventType = t.Get(r, "acled_event_type"),
                AcledSubEventType = t.Get(r, "acled_sub_event_type"),
                Roles = roles,
                Requires = t.List(r, "requires"),
                Gloss = t.Get(r, "gloss"),
                Base = t.Get(r, "base"),
            };
            foreach (var form in t.List(r, "forms"))
                triggers.Add(PhraseTokens.Split(form, abbreviations), trigger);
        }
        var m = TsvTable.Load(Path.Combine(dataDirectory, "attack-modifiers.tsv"));
        var modifiers = m.Rows.Select(r => new AttackModifier(m.Required(r, "modifier"), m.Required(r, "mode"), m.Required(r, "cameo"),
                m.Required(r, "acled_event_type"), m.Required(r, "acled_sub_event_type")))
            .ToDictionary(x => x.Word, StringComparer.OrdinalIgnoreCase);
        var before = new PhraseSet<StatusCue>();
        var after = new PhraseSet<StatusCue>();
        var s = TsvTable.Load(Path.Combine(dataDirectory, "status-cues.tsv"));
        foreach (var r in s.Rows)
        {
            bool isAfter = s.Required(r, "position") == "after";
            var cue = new StatusCue(s.Required(r, "cue"), Enum.Parse<EventStatus>(s.Required(r, "status"), ignoreCase: true), isAfter);
            (isAfter ? after : before).Add(cue.Cue, cue, abbreviations);
        }
        return new EventLexicon { Triggers = triggers, AttackModifiers = modifiers, StatusCuesBefore = before, StatusCuesAfter = after };
    }
}
