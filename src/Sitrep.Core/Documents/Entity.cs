
namespace Sitrep.Documents;

/// <summary>
/// One person, group, force, organisation or place as the document refers to it, possibly
/// under several names. Its mentions are the document's mentions that carry its id.
/// </summary>
public sealed record Entity(string Id, EntityKind Kind, string Name)
{
    public Referent? Referent { get; init; }

    /// <summary>The code Sitrep's own dictionaries give, else the one the actor coder assigned.</summary>
    public string? Code => Referent?.Code ?? AssignedCode?.Code;

    /// <summary>A code from the Phoenix dictionaries or from a country and an agent noun, with its source.</summary>
    public ActorCode? AssignedCode { get; init; }

    public string? Country { get; init; }

    public string? Sector { get; init; }

    public string? Title { get; init; }

    /// <summary>What the text says the person is: "Director of Sustainment".</summary>
    public string? Role { get; init; }

    public TextSpan? RoleSpan { get; init; }

    /// <summary>The entity the person works for or speaks for, when the text says so.</summary>
    public string? AffiliationId { get; init; }

    /// <summary>The entity this one is part of or belongs to ("part of the Popular Mobilization Forces").</summary>
    public string? PartOfId { get; init; }

    /// <summary>For a capital standing for its government ("Washington and Tehran"): that government.</summary>
    public Referent? StandsFor { get; init; }

    public PlaceInfo? Place { get; init; }

    /// <summary>Where the text locates it: "on the Syrian border", "in western Iraq".</summary>
    public string? Description { get; init; }

    public TextSpan? DescriptionSpan { get; init; }

    /// <summary>For a place described relative to another ("northeast Syria"): the place it lies in.</summary>
    public string? WithinId { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool IsPlace => Kind.IsPlace();
}
