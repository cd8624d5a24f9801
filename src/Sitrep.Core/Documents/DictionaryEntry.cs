namespace Sitrep.Documents;

/// <summary>One name in the dictionaries: the referent it names, how, and (for some aliases) the country context it needs.</summary>
public sealed record DictionaryEntry(Referent Referent, MentionForm Form, string? Context, string[] Tokens)
{
    /// <summary>Acronyms ("ISF", "IS") must match letter case exactly.</summary>
    public bool CaseSensitive => Form == MentionForm.Acronym;
}
