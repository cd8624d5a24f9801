using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>Words that change an event's status: "will" (planned), "if" (hypothetical), "not" (negated).</summary>
public sealed record StatusCue(string Cue, EventStatus Status, bool After);
