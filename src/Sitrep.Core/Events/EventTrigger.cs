using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>One row of data/event-triggers.tsv: a word that signals an event and how to read its arguments.</summary>
public sealed record EventTrigger(string Lemma, bool IsVerb, string Type)
{
    public string? Mode { get; init; }

    public string? Cameo { get; init; }

    public string? AcledEventType { get; init; }

    public string? AcledSubEventType { get; init; }

    /// <summary>Slot (subject, object, of, to, ...) to role (actor, target, recipient, place, theme).</summary>
    public IReadOnlyDictionary<string, string> Roles { get; init; } = new Dictionary<string, string>();

    /// <summary>Alternatives, any of which must hold: place, goods, force, target, arg, none; "target&amp;force" needs both.</summary>
    public IReadOnlyList<string> Requires
    {
        get => _requires;
        init
        {
            _requires = value;
            RequiredTogether = value.Select(r => r.Split('&')).ToArray();
        }
    }

    private readonly IReadOnlyList<string> _requires = [];

    /// <summary><see cref="Requires"/> with each alternative split at '&amp;', once, when the row is read.</summary>
    public IReadOnlyList<string[]> RequiredTogether { get; private init; } = [];

    public string? Gloss { get; init; }

    /// <summary>The data file of the row: Sitrep's own triggers, or the converted PETRARCH verbs.</summary>
    public string Source { get; init; } = OwnRows;

    /// <summary>The <see cref="Source"/> of Sitrep's own trigger rows.</summary>
    public const string OwnRows = "events/event-triggers.tsv";

    /// <summary>The plain form for planned or hypothetical events: "withdraw from".</summary>
    public string? Base { get; init; }
}
