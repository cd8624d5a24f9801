using Sitrep.Documents;
namespace Sitrep.Entities;

public sealed record RoleNoun(string Noun, string Kind);
