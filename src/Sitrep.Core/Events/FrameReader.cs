using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Reads an event trigger's arguments from the words around it, without a parser: the subject
/// is the nearest actor to the left in the same clause (not inside a prepositional phrase), the
/// object the first mention or quantity to the right, and each preposition the trigger's row
/// names ("from", "to", "with", "by") takes the mention that follows it. Passives swap subject
/// and object; coordinations ("Kirkuk and Mosul") give several fillers.
/// </summary>
/// <param name="isPersonNoun">Whether a word names a person or people ("adviser", "tribesmen"): before a headline's participle, the victims.</param>
/// <param name="isKin">Whether a word names kin ("father", "husband"; data/kin-nouns.txt): named by a possessive, the kin are the party, not the possessor.</param>
/// <param name="isPlaceNoun">Whether a lower-case word names a place or a civilian site ("mosque", "city"; data/place-nouns.txt): a name right before one says whose or where, and is no subject.</param>
/// <param name="attackAt">Whether an attack's trigger (data/event-triggers.tsv) starts at the token, before the end given.</param>
public sealed class FrameReader(Predicate<string>? isPersonNoun = null, Predicate<string>? isKin = null, Func<Document, int, int, int>? occurrenceVerbAt = null,
    Predicate<string>? isPlaceNoun = null, Func<Document, int, int, bool>? attackAt = null)
{
    private const int Window = 14;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    { "in", "at", "from", "to", "with", "of", "on", "for", "near", "by", "into", "between", "against", "outside", "inside", "around", "over", "across", "after", "as", "about", "despite", "including", "within" };

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    /// <summary>Words that may follow a headline's passive ("Four killed as ...", "candidate killed before polls").</summary>
    private static readonly HashSet<string> ClauseLinks = new(StringComparer.OrdinalIgnoreCase)
    { "before", "during", "amid", "while", "when", "since", "ahead", "following" };

    /// <summary>The end (exclusive) of the sentence holding the token.</summary>
    private static int SentenceEnd(Document doc, int token) =>
        doc.Sentences.Count == 0 ? doc.Tokens.Count : doc.Sentences[doc.SentenceAt(doc.Tokens[token].Start)].EndToken;

    /// <summary>"killed north of Baghdad": a direction before "of" opens a place, as a preposition does.</summary>
    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    { "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west" };

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase)
    { "is", "are", "was", "were", "be", "been", "being", "'s", "’s" };

    /// <summary>Verbs whose object noun takes their subject as its actor: "continue the partnership", "are in collaboration".</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "continue", "continues", "continued", "hold", "holds", "held", "conduct", "conducts", "conducted", "carry", "carried", "launch", "launched",
        "launches", "begin", "began", "begun", "start", "started", "resume", "resumed", "complete", "completed", "finish", "finished",
        "announce", "announced", "announces", "make", "made", "stage", "staged", "have", "has", "had", "in", "are", "is", "was", "were", "mount", "mounted",
        // Who orders it does it, as PLOVER codes it: "Netanyahu ordered massive attacks on the Gaza Strip".
        "order", "orders", "ordered",
        // Who steps up or intensifies attacks makes them: "Taliban militants have stepped up attacks on Afghan security forces".
        "intensify", "intensifies", "intensified", "escalate", "escalates", "escalated",
        // Who presses or wages an offensive makes it: "Iraqi army presses Tikrit assault", "Iraqi Kurds wage anti-IS offensive".
        "press", "presses", "pressed", "pressing", "wage", "wages", "waged", "waging",
        // Who issues, pledges, renews or lodges it makes it: "Police have issued an arrest warrant", "The nations pledged
        // full support", "North Korea has reiterated its demand", "lodged a protest".
        "issue", "issues", "issued", "pledge", "pledges", "pledged", "reiterate", "reiterates", "reiterated", "renew", "renews", "renewed",
        "lodge", "lodges", "lodged", "file", "files", "filed",
        // Who reaches an agreement or a ceasefire makes it: "Pakistan and the IMF have reached a staff level agreement".
        "reach", "reaches", "reached",
        // "performed a joint war games", "undertook joint patrols".
        "perform", "performs", "performed", "undertake", "undertakes", "undertook", "undertaken",
        // Who opens an investigation or talks makes them: "the FBI had opened an investigation of Flynn" (not "open", most
        // often an adjective: "launched an open assault").
        "opens", "opened",
    };

    private static readonly HashSet<string> PressOrWage = new(StringComparer.OrdinalIgnoreCase) { "press", "presses", "pressed", "pressing", "wage", "wages", "waged", "waging" };

    /// <summary>
    /// Nouns a declaration makes, whose declarer is their actor: "The ONLF has declared a unilateral ceasefire"
    /// (not any noun: "Obama declared the attack an act of terror" made no attack of Obama's).
    /// </summary>
    private static readonly HashSet<string> Declared = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceasefire", "ceasefires", "cease-fire", "truce", "war", "emergency", "curfew", "siege", "hostilities", "independence", "victory",
    };

    private static readonly string[] DeclareForms = ["declare", "declares", "declared"];

    /// <summary>A form of "declare", which carries only what a declaration makes (a ceasefire, a curfew, a war).</summary>
    public static bool IsDeclareVerb(string word) => DeclareForms.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that carry a noun with "up" between: "stepped up attacks", "ramped up its offensive".</summary>
    private static readonly HashSet<string> UpVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "step", "steps", "stepped", "stepping", "ramp", "ramps", "ramped", "beef", "beefs", "beefed", "scale", "scales", "scaled",
    };

    private static readonly string[] AgreeForms = ["agreed", "agrees"];

    /// <summary>How a verb's object was found.</summary>
    public const string ObjectVia = "the object";

    /// <summary>How a filler of the row's preposition slot was found ("the 'with' phrase").</summary>
    public static string PhraseVia(string slot) => $"the '{slot.Replace('_', ' ')}' phrase";

    /// <summary>How a noun's actor was found when the party agreed to it ("have agreed to a ceasefire"): the agreement is what happened.</summary>
    public const string AgreedToVia = "the subject of the verb that agrees to the noun";

    /// <summary>"begin", "held", "launched": a verb that only carries its object noun's event.</summary>
    public static bool IsLightVerb(string word) => LightVerbs.Contains(word);

    /// <summary>"be" and "have" among the light verbs: they carry no attacker ("Pakistan had a suicide attack").</summary>
    public static bool IsBeOrHave(string word) => word is "have" or "has" or "had" or "is" or "are" or "was" or "were";

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    { "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "no", "some", "all", "other", "great", "further", "new", "more", "formal", "official", "full", "first", "second", "last", "final", "planned", "possible", "partial" };

    public Frame Read(DocumentIndex index, Sentence sentence, int trigger, int length, EventTrigger entry)
    {
        var doc = index.Document;
        int triggerEnd = trigger + length;
        int left = ClauseStart(index, sentence, trigger);
        int right = ClauseEnd(doc, sentence, triggerEnd);
        // What was reported ends where its attribution begins: "... killed five, officials in Damascus said".
        foreach (var q in doc.Quotes)
            if (q.Content.Contains(doc.Tokens[trigger].Span) && doc.TokenCovering(q.Content.End - 1) is int last && last >= triggerEnd)
                right = Math.Min(right, last + 1);
        bool passive = entry.IsVerb && (IsPassive(doc, trigger, left) || IsReducedPassive(index, trigger, length, left, right, entry));
        var frame = new Frame { Passive = passive };
        entry.Roles.TryGetValue("subject", out var subjectRole);
        entry.Roles.TryGetValue("object", out var objectRole);
        if (passive) (subjectRole, objectRole) = (objectRole, subjectRole);

        if (entry.IsVerb)
        {
            // The subject, or for a passive the thing acted on: nearest mention to the left; for a
            // participle right after its noun ("the dollars given to"), that noun; for a participle
            // after a comma ("..., denying them"), the subject its sentence opened with.
            bool adjunct = !passive && doc.TokenText(trigger).EndsWith("ing", StringComparison.Ordinal) && trigger > left && Words.IsPunct(doc, trigger - 1, ',');
            var subject = passive ? Adjacent(index, trigger) ?? SubjectOf(index, left, trigger)
                : adjunct ? OpeningSubject(index, sentence, trigger)
                : SubjectOf(index, left, trigger, active: true);
            if (KinWords(subject) is { } kin)
            {
                if (subjectRole is not null) frame.Unnamed[subjectRole] = kin;
                subject = null;
            }
            if (subject is not null && subjectRole is not null) frame.AddAll(subjectRole, WithLeftCoordinates(index, subject, left), passive ? "the thing acted on, before the passive verb" : adjunct ? "the subject the sentence opened with" : "the subject");
            if (passive && frame[subjectRole ?? ""].Count == 0 && subjectRole is not null && QuantityBefore(index, left, trigger) is { } q)
                frame.Add(subjectRole, q, "the number before the passive verb");
            if (passive && subjectRole == "target") AmongTheDead(index, left, trigger, frame);
            // A passive has no object that acts: "killed north of Baghdad" was not done by Baghdad (its agent is the 'by' phrase's).
            if (objectRole is not null && !(passive && objectRole == "actor"))
            {
                var obj = ObjectOf(index, triggerEnd, right);
                if (obj is not null) frame.AddAll(objectRole, WithCoordinates(index, obj, triggerEnd, right), ObjectVia);
            }
        }
        else
        {
            // "Iraq's withdrawal", "coalition withdrawal": an actor right before the noun.
            var before = MentionEndingBefore(index, trigger);
            if (before is not null && entry.Roles.TryGetValue("of", out var ofRole) && ofRole == "actor" && index.KindOf(before.Mention!)!.Value.IsActor())
                frame.Add("actor", before, "the name before the noun");
        }

        // A noun's phrases end where a verb begins: "The attack came a day before a key meeting
        // between Russia, Turkey and Iran" — the 'between' phrase is the meeting's.
        int slotRight = entry.IsVerb ? right : NounPhraseEnd(doc, trigger, triggerEnd, right);
        // "Clashes broke out between police and gunmen in Ramadi": a verb that only says its subject happened
        // (data/occurrence-verbs.txt) lends the noun its phrases.
        if (!entry.IsVerb && slotRight < right && occurrenceVerbAt?.Invoke(doc, slotRight, right) > 0 && IsSubjectOf(doc, trigger + length - 1, slotRight)) slotRight = OwnPhrasesEnd(doc, slotRight, right);
        foreach (var (slot, role) in entry.Roles)
        {
            if (slot is "subject" or "object") continue;
            if (passive && slot == "by" && subjectRole is null) continue;
            string targetRole = passive && slot == "by" ? (entry.Roles.GetValueOrDefault("subject") ?? role) : role;
            var fillers = Slot(index, slot, triggerEnd, slotRight).ToList();
            foreach (var f in fillers) frame.Add(targetRole, f, PhraseVia(slot));
            // "between the US and Kataib Hezbollah": two parties acting on each other.
            if (slot == "between" && fillers.Count >= 2) frame.Mutual = true;
        }
        if (passive && entry.Roles.GetValueOrDefault("subject") is { } agentRole && !frame.Has(agentRole))
            foreach (var f in Slot(index, "by", triggerEnd, right)) frame.Add(agentRole, f, "the 'by' phrase of the passive");

        // No place slot filled: the first place named after the trigger in its clause ("... including K-1"),
        // not past a comma ("killed five, officials in Damascus said": where they spoke, not where it happened);
        // else the nearest before it in the clause ("An air strike on a market in Idlib killed five").
        // (A place slot holding no place — "in Shiite areas of Baghdad" — counts as unfilled.)
        bool HasPlace() => frame["place"].Any(f => f.Mention is { } m && index.KindOf(m) is { } k && k.IsPlace());
        if (!HasPlace() && entry.Roles.Values.Contains("place"))
        {
            // (Nor a town named in the possessive, which stands for its state: "a new phase of Ankara's involvement in the war" is Turkey's,
            // not where; "the city's security" is the city's, where.)
            bool Free(Mention pm) => index.KindOf(pm)!.Value.IsPlace() && index.KindOf(pm) != EntityKind.Country
                && !frame.Roles.Any(r => frame[r].Any(f => f.Span.Overlaps(pm.Span)))
                && !(pm.Form is not (MentionForm.Descriptor or MentionForm.Pronoun) && doc.TokenAtOrAfter(pm.Span.End) is var afterPlace && afterPlace >= 0 && afterPlace < right && Words.IsAny(doc, afterPlace, "'s", "’s"));
            // (Nor past "as" opening a clause of another attack: "Baghdad attacks kill 16 as Iraq presses Anbar assault";
            // but "Heavy fighting as Iraqi forces try to surround Falluja" is around Falluja.)
            for (int k = triggerEnd; k < right && !Words.IsPunct(doc, k, ',') && !(IsSubordinator(doc.TokenString(k)) && OpensClauseOfAttack(index, k, right)); k++)
                if (index.MentionAt(k) is { } pm && Free(pm))
                {
                    frame.Add("place", new Filler(pm.Span, pm, null), "the first place after it in its clause");
                    break;
                }
            if (!HasPlace() && entry.IsVerb)
                for (int k = trigger - 1; k >= left && !Words.IsPunct(doc, k, ','); k--)
                    if (index.MentionAt(k) is { } pm && Free(pm))
                    {
                        frame.Add("place", new Filler(pm.Span, pm, null), "the nearest place before it in its clause");
                        break;
                    }
        }

        // A noun after a light verb takes the verb's subject: "we will continue the partnership".
        // Not "be" or "have" before an attack: "Pakistan had a suicide attack" is no attack by Pakistan.
        if (!entry.IsVerb && !frame.Has("actor") && LightVerbBefore(index, trigger, left, placesModify: entry.Type == "ASSAULT") is { } verb
            && !(entry.Type == "ASSAULT" && IsBeOrHave(doc.TokenString(verb))))
        {
            var subject = SubjectOf(index, left, verb, active: true);
            if (KinWords(subject) is { } kin) frame.Unnamed.TryAdd("actor", kin);
            else if (subject is not null) frame.AddAll("actor", WithLeftCoordinates(index, subject, left), Words.IsAny(doc, verb, AgreeForms) ? AgreedToVia : "the subject of the light verb before the noun");
        }
        // "in key Iraq oil town of Baiji": a country, then a place inside it in the same phrase; the place says more.
        if (frame["place"] is [{ Mention: { } only }] && index.KindOf(only) == EntityKind.Country && index.Entity(only.EntityId)?.Country is { } iso2)
        {
            for (int k = doc.TokenCovering(only.Span.End - 1) + 1; k < right && !Words.IsPunct(doc, k, ','); k++)
                if (index.MentionAt(k) is { } inside && index.KindOf(inside) is { } kind && kind.IsPlace() && kind != EntityKind.Country
                    && (index.Entity(inside.EntityId)?.Country ?? index.Entity(inside.EntityId)?.Place?.Country) == iso2)
                {
                    frame.Remove("place");
                    frame.Add("place", new Filler(inside.Span, inside, null), "a place inside the country named in the same phrase");
                    break;
                }
        }

        return frame;
    }

    /// <summary>"the four billion dollars given to the Iraqi government ... made by the coalition": a passive's agent anywhere in the sentence.</summary>
    public Filler? SentenceAgent(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        for (int i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
        {
            if (!Words.Is(doc, i, "by")) continue;
            var m = MentionNear(index, i + 1, Math.Min(sentence.EndToken, i + 4));
            if (m?.Mention is { } mention && index.KindOf(mention)!.Value.IsActor()) return m;
        }
        return null;
    }

    /// <summary>The clause around a trigger: from the last clause break before it to the first after it.</summary>
    public static TextSpan Clause(DocumentIndex index, Sentence sentence, int trigger, int length)
    {
        var doc = index.Document;
        int left = ClauseStart(index, sentence, trigger);
        int right = trigger + length;
        while (right < sentence.EndToken && !IsClauseBreak(doc, right)) right++;
        // Scare quotes ("kill 30 "terrorists" on Sunday") do not end the clause either.
        while (right < sentence.EndToken && doc.Tokens[right].Kind == TokenKind.Quote && ScareQuoted(doc, right, sentence.EndToken) is int close)
        {
            right = close + 1;
            while (right < sentence.EndToken && !IsClauseBreak(doc, right)) right++;
        }
        return TextSpan.FromBounds(doc.Tokens[left].Start, doc.Tokens[right - 1].End);
    }

    private static bool IsClauseBreak(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Quote || Words.IsPunct(doc, i, ';') || Words.IsAny(doc, i, "but", "while", "whereas", "although", "because")
        // ", where 1,300 people died in 2013": what a place saw once is not the deed's clause.
        || Words.IsAny(doc, i, "where") && Words.IsPunct(doc, i - 1, ',');

    private static int ClauseStart(DocumentIndex index, Sentence sentence, int trigger)
    {
        var doc = index.Document;
        // Inside a quote or reported statement, the clause starts no earlier than the quoted words.
        var quote = index.QuoteHolding(doc.Tokens[trigger].Start);
        int floor = quote is null ? sentence.FirstToken : Math.Max(sentence.FirstToken, doc.TokenAtOrAfter(quote.Content.Start));
        for (int i = trigger - 1; i >= floor; i--)
        {
            var t = doc.Tokens[i];
            // A scare quote's marks ("Islamic State "executes" journalist") are no clause break.
            if (t.Kind == TokenKind.Quote && IsScareMark(doc, i, sentence.EndToken)) continue;
            if (t.Kind == TokenKind.Quote || Words.IsPunct(doc, i, ';') || Words.IsPunct(doc, i, ':') || Words.IsAny(doc, i, "but", "while", "whereas", "although", "because", "after", "before"))
                return i + 1;
            if (Words.IsAny(doc, i, "which", "who", "that") && Words.IsPunct(doc, i - 1, ',')) return i;
        }
        return floor;
    }

    private static int ClauseEnd(Document doc, Sentence sentence, int from)
    {
        int limit = Math.Min(sentence.EndToken, from + Window);
        for (int i = from; i < limit; i++)
        {
            var t = doc.Tokens[i];
            // Scare quotes around a few words ("kill 30 "terrorists" in Anbar") do not end the clause.
            if (t.Kind == TokenKind.Quote && ScareQuoted(doc, i, limit) is int close)
            {
                i = close;
                continue;
            }
            if (t.Kind == TokenKind.Quote && IsScareMark(doc, i, sentence.EndToken)) continue;
            if (t.Kind == TokenKind.Quote || Words.IsPunct(doc, i, ';') || Words.IsAny(doc, i, "but", "while", "whereas", "although", "because"))
                return i;
        }
        return limit;
    }

    /// <summary>A quote mark that opens or closes a quote of one to three words: a scare quote, not speech.</summary>
    public static bool IsScareMark(Document doc, int i, int limit)
    {
        if (doc.Tokens[i].Kind != TokenKind.Quote) return false;
        if (ScareQuoted(doc, i, limit) is not null) return true;
        for (int open = i - 2; open >= Math.Max(0, i - 4); open--)
            if (doc.Tokens[open].Kind == TokenKind.Quote) return ScareQuoted(doc, open, limit) == i;
        return false;
    }

    /// <summary>The closing quote of a quote opened at <paramref name="open"/> that holds one to three words, if any.</summary>
    private static int? ScareQuoted(Document doc, int open, int limit)
    {
        for (int k = open + 1; k < Math.Min(limit, open + 5); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return k > open + 1 ? k : null;
            if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number) return null;
        }
        return null;
    }

    /// <summary>A form of "be" within the three words before, with only adverbs between: "were reportedly killed".</summary>
    private static bool AfterBeForm(Document doc, int trigger, int left)
    {
        for (int i = trigger - 1; i >= Math.Max(left, trigger - 3); i--)
        {
            if (BeForms.Contains(doc.TokenString(i))) return true;
            if (!(doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal) || Words.IsAny(doc, i, "also", "reportedly", "not", "already", "being", "been", "all", "both", "each"))) break;
        }
        return false;
    }

    /// <summary>The tree gives the verb an object within the words after it (objects follow their verb).</summary>
    private static bool HasObjectAfter(DependencyParse tree, int verb)
    {
        for (int k = verb + 1; k < Math.Min(tree.Heads.Length, verb + 9); k++)
            if (tree.Heads[k] == verb && tree.Relations[k] == "obj") return true;
        return false;
    }

    /// <summary>A past participle by its form: "-ed", "-en", or one of the irregular ones news uses most.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || w is "given" or "taken" or "held" or "sent" or "shot" or "struck" or "hit" or "built" or "seized";

    /// <summary>"was formally transferred", "have been handed over", or a participle right after its noun ("dollars given to").</summary>
    private static bool IsPassive(Document doc, int trigger, int left)
    {
        var w = doc.TokenText(trigger);
        if (!IsParticiple(w)) return false;
        if (AfterBeForm(doc, trigger, left)) return true;
        // "was tortured and killed": a participle joined to one after a form of "be" shares it ("were not racist and refused" does not).
        // (Not "were Chechen and killed 12 hostages", nor "was arrested and accused police of torture": the tree's verb, with no object.)
        if (trigger - 2 >= left && Words.IsAny(doc, trigger - 1, "and", "or") && IsParticiple(doc.TokenText(trigger - 2)) && AfterBeForm(doc, trigger - 2, left)
            && (doc.Syntax is not { } joined || !joined.IsParsed(trigger) || joined.Upos[trigger - 2] == "VERB" && !HasObjectAfter(joined, trigger))) return true;
        // A participle right after a noun phrase with no auxiliary ("the dollars given to X").
        if (trigger - 1 >= left)
        {
            int prev = trigger - 1;
            if (doc.Tokens[prev].Kind == TokenKind.Word && !Words.IsAny(doc, prev, "have", "has", "had", "they", "we", "he", "she", "it", "i", "you")
                && (doc.Tokens[prev].Kind == TokenKind.Word && !char.IsUpper(doc.Text[doc.Tokens[prev].Start]) || doc.Tokens[prev].Kind == TokenKind.Number))
            {
                // "dollars given": noun then participle; "troops withdrawn"; not "forces withdrew" (past tense).
                // But "the government agreed to allow": "to" before a verb opens an infinitive, and the verb is active.
                if (Words.IsAny(doc, trigger + 1, "to") && doc.Syntax is { } tree && trigger + 2 < tree.Heads.Length && tree.IsParsed(trigger + 2) && tree.Upos[trigger + 2] is "VERB" or "AUX") return false;
                return w is "given" or "taken" or "sent" or "held" or "withdrawn" || w.EndsWith("ed", StringComparison.Ordinal) && Words.IsAny(doc, trigger + 1, "to", "by", "from", "into");
            }
        }
        return false;
    }

    /// <summary>
    /// "3 police, soldier among 7 killed in Iraq", "Senior police officer among nine killed": the ones
    /// named before "among" are of the dead the count gives, and say who they were: a party named
    /// right before "among" is the target, else those words are.
    /// </summary>
    private static void AmongTheDead(DocumentIndex index, int left, int trigger, Frame frame)
    {
        var doc = index.Document;
        int among = -1;
        for (int k = trigger - 1; k >= Math.Max(left, trigger - 5); k--)
            if (Words.IsAny(doc, k, "among")) { among = k; break; }
        if (among <= left) return;
        // Between "among" and the participle only the count: "among 7", "among at least nine", "among those".
        for (int k = among + 1; k < trigger; k++)
            if (!(doc.Tokens[k].Kind == TokenKind.Number || index.QuantityCovering(doc.Tokens[k].Span) is not null || Words.IsAny(doc, k, "at", "least", "the", "those", "some", "about", "nearly", "over"))) return;
        // Back from "among" (and a "were" before it: "Two officers were among those killed") over the victims' words,
        // at most six, never over a verb or a clause's link.
        int named = among > left + 1 && BeForms.Contains(doc.TokenString(among - 1)) ? among - 1 : among;
        int first = named;
        while (first - 1 >= Math.Max(left, named - 6) && (doc.Tokens[first - 1].Kind is TokenKind.Word or TokenKind.Number || Words.IsPunct(doc, first - 1, ','))
               && !Words.IsAny(doc, first - 1, "as", "after", "while", "when", "and") && !BeForms.Contains(doc.TokenString(first - 1))
               && !(doc.Syntax is { } tree && tree.IsParsed(first - 1) && tree.Upos[first - 1] is "VERB" or "AUX"))
            first--;
        if (first < named && Words.IsPunct(doc, first, ',')) first++;
        if (first >= named) return;
        frame.Remove("target");
        frame.Unnamed.Remove("target");
        if (index.Mentions.EndingAt(doc.Tokens[named - 1].End).FirstOrDefault() is { } party && index.KindOf(party) is { } kind && kind.IsActor())
            frame.Add("target", new Filler(party.Span, party, null), "named before 'among' the dead");
        else
            frame.Unnamed["target"] = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[named - 1].End);
    }

    /// <summary>
    /// A headline's passive without "were": "Seven Iraqi soldiers killed as unrest surges",
    /// "Militants killed near Mosul". Only for a verb that needs someone done to (its entry
    /// requires a target), written as its participle right after a count of people or a plural
    /// noun, with no object after it: a preposition, a comma or the end follows.
    /// </summary>
    private bool IsReducedPassive(DocumentIndex index, int trigger, int length, int left, int right, EventTrigger entry)
    {
        var doc = index.Document;
        // "Iraqi journalist shot dead in Mosul", "Syrian jet shot down near ...": the participle's particle or "dead" belongs
        // to it, and says it is one whatever the row requires.
        bool downOrDead = trigger + 1 < right && Words.IsAny(doc, trigger + 1, "down", "dead") && entry.Type == "ASSAULT";
        if (!entry.RequiredTogether.Any(r => r.Contains("target")) && !downOrDead || entry.Gloss is not { } participle || length != 1 || trigger - 1 < left) return false;
        if (!doc.TokenText(trigger).Equals(participle, StringComparison.OrdinalIgnoreCase)) return false;
        int after = downOrDead ? trigger + 2 : trigger + 1;
        // A count after it is its object: "Air strikes killed 20 civilians", "killed at least 12" are active.
        if (after < right && (doc.Tokens[after].Kind == TokenKind.Number || Words.IsAny(doc, after, "at") && Words.IsAny(doc, after + 1, "least", "most"))) return false;
        // "Some 25 Islamic State militants reportedly killed", "Forty IS militants said killed": a hedge stands between the victims and the participle.
        int prev = trigger - 1;
        while (prev - 1 >= left && Words.IsAny(doc, prev, "reportedly", "allegedly", "said", "reported", "believed", "feared", "possibly")) prev--;
        // "Two leaders of Iraqi Al-Naqshabandi Order killed": the victims are the noun before the 'of' phrase.
        if (index.Mentions.EndingAt(doc.Tokens[prev].End).FirstOrDefault() is { } ofWhom && doc.TokenCovering(ofWhom.Span.Start) is int named0 and > 0
            && named0 - 2 >= left && Words.Is(doc, named0 - 1, "of") && Words.IsLowerWord(doc, named0 - 2))
            prev = named0 - 2;
        // "Twenty Islamic State's militants killed northern Iraq": a headline may drop the "in" before the place, after counted victims.
        bool placeFollows = after < right && index.MentionAt(after) is { } place && index.KindOf(place) is { } placeKind && placeKind.IsPlace()
                            && doc.TokenAtOrAfter(place.Span.End) is var next && (next >= right || !(doc.Tokens[next].Kind == TokenKind.Word) || Prepositions.Contains(doc.TokenString(next)) || ClauseLinks.Contains(doc.TokenString(next)))
                            && CountOpens(index, prev, left);
        // "... killed fighting al Qaeda": a participle's clause may follow too, where the tree says it is
        // one ("Troops killed fleeing civilians" is active: "fleeing" modifies its object).
        if (after < right && doc.Tokens[after].Kind == TokenKind.Word && !Prepositions.Contains(doc.TokenString(after)) && !ClauseLinks.Contains(doc.TokenString(after)) && !placeFollows
            && !(Directions.Contains(doc.TokenString(after)) && after + 1 < right && Words.IsAny(doc, after + 1, "of"))
            && !(doc.TokenText(after).EndsWith("ing", StringComparison.Ordinal) && Words.IsLowerWord(doc, after) && ClauseOf(doc, after, trigger))) return false;
        // Right after a count of people ("Seven Iraqi soldiers", "16", "Four") or a plural noun
        // ("Militants", "49 Iraqis"): the victims.
        var named = index.Mentions.EndingAt(doc.Tokens[prev].End);
        return index.QuantityEndingAt(doc.Tokens[prev].End) is not null
               || doc.Tokens[prev].Kind == TokenKind.Number || index.QuantityCovering(doc.Tokens[prev].Span) is { } q && q.NumberSpan.Contains(doc.Tokens[prev].Span)
               || doc.Tokens[prev].Kind == TokenKind.Word && doc.TokenText(prev) is { Length: > 3 } noun && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)
                  && (named.Count == 0 || prev - 1 >= left && doc.Tokens[prev - 1].Kind == TokenKind.Number || CountOpens(index, prev, left))
               // "Iran military adviser killed in Iraq", "Eight Iraqi police and tribesmen killed": a person noun, one or many.
               || Words.IsLowerWord(doc, prev) && isPersonNoun is not null && isPersonNoun(doc.TokenString(prev))
               // "Senior Islamic State figure killed in Mosul", "Islamic State's governor of Mosul killed": any noun or
               // name the tree reads, with no object after the participle, is who was killed (not a pronoun: "they killed in";
               // not a place: "its caliphate in Syria and Iraq destroyed"; not before "with": "Police in riot gear battled with fans").
               // In a headline, or where the tree itself hangs the participle on the noun ("a British volunteer killed
               // fighting Isis"): prose's "The army attacked at dawn" and "the civilians Assad killed" are active.
               || doc.Syntax is { } tree && tree.IsParsed(prev) && tree.Upos[prev] is "NOUN" or "PROPN"
                  && !named.Any(m => index.KindOf(m) is { } kind && kind.IsPlace()) && !Words.IsAny(doc, after, "with", "against")
                  && (Words.EndsLikeHeadline(doc, SentenceEnd(doc, trigger)) || tree.IsParsed(trigger) && tree.Relations[trigger] == "acl");
    }

    /// <summary>
    /// A number opens the noun phrase that ends at <paramref name="head"/>: "Twenty Islamic State's
    /// militants", "40 IS militants" (a digit, a counted quantity, or the tree's number of the head).
    /// </summary>
    private static bool CountOpens(DocumentIndex index, int head, int left)
    {
        var doc = index.Document;
        for (int k = head - 1; k >= Math.Max(left, head - 6); k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Number || index.QuantityCovering(doc.Tokens[k].Span) is { } q && q.NumberSpan.Contains(doc.Tokens[k].Span)) return true;
            if (doc.Syntax is { } tree && tree.IsParsed(k) && tree.Heads[k] == head && tree.Relations[k] == "nummod") return true;
            if (doc.Tokens[k].Kind != TokenKind.Word && !Words.IsAny(doc, k, "'s", "’s")) return false;
        }
        return false;
    }

    /// <summary>The tree makes the -ing word a clause of the participle ("killed fighting al Qaeda"), not a modifier of what follows.</summary>
    private static bool ClauseOf(Document doc, int ing, int participle) =>
        doc.Syntax is { } tree && tree.IsParsed(ing) && tree.Heads[ing] == participle && tree.Relations[ing] is "advcl" or "xcomp";

    /// <summary>The first actor of the sentence, when it comes before any verb-like word: the main clause's subject.</summary>
    private static Filler? OpeningSubject(DocumentIndex index, Sentence sentence, int trigger)
    {
        var doc = index.Document;
        for (int i = sentence.FirstToken; i < Math.Min(trigger, sentence.FirstToken + 8); i++)
        {
            if (index.MentionAt(i) is { } m && index.KindOf(m)!.Value.IsActor()) return new Filler(m.Span, m, null);
            if (Words.IsPunct(doc, i, ',')) break;
        }
        return null;
    }

    private Filler? SubjectOf(DocumentIndex index, int left, int trigger, bool active = false)
    {
        var doc = index.Document;
        // Past a clause of the verb's own, or inside a preposition's phrase, a name is no subject; a town or a region there
        // is still where it happened ("at the resort of Didim ..., when the authorities arrested"), and the frame takes it as the place.
        bool placeOnly = false;
        Filler? listedPlace = null;
        for (int i = trigger - 1; i >= left; i--)
        {
            // "Iraqi PM defends strategy as bombs kill 49", "when the authorities arrested": the verb after a subordinating
            // word has a subject of its own, the words between; no name before that word did it.
            if (active && OpensClauseBefore(index, i, trigger)) placeOnly = true;
            // "women and children who were detained": the subject is what "who" follows, or unknown.
            if (Words.IsAny(doc, i, "who", "which", "that") && i > left && !Words.IsPunct(doc, i - 1, ','))
            {
                var before = index.Mentions.EndingAt(doc.Tokens[i - 1].End).FirstOrDefault();
                return before is null ? null : new Filler(before.Span, before, null);
            }
            var m = index.MentionAt(i);
            if (m is null)
            {
                // "Her husband was killed" where "her" stands for no one named: the kin, in words, all the same.
                if (Words.IsAny(doc, i, "his", "her", "their", "His", "Her", "Their") && KinAfter(doc, i, trigger) is int unnamedKin and >= 0
                    && !(i > left && (Words.IsAny(doc, i - 1, "and", "or") && !AfterClauseOfItsOwn(doc, i - 1, left) || Prepositions.Contains(doc.TokenString(i - 1)))))
                {
                    // "Her husband fled when soldiers attacked": past a clause of the verb's own the kin did not do it.
                    if (placeOnly) return null;
                    return new Filler(TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[unnamedKin].End), null, null);
                }
                // Walk back over the inside of a longer mention ending here.
                continue;
            }
            if (doc.TokenAtOrAfter(m.Span.End) > trigger) continue;
            // The preposition before the mention's first word, or before its article: "Bombs against
            // Iraqi Sunnis kill 51" has no subject Sunnis, nor "attacks against the Sunnis".
            int first = Math.Max(left, doc.TokenCovering(m.Span.Start));
            // (Not "as" opening the verb's own clause: "Baghdad attacks kill 16 as Iraq presses Anbar assault".)
            if (first > left && Prepositions.Contains(doc.TokenString(first - 1)) && !Words.IsAny(doc, first - 1, "of") && !(active && OpensClauseBefore(index, first - 1, trigger))) continue;
            bool inPhrase = active && first > left && Words.IsAny(doc, first - 1, "of") && InPrepositionPhrase(index, left, first - 1);
            if (first > left + 1 && Prepositions.Contains(doc.TokenString(first - 2)) && Words.IsAny(doc, first - 1, "the", "a", "an")) continue;
            var kind = index.KindOf(m);
            if (kind is null) continue;
            // "Fresh attack at Baghdad Shiite mosque kills 11", "Rocket fire on Iraqi Shi'ite pilgrim city": a name before a
            // noun of places says whose place, and the place is no one who acted.
            if (active && BeforePlaceNoun(doc, m, trigger)) continue;
            // "Car bombs in Kirkuk, Baghdad kill 33": a place joined to a place inside a preposition's phrase is in it too
            // (for a passive, the thing acted on is looked for further back — "Scurfield, an ex-Royal Marine from Barnsley,
            // South Yorkshire, was killed" —, and the place is kept only where nothing is named before it).
            if (kind.Value.IsPlace() && InPlaceList(index, left, first))
            {
                if (!active) listedPlace ??= new Filler(m.Span, m, null);
                continue;
            }
            if ((placeOnly || inPhrase) && !(kind.Value.IsPlace() && kind != EntityKind.Country)) { if (placeOnly) return null; continue; }
            // "Their father is detained", "Her first husband ... was killed": the possessor names whose kin; the subject is the kin, unnamed here.
            if (KinOf(doc, m, trigger) is int kin and >= 0)
            {
                // "jihadists and their relatives": the kin coordinated with a party before them; that party acts.
                if (first > left && Words.IsAny(doc, first - 1, "and", "or") && !AfterClauseOfItsOwn(doc, first - 1, left)) continue;
                return new Filler(TextSpan.FromBounds(m.Span.Start, doc.Tokens[kin].End), null, null);
            }
            return new Filler(m.Span, m, null);
        }
        return listedPlace;
    }

    /// <summary>
    /// The lower-case words after the name, up to two, end in a noun of places: "Shiite mosque", "Shi'ite pilgrim city"
    /// (not "Jerusalem district court", whose head is the court).
    /// </summary>
    private bool BeforePlaceNoun(Document doc, Mention m, int verb)
    {
        if (isPlaceNoun is null) return false;
        int after = doc.TokenAtOrAfter(m.Span.End), k = after;
        while (k < Math.Min(verb, after + 2) && Words.IsLowerWord(doc, k)) k++;
        if (k == after || k < verb && Words.IsLowerWord(doc, k)) return false;
        return isPlaceNoun(doc.TokenString(k - 1));
    }

    /// <summary>
    /// The town at <paramref name="first"/> follows "and" after a place a preposition governs, or a comma in a headline: "in Kirkuk,
    /// Baghdad". (Not a country, nor after a comma in prose: "In Geneva, Russia condemned the strikes".)
    /// </summary>
    private static bool InPlaceList(DocumentIndex index, int left, int first)
    {
        var doc = index.Document;
        if (index.MentionAt(first) is not { } listed || index.KindOf(listed) == EntityKind.Country) return false;
        bool comma = first - 1 >= 0 && Words.IsPunct(doc, first - 1, ',') && Words.EndsLikeHeadline(doc, doc.Sentences[doc.SentenceAt(doc.Tokens[first].Start)].EndToken);
        if (first - 2 < left || !(comma || Words.IsAny(doc, first - 1, "and", "or"))) return false;
        if (index.Mentions.EndingAt(doc.Tokens[first - 2].End).FirstOrDefault() is not { } before || index.KindOf(before) is not { } kind || !kind.IsPlace()) return false;
        int start = doc.TokenCovering(before.Span.Start);
        return start - 1 >= left && Prepositions.Contains(doc.TokenString(start - 1)) && !Words.IsAny(doc, start - 1, "of");
    }

    /// <summary>
    /// The "and" at <paramref name="and"/> joins two clauses, not two parties: a passive participle ends the
    /// words before it ("Srihini was beaten and their young son was kidnapped"; not "jihadists and their relatives").
    /// </summary>
    private static bool AfterClauseOfItsOwn(Document doc, int and, int left) =>
        and - 2 >= left && IsParticiple(doc.TokenText(and - 1)) && BeForms.Contains(doc.TokenString(and - 2));

    /// <summary>The words of kin <see cref="SubjectOf"/> found in place of a name ("Their father"), or null.</summary>
    private static TextSpan? KinWords(Filler? subject) => subject is { Mention: null, Quantity: null } kin ? kin.Span : null;

    /// <summary>The noun of kin ("father", "first husband") a possessive ("their", "Assad's") owns before the verb, or -1.</summary>
    private int KinOf(Document doc, Mention m, int verb) => KinAfter(doc, Words.PossessiveEnd(doc, doc.TokenCovering(m.Span.End - 1), verb), verb);

    /// <summary>The noun of kin within three lower-case words after a possessive's last token, before the verb, or -1.</summary>
    private int KinAfter(Document doc, int last, int verb)
    {
        if (isKin is null) return -1;
        // Only kin, who are people of their own ("Theresa May's cabinet", "Trump's decision to withdraw" still act for the possessor).
        for (int k = last + 1; last >= 0 && k < Math.Min(verb, last + 4) && Words.IsLowerWord(doc, k); k++)
            if (isKin(doc.TokenString(k))) return k;
        return -1;
    }

    /// <summary>
    /// "Bombings in Shiite areas of Iraq kill 37": the noun an "of" phrase hangs on is itself in a preposition's phrase
    /// (its words back to "in"), so the name after "of" is where, not who ("Members of Hamas attacked" is who).
    /// </summary>
    private static bool InPrepositionPhrase(DocumentIndex index, int left, int of)
    {
        var doc = index.Document;
        int i = of - 1;
        while (i >= left && i > of - 5 && IsNounPhraseWord(index, i) && !Prepositions.Contains(doc.TokenString(i))) i--;
        return i >= left && i < of - 1 && Prepositions.Contains(doc.TokenString(i)) && !Words.IsAny(doc, i, "of", "to");
    }

    /// <summary>A word a noun phrase may hold: lower case or inside a name, and not a verb where the tree says ("witnesses claiming foreign members").</summary>
    private static bool IsNounPhraseWord(DocumentIndex index, int i)
    {
        var doc = index.Document;
        if (doc.Tokens[i].Kind != TokenKind.Word || !(Words.IsLowerWord(doc, i) || index.MentionAt(i) is not null)) return false;
        return doc.Syntax is not { } tree || !tree.IsParsed(i) || tree.Upos[i] is not ("VERB" or "AUX");
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase) { "as", "when", "where", "whereas", "while", "since", "once", "until", "unless" };

    /// <summary>A word that opens a clause of its own: "as", "when", "while", "until" ...</summary>
    public static bool IsSubordinator(string word) => Subordinators.Contains(word);

    /// <summary>
    /// A subordinating word at <paramref name="at"/> followed, up to the verb, by a few words and no preposition: the
    /// subject of the verb's own clause ("as bombs kill", "when the authorities arrested", "as the militants denied"). Not
    /// "as a coalition partner", "as part of", "as well as", "as usual".
    /// </summary>
    private static bool OpensClauseBefore(DocumentIndex index, int at, int trigger)
    {
        var doc = index.Document;
        if (!Subordinators.Contains(doc.TokenString(at)) || trigger - at < 2 || trigger - at > 6) return false;
        // "as it retreats", "as he has threatened": the pronoun stands for a name before, which the walk goes on to find.
        if (Words.IsAny(doc, at + 1, "it", "he", "she", "they", "we", "its", "his", "her", "their")) return false;
        if (Words.IsAny(doc, at, "as") && Words.IsAny(doc, at + 1, "a", "an", "part", "well", "much", "many", "long", "soon", "far", "if", "though", "such", "usual",
                "expected", "promised", "planned", "reported", "agreed", "announced", "before", "of", "to", "in", "for")) return false;
        for (int i = at + 1; i < trigger; i++)
            if (doc.Tokens[i].Kind != TokenKind.Word || Prepositions.Contains(doc.TokenString(i)) || !Words.IsLowerWord(doc, i) && index.MentionAt(i) is null) return false;
        return true;
    }

    /// <summary>A subordinating word at <paramref name="at"/> opening a clause of its own (a verb within six words) that tells another attack.</summary>
    private bool OpensClauseOfAttack(DocumentIndex index, int at, int right)
    {
        var doc = index.Document;
        if (attackAt is null || doc.Syntax is not { } tree) return false;
        int verb = at + 2;
        while (verb < Math.Min(right, at + 7) && !(tree.IsParsed(verb) && tree.Upos[verb] == "VERB" && OpensClauseBefore(index, at, verb))) verb++;
        if (verb >= Math.Min(right, at + 7)) return false;
        for (int k = verb; k < right; k++)
            if (attackAt(doc, k, right)) return true;
        return false;
    }

    /// <summary>"Putin and Turkish President Erdogan agreed": the subject found nearest the verb, and those joined to it on its left.</summary>
    private static List<Filler> WithLeftCoordinates(DocumentIndex index, Filler subject, int left)
    {
        var doc = index.Document;
        var result = new List<Filler> { subject };
        int t = doc.TokenAtOrAfter(subject.Span.Start) - 1;
        while (t > left && result.Count < 4)
        {
            // Skip a demonym that describes the subject ("Turkish President ...").
            var before = index.Mentions.EndingAt(doc.Tokens[t].End).FirstOrDefault(m => m.Form == MentionForm.Demonym);
            if (before is not null) t = doc.TokenAtOrAfter(before.Span.Start) - 1;
            // "The United Kingdom and the European Union have agreed": the article belongs to the coordinate.
            if (t > left && Words.IsAny(doc, t, "the", "The") && t - 1 > left && Words.Is(doc, t - 1, "and")) t--;
            if (t <= left || !(Words.Is(doc, t, "and") || Words.IsPunct(doc, t, ','))) break;
            int p = t - 1;
            // States acting together ("Russia, Turkey and Iran agreed"): a country joins a list whose
            // subject is a country, or one "and" joins it to a body of states ("the United Kingdom and the
            // European Union"); before any other actor it is where, not who ("in Syria, ISIS fighters").
            bool countries = subject.Mention is { Kind: EntityKind.Country }
                             || subject.Mention is { Kind: EntityKind.Organisation } && Words.Is(doc, t, "and") && index.Entity(subject.EntityId)?.Code is { } body && Actors.CameoCode.HasPart(body, 0, "IGO");
            var other = p < 0 ? null : index.Mentions.EndingAt(doc.Tokens[p].End).FirstOrDefault(m => m.Kind.IsActor() || countries && m.Kind == EntityKind.Country);
            if (other is null) break;
            result.Insert(0, new Filler(other.Span, other, null));
            t = doc.TokenAtOrAfter(other.Span.Start) - 1;
        }
        return result;
    }

    private static Filler? Adjacent(DocumentIndex index, int trigger)
    {
        var doc = index.Document;
        if (trigger == 0) return null;
        int end = doc.Tokens[trigger - 1].End;
        var q = index.QuantityEndingAt(end);
        if (q is not null) return new Filler(q.Span, null, q);
        var m = index.Mentions.EndingAt(end).FirstOrDefault();
        return m is null ? null : new Filler(m.Span, m, null);
    }

    private static Filler? QuantityBefore(DocumentIndex index, int left, int trigger)
    {
        var doc = index.Document;
        // "At least 20 people were killed", "40 have been wounded": the count may stand before the passive's auxiliaries.
        int verbGroup = trigger;
        while (verbGroup - 1 > left && (BeForms.Contains(doc.TokenString(verbGroup - 1)) || Words.IsAny(doc, verbGroup - 1, "have", "has", "had", "reportedly", "also"))) verbGroup--;
        for (int i = trigger - 1; i >= left; i--)
            if (index.QuantityAt(i) is { } q && doc.TokenAtOrAfter(q.Span.End) is var next && (next == trigger || next == verbGroup)) return new Filler(q.Span, null, q);
        return null;
    }

    /// <summary>The direct object: the first mention or quantity before any preposition; else the words up to the next preposition.</summary>
    private static Filler? ObjectOf(DocumentIndex index, int from, int right)
    {
        var doc = index.Document;
        int i = from;
        int limit = Math.Min(right, from + 6);
        for (; i < limit; i++)
        {
            // A quantity may start with "about" or "at least": look for it before taking those words as prepositions.
            if (index.QuantityAt(i) is { } q) return WithWhole(index, q);
            if (Prepositions.Contains(doc.TokenString(i)))
            {
                // "condemned an attack by Osgiliath soldiers", "denounced the killing of civilians":
                // the object names what was done; whom the verb is about follows "by" or "of".
                if (i > from && Words.IsAny(doc, i, "by", "of") && i - from <= 4 && MentionNear(index, i + 1, Math.Min(right, i + 5)) is { Mention: not null } inner)
                    return inner;
                break;
            }
            if (Words.IsPunct(doc, i, ',') || Words.IsPunct(doc, i, '.')) break;
            // "rejected claims that she ...": a clause of its own begins; its words are not the object.
            if (i > from && Words.IsAny(doc, i, "that", "whether", "who", "which", "while", "because")) break;
            if (index.MentionAt(i) is { } m)
            {
                // "meet his counterpart Sergio Mattarella": a possessive before the object's noun is not the object.
                if (m.Form == MentionForm.Pronoun && Words.IsAny(doc, i, "his", "her", "its", "their", "our", "my", "your")) continue;
                // "Iranian commander Qassem Soleimani": the demonym describes the person who follows.
                if (m.Form == MentionForm.Demonym && NextMention(index, m, 3) is { } person) return new Filler(person.Span, person, null);
                if (PersonTheCountryDescribes(index, m, limit) is { } described) return new Filler(described.Span, described, null);
                // "targets Iraq Shiite worshippers": a country's name right before a community describes it, as its demonym would.
                // (Only a community: "Israel accuses Iran Hezbollah" names two parties.)
                if (m.Form == MentionForm.Name && index.KindOf(m) == EntityKind.Country && doc.TokenAtOrAfter(m.Span.End) is var after && after < limit
                    && index.MentionAt(after) is { } party && index.KindOf(party) == EntityKind.Group)
                    return new Filler(party.Span, party, null);
                return new Filler(m.Span, m, null);
            }
        }
        // "banned a second opposition member, former mayor Vicencio Scarano, from ...": words that the tree gives
        // a named apposition after the comma are that party.
        if (i > from && i < right && Words.IsPunct(doc, i, ',') && AppositiveName(index, from, i, right) is { } named) return named;
        // Words only: "great training and partnership".
        int s = from;
        while (s < i && Words.IsAny(doc, s, "back", "out", "over")) s++;
        if (i > s && doc.Tokens[s].Kind == TokenKind.Word)
            return new Filler(TextSpan.FromBounds(doc.Tokens[s].Start, doc.Tokens[i - 1].End), null, null);
        return null;
    }

    /// <summary>The party the tree sets in apposition to the words [from, comma), named between the comma and the next one.</summary>
    private static Filler? AppositiveName(DocumentIndex index, int from, int comma, int right)
    {
        var doc = index.Document;
        if (doc.Syntax is not { } tree) return null;
        int end = comma + 1;
        while (end < right && end < comma + 8 && !Words.IsPunct(doc, end, ',') && !Words.IsPunct(doc, end, '.')) end++;
        bool apposition = false;
        for (int k = comma + 1; k < end && !apposition; k++)
            apposition = tree.Relations[k] == "appos" && tree.Heads[k] >= from && tree.Heads[k] < comma;
        if (!apposition) return null;
        for (int k = comma + 1; k < end; k++)
            if (index.MentionAt(k) is { } m && index.KindOf(m) is { } kind && kind.IsActor() && doc.TokenAtOrAfter(m.Span.End) <= end)
                return new Filler(m.Span, m, null);
        return null;
    }

    /// <summary>
    /// A number with the group it counts: "at least 10 Somali soldiers" (the soldiers inside the
    /// quantity), "three members of the Syrian Democratic Forces" (the group after "of").
    /// </summary>
    private static Filler WithWhole(DocumentIndex index, Quantity q)
    {
        var doc = index.Document;
        var inside = index.MentionsWithin(q.Span).FirstOrDefault(m => m.Kind.IsActor());
        if (inside is not null) return new Filler(q.Span, inside, q);
        int after = doc.TokenAtOrAfter(q.Span.End);
        if (Words.Is(doc, after, "of"))
        {
            int at = after + 1;
            var m = index.MentionAt(at) ?? (Words.Is(doc, at, "the") ? index.MentionAt(at + 1) : null);
            if (m is not null && index.KindOf(m)!.Value.IsActor()) return new Filler(q.Span.Cover(m.Span), m, q);
        }
        return new Filler(q.Span, null, q);
    }

    private static Mention? NextMention(DocumentIndex index, Mention m, int within)
    {
        var doc = index.Document;
        int t = doc.TokenAtOrAfter(m.Span.End);
        for (int k = t; k < Math.Min(doc.Tokens.Count, t + within); k++)
        {
            if (index.MentionAt(k) is { } next && next.Form != MentionForm.Demonym) return next;
            // "his Iranian counterpart, Mostafa Mohammad Najjar,": the name set off after the role is the person.
            // (The name's first word may lie outside the mention the tagger found: "Mostafa [Mohammad Najjar]".)
            if (Words.IsPunct(doc, k, ',') && k == t + 1 && Words.IsAny(doc, t, "counterpart", "counterparts")
                && (index.MentionAt(k + 1) ?? (k + 2 < doc.Tokens.Count && char.IsUpper(doc.Text[doc.Tokens[k + 1].Start]) ? index.MentionAt(k + 2) : null)) is { } named
                && index.KindOf(named) == EntityKind.Person) return named;
            // "Russian tourists in Moscow": the demonym does not reach past its own phrase.
            if (Prepositions.Contains(doc.TokenString(k)) || doc.Tokens[k].Kind == TokenKind.Punctuation) return null;
        }
        return null;
    }

    /// <summary>
    /// The first verb after a noun trigger that is not inside the noun's own phrase ("an assault
    /// by Turkish-backed rebels" keeps its 'by'), by the sentence's parse; the clause's end when unparsed.
    /// </summary>
    private static int NounPhraseEnd(Document doc, int trigger, int from, int right)
    {
        if (doc.Syntax is not { } tree || !tree.IsParsed(trigger)) return right;
        for (int k = from; k < right; k++)
        {
            if (!tree.IsParsed(k) || tree.Upos[k] is not ("VERB" or "AUX")) continue;
            bool inside = false;
            for (int h = tree.Heads[k], steps = 0; h >= 0 && steps < 64 && !inside; h = tree.Heads[h], steps++) inside = h == trigger;
            if (!inside) return k;
        }
        return right;
    }

    /// <summary>
    /// Where a verb's own phrases end: before the first word the tree hangs on it by a clause of its own
    /// ("a seamen's strike continued and marines remained in the ports": the ports are the marines'),
    /// or at a comma when the sentence is unparsed.
    /// </summary>
    private static int OwnPhrasesEnd(Document doc, int verb, int right)
    {
        var tree = doc.Syntax is { } t && t.IsParsed(verb) ? t : null;
        for (int k = verb + 1; k < right; k++)
        {
            if (tree is null) { if (Words.IsPunct(doc, k, ',') || Words.IsPunct(doc, k, ';')) return k; continue; }
            // The child of the verb this word hangs under: a coordinated or loose clause is another's.
            int h = k, steps = 0;
            while (h >= 0 && tree.Heads[h] != verb && steps++ < 64) h = tree.Heads[h];
            if (h < 0 || tree.Relations[h] is "conj" or "parataxis" or "ccomp" or "advcl" or "cc") return k;
        }
        return right;
    }

    /// <summary>The noun is the verb's subject in the tree, or stands right before it (a headline the parser misreads: "Clashes erupt in west Iraq").</summary>
    private static bool IsSubjectOf(Document doc, int noun, int verb) =>
        verb == noun + 1 || doc.Syntax is { } tree && tree.IsParsed(noun) && tree.Heads[noun] == verb && tree.Relations[noun] is "nsubj" or "nsubj:pass";

    private static IEnumerable<Filler> Slot(DocumentIndex index, string slot, int from, int right)
    {
        var doc = index.Document;
        string[] words = slot switch { "out_of" => ["out", "of"], "help" => ["help"], _ => [slot] };
        for (int i = from; i + words.Length <= right; i++)
        {
            bool match = true;
            for (int k = 0; k < words.Length && match; k++) match = Words.Is(doc, i + k, words[k]);
            // "kill 16 across Iraq", "throughout the north": where it happened, as "in" says.
            if (!match && slot == "in") match = Words.IsAny(doc, i, "across", "throughout");
            if (!match) continue;
            if (slot == "help" && !(Words.Is(doc, i - 1, "to") || Words.Is(doc, i, "helping"))) continue;
            // Inside a name ("Director of Sustainment") the word is not this trigger's preposition.
            if (index.Covered[i]) continue;
            int start = i + words.Length;
            var filler = MentionNear(index, start, Math.Min(right, start + 4));
            if (filler is null) return [];
            return WithCoordinates(index, filler, start, right);
        }
        return [];
    }

    private static Filler? MentionNear(DocumentIndex index, int from, int to)
    {
        var doc = index.Document;
        for (int i = from; i < to; i++)
        {
            if (index.QuantityAt(i) is { } q) return WithWhole(index, q);
            if (index.MentionAt(i) is { } m)
            {
                // "with his Iranian counterpart": a possessive names whose, not who ("her" only before a word
                // of its phrase: "agreed with her on Monday" is her).
                if (m.Form == MentionForm.Pronoun && (Words.IsAny(doc, i, "his", "its", "their", "our")
                    || Words.IsAny(doc, i, "her") && i + 1 < to && doc.Tokens[i + 1].Kind == TokenKind.Word && !Prepositions.Contains(doc.TokenString(i + 1)))) continue;
                // "with British Prime Minister Tony Blair", "attack on Iraqi Kurdish forces": the demonym describes the
                // person or the force that follows.
                if (m.Form == MentionForm.Demonym && NextMention(index, m, 3) is { } described && index.KindOf(described) is { } kind && kind.IsActor())
                    return new Filler(described.Span, described, null);
                if (PersonTheCountryDescribes(index, m, to) is { } person) return new Filler(person.Span, person, null);
                return new Filler(m.Span, m, null);
            }
            if (Prepositions.Contains(doc.TokenString(i)) && i > from || Words.IsPunct(doc, i, ',') || Words.IsPunct(doc, i, '.')) break;
        }
        return null;
    }

    /// <summary>
    /// "rejected US President Donald Trump's proposal", "the arrest of former Maldives President Yameen": a country's name right
    /// before a person (before the token limit) describes him, as its demonym would; the person is the party.
    /// </summary>
    private static Mention? PersonTheCountryDescribes(DocumentIndex index, Mention country, int limit) =>
        country.Form is MentionForm.Name or MentionForm.Alias or MentionForm.Acronym && index.KindOf(country) == EntityKind.Country
        && index.Document.TokenAtOrAfter(country.Span.End) is var next && next >= 0 && next < limit
        && index.MentionAt(next) is { } person && index.KindOf(person) == EntityKind.Person ? person : null;

    /// <summary>A filler and those coordinated with it: "Kirkuk and Mosul", "al-Qaim base, on the Syrian border, and Qayyarah base".</summary>
    private static List<Filler> WithCoordinates(DocumentIndex index, Filler first, int from, int right)
    {
        var doc = index.Document;
        var result = new List<Filler> { first };
        if (first.Mention is null) return result;
        // Countries go with places ("Iraq and Syria") and with actors ("the US and Kataib Hezbollah").
        var firstKind = index.KindOf(first.Mention)!.Value;
        int i = doc.TokenAtOrAfter(first.Span.End);
        int limit = Math.Min(doc.Tokens.Count, Math.Max(right, i) + 8);
        while (i < limit && result.Count < 4)
        {
            int j = i;
            bool comma = Words.IsPunct(doc, j, ',');
            if (comma) j++;
            // Skip an apposition about the first: ", on the Syrian border, and".
            if (comma && !Words.Is(doc, j, "and") && index.MentionAt(j) is null)
            {
                int k = j;
                while (k < limit && !Words.IsPunct(doc, k, ',') && !Words.IsPunct(doc, k, '.')) k++;
                if (k < limit && Words.IsPunct(doc, k, ',') && Words.Is(doc, k + 1, "and")) j = k + 1;
                else break;
            }
            if (Words.Is(doc, j, "and") || Words.Is(doc, j, "or")) j++;
            else if (!comma) break;
            var next = index.MentionAt(j) ?? (Words.IsAny(doc, j, "the") ? index.MentionAt(j + 1) : null);
            // ", and our forces are ready": a pronoun after "and" starts a new clause, not a list.
            if (next is null || next.Form == MentionForm.Pronoun || !SameCategory(firstKind, index.KindOf(next)!.Value)) break;
            result.Add(new Filler(next.Span, next, null));
            i = doc.TokenAtOrAfter(next.Span.End);
        }
        return result;
    }

    private static bool SameCategory(EntityKind a, EntityKind b) =>
        a == EntityKind.Country || b == EntityKind.Country || a.IsPlace() == b.IsPlace();

    private static Filler? MentionEndingBefore(DocumentIndex index, int trigger)
    {
        var doc = index.Document;
        int p = trigger - 1;
        if (p >= 0 && doc.TokenText(p) is "'s" or "’s") p--;
        if (p < 0) return null;
        var m = index.Mentions.EndingAt(doc.Tokens[p].End).FirstOrDefault(x => x.Form != MentionForm.Pronoun);
        return m is null ? null : new Filler(m.Span, m, null);
    }

    private static int? LightVerbBefore(DocumentIndex index, int trigger, int left, bool placesModify)
    {
        var doc = index.Document;
        int i = trigger - 1;
        // "has carried out more than two dozen air strikes": the count of the nouns stands between the verb and them.
        if (index.QuantityCovering(doc.Tokens[trigger].Span) is { } counted && doc.TokenCovering(counted.Span.Start) is var countStart && countStart > left && countStart < trigger)
            i = countStart - 1;
        // "stepped up attacks", "stepped up its attacks": the verb before "up" carries the noun.
        for (int k = trigger - 1; k > left && k >= trigger - 3; k--)
            if (Words.IsAny(doc, k, "up") && Words.IsLowerWord(doc, k - 1) && UpVerbs.Contains(doc.TokenString(k - 1))
                && Enumerable.Range(k + 1, trigger - k - 1).All(m => Determiners.Contains(doc.TokenString(m)) || Words.IsLowerWord(doc, m) && !LightVerbs.Contains(doc.TokenString(m))
                    && !Prepositions.Contains(doc.TokenString(m)) && !doc.TokenText(m).EndsWith("ing", StringComparison.Ordinal)))
                return k - 1;
        // Up to four modifiers of the noun: "launched a military offensive", "a fresh ground and air offensive".
        // Not over a verb: "Residents began fleeing army offensive" is not the residents' offensive; a compound in -ing is an
        // adjective ("ordered hard-hitting financial sanctions").
        // Before an attack, a place named among them is one too: "presses Anbar assault", "Militants press Iraq assault"
        // (a meeting's town is its own: "held the Astana talks" is no light verb's).
        for (int modifiers = 0; modifiers < 4 && i >= left; modifiers++)
        {
            if (placesModify && index.Mentions.EndingAt(doc.Tokens[i].End).FirstOrDefault() is { } place && index.KindOf(place) is { } kind && kind.IsPlace()
                && doc.TokenCovering(place.Span.Start) is var placeStart && placeStart > left)
            {
                i = placeStart - 1;
                continue;
            }
            if (!(Words.IsLowerWord(doc, i) && !Determiners.Contains(doc.TokenString(i))
                  && !Prepositions.Contains(doc.TokenString(i)) && !LightVerbs.Contains(doc.TokenString(i)) && !Words.IsAny(doc, i, DeclareForms)
                  && !(doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal) && !doc.TokenText(i).Contains('-')) && !Words.IsAny(doc, i, "amid", "during"))) break;
            i--;
        }
        while (i >= left && (Determiners.Contains(doc.TokenString(i)) || doc.Tokens[i].Kind == TokenKind.Word && doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal))) i--;
        // "have agreed to a ceasefire", "agreed a truce": who agrees to it makes it. Only a finite "agreed"/"agrees"
        // (AgreeForms: "begged the coalition to agree to a ceasefire" asks for one), not an adjective after "to" ("return
        // to agreed ceasefire lines"), nor with a verb before the noun ("agreed to lift sanctions").
        int agreed = i >= left && Words.IsAny(doc, i, "to") ? i - 1 : i;
        if (agreed >= left && Words.IsAny(doc, agreed, AgreeForms) && !(agreed - 1 >= left && Words.IsAny(doc, agreed - 1, "to"))
            && !(doc.Syntax is { } tree && Enumerable.Range(i + 1, Math.Max(0, trigger - i - 1)).Any(k => tree.IsParsed(k) && tree.Upos[k] == "VERB")))
            return agreed;
        if (i >= left && Words.IsAny(doc, i, DeclareForms) && Declared.Contains(doc.TokenString(trigger))) return i;
        // Lower-case only: "killed in IS attack" has no verb "is" before the attack.
        if (!(i >= left && Words.IsLowerWord(doc, i) && LightVerbs.Contains(doc.TokenString(i)))) return null;
        // "press" and "wage" are nouns too ("minimum wage protests", "press freedom"): they carry only an attack.
        if (!placesModify && PressOrWage.Contains(doc.TokenString(i))) return null;
        // "renewed fighting", "filed documents": a participle the tagger reads as an adjective carries nothing.
        if (doc.Syntax is { } tagged && tagged.IsParsed(i) && tagged.Upos[i] == "ADJ") return null;
        // "are in collaboration", "forces in fighting ISIS" carry their noun; "militants killed in air
        // raids", "died in a bombardment" do not make the dead raid or bomb (Guardian dev articles:
        // of about 16 events whose actor came over "in", about 3 were right). So only after "be" or
        // before a gerund: "in any offensive", "in a deal", "in an airstrike" are where or how, not whose.
        if (Words.IsAny(doc, i, "in") && !(i - 1 >= left && BeForms.Contains(doc.TokenString(i - 1)) || i + 1 == trigger && doc.TokenText(trigger).EndsWith("ing", StringComparison.Ordinal))) return null;
        return i;
    }
}
