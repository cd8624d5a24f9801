using Sitrep.Documents;
namespace Sitrep.Quantities;

public sealed record UnitNoun(string Noun, string Unit, string Category);
