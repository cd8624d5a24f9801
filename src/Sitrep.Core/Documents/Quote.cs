
namespace Sitrep.Documents;

/// <summary>
/// Something a source said: a direct quote (the words in quotation marks) or reported speech
/// ("X said that ..."). The speaker is an entity id, or null when the text does not say who.
/// </summary>
public sealed record Quote(string Id, TextSpan Span, TextSpan Content, bool Direct)
{
    public string? SpeakerId { get; init; }

    /// <summary>The words that name the speaker here ("he", "Gen. Barker").</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The speech verb as written: "said", "added", "according to".</summary>
    public string? Cue { get; init; }

    public TextSpan? CueSpan { get; init; }

    /// <summary>
    /// say | confirm | claim | deny | believe | evidence (speech, belief, finding: data/speech-verbs.tsv);
    /// stance | intend | refer | appear | clause (an attitude read off the tree: data/attitude-verbs.tsv,
    /// or any verb with a "that" clause).
    /// </summary>
    public string CueKind { get; init; } = "say";

    /// <summary>
    /// Speech, belief or finding: what the statement's words assert is the speaker's claim. An
    /// attitude ("X criticized the bombing", "X vowed to retaliate") asserts nothing of the kind.
    /// </summary>
    public bool Asserts => IsAssertingKind(CueKind);

    public static bool IsAssertingKind(string kind) => kind is "say" or "confirm" or "claim" or "deny" or "believe" or "evidence";

    /// <summary>The time expression that says when it was said ("said on Sunday"), if any.</summary>
    public string? TimeId { get; init; }

    /// <summary>The quote this one goes on with (“A,” he said. “B.”: B continues A): one statement in several pieces.</summary>
    public string? ContinuesId { get; init; }

    /// <summary>How the speaker was found: "cue-after", "cue-before", "pronoun", "continuation", ...</summary>
    public string DecidedBy { get; init; } = "";
}
