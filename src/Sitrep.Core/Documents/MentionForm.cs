namespace Sitrep.Documents;

/// <summary>How a mention names its entity.</summary>
public enum MentionForm
{
    Name,
    Alias,
    Acronym,
    Demonym,
    Descriptor,
    Pronoun,
    Variant,
}
