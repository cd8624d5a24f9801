using Sitrep.Documents;
namespace Sitrep.Entities;

/// <summary>A definite description ("the base") and the kinds of entity it may refer back to.</summary>
public sealed record Descriptor(string Phrase, IReadOnlyList<EntityKind> Kinds, IReadOnlyList<string> FacilityKinds);
