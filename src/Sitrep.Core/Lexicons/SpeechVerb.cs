using Sitrep.Documents;
namespace Sitrep.Lexicons;

/// <summary>A form of a verb of saying or attitude; Kind is say, confirm, claim, deny, believe or evidence.</summary>
public sealed record SpeechVerb(string Form, string Lemma, string Kind);
