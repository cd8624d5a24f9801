
namespace Sitrep.Documents;

/// <summary>
/// Something a mention can refer to that Sitrep knows from its data: an actor, a country, a
/// place, a facility, a group, or a state's force made from a demonym ("Turkish troops").
/// </summary>
public sealed record Referent(string Id, string Name, EntityKind Kind)
{
    /// <summary>CAMEO-style actor code: "IRQMIL", "IMGMUSISI".</summary>
    public string? Code { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the state it belongs to or is based in.</summary>
    public string? Country { get; init; }

    public string? Sector { get; init; }

    public string? Branch { get; init; }

    /// <summary>The referent this one is part of (the Iraqi Army is part of the Iraqi Security Forces).</summary>
    public string? ParentId { get; init; }

    /// <summary>ISO code of the state that backs or leads it.</summary>
    public string? Backer { get; init; }

    public PlaceInfo? Place { get; init; }

    /// <summary>For a capital or seat of government: the government it stands for in "Washington and Tehran".</summary>
    public string? StandsFor { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Definite descriptions that refer back to it once named: "the terror group".</summary>
    public IReadOnlyList<string> Descriptors { get; init; } = [];

    /// <summary>The data file it comes from, for provenance.</summary>
    public string Source { get; init; } = "";
}
