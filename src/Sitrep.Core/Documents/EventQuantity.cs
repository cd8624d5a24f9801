namespace Sitrep.Documents;

/// <summary>A quantity tied to an event and the part it plays: theme (what moved or was given), count (of attacks), ordinal, actor_size.</summary>
public sealed record EventQuantity(string QuantityId, string Role);
