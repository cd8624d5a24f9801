using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// An event's status from the words of its clause: "will", "plans to" (planned); "if", "could"
/// (hypothetical); "not", "never" (negated); and, for a nominal trigger, "had been planned"
/// after it. The nearest cue before the trigger wins.
/// </summary>
public sealed class StatusReader(EventLexicon lexicon)
{
    private const int Reach = 7;

    private static readonly ImmutableArray<string> Modals = ["would", "could", "should", "might", "may", "can", "will", "must"];

    private static readonly HashSet<string> Carriers = new(StringComparer.OrdinalIgnoreCase)
    {
        "began", "begin", "begins", "begun", "started", "start", "starts", "continued", "continue", "continues", "managed", "manages",
        "went", "go", "goes", "helped", "help", "helps", "moved", "decided", "used",
    };

    public (EventStatus Status, string? Cue) Read(Document doc, Sentence sentence, int trigger, int length, bool isVerb)
    {
        int from = Math.Max(sentence.FirstToken, trigger - Reach);
        // "will release two soldiers it kidnapped last month", "will alarm European countries that negotiated a deal": a verb
        // with a subject of its own, told in the past (in -ed and not a passive's participle, or after "had" or "did"), takes only
        // the cues of its own clause — not those of the clause it hangs in, unless a clause of time puts it in that clause's
        // future ("will resume after the hostages have been freed", "will be lifted when the prisoners are released"), and a
        // present tense never ("would crush militants who attack its troops").
        if (isVerb && doc.Syntax is { } parse && parse.IsParsed(trigger) && parse.Dependent(sentence, trigger, "nsubj") >= 0
            && parse.Dependent(sentence, trigger, "aux:pass") < 0
            && (doc.TokenText(trigger).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || parse.Dependents(sentence, trigger, "aux").Any(a => Words.IsAny(doc, a, "had", "did")))
            && !parse.Dependents(sentence, trigger, "mark").Any(m => Words.IsAny(doc, m, "when", "once", "after", "until", "before", "if", "unless")))
            from = Math.Max(from, parse.Subtree(sentence, trigger).First);
        for (int i = trigger - 1; i >= from; i--)
        {
            // A scare quote's marks ('foil "terrorist" attack') end no clause.
            if (FrameReader.IsScareMark(doc, i, sentence.EndToken)) continue;
            if (IsBreak(doc, i)) break;
            foreach (var (len, values) in Candidates(doc, i, trigger))
            {
                var cue = values;
                if (i + len > trigger) continue;
                // Negation must be close: "did not withdraw", "no withdrawal" (a verb of foiling reaches its object's deed:
                // "foiled a suicide attack on the base").
                // (Auxiliaries and adverbs of time between do not part them: "has not so far been targeted", "had not yet been freed".)
                if (cue.Status == EventStatus.Negated && trigger - (i + len) > 2 && !(IsFoiling(cue.Cue) && OnlyObjectWordsBetween(doc, i + len, trigger))
                    && !OnlyAuxiliariesOrTimeWordsBetween(doc, i + len, trigger)) continue;
                // "prevented a bombing", "to avert a military clash": a deed prevented or avoided is the verb's object, never one
                // further on ("To avoid civilian casualties, the army shelled only military positions").
                if (IsPreventing(cue.Cue) && !OnlyObjectWordsBetween(doc, i + len, trigger)) continue;
                // "the threat of an attack": a deed feared is the head of the phrase after "of", never a deed further on
                // ("warns of civilian deaths from U.S. air strikes": the strikes are happening).
                if (cue.Cue.EndsWith(" of", StringComparison.Ordinal) && !InPhraseAfter(doc, i + len, trigger)) continue;
                // "due to attacks", "compared the move to Obama's withdrawal": before a noun, a noun's or adjective's "to" is a
                // preposition, not an infinitive's (a verb's is not: "agreed to a ceasefire" is the ceasefire to come).
                if (cue.NounTo && PrepositionTo(doc, i + len, trigger, isVerb)) continue;
                // "in order to verify" tells an aim, not an order.
                if (cue.Cue == "order to" && Words.Is(doc, i - 1, "in") && i > sentence.FirstToken) continue;
                // "may" the month is capitalised; the modal is not.
                if (cue.Cue == "may" && !char.IsLower(doc.Text[doc.Tokens[i].Start])) continue;
                // "The Syrian regime said it would recognize ...": reported intent, the future of the past.
                if (cue.Cue == "would" && ReportedIntent(doc, sentence, i)) return (EventStatus.Planned, "said ... would");
                // "is not willing to meet", "has no plans to send", "would be willing to meet": the words before an
                // announcement's cue deny it or make it a condition.
                if (cue.Status == EventStatus.Planned && i > sentence.FirstToken && Words.IsAny(doc, i - 1, "not", "n't", "never", "no"))
                    return (EventStatus.Negated, (Words.IsAny(doc, i - 1, "no") ? "no " : "not ") + cue.Cue);
                if (cue.Status == EventStatus.Planned && i - 1 > sentence.FirstToken && doc.TokenText(i - 1) is "be" && doc.TokenText(i - 2) is "would" or "could" or "might") return (EventStatus.Hypothetical, "would be " + cue.Cue);
                return (cue.Status, cue.Cue);
            }
        }
        // "sent aircraft to attack", "to investigate": an infinitive is an aim, not a deed, unless a
        // verb of doing carries it ("began to withdraw", "continued to provide").
        // (Not a preposition's "to" before a noun the tree reads: "halted due to shelling", "led to clashes".)
        if (isVerb && trigger - 1 >= sentence.FirstToken && Words.Is(doc, trigger - 1, "to")
            && !(doc.Syntax is { } toTree && toTree.IsParsed(trigger) && toTree.Upos[trigger] == "NOUN" && toTree.Upos[trigger - 1] == "ADP"))
        {
            bool done = trigger - 2 >= sentence.FirstToken && Carriers.Contains(doc.TokenString(trigger - 2));
            return done ? (EventStatus.Reported, null) : (EventStatus.Hypothetical, "to");
        }
        // "said bombing the city would be a crime", "lifting the embargo could damage relations": a deed in -ing that is the
        // subject of a clause with a modal is weighed, not done.
        if (isVerb && doc.Syntax is { } tree && tree.IsParsed(trigger) && tree.Relations[trigger] is "csubj" or "csubj:pass"
            && doc.TokenString(trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && tree.Heads[trigger] is >= 0 and var weighed
            && tree.Dependents(sentence, weighed, "aux").FirstOrDefault(a => Words.IsAny(doc, a, Modals.AsSpan()), -1) is >= 0 and var modal)
            return (EventStatus.Hypothetical, doc.TokenString(modal).ToLowerInvariant());
        // The same where the parser hangs the clause elsewhere: the -ing opens a clause (after "said" or "that") and a
        // modal follows its object with nothing but the object's words between.
        if (isVerb && doc.TokenString(trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && OpensClause(doc, sentence, trigger)
            && ModalAfterObject(doc, sentence, trigger + length) is { } after)
            return (EventStatus.Hypothetical, after);
        if (!isVerb)
        {
            int to = Math.Min(sentence.EndToken, trigger + length + Reach);
            for (int i = trigger + length; i < to; i++)
            {
                if (IsBreak(doc, i)) break;
                var (len, cue) = lexicon.StatusCuesAfter.LongestAt(doc, i, to);
                if (cue is not null) return (cue.Status, cue.Cue);
            }
        }
        // "Will Russia hit back at the US?": a question asks whether it happens, it does not report it.
        if (EndsWithQuestionMark(doc, sentence)) return (EventStatus.Hypothetical, "?");
        return (EventStatus.Reported, null);
    }

    // Not after a comma: "struck Gaza, killing 12 people who may have been militants" is a deed done.
    private bool OpensClause(Document doc, Sentence sentence, int token) =>
        token == sentence.FirstToken || Words.IsAny(doc, token - 1, "that") || lexicon.ReportedIntentVerbs.Contains(doc.TokenText(token - 1));

    /// <summary>
    /// A modal (lower case: not the month "May") within a few words after <paramref name="from"/>, with only a noun
    /// phrase's words before it: "the arms embargo would"; not past a pronoun, a "who" or a preposition.
    /// </summary>
    private static string? ModalAfterObject(Document doc, Sentence sentence, int from)
    {
        if (doc.Syntax is not { } tree) return null;
        for (int k = from; k < Math.Min(sentence.EndToken, from + 8); k++)
        {
            var word = doc.TokenString(k);
            if (Modals.Contains(word)) return word;
            if (!tree.IsParsed(k) || tree.Upos[k] is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM")) return null;
        }
        return null;
    }

    /// <summary>A verb of saying at most six words before "would", with no condition between: "said (that) it would".</summary>
    private bool ReportedIntent(Document doc, Sentence sentence, int would)
    {
        for (int k = would - 1; k >= Math.Max(sentence.FirstToken, would - 6); k--)
        {
            if (Words.IsAny(doc, k, "if", "unless", "whether") || IsBreak(doc, k) || Words.IsPunct(doc, k, ',')) return false;
            if (lexicon.ReportedIntentVerbs.Contains(doc.TokenText(k))) return true;
        }
        return false;
    }

    private static bool EndsWithQuestionMark(Document doc, Sentence sentence)
    {
        for (int i = sentence.EndToken - 1; i >= sentence.FirstToken; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Quote) continue;
            return Words.IsPunct(doc, i, '?');
        }
        return false;
    }

    /// <summary>
    /// The cue's "to" is a preposition: the deed is the noun right after it, or the word after "to" is no base form ("halted
    /// due to renewed fighting", whatever the tagger makes of "renewed") or one the tree tags as a determiner, noun, pronoun,
    /// number or adjective. (A noun further on may be the infinitive's object: "the decision to launch air strikes".)
    /// </summary>
    private static bool PrepositionTo(Document doc, int next, int trigger, bool isVerb) =>
        !isVerb && next == trigger || NoBaseForm(doc.TokenText(next))
        || (doc.Syntax is { } tree && tree.IsParsed(next) && tree.Upos[next] is "DET" or "NOUN" or "PROPN" or "PRON" or "NUM" or "ADJ");

    // An infinitive's "to" is followed by a base form, which ends in "-ing" or "-ed" only in short verbs and a few others ("bring", "spring", "proceed"):
    // "due to renewed shelling", "due to shelling" are causes, whatever the tagger calls the words.
    private static bool NoBaseForm(ReadOnlySpan<char> word) =>
        word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.Length > 5 && !word.Equals("string", StringComparison.OrdinalIgnoreCase) && !word.Equals("spring", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4 && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<(int Length, StatusCue Cue)> Candidates(Document doc, int i, int end)
    {
        var (len, cue) = lexicon.StatusCuesBefore.LongestAt(doc, i, end);
        if (cue is not null) yield return (len, cue);
    }

    /// <summary>
    /// Between a verb of foiling and the deed only the words of its object: "foiled a suicide attack", 'foil "terrorist"
    /// attack' — not a comma or another verb ("Days after police foiled a plot, gunmen attacked a church").
    /// </summary>
    private static bool OnlyObjectWordsBetween(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) continue;
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || Words.IsAny(doc, k, "and", "or", "but", "then", "as", "after", "before")) return false;
            if (doc.Syntax is { } tree && tree.IsParsed(k) && tree.Upos[k] is "VERB" or "AUX") return false;
        }
        return true;
    }

