namespace Sitrep.Documents;

/// <summary>
/// What kind of political event a sentence reports, by the event classifier: a PLOVER root
/// (CONCEDE and RETREAT read as YIELD) or NONE, and how far its score is ahead of the next one.
/// A sentence where NONE led the best event type by only a little is read as that type, with the
/// margin by which NONE led taken as negative.
/// </summary>
public readonly record struct SentenceType(string Label, float Margin)
{
    public const string None = "NONE";

    public bool IsEvent => Label != None;

    /// <summary>
    /// Read as an event although the words put NONE ahead (by less than the sentence-type stage's ByPartyMargin), because
    /// the sentence names a party the dictionaries code: the events the event coder makes from this reading (from the tree,
    /// or a PETRARCH verb) are that party's deeds told by a row or a fitted dictionary pattern (Sitrep's own rows code any
    /// sentence, as before), and the sentence does not count towards a report's share of event sentences.
    /// </summary>
    public bool ByParty { get; init; }

    /// <summary>The root a sentence is read as: CONCEDE and RETREAT are both YIELD (as in the PLV sentences).</summary>
    public static string RootOf(string ploverType) => ploverType is "CONCEDE" or "RETREAT" ? "YIELD" : ploverType;
}
