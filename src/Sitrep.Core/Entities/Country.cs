using Sitrep.Documents;
namespace Sitrep.Entities;

public sealed record Country(string Iso2, string Iso3, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Adjectives and people nouns: "Iraqi", "Iraqis".</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Nouns of its people that are no adjective: "Briton", "Frenchman" (a person, never the state).</summary>
    public IReadOnlyList<string> PeopleNouns { get; init; } = [];

    public string? Capital { get; init; }

    public IReadOnlyList<string> CapitalAliases { get; init; } = [];

    public string ReferentId => "C-" + Iso2;

    /// <summary>The data file it comes from.</summary>
    public string Source { get; init; } = "data/countries.tsv";
}
