using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>Words that change an event's status: "will" (planned), "if" (hypothetical), "not" (negated).</summary>
public sealed record StatusCue(string Cue, EventStatus Status, bool After)
{
    /// <summary>A noun's or adjective's cue ("due to", "the move to") whose "to" before a noun is a preposition.</summary>
    public bool NounTo { get; init; }
}
