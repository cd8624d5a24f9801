using Sitrep.Documents;
namespace Sitrep.Entities;

/// <summary>A noun that after a demonym names a state's force or institution: "army", "government".</summary>
public sealed record ForceNoun(string Noun, string Sector, string? Branch, EntityKind Kind, bool ByBacker);
