using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>
/// A verb of the converted PETRARCH dictionary (data/petrarch-verbs.tsv): the event its verb
/// alone codes, if any, and the more specific events its object patterns code ("restore" +
/// "diplomatic ties" is 050). Sitrep's own trigger rows win over these.
/// </summary>
public sealed record DictionaryVerb(string Block, EventTrigger? Default, IReadOnlyList<DictionaryPattern> Patterns, string Source);

/// <summary>Words that must follow the verb, in order, each one of several alternatives (each alternative one or more words).</summary>
public sealed record DictionaryPattern(IReadOnlyList<IReadOnlyList<string[]>> Words, EventTrigger? Trigger, string Text, string Source);
