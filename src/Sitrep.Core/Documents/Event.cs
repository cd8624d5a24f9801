
namespace Sitrep.Documents;

/// <summary>
/// Who did what to whom, where and when, with the words that say so. Roles hold entity ids;
/// a role the text does not fill is null.
/// </summary>
public sealed record Event(string Id, string Type, TextSpan Trigger)
{
    public string? Mode { get; init; }

    public string? Cameo { get; init; }

    public string? AcledEventType { get; init; }

    public string? AcledSubEventType { get; init; }

    public string? ActorId { get; init; }

    /// <summary>The words of an actor the text does not name ("a court in Venezuela" → "A court"), when <see cref="ActorId"/> is null.</summary>
    public TextSpan? ActorWords { get; init; }

    /// <summary>The words of a target the text does not name ("hundreds of demonstrators"), when <see cref="TargetId"/> is null.</summary>
    public TextSpan? TargetWords { get; init; }

    public string? TargetId { get; init; }

    /// <summary>The Phoenix agent code of <see cref="ActorWords"/>' head ("gunmen" → UAF), when the agents list it.</summary>
    public string? ActorWordsCode { get; init; }

    /// <summary>The Phoenix agent code of <see cref="TargetWords"/>' head ("12 security personnel" → MIL, "11 people" → PPL).</summary>
    public string? TargetWordsCode { get; init; }

    public string? RecipientId { get; init; }

    public string? PlaceId { get; init; }

    /// <summary>Other actors on the actor's side ("US troops" beside the coalition).</summary>
    public IReadOnlyList<string> AssociatedActorIds { get; init; } = [];

    public EventDate? Date { get; init; }

    public IReadOnlyList<EventQuantity> Quantities { get; init; } = [];

    public EventStatus Status { get; init; } = EventStatus.Reported;

    /// <summary>For a claimed event: who claims it.</summary>
    public string? ClaimedById { get; init; }

    /// <summary>For a claimed event whose speaker the text names only in words ("activists", "a military spokesman"): those words.</summary>
    public TextSpan? ClaimedByWords { get; init; }

    /// <summary>The claim that asserts it, and the claim that denies it, when there are.</summary>
    public string? ClaimId { get; init; }

    public string? DeniedByClaimId { get; init; }

    /// <summary>For a REJECT event that is a denial: the events it denies ("denied that US forces had struck the convoy").</summary>
    public IReadOnlyList<string> DeniesEventIds { get; init; } = [];

    /// <summary>The sentences (or clauses) that say so.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    /// <summary>Which rule decided it: "events/event-triggers.tsv:withdrawal".</summary>
    public string DecidedBy { get; init; } = "";

    /// <summary>Why, step by step: the trigger row, where each role's words were found, the status cue, the date, merges (sitrep extract --explain).</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];

    /// <summary>The past-tense phrase for the report: "withdrew from".</summary>
    public string? Gloss { get; init; }

    /// <summary>The plain form for planned or hypothetical events: "withdraw from".</summary>
    public string? Base { get; init; }

    /// <summary>What was moved or given when it is not a figure: "great training and partnership".</summary>
    public TextSpan? Theme { get; init; }

    /// <summary>True when actor and target act on each other ("attacks between the US and Kataib Hezbollah").</summary>
    public bool Mutual { get; init; }

    /// <summary>True when the place is where what it sends, moves or commits to is ("agreed to expand its force in Afghanistan"), not where it was done.</summary>
    public bool PlaceOfDeed { get; init; }

    /// <summary>True for a definite nominal trigger that refers back ("the withdrawal").</summary>
    public bool Anaphoric { get; init; }

    /// <summary>True for a noun with too little to stand alone; kept only when it adds evidence to another event.</summary>
    public bool Weak { get; init; }

    /// <summary>The quote whose words hold the trigger, if any.</summary>
    public string? QuoteId { get; init; }
}
