
namespace Sitrep.Documents;

/// <summary>
/// A stretch of text that names or refers to an entity. Finders propose mentions; the resolver
/// keeps the best of overlapping ones; the entity builder sets <see cref="EntityId"/>.
/// </summary>
public sealed record Mention(TextSpan Span, EntityKind Kind, MentionForm Form, string DecidedBy)
{
    public Referent? Referent { get; init; }

    /// <summary>The dictionary entries the words match; when they disagree the resolver picks one by the document's country.</summary>
    public IReadOnlyList<DictionaryEntry> Candidates { get; init; } = [];

    public PersonName? Person { get; init; }

    /// <summary>Higher wins when mentions overlap and cover the same text.</summary>
    public int Priority { get; init; }

    /// <summary>A mention inside another (the city in "Erbil military base") that is kept beside it.</summary>
    public bool Nested { get; init; }

    /// <summary>For a mention made from a coordination ("Iraqi" in "Iraqi and Kurdish forces"): the words it shares.</summary>
    public TextSpan? SharedHead { get; init; }

    public string? EntityId { get; init; }

    public string? Note { get; init; }
}
