using Sitrep.Documents;
namespace Sitrep.Entities;

/// <summary>An adjective or people noun of a country ("Iraqi", "Iraqis") or of a group ("Kurdish").</summary>
public sealed record Nationality(string Word, Country? Country, Referent? Group, bool IsPeopleNoun);
