using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;

namespace Sitrep.Events;

/// <summary>
/// Reads an event's trigger and roles from a sentence's dependency tree, for a sentence the
/// classifier reads as an event of some type where no trigger row coded one. The trigger is the
/// highest word in the tree that the dictionaries give that type ("attacked", "held talks"), never
/// a word inside a name, nor a verb of saying unless saying it is the deed ("demanded that"). Roles by relation: the
/// subject acts (the agent of a passive: "was condemned by the White House"), the object or the
/// passive's subject is acted on ("nine soldiers were killed"), an indirect object or a 'to'
/// phrase receives, 'with' and 'against' phrases name the other party ("clashed with IS"), and a
/// place in an 'in', 'at' or 'near' phrase is where it happened. Each role's filler is the name
/// at the head of its phrase ("opponents of Assad" are the opponents, who have no name here) or
/// inside its compound ("a U.S. Supreme Court decision"), and each of its coordinates.
/// </summary>
/// <param name="isKin">Whether a word names kin (data/kin-nouns.txt): "detained his brother" detained the brother, not the one whose brother he is.</param>
/// <param name="undergoes">Whether a noun names what is done to someone (data/patient-nouns.txt): "ordered the tanker's release" released the tanker.</param>
public sealed class TreeFrameReader(Predicate<string>? isKin = null, Predicate<string>? undergoes = null, Predicate<string>? isAgent = null,
    Predicate<string>? isRequest = null)
{
    /// <summary>Types whose 'to' phrase is who receives (aid sent to, support given to, a demand made to).</summary>
    private static readonly HashSet<string> Giving = new(StringComparer.Ordinal) { "AID", "SUPPORT", "REQUEST", "COOPERATE", "AGREE", "YIELD" };

    /// <summary>Types of dealing with another party, whose "with" phrase names it (talks, ties, deals with).</summary>
    private static readonly HashSet<string> Dealing = new(StringComparer.Ordinal) { "CONSULT", "SUPPORT", "COOPERATE", "AGREE" };

    /// <param name="patterned">Whether the verb at a token has a dictionary object pattern of the type that its own phrase fits ("lifted long-standing sanctions").</param>
    /// <param name="learned">The type a word has in the PLV training sentences, if any: a verb of the tree with the type may be the trigger (never a noun: "civilians", "car" are in that list).</param>
    public (int Trigger, bool IsVerb, Frame Frame)? Read(DocumentIndex index, Sentence sentence, string type, Func<ReadOnlySpan<char>, string[]> hinted, Func<int, bool> patterned, Func<ReadOnlySpan<char>, string?>? learned = null)
    {
        var doc = index.Document;
        if (doc.Syntax is not { } tree || sentence.TokenCount == 0 || !tree.IsParsed(sentence.FirstToken)) return null;
        int trigger = Trigger(index, tree, sentence, type, hinted, patterned, learned);
        if (trigger < 0) return null;
        var names = PartyNames(index, tree, sentence);
        bool isVerb = tree.Upos[trigger] is "VERB" or "AUX";
        // A classifier's noun takes no carrying verb's subject: "they have plans to withdraw" would make
        // the coalition agree to its plans (the seed); a row's noun does (FrameAt).
        var frame = isVerb ? VerbFrame(index, tree, sentence, trigger, type, names)
            : CarriedObject(doc, tree, trigger, type, hinted) ? CarriedNounFrame(index, tree, sentence, trigger, names, type, _ => true, ownRoles: true)
            : NounFrame(index, tree, sentence, trigger, names, type, ownRoles: true);
        // "Paet said the European Union must be ready to mediate": the one who says what another must do asks it of them.
        if (type == "REQUEST" && Obliged(index, tree, sentence, trigger) is var (said, obliged) && said >= 0)
        {
            frame = new Frame();
            AddPhrase(index, tree, sentence, frame, "actor", tree.Dependent(sentence, said, "nsubj"), names, "who says what another must do (tree)");
            AddPhrase(index, tree, sentence, frame, "target", obliged, names, "who must do it (tree)");
        }
        return (trigger, isVerb, frame);
    }

    /// <summary>
    /// A clause whose subject "must" or "should" do something, said by a party: the verb that says it
    /// and the subject obliged, each a party or none (-1).
    /// </summary>
    private static (int Said, int Obliged) Obliged(DocumentIndex index, DependencyParse tree, Sentence sentence, int verb)
    {
        if (tree.Relations[verb] != "ccomp" || tree.Heads[verb] is not (>= 0 and var head)) return (-1, -1);
        var doc = index.Document;
        bool must = false, negated = false, guess = false;
        for (int d = sentence.FirstToken; d < sentence.EndToken; d++)
            if (tree.Heads[d] == verb)
            {
                if (tree.Relations[d] == "aux" && doc.TokenText(d) is "must" or "should") must = true;
                // "the gunmen must have fled": a guess, not a demand.
                if (tree.Relations[d] == "aux" && doc.TokenText(d) is "have" or "been") guess = true;
                if (tree.Relations[d] == "advmod" && doc.TokenText(d) is "not" or "n't") negated = true;
            }
        if (!must || negated || guess) return (-1, -1);
        // Said, told or insisted: who says what another must do.
        if (doc.TokenString(head).ToLowerInvariant() is not ("said" or "says" or "say" or "told" or "tells" or "insisted" or "insists" or "stressed" or "warned" or "added" or "argued" or "argues" or "believes" or "believed" or "thinks")) return (-1, -1);
        int obliged = tree.Dependent(sentence, verb, "nsubj"), speaker = tree.Dependent(sentence, head, "nsubj");
        if (obliged < 0 || speaker < 0 || !CanRefuse(index, obliged) || !CanRefuse(index, speaker)) return (-1, -1);
        // "He said he must resign" asks nothing of anyone else.
        if (IsPersonalPronoun(doc, obliged)) return (-1, -1);
        return (head, obliged);
    }

    /// <summary>The roles the tree gives a trigger a row found, or null when the sentence is unparsed.</summary>
    /// <param name="carries">Whether the verb at a token carries a noun of the type as its object ("imposed a curfew", "launched an investigation").</param>
    public Frame? FrameAt(DocumentIndex index, Sentence sentence, int trigger, string type, Func<int, bool>? carries = null)
    {
        var doc = index.Document;
        if (doc.Syntax is not { } tree || !tree.IsParsed(trigger)) return null;
        var names = PartyNames(index, tree, sentence);
        return tree.Upos[trigger] is "VERB" or "AUX" ? VerbFrame(index, tree, sentence, trigger, type, names) : CarriedNounFrame(index, tree, sentence, trigger, names, type, carries);
    }

    /// <summary>
    /// A noun's roles, and where it has no actor of its own the subject of the verb that carries
    /// it, when that verb is light or of the noun's own type: "Iraqi officials have imposed a curfew on Basra".
    /// </summary>
    private Frame CarriedNounFrame(DocumentIndex index, DependencyParse tree, Sentence sentence, int noun, Mention?[] names, string type, Func<int, bool>? carries, bool ownRoles = false)
    {
        var frame = NounFrame(index, tree, sentence, noun, names, type, ownRoles);
        if (frame["actor"].Count == 0 && carries is not null && tree.Relations[noun] == "obj" && tree.Heads[noun] is >= 0 and var verb
            && tree.Upos[verb] == "VERB" && carries(verb) && tree.Dependent(sentence, verb, "aux:pass") < 0)
        {
            AddPhrase(index, tree, sentence, frame, "actor", tree.Dependent(sentence, verb, "nsubj"), names, "the subject of the verb that carries the noun (tree)");
            // "Gunmen opened fire on worshippers", "imposed sanctions on Iran": whom the carrying verb's phrase aims it at.
            if (frame["target"].Count == 0 && !frame.Unnamed.ContainsKey("target"))
                foreach (int obl in tree.Dependents(sentence, verb, "obl"))
                    if (obl > noun && CaseOf(index.Document, tree, sentence, obl) is "on" or "against" or "upon" && !IsTime(index.Document, obl))
                    {
                        AddPhrase(index, tree, sentence, frame, "target", obl, names, $"the '{CaseOf(index.Document, tree, sentence, obl)}' phrase of the verb that carries the noun (tree)");
                        break;
                    }
            // "imposed blockades in some parts of west Darfur": where the carrying verb says it was done.
            if (frame["place"].Count == 0)
                foreach (int obl in tree.Dependents(sentence, verb, "obl"))
                    if (CaseOf(index.Document, tree, sentence, obl) is "in" or "at" or "near")
                        AddPhrase(index, tree, sentence, frame, "place", obl, names, "the place of the verb that carries the noun (tree)");
        }
        // "Teachers went on strike", "Doctors have been on strike since December", "employees stopped work in a strike": who is on strike strikes;
        // "asylum-seekers have gone on hunger strike in protest at ...": who does it in protest protests.
        // (A strike only, bare and singular after "on": "clamped down on the initial protests", "cracked down on strikes" name the strikers' foe.)
        if (frame["actor"].Count == 0 && type == "PROTEST" && CaseOf(index.Document, tree, sentence, noun) is { } preposition
            && (preposition == "on" && Words.IsAny(index.Document, noun, "strike") && tree.Dependent(sentence, noun, "det") < 0 || preposition == "in" && Words.IsAny(index.Document, noun, "strike", "strikes")
                || preposition == "in" && Words.IsAny(index.Document, noun, "protest") && tree.Dependent(sentence, noun, "det") < 0))
        {
            int subject = tree.Dependent(sentence, noun, "nsubj");
            if (subject < 0 && tree.Relations[noun] == "obl" && tree.Heads[noun] is >= 0 and var head && tree.Upos[head] == "VERB") subject = tree.Dependent(sentence, head, "nsubj");
            AddPhrase(index, tree, sentence, frame, "actor", subject, names, "who is on strike (tree)");
        }
        return frame;
    }

    private static int Trigger(DocumentIndex index, DependencyParse tree, Sentence sentence, string type, Func<ReadOnlySpan<char>, string[]> hinted, Func<int, bool> patterned, Func<ReadOnlySpan<char>, string?>? learned)
    {
        var doc = index.Document;
        Span<char> lower = stackalloc char[64];
        int best = -1, bestRank = int.MaxValue;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            // Lower-case words outside names only: "Operation Inherent Resolve" resolves nothing.
            if (tree.Upos[t] is not ("VERB" or "NOUN") || index.Covered[t] || !char.IsLower(doc.Text[doc.Tokens[t].Start])) continue;
            var word = doc.TokenText(t);
            if (word.Length > 30) continue;
            // "An emboldened Tehran", "the embattled president": a participle right after an article describes a noun; it is no deed.
            if (tree.Upos[t] == "VERB" && word.EndsWith("ed", StringComparison.Ordinal) && t > sentence.FirstToken && Words.IsAny(doc, t - 1, "a", "an", "the", "A", "An", "The")) continue;
            // "the U.N.-backed Libyan government", "Saudi-led coalition": the second half of a word joined by a hyphen describes a noun.
            if (Words.AfterHyphen(doc, t)) continue;
            int n = word.ToLowerInvariant(lower);
            bool ofType = hinted(lower[..n]).Contains(type);
            // A verb of speech introduces what was said, unless the dictionaries give it the type and saying it is the deed
            // (PLV five-fold root 0.706 -> 0.711: "several party MLAs and ministers demanded that Yediyurappa step down").
            if (IsCue(index, t) && !(ofType && (SpeechActs.Contains(type) || !HasClauseOrPassive(tree, sentence, t)))) continue;
            bool hint = ofType || learned is not null && learned(lower[..n]) == type
                && (tree.Upos[t] == "VERB" || CarriedObject(doc, tree, t, type, hinted));
            // "held talks", "launched attacks": a verb with its object as the dictionaries list it.
            if (!hint && t + 1 < sentence.EndToken && doc.TokenText(t + 1) is var next && n + 1 + next.Length <= lower.Length)
            {
                lower[n] = ' ';
                int m = next.ToLowerInvariant(lower[(n + 1)..]);
                hint = hinted(lower[..(n + 1 + m)]).Contains(type);
            }
            if (!hint && !(tree.Upos[t] == "VERB" && patterned(t))) continue;
            // The highest in the tree wins, and a verb before a noun at the same height.
            int rank = Depth(tree, t) * 2 + (tree.Upos[t] == "VERB" ? 0 : 1);
            if (rank < bestRank) (best, bestRank) = (t, rank);
        }
        // No word of that type: the main verb would often be right on sentences known to report an
        // event (PLV held-out root accuracy 0.46 → 0.58), but an independent reading of 60 such events
        // in Guardian articles found 6 of 25 right where no word had the type, against 18 of 35 where one did.
        // Words whose PETRARCH object patterns have the type ("welcome" + "decision") lift PLV to 0.55, but
        // a reading of 40 such events found 12 right; only a pattern the verb's own phrase fits is taken
        // (patterned): PLV 0.462 → 0.505, 9 of 11 changed PLV sentences right, 5 Guardian events about 2 right. The main verb between two coded parties (PETRARCH's
        // dyad) lifts PLV to 0.467 and added 11 events to the Guardian articles, 2 or 3 of them right.
        if (best < 0 && type == "REJECT") best = Refused(index, tree, sentence, hinted);
        if (best < 0 && type == "REQUEST") best = Demanded(index, tree, sentence);
        return best;
    }

    /// <summary>
    /// "announced a suspension of aid", "imposed blockades on ports": a noun is the object of a light
    /// verb, or of one the classifier's words give the type, so the verb carries the noun's deed.
    /// </summary>
    private static bool CarriedObject(Document doc, DependencyParse tree, int noun, string type, Func<ReadOnlySpan<char>, string[]> hinted)
    {
        if (tree.Relations[noun] != "obj" || tree.Heads[noun] is not (>= 0 and var verb) || tree.Upos[verb] != "VERB") return false;
        var word = doc.TokenString(verb).ToLowerInvariant();
        return FrameReader.IsLightVerb(word) && !FrameReader.IsBeOrHave(word) || word is "impose" or "imposes" or "imposed" or "declare" or "declares" or "declared" or "issue" or "issues" or "issued"
            || hinted(word).Contains(type);
    }

    /// <summary>"the Sri Lankan government must ensure security", said by a party: the highest verb or adjective so obliged.</summary>
    private static int Demanded(DocumentIndex index, DependencyParse tree, Sentence sentence)
    {
        int best = -1, bestDepth = int.MaxValue;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (tree.Upos[t] is "VERB" or "ADJ" && Obliged(index, tree, sentence, t).Said >= 0 && Depth(tree, t) is var depth && depth < bestDepth)
                (best, bestDepth) = (t, depth);
        return best;
    }

    private static bool IsPersonalPronoun(Document doc, int token) => doc.TokenString(token).ToLowerInvariant() is "it" or "they" or "we" or "he" or "she" or "i";

    /// <summary>"if" or "unless" on the verb or the word it hangs from: a condition, not a refusal.</summary>
    private static bool ConditionNear(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        for (int d = sentence.FirstToken; d < sentence.EndToken; d++)
            if (doc.TokenText(d) is "if" or "If" or "unless" or "Unless" && (tree.Heads[d] == verb || tree.Heads[d] >= 0 && tree.Heads[tree.Heads[d]] == verb)) return true;
        return false;
    }

    /// <summary>A party that can refuse, ask or be asked: a named actor or country, or a personal pronoun.</summary>
    private static bool CanRefuse(DocumentIndex index, int subject)
    {
        if (IsPersonalPronoun(index.Document, subject)) return true;
        // The subject's head is the last word of a name ("the European Union", "the Sri Lankan government").
        var at = index.Document.Tokens[subject].Span;
        for (int k = subject; k >= 0 && k > subject - 8; k--)
            if (index.MentionAt(k) is { } m && m.Span.Contains(at))
                return index.KindOf(m) is { } kind && (kind.IsActor() || kind == EntityKind.Country);
        return false;
    }

    /// <summary>
    /// "Lebanon says it will not accept any more Syrian refugees", "they will not end the strike":
    /// in a sentence the classifier reads as a rejection, a verb its own "will not" or "would not"
    /// negates is the refusal — the highest such verb in the tree.
    /// </summary>
    private static int Refused(DocumentIndex index, DependencyParse tree, Sentence sentence, Func<ReadOnlySpan<char>, string[]> hinted)
    {
        var doc = index.Document;
        int best = -1, bestDepth = int.MaxValue;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tree.Upos[t] != "VERB") continue;
            bool negated = false, willing = false;
            for (int d = sentence.FirstToken; d < sentence.EndToken; d++)
            {
                if (tree.Heads[d] != t) continue;
                if (tree.Relations[d] == "advmod" && doc.TokenText(d) is "not" or "n't" or "never") negated = true;
                if (tree.Relations[d] == "aux" && doc.TokenText(d) is "will" or "would" or "wo" or "Will" or "Would") willing = true;
            }
            if (!negated || !willing) continue;
            // "Iran will not attack Israel" is a reassurance, not a refusal: no hostile deed is refused.
            if (hinted(doc.TokenString(t).ToLowerInvariant()).Any(h => h is "ASSAULT" or "COERCE" or "THREATEN" or "SANCTION" or "MOBILIZE")) continue;
            // Not a promise or a condition: "guarantees that Turkey would not attack", "would not dare ... if Russia did not".
            if (tree.Relations[t] is "acl" or "acl:relcl" or "advcl" || tree.Heads[t] >= 0 && tree.Upos[tree.Heads[t]] is "NOUN" or "PROPN" || ConditionNear(doc, tree, sentence, t)) continue;
            // Only one who can refuse: a party or a pronoun, not "the political process will not work"
            // or "any bombardment would not end the crisis" (Guardian).
            if (tree.Dependent(sentence, t, "nsubj") is not (>= 0 and var subject) || !CanRefuse(index, subject)) continue;
            int depth = Depth(tree, t);
            if (depth < bestDepth) (best, bestDepth) = (t, depth);
        }
        return best;
    }

    /// <summary>
    /// The tokens after a verb that belong to its own phrase: from the next token, while each is
    /// governed by the verb without passing through another clause ("lifted sanctions against
    /// Sudan on Friday, saying ..." stops before "saying"). Where a dictionary's object pattern must lie.
    /// </summary>
    public static int PhraseEnd(DependencyParse tree, Sentence sentence, int verb, int from, int limit)
    {
        int end = from;
        while (end < Math.Min(limit, sentence.EndToken) && InPhrase(tree, verb, end)) end++;
        return end;
    }

    private static bool InPhrase(DependencyParse tree, int verb, int token)
    {
        for (int k = token, steps = 0; k >= 0 && steps < 64; k = tree.Heads[k], steps++)
        {
            if (tree.Heads[k] == verb) return tree.Relations[k] is not ("advcl" or "ccomp" or "parataxis" or "conj" or "nsubj" or "nsubj:pass" or "punct" or "mark" or "cc");
            if (tree.Relations[k] is "acl:relcl" or "advcl" or "ccomp" or "parataxis" or "conj") return false;
        }
        return false;
    }

    /// <summary>Types whose verbs of speech are the deed whatever follows them: "demanded that", "accused ... of", "denied that", "warned that".</summary>
    private static readonly FrozenSet<string> SpeechActs = FrozenSet.ToFrozenSet(["ACCUSE", "REQUEST", "REJECT", "THREATEN"]);

    /// <summary>
    /// A verb of speech with a clause of its own ("conceded that the offensive had crippled", "admitted that Russian
    /// support means"), or in the passive ("is expected to reiterate"): what is said is a fact or a forecast, no concession,
    /// support or agreement.
    /// </summary>
    private static bool HasClauseOrPassive(DependencyParse tree, Sentence sentence, int verb) =>
        tree.Dependent(sentence, verb, "ccomp", "nsubj:pass", "aux:pass") >= 0;

    private static bool IsCue(DocumentIndex index, int token) => index.QuoteWithCueAt(index.Document.Tokens[token].Start) is not null;

    private static int Depth(DependencyParse tree, int token)
    {
        int depth = 0;
        for (int k = tree.Heads[token]; k >= 0 && depth < 256; k = tree.Heads[k]) depth++;
        return depth;
    }

    /// <summary>
    /// The subject of a verb, or where it has none, of the verb whose aim or means it is ("came to challenge"), at most
    /// three clauses up; -1 when none says. (Not up through a complement, whose doer may be the object: "urged Israel to
    /// respond by withdrawing".)
    /// </summary>
    private static int SubjectUp(DependencyParse tree, Sentence sentence, int verb)
    {
        for (int k = verb, steps = 0; k >= 0 && steps < 3; k = tree.Heads[k], steps++)
        {
            if (tree.Dependent(sentence, k, "nsubj") is >= 0 and var subject) return subject;
            if (tree.Relations[k] != "advcl") return -1;
        }
        return -1;
    }

    private Frame VerbFrame(DocumentIndex index, DependencyParse tree, Sentence sentence, int verb, string type, Mention?[] names)
    {
        int subject = tree.Dependent(sentence, verb, "nsubj");
        int passiveSubject = tree.Dependent(sentence, verb, "nsubj:pass");
        bool passive = passiveSubject >= 0 || tree.Dependent(sentence, verb, "aux:pass") >= 0;
        string? relation = tree.Relations[verb];
        int head = tree.Heads[verb];
        // A verb without a subject of its own shares its head's: "attacked the town and killed five",
        // "vowed to strike"; a participle after its noun is done to the noun: "soldiers killed in ...".
        if (subject < 0 && passiveSubject < 0 && head >= 0)
        {
            if (relation is "conj" or "xcomp")
            {
                // "urged them to vote": the object does it, for verbs that make it; "summoned the ambassador to complain" is the subject's complaint.
                // (A head with no subject of its own leaves only its object: the parser's "Reinforced British troops remained".)
                // (The parser makes the object of "asked the Syrian government to intervene" an indirect one at times.)
                int controller = relation == "xcomp" && (ObjectControls(index.Document, head) || tree.Dependent(sentence, head, "nsubj") < 0)
                    ? tree.Dependent(sentence, head, "obj") is >= 0 and var obj ? obj : tree.Dependent(sentence, head, "iobj") : -1;
                subject = controller >= 0 ? controller : tree.Dependent(sentence, head, "nsubj");
                // "was tortured and killed": a conjunct shares its head's passive, so its subject is the one done to.
                if (subject < 0 && relation == "conj")
                {
                    passiveSubject = tree.Dependent(sentence, head, "nsubj:pass");
                    passive |= passiveSubject >= 0;
                }
            }
            // "met the ambassador to complain": a purpose clause's doer is its head's subject.
            else if (relation is "advcl" && verb > sentence.FirstToken && index.Document.TokenText(verb - 1) is "to")
                subject = tree.Dependent(sentence, head, "nsubj");
            // "sent a letter to the WHO threatening to pull funding", "attacked the convoy, killing a guard": a
            // participle with no word to link it is done by its head's (active) subject.
            // (Only after its head: one the parser hangs on a later word is seldom its adjunct: "led to Kurdish
            // forces retreating to the area in which US forces are present".)
            else if (relation is "advcl" && head < verb && index.Document.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && tree.Dependent(sentence, verb, "mark") < 0)
                subject = tree.Dependent(sentence, head, "nsubj");
            // "challenge the US by threatening Israel": the means of a deed is done by whoever does it, up through the
            // clauses of aim that carry it ("Iran came to challenge ...").
            else if (relation is "advcl" && tree.Dependent(sentence, verb, "mark") is >= 0 and var by && Words.Is(index.Document, by, "by")
                     && index.Document.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                subject = SubjectUp(tree, sentence, head);
            // "Iraq says kills 57 Islamist militants": a headline drops the "it" of what the speaker says it did.
            else if (relation is "ccomp" && head >= 0 && Words.IsAny(index.Document, head, "says", "say", "said") && tree.Dependent(sentence, verb, "mark") < 0
                     && sentence.Index == 0 && Words.EndsLikeHeadline(index.Document, sentence.EndToken) && verb == head + 1)
                subject = tree.Dependent(sentence, head, "nsubj");
            // "Trump's decision to withdraw US troops", "Turkey's plan to attack Manbij": whose decision or plan it is does it
            // (not whose request, which asks another: "Iraq's request to the coalition to withdraw").
            else if (relation is "acl" && verb > sentence.FirstToken && Words.Is(index.Document, verb - 1, "to")
                     && tree.Dependent(sentence, head, "nmod:poss") is >= 0 and var owner && names[owner - sentence.FirstToken] is not null
                     && isRequest?.Invoke(index.Document.TokenString(head)) != true)
                subject = owner;
            else if (relation is "acl" && index.Document.TokenText(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                passiveSubject = head;
                passive = true;
            }
        }
        // "Mehmet Aksoy, the film-maker who was killed by Islamic State fighters": a relative clause's "who" or
        // "which" stands for the noun the clause hangs on, and that noun's apposition for the name it describes.
        if (relation == "acl:relcl" && head >= 0 && (passiveSubject >= 0 ? passiveSubject : subject) is >= 0 and var relative
            && Words.IsAny(index.Document, relative, "who", "which", "that")
            // (not anyone at all: "any voter who refuses to be inked")
            && !(tree.Dependent(sentence, head, "det") is >= 0 and var det && Words.IsAny(index.Document, det, "any", "every", "each", "no")) && !Words.IsAny(index.Document, head, "anyone", "anybody", "everyone", "whoever"))
        {
            int antecedent = tree.Relations[head] == "appos" && tree.Heads[head] is >= 0 and var described && names[described - sentence.FirstToken] is not null ? described : head;
            if (passiveSubject >= 0) passiveSubject = antecedent;
            else subject = antecedent;
        }
        var frame = new Frame { Passive = passive };
        if (passive)
        {
            AddPhrase(index, tree, sentence, frame, "target", passiveSubject, names, "the subject of the passive (tree)");
            int agent = AgentOf(index.Document, tree, sentence, verb);
            // "were arrested and beaten by police": the last conjunct's "by" phrase is the agent of both.
            if (agent < 0)
                foreach (int c in tree.Dependents(sentence, verb, "conj"))
                    if (tree.Dependent(sentence, c, "nsubj") < 0 && tree.Dependent(sentence, c, "nsubj:pass") < 0 && AgentOf(index.Document, tree, sentence, c) is >= 0 and var shared)
                    {
                        agent = shared;
                        break;
                    }
            AddPhrase(index, tree, sentence, frame, "actor", agent, names, "the 'by' phrase of the passive (tree)");
        }
        else
        {
            AddPhrase(index, tree, sentence, frame, "actor", subject, names, "the subject (tree)");
            int obj = tree.Dependent(sentence, verb, "obj");
            AddPhrase(index, tree, sentence, frame, "target", obj, names, "the object (tree)");
            // "voiced his support for Mr. Maduro": the subject's own possessive on the object is no one it was done to.
            if (frame["target"].Any(t => t.EntityId is not null && frame["actor"].Any(a => a.EntityId == t.EntityId)))
            {
                var others = frame["target"].Where(t => t.EntityId is null || !frame["actor"].Any(a => a.EntityId == t.EntityId)).ToList();
                frame.Remove("target");
                frame.AddAll("target", others);
            }
            // "held a meeting with the former president", "issued a warning to the Lesotho Defence Force",
            // "reached an agreement with the Ethiopian government": an object that names no one is what
            // was done; whom it was done with or to is its phrase.
            if (obj >= 0 && frame["target"].Count == 0)
                foreach (int nmod in tree.Dependents(sentence, obj, "nmod"))
                    // ("voiced his support for Mr. Maduro": for support, what it is for.)
                    if ((CaseOf(index.Document, tree, sentence, nmod) is "with" or "to" or "into" or "against" or "on" or "from" || type == "SUPPORT" && CaseOf(index.Document, tree, sentence, nmod) == "for") && nmod > obj
                        && !IsTime(index.Document, nmod) && !Words.IsAny(index.Document, nmod, "behalf"))
                    {
                        // A place there is where the thing is ("the ban on Wikipedia" read as a place), not whom it concerns.
                        if (Filler(index, tree, sentence, nmod, names) is { Mention: { } m } && index.KindOf(m) is { } kind && kind.IsPlace() && kind != EntityKind.Country) break;
                        frame.Unnamed.Remove("target");
                        AddPhrase(index, tree, sentence, frame, "target", nmod, names, $"the '{CaseOf(index.Document, tree, sentence, nmod)}' phrase of the object (tree)");
                        frame.TargetFromObjectPhrase = true;
                        break;
                    }
        }
        AddPhrase(index, tree, sentence, frame, "recipient", tree.Dependent(sentence, verb, "iobj"), names, "the indirect object (tree)");
        foreach (int obl in tree.Dependents(sentence, verb, "obl"))
        {
            var preposition = CaseOf(index.Document, tree, sentence, obl);
            string? role = preposition switch
            {
                "with" or "against" or "on" or "upon" => frame["target"].Count == 0 ? "target" : null,
                // "reduced humanitarian aid to Tajikistan": with an object that names no one, whom it was done to.
                "to" => Giving.Contains(type) ? "recipient" : frame["target"].Count == 0 && frame.Unnamed.ContainsKey("target") ? "target" : null,
                "in" or "at" or "near" or "outside" or "inside" or "across" or "into" => "place",
                _ => null,
            };
            if (role is null) continue;
            // "surrendered to the authorities on Tuesday": a time is when, never whom.
            if (role != "place" && IsTime(index.Document, obl)) continue;
            AddPhrase(index, tree, sentence, frame, role, obl, names, $"the '{preposition}' phrase (tree)");
        }
        // "jailed for nearly eight years in Turkey", "killed in an attack on a convoy in Idlib": with no place of
        // its own, the place named in a phrase of one of the verb's phrases (the parser hangs it on their noun).
        // Only for deeds done somewhere: "called for an investigation of the attack in Douma" was not called there.
        if (frame["place"].Count == 0 && type is "ASSAULT" or "COERCE" or "MOBILIZE" or "PROTEST")
            foreach (int obl in tree.Dependents(sentence, verb, "obl"))
            {
                int inner = tree.Dependents(sentence, obl, "nmod").FirstOrDefault(n => n > obl && CaseOf(index.Document, tree, sentence, n) is "in" or "at" or "near"
                    && Filler(index, tree, sentence, n, names) is { Mention: { } m } && index.KindOf(m) is { } kind && kind.IsPlace(), -1);
                if (inner < 0) continue;
                AddPhrase(index, tree, sentence, frame, "place", inner, names, VerbPhrasePlaceVia);
                break;
            }
        // "is sending troops to the UN force in South Sudan", "agreed to expand its peacekeeping force in Afghanistan",
        // "agreed to lay down their weapons in eastern Lebanon": with no place of its own, aid, a withdrawal or an
        // agreement is where what it sends, moves or commits to is. (Only for a deed with a party: a place alone makes no event.)
        if (frame["place"].Count == 0 && type is "AID" or "AGREE" or "YIELD" or "CONCEDE" or "RETREAT" or "MOBILIZE" or "SANCTION" && HasParty(frame) && DeedPlace(index, tree, sentence, verb, names) is >= 0 and var deedPlace)
            AddPhrase(index, tree, sentence, frame, "place", deedPlace, names, DeedPlaceVia);
        // "agreed to allow access of UN aid workers", "refused to meet Bolton": with no party of its
        // own, an agreement's or a refusal's target is the first one named in the clause it governs
        // (PLV held-out target found 0.370 -> 0.41; for other types, threats and requests among them,
        // most of the parties it gave in Guardian articles were wrong).
        if (type is "AGREE" or "REJECT" && frame["target"].Count == 0 && frame["recipient"].Count == 0 && tree.Dependent(sentence, verb, "xcomp") is >= 0 and var complement
            && FirstNamed(index, tree, sentence, complement, names, frame) is { } named)
        {
            frame.Add("target", named, "the first party named in the clause it governs (tree)");
            frame.TargetFromGovernedClause = true;
        }
        // "demanded that the prime minister apologize", "demanded that Yediyurappa step down": whom a demand asks to do
        // something is the subject of the clause that says what (in its plain form, or with "should" or "must").
        if (type == "REQUEST" && frame["target"].Count == 0 && frame["recipient"].Count == 0 && !frame.Unnamed.ContainsKey("target")
            && DemandedClause(index.Document, tree, sentence, verb) is >= 0 and var demanded
            && tree.Dependent(sentence, demanded, "nsubj") is >= 0 and var asked && !Words.IsAny(index.Document, asked, "it", "this", "that", "there")
            && (PlainForm(index.Document, tree, sentence, demanded) || tree.Dependents(sentence, demanded, "aux").Any(a => Words.IsAny(index.Document, a, "should", "must"))))
            AddPhrase(index, tree, sentence, frame, "target", asked, names, "whom it asks to do what the clause says (tree)");
        // "were ordered to suspend publication", "has been pressuring the workers to call off the strike": the coercion or the
        // demand is the ordering verb's — its subject acts, on its object (or on a passive's subject), not the one made to act.
        // (Not where the ordered deed names whom it is done to: "ordered the army to arrest the rebels" arrests the rebels.)
        if (type is "COERCE" or "REQUEST" && tree.Relations[verb] == "xcomp" && tree.Heads[verb] is >= 0 and var orderer && orderer < verb
            && CoercingControl(index.Document, orderer, type) && frame["target"].Count == 0
            // (People named in words count too — "to arrest protesters" — a thing like "publication" does not.)
            && !(frame.Unnamed.TryGetValue("target", out var done) && index.Document.TokenCovering(done.End - 1) is >= 0 and var doneHead
                 && isAgent is not null && isAgent(index.Document.TokenString(doneHead)) && index.Document.TokenString(doneHead).EndsWith('s')))
        {
            int on = tree.Dependent(sentence, orderer, "obj");
            if (on < 0) on = tree.Dependent(sentence, orderer, "iobj");
            if (on < 0) on = tree.Dependent(sentence, orderer, "nsubj:pass");
            int by = tree.Dependent(sentence, orderer, "nsubj");
            if (by < 0) by = AgentOf(index.Document, tree, sentence, orderer);
            if (on >= 0)
            {
                frame.Remove("actor");
                frame.Unnamed.Remove("actor");
                frame.Remove("target");
                frame.Unnamed.Remove("target");
                AddPhrase(index, tree, sentence, frame, "target", on, names, $"whom '{index.Document.TokenText(orderer)}' makes act (tree)");
                AddPhrase(index, tree, sentence, frame, "actor", by, names, $"who '{index.Document.TokenText(orderer)}' it (tree)");
            }
        }
        // "will not end the strike until the authorities fulfill its demands", "will not lift the embargo until Cuba undertakes
        // reforms": a refusal with a condition is aimed at whom the "until" clause asks to act — its subject, or a passive's
        // agent ("until their demands have been met by the Palestinian authorities"); never a pronoun.
        if ((type == "REJECT" || WillNot(index.Document, tree, sentence, verb)) && frame["target"].Count == 0 && frame["recipient"].Count == 0
            && UntilClause(index.Document, tree, sentence, verb) is >= 0 and var condition
            && ConditionParty(index.Document, tree, sentence, condition) is >= 0 and var party)
        {
            // "until their members ratify a contract": the refusers' own people, in words, not the refusers.
            var filler = Filler(index, tree, sentence, party, names);
            bool own = filler?.Mention is { } m && (m.Form == MentionForm.Pronoun || m.EntityId is not null && frame["actor"].Any(a => a.EntityId == m.EntityId));
            if (filler is not null && !own)
            {
                frame.Unnamed.Remove("target");
                frame.Add("target", filler, "whom the 'until' clause asks to act (tree)");
                frame.TargetFromGovernedClause = true;
            }
            else if (tree.Upos[party] == "NOUN" && isAgent is not null && isAgent(index.Document.TokenString(party)))
            {
                frame.Unnamed["target"] = PhraseWords(index.Document, tree, sentence, party);
                frame.TargetFromGovernedClause = true;
            }
        }
        return frame;
    }

    /// <summary>A refusal stated as one: "will not", "would never" on the verb ("did not leave until police arrived" tells a time).</summary>
    private static bool WillNot(Document doc, DependencyParse tree, Sentence sentence, int verb) =>
        tree.Dependents(sentence, verb, "advmod").Any(d => Words.IsAny(doc, d, "not", "n't", "never"))
        && tree.Dependents(sentence, verb, "aux").Any(a => Words.IsAny(doc, a, "will", "would", "wo", "'ll"));

    /// <summary>The verb of an "until" clause after the verb, hung on it or on the deed it governs ("refused to X until ...").</summary>
    private static int UntilClause(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        foreach (int head in tree.Dependents(sentence, verb, "xcomp").Prepend(verb))
            foreach (int d in tree.Dependents(sentence, head, "advcl"))
                if (d > verb && tree.Dependents(sentence, d, "mark").Any(m => Words.IsAny(doc, m, "until", "unless")))
                    return d;
        return -1;
    }

    /// <summary>Who the condition asks to act: the active subject, or the agent of a passive; -1 for a pronoun or none.</summary>
    private static int ConditionParty(Document doc, DependencyParse tree, Sentence sentence, int clause)
    {
        int party = tree.Dependent(sentence, clause, "nsubj");
        if (party < 0 && tree.Dependent(sentence, clause, "nsubj:pass") >= 0) party = AgentOf(doc, tree, sentence, clause);
        return party >= 0 && tree.Upos[party] is "NOUN" or "PROPN" ? party : -1;
    }

    /// <summary>The verb of the clause after a demand: its complement, or a clause opened by "that" the parser hangs on it as an adverbial ("demanded that Yediyurappa step down").</summary>
    private static int DemandedClause(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        foreach (int d in tree.Dependents(sentence, verb))
            if (d > verb && tree.Upos[d] == "VERB" && (tree.Relations[d] == "ccomp" || tree.Relations[d] == "advcl" && tree.Dependents(sentence, d, "mark").Any(m => Words.IsAny(doc, m, "that"))))
                return d;
        return -1;
    }

    /// <summary>The verb stands in its plain form, with no auxiliary: "demanded that he resign", not "said he resigned".</summary>
    private static bool PlainForm(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        var word = doc.TokenText(verb);
        return !tree.Dependents(sentence, verb, "aux").Any() && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("s", StringComparison.Ordinal)
               && !word.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// The first name among the arguments of the governed verb (its object, indirect object and
    /// prepositional phrases, and their modifiers: "the return of UN humanitarian workers"), or of
    /// the verb it governs in turn ("agreed to allow X to access"); never inside a clause of its own
    /// ("to accept that opposition to the Iraq war ...", "whether he sees Giggs"). No party the frame holds.
    /// </summary>
    private static Filler? FirstNamed(DocumentIndex index, DependencyParse tree, Sentence sentence, int verb, Mention?[] names, Frame frame, int depth = 0)
    {
        var within = new List<int>();
        void Collect(int head)
        {
            within.Add(head);
            foreach (int d in tree.Dependents(sentence, head))
                if (tree.Relations[d] is "nmod" or "nmod:poss" or "compound" or "amod" or "flat" or "conj" or "appos" or "case" or "det") Collect(d);
        }
        // Not where or when the governed deed is done: "to commentate for the BBC at Wimbledon" is the BBC's.
        foreach (int d in tree.Dependents(sentence, verb))
            if (tree.Relations[d] is "obj" or "iobj" || tree.Relations[d] == "obl" && CaseOf(index.Document, tree, sentence, d) is "to" or "with" or "on" or "against" or "from" or "for" or "of" or "into")
                Collect(d);
        foreach (int t in within.Order())
            // Not a possessive pronoun ("install equipment at its radio stations" is not about Viacom).
            if (names[t - sentence.FirstToken] is { } m && m.Form != MentionForm.Pronoun && !frame["actor"].Any(f => f.EntityId is not null && f.EntityId == m.EntityId))
                return new Filler(m.Span, m, null);
        return depth == 0 && tree.Dependent(sentence, verb, "xcomp") is >= 0 and var next ? FirstNamed(index, tree, sentence, next, names, frame, 1) : null;
    }

    private static readonly string[] ObjectControlStems =
        ["urg", "ask", "persuad", "forc", "order", "allow", "told", "tell", "invit", "encourag", "compel", "permit", "enabl", "help",
         "press", "instruct", "authori", "request", "requir", "warn", "advis", "convinc", "direct", "push", "led", "lead", "get", "got", "let", "caus",
         "expect", "challeng", "oblig", "want", "need", "prompt", "appoint", "elect", "mandat"];

    /// <summary>A verb that orders or forces its object to act (for a coercion), or presses or urges it (for a demand).</summary>
    private static bool CoercingControl(Document doc, int verb, string type)
    {
        var word = doc.TokenText(verb);
        ReadOnlySpan<string> stems = type == "COERCE" ? ["order", "forc", "compel", "oblig"] : ["press", "urg", "push"];
        foreach (var stem in stems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A verb whose object does what its complement says ("urged them to vote", "allowed the WFP to deliver"), by its stem.</summary>
    private static bool ObjectControls(Document doc, int verb)
    {
        var word = doc.TokenText(verb);
        foreach (var stem in ObjectControlStems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether a place was read from a phrase that says where ("in Syria", "at Geneva"), or where what is sent or agreed
    /// to is (its coordinates too: "in Mali and South Sudan" adds ", coordinated" to how each was found).
    /// </summary>
    public static bool SaysWhere(string via) =>
        IsDeedPlace(via) || via.StartsWith(VerbPhrasePlaceVia, StringComparison.Ordinal) || via.StartsWith("the 'in' ", StringComparison.Ordinal)
        || via.StartsWith("the 'at' ", StringComparison.Ordinal) || via.StartsWith("the 'near' ", StringComparison.Ordinal) || via.StartsWith("the 'inside' ", StringComparison.Ordinal);

    /// <summary>Whether a place is where what an event sends or commits to is (<see cref="DeedPlaceVia"/>, or one coordinated with it).</summary>
    public static bool IsDeedPlace(string? via) => via is not null && via.StartsWith(DeedPlaceVia, StringComparison.Ordinal);

    public const string VerbPhrasePlaceVia = "the place named in a phrase of the verb's phrase (tree)";

    public const string DeedPlaceVia = "the place of what it sends, moves or commits to (tree)";

    /// <summary>How a possessor who undergoes the noun's deed came to be its target ("following his arrest").</summary>

    public const string PossessorUndergoesVia = "the possessor of a noun of what was done to them";

    private Frame NounFrame(DocumentIndex index, DependencyParse tree, Sentence sentence, int noun, Mention?[] names, string type, bool ownRoles = false)
    {
        var frame = new Frame();
        // "ordered the Iranian tanker's release", "demanded their release": the possessor of a noun of what is done to someone undergoes it
        // (unless an "of" phrase names that one: "the regime's killing of protesters"). Only for an event the tree alone reads
        // (ownRoles): a row's noun has the same rule of its own, after the tree has filled what the row's words left empty.
        int possessor = tree.Dependent(sentence, noun, "nmod:poss");
        if (ownRoles && possessor >= 0 && undergoes is not null && undergoes(index.Document.TokenString(noun).ToLowerInvariant())
            && !tree.Dependents(sentence, noun, "nmod").Any(n => CaseOf(index.Document, tree, sentence, n) == "of"))
            AddPhrase(index, tree, sentence, frame, "target", possessor, names, PossessorUndergoesVia);
        else
            AddPhrase(index, tree, sentence, frame, "actor", tree.Dependent(sentence, noun, "nmod:poss", "compound", "amod"), names, "the name before the noun (tree)");
        // "the Astana talks": a town named in a meeting's compound is where it met; a country may meet
        // ("Turkish talks"), and a capital's possessive acts for its government ("Ankara's offensive").
        if (type == "CONSULT" && tree.Dependent(sentence, noun, "compound") is >= 0 and var compound && names[compound - sentence.FirstToken] is { } named
            && frame["actor"].FirstOrDefault(f => f.Mention == named && index.KindOf(named) is { } kind && kind.IsPlace() && kind != EntityKind.Country) is { } town)
        {
            var rest = frame["actor"].Where(f => f != town).ToList();
            frame.Remove("actor");
            frame.AddAll("actor", rest);
            frame.Add("place", town, "the town named before the noun (tree)");
        }
        foreach (int nmod in tree.Dependents(sentence, noun, "nmod"))
        {
            var preposition = CaseOf(index.Document, tree, sentence, nmod);
            string? role = preposition switch
            {
                "by" => "actor",
                "on" or "against" or "with" or "between" => "target",
                "in" or "at" or "near" => "place",
                // "pledged his full support for an Italian-Polish initiative", "voiced his support for Mr. Maduro": whom or what it backs.
                "for" when type == "SUPPORT" => "target",
                _ => null,
            };
            if (role is not null) AddPhrase(index, tree, sentence, frame, role, nmod, names, $"the '{preposition}' phrase of the noun (tree)");
        }
        // "an ultimatum to Damascus", "a suspension of aid to Egypt": whom it is sent or done to, a party named
        // after "to", the noun's own or its "of" phrase's.
        if (frame["target"].Count == 0 && frame["recipient"].Count == 0)
            foreach (int phrase in tree.Dependents(sentence, noun, "nmod").SelectMany(n => CaseOf(index.Document, tree, sentence, n) == "of" ? tree.Dependents(sentence, n, "nmod") : [n]))
                if (phrase > noun && CaseOf(index.Document, tree, sentence, phrase) == "to" && Filler(index, tree, sentence, phrase, names) is { Mention: { } receiver } filler
                    && !frame["actor"].Any(a => a.EntityId is not null && a.EntityId == receiver.EntityId))
                {
                    frame.Add(Giving.Contains(type) ? "recipient" : "target", filler, "the 'to' phrase of the noun (tree)");
                    break;
                }
        // "pledged his country's full support for Fayez Serraj, the prime minister of ...": where the parser hangs the name
        // elsewhere (here as the subject of a clause of its own), a name right after the noun's own preposition is whom it
        // backs, deals with or is against, by word order.
        if (frame["target"].Count == 0 && frame["recipient"].Count == 0 && NamedAfterOwnPreposition(index, sentence, noun, names, type) is { } after
            && !frame["actor"].Any(a => a.EntityId is not null && a.EntityId == after.EntityId))
            frame.Add("target", after, $"the name right after '{index.Document.TokenString(noun)} {index.Document.TokenString(noun + 1).ToLowerInvariant()}' (word order)");
        return frame;
    }

    /// <summary>
    /// A name (no pronoun, no place but a country) right after a noun's own preposition, an article between: "for" what
    /// support backs, "with" whom talks or deals are held, "against" whom anything is, "on" whom sanctions fall.
    /// </summary>
    private static Filler? NamedAfterOwnPreposition(DocumentIndex index, Sentence sentence, int noun, Mention?[] names, string type)
    {
        var doc = index.Document;
        int k = noun + 1;
        if (k >= sentence.EndToken) return null;
        bool own = Words.IsAny(doc, k, "against") || type == "SUPPORT" && Words.IsAny(doc, k, "for")
                   || Dealing.Contains(type) && Words.IsAny(doc, k, "with") || type is "SANCTION" or "COERCE" && Words.IsAny(doc, k, "on");
        // (Not a people's name before what is backed: "American support for the Syrian Kurdish fighters" backs fighters, not Syria.)
        return own && NameAfterPreposition(index, sentence, k, names) is { Form: not MentionForm.Demonym } m ? new Filler(m.Span, m, null) : null;
    }

    /// <summary>
    /// "demanded a meeting of the UN Security Council", "will sign an agreement with the Gujarat
    /// government": where the target is only the words of a thing done (no one named, and no agent
    /// noun such as "teachers" or "a court"), the party that thing's own phrase names is whom the
    /// event concerns. A country counts after "with", "to", "against"; a town is where, not whom.
    /// </summary>
    public static void PartyOfObjectPhrase(DocumentIndex index, Sentence sentence, Frame frame, Func<string, bool> isAgentNoun)
    {
        var doc = index.Document;
        if (frame["target"].Count > 0 || frame["recipient"].Count > 0 || !frame.Unnamed.TryGetValue("target", out var words)) return;
        if (doc.Syntax is not { } tree || doc.TokenCovering(words.End - 1) is not (>= 0 and var head) || !tree.IsParsed(head) || tree.Upos[head] != "NOUN") return;
        if (isAgentNoun(doc.TokenString(head))) return;
        var names = NamesByToken(index, sentence);
        foreach (int nmod in tree.Dependents(sentence, head, "nmod"))
        {
            var preposition = CaseOf(doc, tree, sentence, nmod);
            // Not "on" (what it is about: "co-operation on a Turkish stealth fighter") nor "from" (whose it
            // is: "strikes with likely support from France").
            if (nmod < head || preposition is not ("of" or "with" or "to" or "against" or "between")) continue;
            if (Filler(index, tree, sentence, nmod, names) is not { Mention: { } m } filler || index.KindOf(m) is not { } kind) continue;
            // "the work of his aides": a possessive says whose, and the actor is not its own target.
            if (m.Form == MentionForm.Pronoun || m.EntityId is not null && frame["actor"].Any(a => a.EntityId == m.EntityId)) continue;
            // "a swathe of Syria": a country after "of" is the land the thing is in.
            if (kind.IsPlace() && (kind != EntityKind.Country || preposition is "of")) continue;
            frame.Unnamed.Remove("target");
            frame.Add("target", filler, $"the party the '{preposition}' phrase of '{doc.TextOf(words)}' names (tree)");
            return;
        }
    }

    /// <summary>
    /// "launched an investigation", "remained on alert", "will not lift the embargo": an object that
    /// names an event is what was done, not to whom. Whom it concerns is the party its own phrase
    /// names, by name or in words ("a request from the prime minister", "the withdrawal of foreign
    /// forces", "an appeal filed by lawyers"); with none, the event has no target in words. After a
    /// verb that judges its object ("condemned the attack", "rejected a military solution") the
    /// event named is what is judged, and stays the target.
    /// </summary>
    public void ThingDoneIsNoTarget(DocumentIndex index, Sentence sentence, int trigger, string type, Frame frame,
        Func<string, bool> isAgentNoun, Func<int, bool> isEventNoun, Func<string, bool> judgesObject)
    {
        var doc = index.Document;
        if (frame["target"].Count > 0 || frame["recipient"].Count > 0 || !frame.Unnamed.TryGetValue("target", out var words)) return;
        if (doc.Syntax is not { } tree || doc.TokenCovering(words.End - 1) is not (>= 0 and var head) || !tree.IsParsed(head) || tree.Upos[head] != "NOUN") return;
        // Only what the verb does: its object, or its state ("remained on alert"); "a protest against the siege" is against it.
        // (And a concession's "to": "conceded to demands from the Neighborhood Association" yields to whoever made them.)
        if (!(tree.Relations[head] == "obj" || tree.Relations[head] == "obl" && tree.Heads[head] == trigger
              && (CaseOf(doc, tree, sentence, head) == "on" || type == "CONCEDE" && CaseOf(doc, tree, sentence, head) == "to" && isEventNoun(head)))) return;
        if (isAgentNoun(doc.TokenString(head))) return;
        // "returned an ancient marble sculpture to Algerian Ambassador Amine Kherbi": a thing given or given back
        // is no party either, and whom its "to" phrase names is; without one, the thing stays the words of the target.
        bool given = !isEventNoun(head);
        // "discussed the migrant crisis with the leaders of France", "established diplomatic relations with San Marino":
        // a thing dealt with is no party either; whom its "with" phrase names is.
        bool dealt = given && Dealing.Contains(type);
        if (given && !(Giving.Contains(type) || type == "CONCEDE" || dealt)) return;
        var names = NamesByToken(index, sentence);
        bool judges = judgesObject(doc.TokenString(trigger));
        // Its own phrases first, then the verb's after it ("issued an ultimatum to Muslim leaders", "refused a request from the justice minister").
        var phrases = tree.Dependents(sentence, head).ToList();
        if (tree.Heads[head] is var verb and >= 0 && tree.Relations[head] is "obj" or "obl")
            phrases.AddRange(tree.Dependents(sentence, verb, "obl").Where(o => o > head && CaseOf(doc, tree, sentence, o) is "to" or "from" or "against" or "into" or "with"));
        // The parser often hangs the "to" phrase of a thing given on a noun inside it ("a sculpture of the head of
        // Marcus Aurelius to Algerian Ambassador Amine Kherbi").
        if (given)
        {
            var (_, lastInside) = tree.Subtree(sentence, head);
            for (int k = head + 1; k <= lastInside; k++)
                if (tree.Relations[k] == "nmod" && tree.Heads[k] != head && CaseOf(doc, tree, sentence, k) == "to") phrases.Add(k);
        }
        foreach (int d in phrases)
        {
            int party = -1;
            string? how = null;
            if (tree.Relations[d] is "nmod" or "obl" && d > head && CaseOf(doc, tree, sentence, d) is { } c && c is "of" or "by" or "from" or "into" or "against" or "on" or "to" or "with" or "for") (party, how) = (d, c);
            else if (tree.Relations[d] == "nmod:poss") (party, how) = (d, "'s");
            // "an appeal filed by lawyers": the agent of a participle after the noun.
            else if (tree.Relations[d] == "acl" && d > head && tree.Dependent(sentence, d, "mark") < 0 && doc.TokenString(d).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                party = AgentOf(doc, tree, sentence, d);
                how = "by";
            }
            if (party < 0 || IsTime(doc, party) || given && !(how == "to" || dealt && how == "with")) continue;
            // What a verb judges stays its target unless a phrase says whose deed it is ("condemned a protest by white
            // farmers"), not what it is for or about ("opposed the plans for ID cards").
            if (judges && how is not ("by" or "'s" or "of" or "from")) continue;
            // "a request from his British counterpart Gordon Brown": the person the apposition names, not "his".
            if (tree.Dependent(sentence, party, "appos") is >= 0 and var appos && appos > party && names[appos - sentence.FirstToken] is { Form: not MentionForm.Pronoun }
                && names[party - sentence.FirstToken] is null) party = appos;
            if (Filler(index, tree, sentence, party, names) is { Mention: { } m } filler)
            {
                // A pronoun says whose; a town after "of", "on" or "for" where ("a strike of Grasberg mine workers"), while
                // one an ultimatum or a request goes to or comes from stands for its government ("an ultimatum to Washington");
                // the actor is not its own target.
                if (m.Form == MentionForm.Pronoun || index.KindOf(m) is { } kind && kind.IsPlace() && kind != EntityKind.Country && how is "of" or "on" or "for" or "'s" or "by"
                    || m.EntityId is not null && frame["actor"].Any(a => a.EntityId == m.EntityId)) continue;
                frame.Unnamed.Remove("target");
                frame.Add("target", filler, $"the party the '{how}' phrase of '{doc.TextOf(words)}' names (tree)");
                return;
            }
            if (tree.Upos[party] == "NOUN" && isAgentNoun(doc.TokenString(party)))
            {
                frame.Unnamed["target"] = PhraseWords(doc, tree, sentence, party);
                return;
            }
            // "opened an investigation into the death of a 22-year-old Palestinian man", "an inquiry into the killing of
            // the mayor": whom it concerns is the one who died or was done to, by name or in words (data/patient-nouns.txt).
            if (undergoes is not null && tree.Upos[party] == "NOUN" && undergoes(doc.TokenString(party).ToLowerInvariant())
                && tree.Dependents(sentence, party, "nmod").FirstOrDefault(n => n > party && CaseOf(doc, tree, sentence, n) == "of", -1) is >= 0 and var victim
                && !IsTime(doc, victim))
            {
                if (Filler(index, tree, sentence, victim, names) is { Mention: { } vm } named && vm.Form != MentionForm.Pronoun
                    && !(vm.EntityId is not null && frame["actor"].Any(a => a.EntityId == vm.EntityId)) && index.KindOf(vm) is { } vk && !vk.IsPlace())
                {
                    frame.Unnamed.Remove("target");
                    frame.Add("target", named, $"whom the '{doc.TokenText(party)}' its '{how}' phrase names befell (tree)");
                    return;
                }
                if (tree.Upos[victim] is "NOUN" or "PROPN" && names[victim - sentence.FirstToken] is null)
                {
                    frame.Unnamed["target"] = PhraseWords(doc, tree, sentence, victim);
                    return;
                }
            }
        }
        // Where the parser hung the phrase elsewhere ("demanded a meeting of the UN Security Council to review ...",
        // "returned a portrait of a young girl by a Belgian artist to its owner"), the word order: a name right after
        // the event noun's "of", "from", "against" or "into"; for a thing given back, the first "to" after it.
        var (after, way) = !given ? NamedRightAfter(index, sentence, head, names, judges)
            : type is "CONCEDE" or "RETREAT" or "AID" ? GivenTo(index, sentence, head, names, isAgentNoun) : (null, null);
        if (after is { } party2 && !(party2.Mention is { EntityId: { } id } && frame["actor"].Any(a => a.EntityId == id)))
        {
            if (party2.Mention is not null)
            {
                frame.Unnamed.Remove("target");
                frame.Add("target", party2, $"the party the '{way}' phrase of '{doc.TextOf(words)}' names (word order)");
            }
            else frame.Unnamed["target"] = party2.Span;
            return;
        }
        if (!judges && !given) frame.Unnamed.Remove("target");
    }

    /// <summary>A name (no pronoun, no place but a country) right after the noun's "of", "from", "against" or "into", an article between.</summary>
    private static (Filler?, string?) NamedRightAfter(DocumentIndex index, Sentence sentence, int noun, Mention?[] names, bool judged)
    {
        var doc = index.Document;
        int k = noun + 1;
        // What a verb judges stays its target unless the phrase says whose deed it is ("condemned the attack against Turkey": the attack).
        if (k >= sentence.EndToken || !(judged ? Words.IsAny(doc, k, "of", "from") : Words.IsAny(doc, k, "of", "from", "against", "into"))) return (null, null);
        return NameAfterPreposition(index, sentence, k, names) is { } m ? (new Filler(m.Span, m, null), doc.TokenString(k).ToLowerInvariant()) : (null, null);
    }

    /// <summary>The name right after the preposition at a token, an article between: no pronoun, no place but a country; else null.</summary>
    private static Mention? NameAfterPreposition(DocumentIndex index, Sentence sentence, int preposition, Mention?[] names)
    {
        int k = preposition + 1;
        while (k < sentence.EndToken && Words.IsAny(index.Document, k, "the", "a", "an")) k++;
        if (k >= sentence.EndToken || names[k - sentence.FirstToken] is not { } m || m.Form == MentionForm.Pronoun
            || index.KindOf(m) is not { } kind || kind.IsPlace() && kind != EntityKind.Country) return null;
        return m;
    }

    /// <summary>
    /// Whom a thing given back goes to by word order: the first "to" within the clause after it, and the party its
    /// phrase names — by name, or in words whose head is an agent or an owner ("to its owner", "to Russian authorities").
    /// </summary>
    private static (Filler?, string?) GivenTo(DocumentIndex index, Sentence sentence, int thing, Mention?[] names, Func<string, bool> isAgentNoun)
    {
        var doc = index.Document;
        int end = Math.Min(sentence.EndToken, thing + 25);
        for (int k = thing + 1; k < end; k++)
        {
            if (Words.IsAny(doc, k, "that", "which", "who", "after", "when", "because", "while", "but") || Words.IsPunct(doc, k, ';')) return (null, null);
            // (Not an infinitive's "to": "urged western countries to repatriate captured fighters".)
            if (!Words.Is(doc, k, "to") || doc.Syntax is { } parse && parse.IsParsed(k) && parse.Upos[k] != "ADP" || Words.IsAny(doc, k - 1, "according", "as", "due", "thanks")) continue;
            int first = k + 1, last = -1;
            for (int j = first; j < end && doc.Tokens[j].Kind == TokenKind.Word && !FrameReader.IsPreposition(doc.TokenString(j)) && !Words.IsAny(doc, j, "and", "after", "that"); j++)
                last = j;
            if (last < 0) return (null, null);
            for (int j = first; j <= last; j++)
                if (names[j - sentence.FirstToken] is { } m && m.Form != MentionForm.Pronoun)
                    return (new Filler(m.Span, m, null), "to");
            var head = doc.TokenString(last).ToLowerInvariant();
            return isAgentNoun(head) || head is "owner" or "owners"
                ? (new Filler(TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last].End), null, null), "to")
                : (null, null);
        }
        return (null, null);
    }

    /// <summary>The frame names a party, or has one in words: a place alone makes no event.</summary>
    public static bool HasParty(Frame frame) =>
        frame["actor"].Count + frame["target"].Count + frame["recipient"].Count > 0 || frame.Unnamed.ContainsKey("actor") || frame.Unnamed.ContainsKey("target");

    private static bool IsTime(Document doc, int token) => doc.Times.Any(t => t.Span.Contains(doc.Tokens[token].Span));

    /// <summary>
    /// The head of the first 'in', 'at' or 'near' phrase naming a place inside the verb's object, its to/into/from
    /// phrases or the clause it governs (and their nouns' phrases, two deep), or -1. Not a phrase of a clause
    /// of its own, nor of a noun of time.
    /// </summary>
    private static int DeedPlace(DocumentIndex index, DependencyParse tree, Sentence sentence, int verb, Mention?[] names)
    {
        var doc = index.Document;
        bool IsPlacePhrase(int n) => CaseOf(doc, tree, sentence, n) is "in" or "at" or "near"
            && Filler(index, tree, sentence, n, names) is { Mention: { } m } && index.KindOf(m) is { } kind && kind.IsPlace();
        int Within(int head, int depth)
        {
            foreach (int n in tree.Dependents(sentence, head, "nmod"))
                if (n > head && IsPlacePhrase(n)) return n;
            if (depth == 0) return -1;
            foreach (int n in tree.Dependents(sentence, head, "nmod"))
                if (n > head && !IsTime(doc, n) && Within(n, depth - 1) is >= 0 and var found) return found;
            return -1;
        }
        foreach (int d in tree.Dependents(sentence, verb))
        {
            int found = -1;
            if (tree.Relations[d] == "obj" || tree.Relations[d] == "obl" && CaseOf(doc, tree, sentence, d) is "to" or "into" or "from") found = Within(d, 1);
            else if (tree.Relations[d] == "xcomp")
                foreach (int g in tree.Dependents(sentence, d))
                {
                    if (tree.Relations[g] == "obl" && !IsTime(doc, g) && IsPlacePhrase(g)) found = g;
                    else if (tree.Relations[g] == "obj" || tree.Relations[g] == "obl" && CaseOf(doc, tree, sentence, g) is "to" or "into" or "from") found = Within(g, 1);
                    if (found >= 0) break;
                }
            if (found >= 0) return found;
        }
        return -1;
    }

    /// <summary>
    /// A passive verb's agent, or -1: its `obl:agent`, else a plain "by" phrase, which the parser sometimes
    /// leaves it ("were released by Iranian Revolutionary Guards"). An agent is a "by" phrase whatever relation the
    /// parser gave it: "were arrested under the Terrorism Act" came as an agent once, and made the act the arrester.
    /// </summary>
    private static int AgentOf(Document doc, DependencyParse tree, Sentence sentence, int verb) =>
        tree.Dependent(sentence, verb, "obl:agent") is >= 0 and var agent && CaseOf(doc, tree, sentence, agent) is null or "by" ? agent
            : tree.Dependents(sentence, verb, "obl").FirstOrDefault(o => CaseOf(doc, tree, sentence, o) == "by", -1);

    private static string? CaseOf(Document doc, DependencyParse tree, Sentence sentence, int phrase)
    {
        int c = tree.Dependent(sentence, phrase, "case");
        return c < 0 ? null : doc.TokenString(c).ToLowerInvariant();
    }

    /// <summary>The phrase under <paramref name="head"/> and its coordinates, each as the name at its head.</summary>
    private static void AddPhrase(DocumentIndex index, DependencyParse tree, Sentence sentence, Frame frame, string role, int head, Mention?[] names, string via)
    {
        if (head < 0) return;
        if (Filler(index, tree, sentence, head, names) is { } filler) frame.Add(role, filler, via);
        // A party the text names only in words ("a court in Venezuela", "gunmen"): no entity, but the event has a party.
        else if (role is "actor" or "target" or "recipient" && tree.Upos[head] is "NOUN" or "PROPN" && !frame.Unnamed.ContainsKey(role))
            frame.Unnamed[role] = PhraseWords(index.Document, tree, sentence, head);
        // The parser may hang a coordinate on the last word of a name ("Vladimir Putin and Recep Tayyip Erdoğan": on "Putin").
        // (And on the name in apposition: "the two leaders, Putin and Erdoğan".)
        foreach (int c in tree.Dependents(sentence, head, "conj").Concat(tree.Dependents(sentence, head, "flat").Concat(tree.Dependents(sentence, head, "appos")).SelectMany(f => tree.Dependents(sentence, f, "conj"))))
            if (Filler(index, tree, sentence, c, names) is { } coordinate) frame.Add(role, coordinate, via + ", coordinated");
    }

    /// <summary>A noun phrase's words from its first modifier to its head noun: "A court", "hundreds of demonstrators" stops at "hundreds".</summary>
    public static TextSpan PhraseWords(Document doc, DependencyParse tree, Sentence sentence, int head)
    {
        int first = head;
        foreach (int d in tree.Dependents(sentence, head))
            if (d < first && tree.Relations[d] is "det" or "amod" or "compound" or "nummod" or "nmod:poss" or "det:poss") first = Math.Min(first, tree.Subtree(sentence, d).First);
        // Never over punctuation ("In late 2015, suicide bombers" are the bombers) but a comma between adjectives ("a full, rapid withdrawal").
        for (int k = head - 1; k >= first; k--)
            if (doc.Tokens[k].Kind == TokenKind.Punctuation && !Words.IsAny(doc, k, "-", "'s", "’s")
                && !(Words.IsPunct(doc, k, ',') && k > first && Words.IsLowerWord(doc, k - 1) && Words.IsLowerWord(doc, k + 1))) { first = k + 1; break; }
        // "killed a number of soldiers", "detained dozens of protesters": a count in words is of whom its "of" phrase names.
        int last = head;
        if (Words.IsAny(doc, head, CountNouns) && tree.Dependents(sentence, head, "nmod").FirstOrDefault(n => n > head && n <= head + 4 && CaseOf(doc, tree, sentence, n) == "of", -1) is >= 0 and var counted)
            last = counted;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last].End);
    }

    private static readonly string[] CountNouns = ["number", "group", "handful", "couple", "dozens", "scores", "tens", "hundreds", "thousands", "millions"];

    /// <summary>The name covering the phrase's head, else one inside its compound, possessive or adjective, else the number of people it counts.</summary>
    private static Filler? Filler(DocumentIndex index, DependencyParse tree, Sentence sentence, int head, Mention?[] names)
    {
        var doc = index.Document;
        if (names[head - sentence.FirstToken] is { } named) return new Filler(named.Span, named, null);
        // "his British counterpart Gordon Brown": the name the noun is given after it is who it is, not its possessor or its country.
        foreach (int d in tree.Dependents(sentence, head))
            if (d > head && tree.Relations[d] is "appos" or "flat" && names[d - sentence.FirstToken] is { Form: MentionForm.Name or MentionForm.Alias or MentionForm.Variant } own && index.KindOf(own) == EntityKind.Person)
                return new Filler(own.Span, own, null);
        foreach (int d in tree.Dependents(sentence, head))
            if (tree.Relations[d] is "compound" or "nmod:poss" or "amod" or "flat" && names[d - sentence.FirstToken] is { } modifier)
                return new Filler(modifier.Span, modifier, null);
        var span = doc.Tokens[head].Span;
        if (index.QuantityCovering(span) is { } q) return new Filler(q.Span, null, q);
        int number = tree.Dependent(sentence, head, "nummod");
        if (number >= 0 && index.QuantityCovering(doc.Tokens[number].Span) is { } counted) return new Filler(counted.Span, null, counted);
        return null;
    }

    /// <summary>
    /// <see cref="NamesByToken"/> without a possessor of kin ("his brother", "Robinson's fiancee"): the kin are
    /// people of their own, never the one whose kin they are, so the phrase is the kin in words.
    /// </summary>
    private Mention?[] PartyNames(DocumentIndex index, DependencyParse tree, Sentence sentence)
    {
        var names = NamesByToken(index, sentence);
        if (isKin is null) return names;
        var doc = index.Document;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (tree.Relations[t] is "nmod:poss" or "det:poss" && names[t - sentence.FirstToken] is { } possessor && tree.Heads[t] is >= 0 and var head
                && isKin(doc.TokenString(head)))
                for (int k = 0; k < names.Length; k++)
                    if (ReferenceEquals(names[k], possessor)) names[k] = null;
        return names;
    }

    /// <summary>The linked name over each token of the sentence (the longest where names nest).</summary>
    private static Mention?[] NamesByToken(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        var names = new Mention?[sentence.TokenCount];
        foreach (var m in index.Mentions.Between(sentence.Span.Start, sentence.Span.End))
            for (int t = doc.TokenAtOrAfter(m.Span.Start); t < sentence.EndToken && doc.Tokens[t].Start < m.Span.End; t++)
                if (t >= sentence.FirstToken && (names[t - sentence.FirstToken] is not { } held || held.Span.Length < m.Span.Length))
                    names[t - sentence.FirstToken] = m;
        return names;
    }
}
