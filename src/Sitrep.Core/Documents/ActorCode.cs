namespace Sitrep.Documents;

/// <summary>A CAMEO-style code given to an entity by <see cref="ActorCoder"/>, and what gave it.</summary>
public sealed record ActorCode(string Code, string DecidedBy);