    /// <summary>
    /// Only a noun phrase's own words stand between the cue and the trigger (participles too: "a staged chemical attack"), no
    /// preposition, comma, conjunction or auxiliary ("warns of civilian deaths from U.S. air strikes", "warned of retaliation, and
    /// hours later Israeli jets struck").
    /// </summary>
    private static bool InPhraseAfter(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (FrameReader.IsPreposition(doc.TokenString(k)) || doc.Tokens[k].Kind == TokenKind.Punctuation && !Words.IsAny(doc, k, "-", "'s", "’s")
                || Words.IsAny(doc, k, "and", "or", "but") || doc.Syntax is { } tree && tree.IsParsed(k) && tree.Upos[k] is "ADP" or "AUX" or "CCONJ") return false;
        return true;
    }

    private static bool IsPreventing(string cue) =>
        cue.StartsWith("prevent", StringComparison.Ordinal) || cue.StartsWith("avert", StringComparison.Ordinal) || cue.StartsWith("avoid", StringComparison.Ordinal);

    private static bool IsFoiling(string cue) => cue.StartsWith("foil", StringComparison.Ordinal) || cue.StartsWith("thwart", StringComparison.Ordinal);

    private static bool IsBreak(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Quote || Words.IsPunct(doc, i, ';') || Words.IsAny(doc, i, "but", "while", "although", "because");

    /// <summary>Only auxiliaries and adverbs of time stand between the two tokens: "not so far been", "not yet been".</summary>
    private static bool OnlyAuxiliariesOrTimeWordsBetween(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!Words.IsAny(doc, k, "so", "far", "yet", "ever", "been", "be", "being", "previously", "always")) return false;
        return true;
    }
}
