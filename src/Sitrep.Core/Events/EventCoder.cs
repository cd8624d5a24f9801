using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Codes events sentence by sentence: finds trigger words from data/event-triggers.tsv, reads
/// their arguments, checks what the row requires (a place for a handover, goods for a transfer
/// of aid), and sets type, mode, CAMEO and ACLED codes, roles, status, date and quantities. One
/// event per coordinated place, target or recipient ("move out of Kirkuk and Mosul" is two).
/// </summary>
/// <param name="speakerWords">The quote stage's word classes (data/speaker-words.tsv): which words a speaker named only in words can be headed by.</param>
/// <param name="bodies">Lower-case head nouns of bodies that act ("committee", "ministry"), from data/org-heads.tsv: "the committee declared that it ...".</param>
public sealed class EventCoder(EventLexicon lexicon, QuantityLexicon quantities, EventClassifier? classifier = null, ActorCodeBook? agents = null, IReadOnlySet<string>? bodies = null, SpeakerWords? speakerWords = null) : IAnnotator
{
    private readonly FrameReader _frames = new(word => quantities.Units.Find(word) is { Category: "people" or "troops" }, word => lexicon.KinNouns.Contains(word),
        (doc, at, end) => lexicon.OccurrenceVerbAt(doc, at, end), word => lexicon.PlaceNouns.Contains(word),
        (doc, at, end) => lexicon.Triggers.MatchesAt(doc, at, end).Any(m => m.Values.Any(r => r.Type == "ASSAULT")));
    private readonly StatusReader _status = new(lexicon);
    private readonly EventDating _dating = new();
    private readonly AnchoredDating _anchored = new(lexicon);
    private readonly TreeFrameReader _trees = new(word => lexicon.KinNouns.Contains(word), word => lexicon.PatientNouns.Contains(word), word => AgentNoun(agents, quantities, word),
        word => lexicon.RequestNouns.Contains(word));
    private readonly PlaceOrParty _placeOrParty = new(lexicon, quantities);
    private readonly NonPartyWords _nonParties = new(lexicon, quantities);

    /// <summary>Requirements that ask for parties where the word order gives no parse; the tree answers them for a classifier's event.</summary>
    private static readonly HashSet<string> StructuralRequirements = new(StringComparer.Ordinal) { "dyad", "target", "actor", "arg", "recipient", "none" };

    private static readonly HashSet<string> Goods = new(StringComparer.OrdinalIgnoreCase)
    { "money", "vehicles", "weapons" };

    /// <summary>Event types where two named parties act together: "Putin and Erdogan agreed", "Turkish and Russian forces will patrol".</summary>
    private static readonly HashSet<string> Joint = new(StringComparer.Ordinal) { "AGREE", "CONSULT", "COOPERATE", "SUPPORT" };

    private static readonly string[] ForceWords = ["troops", "forces", "soldiers", "jets", "warplanes", "warships", "reinforcements", "fighters", "marines"];

    private static readonly HashSet<string> GoodsWords = new(StringComparer.OrdinalIgnoreCase)
    { "aid", "assistance", "weapons", "arms", "equipment", "ammunition", "supplies", "vehicles", "funds", "food", "medicine", "medicines", "training", "support",
      "ventilators", "vaccines", "doses", "tents", "blankets", "fuel", "grain", "wheat", "shipment", "shipments" };

    public string Name => "events";

    /// <summary>With a classifier, the sentence types it read (<see cref="SentenceTypeAnnotator"/>) come first.</summary>
    public Layer Requires => Layer.Entities | Layer.Quotes | Layer.Times | Layer.Quantities | Layer.Metadata | (classifier is null ? Layer.None : Layer.SentenceTypes);

    public Layer Produces => Layer.Events;

    public void Annotate(Document document)
    {
        var index = new DocumentIndex(document);
        bool quiet = IsQuiet(document);
        var events = new List<Event>();
        var sentenceEvents = new List<(int Token, EventTrigger Entry, List<Event> Events)>();
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (index.Covered[i]) continue;
                // "kill off speculation", "fired off a tweet": no violence at these words, by any reading.
                if (lexicon.FigurativePhrases.LongestAt(document, i, end).Length is > 0 and var figurative)
                {
                    i += figurative - 1;
                    continue;
                }
                var match = lexicon.Triggers.MatchesAt(document, i, end).LastOrDefault();
                if (match.Values is null)
                {
                    // Sitrep's own rows found nothing here: the converted PETRARCH verbs may.
                    if (DictionaryTrigger(index, sentence, i) is not { } dictionary) continue;
                    var dframe = ReadFrame(index, sentence, i, dictionary.Length, dictionary.Entry);
                    if (Satisfies(index, sentence, i, dictionary.Entry, dframe) && Close(index, dframe, i, dictionary.Length) && Agrees(document, sentence, dictionary.Entry)
                        && ToldForItsParty(SentenceTypeOf(document, sentence), index, dframe, dictionary.Patterned))
                    {
                        var why = dictionary.Why + (SentenceTypeOf(document, sentence) is { } st ? $"; the PLV classifier reads the sentence as {st.Label} too (margin {st.Margin:0.0}{(st.ByParty ? ", read as an event for the coded party it names" : "")})" : "");
                        sentenceEvents.Add((i, dictionary.Entry, Make(index, sentence, i, dictionary.Length, dictionary.Entry, dframe, events.Count + sentenceEvents.Sum(x => x.Events.Count), why).ToList()));
                    }
                    i += dictionary.Length - 1;
                    continue;
                }
                // A capitalised trigger only where a line or a quote opens, or right after a wire slug ("WRAPUP 1-Bodies found ...").
                if (!char.IsLower(document.Text[document.Tokens[i].Start]) && !(i == sentence.FirstToken || document.Tokens[i - 1].Kind == TokenKind.Quote)
                    && !EntityLexicon.IsAcronym(document.TokenString(i)) && !(i < sentence.FirstToken + 4 && document.Tokens[i].Start == NonPartyWords.SlugEnd(document, sentence))) continue;
                bool noun = LooksLikeNoun(document, index, i, sentence.FirstToken);
                // "The army fired mortar shells into Idlib": a verb's row read as a noun inside the weapon an attack coded
                // before it used is that attack's weapon, not a second attack.
                if (noun && match.Values.All(e => e.IsVerb) && sentenceEvents.Any(x => x.Events.Any(e => e.Type == "ASSAULT" && e.Theme is { } weapon && weapon.Contains(document.Tokens[i].Span))))
                {
                    i += match.Length - 1;
                    continue;
                }
                // "alongside a banned Kurdish militia": a participle after an article describes a noun; it is no deed.
                // (Not the tree's "amod": the parser files "they demanded liberation" and "rejected the bill" so too.)
                if (noun && match.Values.All(e => e.IsVerb) && match.Length == 1 && document.TokenText(i).EndsWith("ed", StringComparison.Ordinal)
                    && i > sentence.FirstToken && Words.IsAny(document, i - 1, "a", "an", "A", "An"))
                {
                    continue;
                }
                // "directed by trained drone pilots": so does one between a preposition and a noun's lower-case words.
                if (match.Values.All(e => e.IsVerb) && match.Length == 1 && document.TokenText(i).EndsWith("ed", StringComparison.Ordinal)
                    && i > sentence.FirstToken && Words.IsAny(document, i - 1, "by", "with", "for", "from", "of", "among") && i + 1 < end && Words.IsLowerWord(document, i + 1)
                    && !lexicon.ClosedClass.Contains(document.TokenText(i + 1)))
                {
                    continue;
                }
                // "seen as a sign of Erdoğan's influence", "to surveil military targets": a word whose noun names no deed
                // of its verb (data/non-event-nouns.txt), read as a noun, is no event (a noun like "demand" or "capture" is).
                if (match.Values.All(e => e.IsVerb) && match.Length == 1 && lexicon.NonEventNouns.Contains(document.TokenText(i))
                    && (noun || NounWithItsOwnModifier(document, sentence, i))) continue;
                // The reading the words around suggest first; where its frame fails, an attack noun in a sentence
                // that counts dead or wounded ("35 dead in Iraq attacks as France offers help": no object, so no verb).
                // "The killing was condemned": a verb's row read as a noun after "the" refers back to an event told before.
                if (noun && match.Values.All(e => e.IsVerb) && i > sentence.FirstToken && Words.IsAny(document, i - 1, "the", "The", "this", "This", "that"))
                {
                    i += match.Length - 1;
                    continue;
                }
                // "protest groups", "attack helicopters": a noun that only modifies another noun names no event.
                // A verb's row the tree makes a compound of an attack noun is a noun too: "in bomb attack"
                // (not of any noun: the tree reads headlines' "forces battle militants" so).
                // (Not before a headline's verb the parser took for a noun: "31 dead as car bombs rock Iraq".)
                if (ModifiesNoun(document, i + match.Length - 1) && !BeforeHeadlineVerb(document, i + match.Length, end) && lexicon.OccurrenceVerbAt(document, i + match.Length, end) == 0 && (noun || i + match.Length < end
                    && lexicon.Triggers.MatchesAt(document, i + match.Length, end).LastOrDefault().Values is { } next && next.Any(r => !r.IsVerb)))
                {
                    i += match.Length - 1;
                    continue;
                }
                // Where the verb's frame fails, the noun an adjective modifies in the tree: "Fresh jihadist attacks in
                // north Iraq send Christians fleeing", "New Iraq attacks push Tuesday death toll to 45".
                var entries = match.Values.Where(e => e.IsVerb != noun)
                    .Concat(match.Values.Where(e => !e.IsVerb && !noun && e.Type == "ASSAULT" && (HasCasualties(index, sentence) || HasAdjectiveBefore(index, i, sentence.FirstToken)))).Distinct().ToList();
                if (entries.Count == 0) entries = match.Values.ToList();
                for (int e = 0; e < entries.Count; e++) entries[e] = CaptureSense(index, sentence, i + match.Length, entries[e], events);
                foreach (var entry in entries)
                {
                    // "freed a Turkish consulate employee accused of involvement in a coup attempt": an accusation verb
                    // in -ed that only describes the noun before it (the tree's reduced relative: "an Australian citizen
                    // convicted last year", "accused of ...") is no accusation this report tells
                    if (entry.Type == "ACCUSE" && entry.IsVerb && match.Length == 1 && document.TokenText(i).EndsWith("ed", StringComparison.Ordinal)
                        && document.Syntax is { } parse && parse.IsParsed(i) && parse.Relations[i] == "acl" && parse.Heads[i] is >= 0 and var described
                        && parse.Upos[described] is "NOUN" or "PROPN" && described < i
                        // (a participle so read that has an object is a misparsed main verb: "Lindsey Graham, a senator who is a
                        // Trump loyalist on most issues, denounced the decision")
                        && (i + 1 < end && Words.IsAny(document, i + 1, "of", "over") || parse.Dependent(sentence, i, "obj") < 0)
                        // (but a headline's participle with its agent tells the deed: "Iran condemned by UN rights council")
                        && !(parse.Dependent(sentence, i, "obl:agent") >= 0 || Words.EndsLikeHeadline(document, end))) continue;
                    // "in a phone call on Thursday": a verb whose last word is a preposition ("call on") takes a party, never a time.
                    if (entry.IsVerb && match.Length > 1 && i + match.Length < end && FrameReader.IsPreposition(document.TokenString(i + match.Length - 1))
                        && document.Times.Any(t => t.Span.Contains(document.Tokens[i + match.Length].Span))) continue;
                    // "Shell is a subsidiary of Royal Dutch/Shell Group": a name the tree makes a subject is no verb.
                    if (entry.IsVerb && match.Length == 1 && document.Syntax is { } subjectParse && subjectParse.IsParsed(i) && subjectParse.Upos[i] == "PROPN" && subjectParse.Relations[i] is "nsubj" or "nsubj:pass") continue;
                    // "a 24-hour strike by Belgian public employees": a stoppage of work attacks no one.
                    if (entry.Type == "ASSAULT" && lexicon.IsLabourStrike(document, i, sentence.FirstToken, end)) continue;
                    var frame = ReadFrame(index, sentence, i, match.Length, entry);
                    if (!entry.IsVerb && BeforeHeadlineVerb(document, i + match.Length, end)) HeadlineObject(index, sentence, i + match.Length, frame);
                    if (!entry.IsVerb && entry.Type == "CONSULT") PlaceOrParty.TownBeforeNoun(index, sentence, frame, i);
                    FillFromTree(index, sentence, i, entry, frame);
                    // (Never the trigger's own words where its row reads no object: "made fresh gains" are no one it was done to.)
                    if (match.Length > 1 && !entry.Roles.ContainsKey("object") && frame.Unnamed.TryGetValue("target", out var inTrigger)
                        && inTrigger.Overlaps(TextSpan.FromBounds(document.Tokens[i].Start, document.Tokens[i + match.Length - 1].End))) frame.Unnamed.Remove("target");
                    if (entry.IsVerb) PartiesInWords(index, sentence, i, i + match.Length, entry, frame);
                    if (entry.IsVerb && entry.Roles.Values.Contains("actor")) SpeakerForPronoun(index, i, frame);
                    if (entry.Type == "ASSAULT" && entry.IsVerb) PartiesOfAttackNamed(index, sentence, i + match.Length, frame);
                    if (entry.Type == "ASSAULT") UnderAttack(index, sentence, i, match.Length, frame);
                    if (entry.Type == "ASSAULT") AttackerOfTheAttackItWasIn(index, sentence, frame);
                    if (entry.Type == "ASSAULT") _placeOrParty.CommunityOfSiteAttacked(index, sentence, i, frame);
                    if (entry.Type == "ASSAULT") ForceOfSiteAttacked(index, sentence, i, frame);
                    // "Seven hospitals have reportedly been bombed": the site a passive attack struck, named only in words, is its target.
                    if (entry.Type == "ASSAULT" && entry.IsVerb && frame.Passive && WeaponModes.Contains(entry.Mode ?? "") && frame["target"].Count == 0 && !frame.Unnamed.ContainsKey("target")
                        && SiteWordsBeforePassive(index, sentence, i) is { } site)
                        frame.Unnamed["target"] = site;
                    if (!Satisfies(index, sentence, i, entry, frame) || entry.Type == "ASSAULT" && NoOnesViolence(index, sentence, i, frame)) continue;
                    WhereAndToWhom(index, sentence, entry, i + match.Length, frame);
                    sentenceEvents.Add((i, entry, Make(index, sentence, i, match.Length, entry, frame, events.Count + sentenceEvents.Sum(x => x.Events.Count)).ToList()));
                    break;
                }
                i += match.Length - 1;
            }
            // No row coded the sentence, but the classifier reads it as an event: its type, with the roles from the tree.
            if (TreeEvent(index, sentence, events.Count + sentenceEvents.Sum(x => x.Events.Count), sentenceEvents) is { } read) sentenceEvents.Add(read);
            if (quiet && SentenceTypeOf(document, sentence) is { IsEvent: false } none && none.Margin >= SureOfNone) sentenceEvents.Clear();
            events.AddRange(Fold(document, sentenceEvents));
            sentenceEvents.Clear();
        }
        document.SetEvents(_anchored.Apply(index, events));
    }

    /// <summary>
    /// "20 killed as bombers attack police in Baghdad", "bombers attack troops voting in Iraq", "Police general killed as Iraq
    /// forces advance": the unnamed people right before and right after a verb, whose words have an agent code, are its
    /// subject and object (a passive's, the thing acted on) where the tree (which reads headlines' "bombers attack police" as
    /// one noun) gives none. Only a whole noun phrase: not "a military"
    /// of "a military clash", "full-scale military" of "a full-scale military incursion", nor one inside a preposition's phrase.
    /// </summary>
    private void PartiesInWords(DocumentIndex index, Sentence sentence, int trigger, int after, EventTrigger entry, Frame frame)
    {
        var doc = index.Document;
        entry.Roles.TryGetValue("subject", out var subjectRole);
        entry.Roles.TryGetValue("object", out var objectRole);
        // A passive's words before it are the thing acted on ("Police general killed as Iraq forces advance"); it has no object in words.
        var before = frame.Passive ? objectRole : subjectRole;
        // (A participle with no object after it may be a headline's passive the words did not mark: "Police general killed in
        // Baiji", "Police colonel shot in Baiji"; its words are no doer.)
        if (!frame.Passive && FrameReader.IsParticiple(doc.TokenText(after - 1))
            && (after >= sentence.EndToken || FrameReader.IsPreposition(doc.TokenString(after)) || FrameReader.IsSubordinator(doc.TokenString(after)) || doc.Tokens[after].Kind == TokenKind.Punctuation))
            before = null;
        // (Never words another role holds: a headline's bare participle already made "Police" of "Police general killed" the victims.)
        if (before is "actor" or "target" && frame[before].Count == 0 && !frame.Unnamed.ContainsKey(before) && WordsBefore(index, sentence, trigger) is { } subject
            && !frame.Unnamed.Values.Any(w => w.Overlaps(subject)) && !frame.Roles.Any(r => r != "place" && frame[r].Any(f => f.Span.Overlaps(subject))))
            frame.Unnamed[before] = subject;
        if (!frame.Passive && objectRole == "target" && frame["target"].Count == 0 && !frame.Unnamed.ContainsKey("target"))
        {
            int first = after < sentence.EndToken && Words.IsAny(doc, after, "the", "a", "an") ? after + 1 : after;
            int last = first - 1;
            while (last + 1 < Math.Min(sentence.EndToken, first + 4) && IsNounPhraseWord(index, last + 1)) last++;
            bool whole = last + 1 >= sentence.EndToken || !Words.IsLowerWord(doc, last + 1) || !IsNounPhraseWord(index, last + 1) && index.MentionAt(last + 1) is null;
            if (last >= first && whole && TextSpan.FromBounds(doc.Tokens[after].Start, doc.Tokens[last].End) is var words && AgentCodeOf(doc, words) is not null)
                frame.Unnamed["target"] = words;
        }
    }

    /// <summary>The unnamed people right before the verb, as a whole noun phrase with an agent code, or null.</summary>
    private TextSpan? WordsBefore(DocumentIndex index, Sentence sentence, int trigger)
    {
        var doc = index.Document;
        int first = trigger;
        // (The line's first word may be capitalised: "Bombers attack troops voting in Iraq".)
        while (first - 1 >= Math.Max(sentence.FirstToken, trigger - 3) && (IsNounPhraseWord(index, first - 1)
               || first - 1 == sentence.FirstToken && index.MentionAt(first - 1) is null && doc.Tokens[first - 1].Kind == TokenKind.Word && !Words.IsAny(doc, first - 1, "A", "An", "The")
                  && !doc.TokenText(first - 1).EndsWith("ly", StringComparison.Ordinal) && !FrameReader.IsPreposition(doc.TokenString(first - 1))
                  && !FrameReader.IsSubordinator(doc.TokenString(first - 1)) && doc.Times.All(t => !t.Span.Contains(doc.Tokens[first - 1].Span)))) first--;
        // The words open their phrase: at the line's start, after "the", a comma or a word that opens a clause ("as bombers
        // attack"); not after a name or a word they would be the end of ("Shiite pilgrims", "Bombs targeting mourners kill 10"),
        // nor after "a", which makes the verb a noun ("a military clash"), nor inside a preposition's phrase ("of the
        // international criminal court").
        // A place's name may stand first in the phrase ("More than 20 Jonesboro ministers urged"; not "assaults on Iraq prisons").
        if (first < trigger && first - 1 >= sentence.FirstToken && index.Mentions.EndingAt(doc.Tokens[first - 1].End).FirstOrDefault() is { } place
            && index.KindOf(place) is { } placeKind && placeKind.IsPlace() && doc.TokenCovering(place.Span.Start) is var placeStart and >= 0
            && (placeStart == sentence.FirstToken || PrecedesPhrase(doc, placeStart - 1) || doc.Tokens[placeStart - 1].Kind == TokenKind.Number))
            first = placeStart;
        int before = first - 1 >= sentence.FirstToken && Words.Is(doc, first - 1, "the") ? first - 2 : first - 1;
        bool free = before < sentence.FirstToken || PrecedesPhrase(doc, before)
                    || before == first - 2 && !FrameReader.IsPreposition(doc.TokenString(before)) && index.MentionAt(before) is null;
        return first < trigger && free && TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[trigger - 1].End) is var words && AgentCodeOf(doc, words) is not null ? words : null;
    }

    /// <summary>
    /// "Suicide bomb at police checkpoint kills 7", "Suicide blasts rock police HQ", "attack on Iraq militia base": the force
    /// whose site (data/site-nouns.txt) an attack struck, named only in words with an agent code, is its target when it names
    /// none — as "an attack on a US base" is on US forces. The site stands in a phrase of where ("at", "on", "outside"; not "near"),
    /// as the trigger's object or a headline verb's ("rock police HQ").
    /// </summary>
    private void ForceOfSiteAttacked(DocumentIndex index, Sentence sentence, int trigger, Frame frame)
    {
        var doc = index.Document;
        // (Not where the dead are counted by a noun of their own: "near a police station, killing 12 civilians".)
        if (frame["target"].Any(f => f.Quantity is null || AgentCodeOf(doc, f.Span) is not null) || frame.Unnamed.ContainsKey("target")) return;
        var (from, to) = PlaceOrParty.SiteWindow(doc, sentence, trigger);
        for (int k = from + 1; k < to && !Words.IsAny(doc, k, ";", ":"); k++)
        {
            if (!(Words.IsLowerWord(doc, k) && lexicon.SiteNouns.Contains(doc.TokenText(k)) || doc.TokenText(k) is "HQ")) continue;
            int first = k - 1;
            if (!(Words.IsLowerWord(doc, first) && index.MentionAt(first) is null)) continue;
            var words = doc.Tokens[first].Span;
            if (AgentCodeOf(doc, words) is null || frame.Unnamed.Values.Any(w => w.Overlaps(words))) continue;
            // Before the force's word: a country's name ("Iraq militia base"), an article, then a preposition of where or the verb.
            int before = first - 1;
            if (before >= from && index.Mentions.EndingAt(doc.Tokens[before].End).FirstOrDefault() is { } country && index.KindOf(country) == EntityKind.Country)
                before = doc.TokenCovering(country.Span.Start) - 1;
            if (before >= from && Words.IsAny(doc, before, "a", "an", "the")) before--;
            if (before < from || !(Words.IsAny(doc, before, "at", "on", "into", "outside", "against", "targeting", "inside")
                                   || before == trigger || lexicon.HeadlineVerbs.Contains(doc.TokenString(before)))) continue;
            frame.Unnamed["target"] = words;
            return;
        }
    }

    /// <summary>A token after which a noun phrase begins: a word that opens a clause ("as"), or a comma, colon or hyphen.</summary>
    private static bool PrecedesPhrase(Document doc, int k) =>
        FrameReader.IsSubordinator(doc.TokenString(k)) || doc.Tokens[k].Kind == TokenKind.Punctuation && doc.TokenText(k) is "," or ":" or ";" or "-";

    /// <summary>Words that end or break a noun phrase: links, articles, particles, and auxiliaries ("officers were killed").</summary>
    private static readonly HashSet<string> NotNounPhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "after", "before", "that", "who", "which", "like", "the", "a", "an", "to", "down", "up", "out", "off", "back",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "do", "does", "did", "not",
    };

    /// <summary>
    /// A lower-case word of a noun phrase with no name in it: not a preposition, a word that opens a clause, an article, or a
    /// verb's form in -ing or -ed ("troops voting in Iraq"; but "a proposed new government").
    /// </summary>
    private static bool IsNounPhraseWord(DocumentIndex index, int k)
    {
        var doc = index.Document;
        if (!Words.IsLowerWord(doc, k) || index.MentionAt(k) is not null) return false;
        var word = doc.TokenString(k);
        return !FrameReader.IsPreposition(word) && !FrameReader.IsSubordinator(word) && !NotNounPhraseWords.Contains(word)
               && !word.EndsWith("ing", StringComparison.Ordinal)
               // (a participle right after an article describes the noun: "a proposed new government")
               && !(word.EndsWith("ed", StringComparison.Ordinal) && !Words.IsAny(doc, k - 1, "a", "an", "the"));
    }

    /// <summary>
    /// The event the classifier reads in a sentence no row coded: its type, the trigger and roles
    /// from the tree (<see cref="TreeFrameReader"/>). The word's own row, where it has one of that
    /// type, gives mode, CAMEO and ACLED codes and what it requires; an attack by a disaster or an
    /// accident is none; an event with no party named is left out.
    /// </summary>
    private (int Token, EventTrigger Entry, List<Event> Events)? TreeEvent(DocumentIndex index, Sentence sentence, int count, List<(int Token, EventTrigger Entry, List<Event> Events)> coded)
    {
        var doc = index.Document;
        if (classifier is null || SentenceTypeOf(doc, sentence) is not { IsEvent: true } type) return null;
        // (A weak event of the type counts only where the tree's word does not carry it: it stands only if it merges into
        // another, and would leave "has held a meeting with members of a delegation for peace talks with the Taliban" with none.)
        var strong = coded.Where(x => x.Events.Any(e => !e.Weak)).ToList();
        if (strong.Any(x => x.Events.Any(e => SentenceType.RootOf(e.Type) == type.Label))) return null;
        string label = type.Label;
        var found = _trees.Read(index, sentence, label, classifier.HintedTypes, t => TreePattern(doc, sentence, t, label) is not null, lexicon.Words.TypeOf);
        // "The ELN has said it will release a former congressman": with no word of the type, a deed whose
        // announcement is of that type (data/intent-types.tsv: a release promised is an agreement), announced —
        // read as that deed, which its announcement then makes the classifier's type (Make).
        if (found is null)
            foreach (var (deed, intent) in lexicon.IntentTypes)
                if (intent.Type == label && SentenceType.RootOf(deed) == deed
                    && _trees.Read(index, sentence, deed, classifier.HintedTypes, t => TreePattern(doc, sentence, t, deed) is not null, lexicon.Words.TypeOf) is { IsVerb: true } announced
                    && WillOrWould(doc, sentence, announced.Trigger) && _status.Read(doc, sentence, announced.Trigger, 1, true).Status == EventStatus.Planned)
                {
                    (found, label) = (announced, deed);
                    break;
                }
        if (found is not { } read) return null;
        bool announcedDeed = label != type.Label;
        var (trigger, isVerb, frame) = read;
        // (Nor a word a figurative phrase ends in: "its legal battle with Apple".)
        for (int k = Math.Max(sentence.FirstToken, trigger - 2); k <= trigger; k++)
            if (lexicon.FigurativePhrases.LongestAt(doc, k, sentence.EndToken).Length is var covered && covered > 0 && k + covered > trigger) return null;
        if (label == "ASSAULT" && lexicon.IsLabourStrike(doc, trigger, sentence.FirstToken, sentence.EndToken)) return null;
        // Beside a coded event, a second one needs its own word: not the coded trigger, nor a light
        // verb that only carries it ("will begin joint patrols" is the patrols; "condemned the attack" is two).
        var heads = doc.Syntax!.Heads;
        if (coded.Any(x => x.Token == trigger) || strong.Any(x => heads[x.Token] == trigger && FrameReader.IsLightVerb(doc.TokenString(trigger)))) return null;
        if (coded.Except(strong).Any(x => x.Events.Any(e => SentenceType.RootOf(e.Type) == type.Label) && !(heads[x.Token] == trigger && FrameReader.IsLightVerb(doc.TokenString(trigger))))) return null;
        // Nor a word inside a coded phrase: "violated the ceasefire" is no ceasefire agreed.
        if (coded.Any(x => x.Events.Any(e => e.Trigger.Contains(doc.Tokens[trigger].Span)))) return null;
        Normalise(index, frame, trigger);
        _nonParties.Drop(index, sentence, frame, trigger);
        if (label == "ASSAULT") _placeOrParty.WhereNotWho(index, sentence, frame, trigger, isVerb);
        else if (!isVerb && label == "CONSULT") PlaceOrParty.TownBeforeNoun(index, sentence, frame, trigger);
        // "around 230 civilians have died": who died is the target, never the attacker.
        if (isVerb && lexicon.DeathVerbs.Contains(doc.TokenText(trigger)))
        {
            var victims = frame["actor"].ToList();
            frame.Remove("actor");
            frame.AddAll("target", victims);
            if (frame.Unnamed.Remove("actor", out var words)) frame.Unnamed.TryAdd("target", words);
        }
        // "who was killed a short time later in a Russian airstrike": as for a row's attack, the state whose strike it was
        // (after the dead are moved to the target: "died in a Russian airstrike" is Russia's attack on them).
        if (label == "ASSAULT") AttackerOfTheAttackItWasIn(index, sentence, frame);
        if (label == "ASSAULT" && frame.Unnamed.TryGetValue("actor", out var actorWords) && IsInstrument(doc, actorWords)) frame.Unnamed.Remove("actor");
        // An event must say who or where, if only in words ("a court in Venezuela has banned ..."):
        // "Released 11 March on PS2" says neither. Where NONE nearly won, words alone are not enough
        // ("One student was killed during the attack" adds nothing to the attack; PLV and UCDP unchanged).
        if (frame["actor"].Count == 0 && frame["target"].Count == 0 && frame["recipient"].Count == 0 && frame["place"].Count == 0 && (!frame.Unnamed.ContainsKey("actor") && !frame.Unnamed.ContainsKey("target") || type.Margin < 0)) return null;
        if (isVerb) SpeakerForPronoun(index, trigger, frame);
        var own = RowOf(doc, sentence, trigger, isVerb, label);
        // "lift" with no measure a state imposed in its words gives way to a dictionary pattern that fits the tree
        // ("lifted a two-month-old state of emergency": CAMEO 0814); other rows' senses are not overruled.
        bool liftNothing = own is not null && own.Requires.Contains("restriction") && !Satisfies(index, sentence, trigger, own, frame);
        var pattern = (own is null || liftNothing) && isVerb ? TreePattern(doc, sentence, trigger, label) : null;
        // Read as an event only for a party in it: that party's deed, told by a row of Sitrep's own or a PETRARCH verb whose
        // object pattern fits (not a verb of many senses by its block alone, nor a word learned from PLV's sentences).
        if (type.ByParty)
        {
            if (own is not null && own.Source != EventTrigger.OwnRows && isVerb && TreePattern(doc, sentence, trigger, label) is { } fitted) (own, pattern) = (null, fitted);
            if (!ToldForItsParty(type, index, frame, own is { Source: EventTrigger.OwnRows } || pattern is not null)) return null;
        }
        if (liftNothing && pattern is null) return null;
        var row = liftNothing ? pattern!.Value.Trigger : own ?? pattern?.Trigger;
        var word = doc.TokenString(trigger).ToLowerInvariant();
        // A verb of many senses is read only through a pattern of its own (data/pattern-only-verbs.txt), as in DictionaryTrigger.
        if (row is null && isVerb && lexicon.PatternOnlyVerbs.Contains(word)) return null;
        bool learned = row is null && lexicon.Words.TypeOf(word) == label && !classifier.HintedTypes(word).Contains(label);
        var entry = row ?? new EventTrigger(word, isVerb, label == "YIELD" ? "CONCEDE" : label) { Source = learned ? "events/event-words.tsv" : "models/events.bin" };
        // Announced, a release or a return is a concession promised, which is an agreement (CAMEO 035), as the classifier read it.
        if (announcedDeed && entry.Type == "RETREAT") entry = entry with { Type = "CONCEDE" };
        // A promise or a threat is a political actor's: one the dictionaries code, not as a business, or a body named
        // in words ("Nintendo has said it will release the DS in Europe" promises nothing PLOVER codes).
        if (announcedDeed && !CodedPartyActs(index, frame) && !UnnamedAgent(doc, frame, "actor")) return null;
        PairJointActors(index, sentence, trigger, frame, entry);
        PartyBehindRequest(index, sentence, frame);
        // The row's requirements that tell one sense from another ("send" aid needs goods) still hold;
        // those that stand in for a parse (two coded parties, a target) the tree and the classifier answer.
        if (row is not null && row.Requires.Count > 0 && row.Requires.All(r => !StructuralRequirements.Contains(r)) && !Satisfies(index, sentence, trigger, row, frame)) return null;
        if (entry.Type == "ASSAULT" && !ArmsOrVictims(index, sentence, trigger, frame)) return null;
        if (entry.Type == "ASSAULT" && NoOnesViolence(index, sentence, trigger, frame)) return null;
        WhereAndToWhom(index, sentence, entry, trigger + 1, frame);
        // An event the tree found no subject for, of an active verb ("German Chancellor Angela Merkel on Friday welcomed ...",
        // read by the parser as a phrase of "German"): a party right before the verb, with only a time, an adverb or an auxiliary between.
        if (isVerb && !frame.Passive && frame["actor"].Count == 0 && !frame.Unnamed.ContainsKey("actor") && SubjectRightBefore(index, sentence, trigger) is { } subject
            && !frame["target"].Concat(frame["recipient"]).Any(f => f.EntityId == subject.EntityId))
            frame.Add("actor", new Filler(subject.Span, subject, null), "the party right before the verb (word order; the tree gave none)");
        var why = $"the word the tree puts at the head of a sentence the PLV classifier reads as {type.Label} (margin {type.Margin:0.0}{(type.ByParty ? ", read as an event for the coded party it names" : type.Margin < 0 ? ", ahead of all but NONE" : "")}){(pattern is { } p ? $"; {p.Why}, fitted to the verb's own phrase in the tree, gives the codes" : row is not null ? $"; its row '{row.Lemma}' ({row.Source}) gives the codes" : learned ? $"; '{word}' is a word of {label} in the PLV training sentences (data/event-words.tsv)" : "")}";
        return (trigger, entry, Make(index, sentence, trigger, 1, entry, frame, count, why).ToList());
    }

    /// <summary>
    /// No event is coded from a sentence the classifier is sure reports nothing (NONE ahead by
    /// <see cref="SureOfNone"/>) in a report where almost no sentence reads as an event (fewer than
    /// <see cref="QuietShare"/>): the film plots, crime stories, matches and meetings of sport, arts
    /// and tech pages. On held-out BBC sport, entertainment and tech articles (every fifth, never
    /// trained on) attacks per 20 articles fall 1.78 → 0.31 and events of any type 144 → 77 ("meet
    /// holders Manchester United", "pull out of the Australian Open"); the 249 Guardian Syria
    /// articles lose 45 of 769 attacks (about half of them real, mostly in personal accounts) and 27
    /// of 1,806 other events (mostly "I met ..."); UCDP event_found 0.674 → 0.673; PLV unchanged.
    /// Without the report's share the Guardian lost 161 attacks.
    /// </summary>
    private static bool IsQuiet(Document doc)
    {
        // A headline, or a headline and its lead, is too short to call quiet: "IS executes 16 traders on
        // Iraqi road" alone is all the report there is.
        if (doc.SentenceTypes.Count < QuietMinSentences) return false;
        int events = 0;
        // (A sentence read as an event only for a party in it says nothing of the report's kind.)
        foreach (var t in doc.SentenceTypes) if (t.IsEvent && !t.ByParty) events++;
        return events < QuietShare * doc.SentenceTypes.Count;
    }

    private const int QuietMinSentences = 3;

    private const float SureOfNone = 30f;

    /// <summary>How a claimant was found, so that an actor found so while the frame was read still makes the event a claim.</summary>
    private const string ClaimantVia = "the group that claims it";

    private const double QuietShare = 0.05;

    /// <summary>
    /// An event of a sentence read as one only for a party it names (<see cref="SentenceType.ByParty"/>) is that party's
    /// deed told by a row of Sitrep's own or a fitted dictionary pattern (<paramref name="toldByRowOrPattern"/>); any
    /// other sentence's event passes.
    /// </summary>
    private static bool ToldForItsParty(SentenceType? type, DocumentIndex index, Frame frame, bool toldByRowOrPattern) =>
        type is not { ByParty: true } || toldByRowOrPattern && CodedPartyActs(index, frame);

    /// <summary>A party the dictionaries code, and not as a business, is the actor.</summary>
    private static bool CodedPartyActs(DocumentIndex index, Frame frame) =>
        frame["actor"].Any(a => index.Entity(a.EntityId)?.Code is { } code && !CameoCode.IsBusiness(code));

    /// <summary>The verb whose object the noun is, when it calls the noun's event off ("cancelled a planned visit", "called off the talks"); else -1.</summary>
    private int CancellingVerb(Document doc, Sentence sentence, int noun)
    {
        if (doc.Syntax is not { } tree || !tree.IsParsed(noun) || tree.Relations[noun] != "obj" || tree.Heads[noun] is not (>= 0 and var verb)) return -1;
        var word = doc.TokenString(verb).ToLowerInvariant();
        bool callOff = word.StartsWith("call", StringComparison.Ordinal) && tree.Dependents(sentence, verb, "compound:prt").Any(p => Words.Is(doc, p, "off"));
        return lexicon.CancelVerbs.Contains(word) || callOff ? verb : -1;
    }

    /// <summary>The verb's own "will" or "would" ("said it will release", "said they would boycott"), not one it inherits ("willing to allow").</summary>
    private static bool WillOrWould(Document doc, Sentence sentence, int verb) =>
        doc.Syntax is { } tree && tree.Dependents(sentence, verb, "aux").Any(a => Words.IsAny(doc, a, "will", "would", "'ll", "’ll"));

    /// <summary>The trigger row or PETRARCH verb of the word with the classifier's type, if any.</summary>
    private EventTrigger? RowOf(Document doc, Sentence sentence, int trigger, bool isVerb, string label)
    {
        if (lexicon.Triggers.MatchesAt(doc, trigger, sentence.EndToken).LastOrDefault().Values is { } rows
            && rows.FirstOrDefault(r => r.IsVerb == isVerb && SentenceType.RootOf(r.Type) == label) is { } row) return row;
        // (A verb of many senses lends no block default: data/pattern-only-verbs.txt.)
        if (isVerb && lexicon.DictionaryVerbs.MatchesAt(doc, trigger, sentence.EndToken).LastOrDefault().Values is { } verbs
            && verbs[0].Default is { } dictionary && SentenceType.RootOf(dictionary.Type) == label && !lexicon.PatternOnlyVerbs.Contains(doc.TokenText(trigger))) return dictionary;
        return null;
    }

    private static SentenceType? SentenceTypeOf(Document doc, Sentence sentence) =>
        doc.SentenceTypes.Count > sentence.Index ? doc.SentenceTypes[sentence.Index] : null;

    /// <summary>
    /// Words that frame another event are not events of their own: "agreed to a ceasefire" is the
    /// ceasefire, agreed by the parties; "protesters rallied ... to demand" is the protest.
    /// </summary>
    private static IEnumerable<Event> Fold(Document doc, List<(int Token, EventTrigger Entry, List<Event> Events)> sentence)
    {
        var drop = new HashSet<int>();
        for (int a = 0; a < sentence.Count; a++)
        {
            var (token, entry, evs) = sentence[a];
            if (entry.Type == "AGREE" && evs.Count > 0)
            {
                var framed = sentence.FirstOrDefault(x => x.Token > token && x.Token - token <= 6 && !x.Entry.IsVerb && x.Events.Count > 0);
                if (framed.Events is { } inner)
                {
                    for (int k = 0; k < inner.Count; k++)
                        inner[k] = inner[k] with
                        {
                            ActorId = inner[k].ActorId ?? evs[0].ActorId,
                            TargetId = inner[k].TargetId ?? evs[0].TargetId,
                            Mutual = inner[k].Mutual || evs[0].Mutual,
                            Date = inner[k].Date?.Basis == "own" ? inner[k].Date : evs[0].Date ?? inner[k].Date,
                        };
                    drop.Add(a);
                }
            }
            // "The Taliban has threatened to attack any U.S. troops that remain": a threat names no target of its own words; whom
            // the deed it threatens would strike (the verb the tree makes its complement, coded as an event with a target) is its target.
            // So for a refusal: "refused to meet with a visiting senior U.S. diplomat" is aimed at the diplomat.
            if (entry.Type is "THREATEN" or "REJECT" && entry.IsVerb && doc.Syntax is { } tree
                && sentence.FirstOrDefault(x => x.Token != token && tree.IsParsed(x.Token) && tree.Heads[x.Token] == token && tree.Relations[x.Token] == "xcomp"
                                               && x.Events.Any(d => d.TargetId is not null || d.TargetWords is not null)).Events is { } deeds)
            {
                var deed = deeds.First(d => d.TargetId is not null || d.TargetWords is not null);
                for (int k = 0; k < evs.Count; k++)
                    if (evs[k] is { TargetId: null, TargetWords: null, RecipientId: null } threat)
                        evs[k] = threat with
                        {
                            TargetId = deed.TargetId,
                            TargetWords = deed.TargetWords,
                            TargetWordsCode = deed.TargetWordsCode,
                            Explanation = [.. threat.Explanation, entry.Type == "REJECT" ? $"target: whom the deed it refuses would be done to ('{doc.TextOf(deed.Trigger)}')" : $"target: whom the deed it threatens would strike ('{doc.TextOf(deed.Trigger)}')"],
                        };
            }
            // "Hezbollah threatened to shell Haifa": the town an attack it threatens would strike, the attack's object
            // (read as where, for the attack itself), is what the threat is aimed at.
            else if (entry.Type == "THREATEN" && entry.IsVerb && doc.Syntax is { } parse
                && sentence.Where(x => x.Token != token && parse.IsParsed(x.Token) && parse.Heads[x.Token] == token && parse.Relations[x.Token] == "xcomp")
                    .SelectMany(x => x.Events).FirstOrDefault(d => d.Type == "ASSAULT" && PlaceIsObject(doc, parse, d)) is { } attack)
            {
                for (int k = 0; k < evs.Count; k++)
                    if (evs[k] is { TargetId: null, TargetWords: null, RecipientId: null } threat)
                        evs[k] = threat with
                        {
                            TargetId = attack.PlaceId,
                            Explanation = [.. threat.Explanation, $"target: the place the attack it threatens would strike ('{doc.TextOf(attack.Trigger)}')"],
                        };
            }
            if (entry.Type == "REQUEST" && sentence.Any(x => x.Entry.Type == "PROTEST" && x.Events.Count > 0 && x.Token < token)
                && evs.All(e => e.ActorId is null || sentence.Any(x => x.Entry.Type == "PROTEST" && x.Events.Any(p => p.ActorId == e.ActorId))))
                drop.Add(a);
            // "Donald Trump ordered a cruise missile strike on Syrian military facilities": a verb that only carries
            // the noun after it (whose actor it lends) is no event of its own, whoever the dictionaries code.
            if (entry.IsVerb && FrameReader.IsLightVerb(doc.TokenString(token)) && evs.Count > 0
                && sentence.Any(x => x.Token > token && x.Token - token <= 6 && !x.Entry.IsVerb && x.Events.Any(e => e.ActorId is not null && e.Type != evs[0].Type && evs.Any(v => v.ActorId == e.ActorId))))
                drop.Add(a);
        }
        return sentence.Where((_, k) => !drop.Contains(k)).SelectMany(x => x.Events);
    }

    /// <summary>
    /// The attack's place is what its verb strikes in the tree: its object ("to shell Haifa") or a phrase of "at", "on" or
    /// "against" ("to fire rockets at Tel Aviv"), not a phrase of where ("in", "near").
    /// </summary>
    private static bool PlaceIsObject(Document doc, DependencyParse tree, Event attack)
    {
        if (attack.PlaceId is not { } place || doc.TokenCovering(attack.Trigger.Start) is not (>= 0 and var verb)) return false;
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId != place || doc.TokenCovering(m.Span.Start) is not (>= 0 and var first)) continue;
            for (int t = first; t < doc.Tokens.Count && doc.Tokens[t].Start < m.Span.End; t++)
                if (tree.IsParsed(t) && tree.Heads[t] == verb
                    && (tree.Relations[t] == "obj" || tree.Relations[t] == "obl" && first > 0 && Words.IsAny(doc, first - 1, "at", "on", "against"))) return true;
        }
        return false;
    }

    /// <summary>The trigger's roles, each filler in the role its kind fits; parties acting together ("Gondor and Osgiliath renewed ties") are actor and target of one mutual event.</summary>
    private Frame ReadFrame(DocumentIndex index, Sentence sentence, int trigger, int length, EventTrigger entry)
    {
        var frame = _frames.Read(index, sentence, trigger, length, entry);
        Normalise(index, frame, trigger);
        _nonParties.Drop(index, sentence, frame, trigger);
        // "Chasing Kurdish forces from Afrin allowed Turkey to boast": a party inside the clause that is the verb's subject does not act
        // (the tree's clausal subject, or by word order a sentence that opens with a verb in -ing and runs to the verb with no comma).
        if (entry.IsVerb && SubjectClause(index, sentence, trigger, lexicon.CausalVerbs.Contains(index.Document.TokenText(trigger))) is var (first, last) && first >= 0)
        {
            var doc = index.Document;
            bool Inside(TextSpan span) => span.Start >= doc.Tokens[first].Start && span.End <= doc.Tokens[last].End;
            frame.RemoveWhere("actor", f => Inside(f.Span));
            if (frame.Unnamed.TryGetValue("actor", out var words) && Inside(words)) frame.Unnamed.Remove("actor");
        }
        InfinitiveController(index, sentence, trigger, entry, frame);
        // (Not a word the tree reads as the trigger's noun compound, naming no one who acts: "measures to allow house arrest" is no arrest by a house.)
        if (entry.IsVerb && !frame.Passive && frame["actor"].Count == 0 && entry.Roles.GetValueOrDefault("subject") == "actor" && UnnamedSubject(index, sentence, trigger) is { } subject
            && !(ReadAsNoun(index.Document, trigger) && KindBeforeNoun(index.Document, subject, trigger)))
            frame.Unnamed["actor"] = subject;
        if (entry.Type == "ASSAULT") _placeOrParty.WhereNotWho(index, sentence, frame, trigger, entry.IsVerb);
        // "Erdogan discussed Libya with U.S. President Donald Trump": whom one talks with is the other party;
        // what the talk's object names is its subject, not a second meeting.
        if (entry.Type == "CONSULT" && entry.IsVerb && frame["target"].Any(f => f.Via == FrameReader.PhraseVia("with")) && frame["target"].Any(f => f.Via == FrameReader.ObjectVia))
        {
            var partners = frame["target"].Where(f => f.Via != FrameReader.ObjectVia).ToList();
            frame.Remove("target");
            frame.AddAll("target", partners);
        }
        // "Qaeda group claims mall assault": the claimant is the attack's argument before its requirements are checked.
        if (entry.Type == "ASSAULT" && !entry.IsVerb && Claimant(index, sentence, trigger) is { } claimant)
        {
            // "Qaeda front group claims Iraq ministry attack": the party named before the noun, after the
            // claim, is what was attacked; the claimant did it.
            var before = frame["actor"].Where(f => f.EntityId != claimant.EntityId && f.Span.Start > claimant.Span.End && f.Span.End <= index.Document.Tokens[trigger].Start).ToList();
            if (before.Count > 0 && before.Count == frame["actor"].Count)
            {
                frame.Remove("actor");
                if (frame["target"].Count == 0) frame.AddAll("target", before, "named before the attack a group claims");
            }
            if (frame["actor"].Count == 0) frame.Add("actor", claimant, ClaimantVia);
        }
        // "repel Islamic State offensive in Ramadi": an armed group named right before an attack noun makes it.
        // (Not a participle: "Kurdish forces fighting Isis" is no offensive of theirs read as a noun.)
        if (entry.Type == "ASSAULT" && !entry.IsVerb && frame["actor"].Count == 0 && trigger > sentence.FirstToken
            && !index.Document.TokenText(trigger).EndsWith("ing", StringComparison.Ordinal)
            && index.Mentions.EndingAt(index.Document.Tokens[trigger - 1].End).FirstOrDefault() is { } maker
            && index.KindOf(maker) is { } makerKind && (makerKind.IsArmed() || makerKind == EntityKind.Coalition)
            && !frame["target"].Any(f => f.EntityId == maker.EntityId))
            frame.Add("actor", new Filler(maker.Span, maker, null), "the armed group named right before the attack");
        PairJointActors(index, sentence, trigger, frame, entry);
        PartyBehindRequest(index, sentence, frame);
        return frame;
    }

    /// <summary>
    /// A killing "in" an attack the sentence names takes that attack's parties where it has none of
    /// its own: "Suicide bomber kills 15 in attack on Iraq forces" (the forces), "Iraqi general, 3
    /// officers killed in Islamic State ambush" (the group named before the attack noun).
    /// </summary>
    private void PartiesOfAttackNamed(DocumentIndex index, Sentence sentence, int after, Frame frame)
    {
        var doc = index.Document;
        int limit = Math.Min(sentence.EndToken, after + 6);
        int k = after;
        while (k < limit && !Words.IsAny(doc, k, "in") && !Words.IsPunct(doc, k, ',')) k++;
        if (k >= limit || !Words.IsAny(doc, k, "in")) return;
        for (int n = k + 1; n < Math.Min(sentence.EndToken, k + 6) && doc.Tokens[n].Kind == TokenKind.Word; n++)
        {
            var match = lexicon.Triggers.MatchesAt(doc, n, sentence.EndToken).LastOrDefault();
            if (match.Values is null || !match.Values.Any(r => r.Type == "ASSAULT" && !r.IsVerb)) continue;
            int end = n + match.Length;
            if (frame["actor"].Count == 0 && !frame.Unnamed.ContainsKey("actor"))
                for (int a = k + 1; a < n; a++)
                    if (index.MentionAt(a) is { } m && doc.TokenAtOrAfter(m.Span.End) <= n && index.KindOf(m) is { } kind && !kind.IsPlace() && kind != EntityKind.Person)
                    {
                        frame.Add("actor", new Filler(m.Span, m, null), $"named before the {doc.TokenText(n)} the killing was in (word order)");
                        break;
                    }
            if (frame["target"].Count == 0 && end + 1 < sentence.EndToken && Words.IsAny(doc, end, "on", "against")
                && index.MentionAt(end + 1) is { } t && index.KindOf(t) is { } targetKind && !targetKind.IsPlace()
                && !frame["actor"].Any(f => f.EntityId == t.EntityId))
                frame.Add("target", new Filler(t.Span, t, null), $"the '{doc.TokenText(end)}' phrase of the {doc.TokenText(n)} the killing was in (word order)");
            return;
        }
    }

    /// <summary>
    /// "A convoy of Iraqi soldiers came under attack from Islamic State fighters": those under the attack
    /// are its target, whatever the clause's subject would make them, and the "from"/"by" phrase
    /// right after it names the attacker (word order: the tree hangs it on the verb or the noun).
    /// </summary>
    private void UnderAttack(DocumentIndex index, Sentence sentence, int trigger, int length, Frame frame)
    {
        var doc = index.Document;
        // ("under heavy fire", "under sustained rocket attack": at most two lower-case words between)
        int under = trigger - 1;
        while (under > trigger - 3 && under > sentence.FirstToken && Words.IsLowerWord(doc, under) && !Words.IsAny(doc, under, "under") && !FrameReader.IsPreposition(doc.TokenString(under))) under--;
        // Only after a verb of being or coming ("came under", "has been under"): "Police under pressure attacked demonstrators" attacked.
        if (under <= sentence.FirstToken || !Words.IsAny(doc, under, "under")
            || !Words.IsAny(doc, under - 1, "came", "come", "comes", "coming", "is", "are", "was", "were", "been", "be", "being", "remain", "remains", "remained", "remaining")) return;
        // Only the parties before "under" move: a "by" phrase after the noun ("under a multi-pronged assault by
        // Turkish-backed rebels") already names the attackers.
        int start = doc.Tokens[under].Start;
        var subjects = frame["actor"].Where(f => f.Span.Start < start).ToList();
        if (subjects.Count == 0 && !(frame.Unnamed.TryGetValue("actor", out var unnamed) && unnamed.Start < start)) return;
        var attackers = frame["actor"].Where(f => f.Span.Start >= start).ToList();
        frame.Remove("actor");
        frame.AddAll("actor", attackers, "after the attack it came under");
        if (frame["target"].Count == 0) frame.AddAll("target", subjects, "the subject of a clause under attack (word order)");
        if (frame.Unnamed.TryGetValue("actor", out var words) && words.Start < start && frame.Unnamed.Remove("actor")) frame.Unnamed.TryAdd("target", words);
        if (attackers.Count > 0) return;
        int after = trigger + length;
        if (after + 1 >= sentence.EndToken || !Words.IsAny(doc, after, "from", "by")) return;
        for (int j = after + 1; j < Math.Min(sentence.EndToken, after + 6) && doc.Tokens[j].Kind == TokenKind.Word; j++)
            if (index.MentionAt(j) is { } m && index.KindOf(m) is { } kind && !kind.IsPlace() && !frame["target"].Any(f => f.EntityId == m.EntityId))
            {
                frame.Add("actor", new Filler(m.Span, m, null), $"the '{doc.TokenText(after)}' phrase of the attack it came under (word order)");
                return;
            }
    }

    /// <summary>
    /// "Pakistan refused a request from Indian Prime Minister Narendra Modi": where the object is
    /// a request, demand or offer the text does not tie to a party, the party its "from"/"by"
    /// phrase names is the target, read in word order (the tree often hangs "from" elsewhere).
    /// </summary>
    private void PartyBehindRequest(DocumentIndex index, Sentence sentence, Frame frame)
    {
        if (frame["target"].Count > 0 || frame["recipient"].Count > 0 || !frame.Unnamed.TryGetValue("target", out var words)) return;
        var doc = index.Document;
        int last = doc.TokenCovering(words.End - 1);
        if (last < 0 || last + 1 >= sentence.EndToken || !lexicon.RequestNouns.Contains(doc.TokenText(last)) || !Words.IsAny(doc, last + 1, "from", "by")) return;
        Mention? party = null;
        for (int j = last + 2; j < Math.Min(sentence.EndToken, last + 9) && doc.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (index.MentionAt(j) is not { } m || index.KindOf(m) is not { } kind) continue;
            // A person or body before a country that only qualifies it: "Indian Prime Minister Narendra Modi".
            if (!kind.IsPlace()) { party = m; break; }
            if (kind == EntityKind.Country) party ??= m;
        }
        if (party is null) return;
        frame.Unnamed.Remove("target");
        frame.Add("target", new Filler(party.Span, party, null), $"the '{doc.TokenText(last + 1)}' phrase of the {doc.TokenText(last)} (word order)");
    }

    /// <summary>
    /// "German officials summoned the Egyptian ambassador in Berlin to complain": the word order takes
    /// the party before "to" for who complains; the tree knows who controls the infinitive — the
    /// subject of the verb above, unless that verb makes its object act ("urged them to vote",
    /// "allowed the WFP to deliver"), the owner of a decision or plan, or whoever does what a "by" clause is the means of.
    /// </summary>
    private void InfinitiveController(DocumentIndex index, Sentence sentence, int trigger, EventTrigger entry, Frame frame)
    {
        if (!entry.IsVerb || trigger <= sentence.FirstToken || frame["actor"].Count == 0) return;
        var doc = index.Document;
        // Also the means a deed is done by ("came to challenge the US by threatening Israel": Iran threatens, not the US).
        bool means = Words.Is(doc, trigger - 1, "by") && doc.TokenText(trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (!Words.Is(doc, trigger - 1, "to") && !means) return;
        if (doc.Syntax is not { } parse || !parse.IsParsed(trigger) || parse.Heads[trigger] is not (>= 0 and var head)) return;
        // Only an infinitive a verb or an adjective governs ("are due to meet"), or a noun's, whose named owner the tree
        // makes its doer (TreeFrameReader: "Trump's decision to withdraw US troops", where the word order took the subject
        // of "responding to"; not a request's owner); "Canada's ability to provide" is Canada's either way.
        bool governed = means ? parse.Relations[trigger] == "advcl"
            : parse.Relations[trigger] is "xcomp" or "advcl" && parse.Upos[head] is "VERB" or "AUX" or "ADJ" || parse.Relations[trigger] == "acl";
        if (!governed) return;
        if (_trees.FrameAt(index, sentence, trigger, entry.Type) is not { Passive: false } tree) return;
        Normalise(index, tree, trigger);
        var controller = tree["actor"].Where(f => f.EntityId is not null && frame["place"].All(p => p.EntityId != f.EntityId)).ToList();
        if (controller.Count == 0 || frame["actor"].Any(f => controller.Any(c => c.EntityId == f.EntityId))) return;
        frame.Remove("actor");
        frame.AddAll("actor", controller, "the subject that controls the infinitive (tree)");
    }

    /// <summary>
    /// Roles the word order left empty, from the tree where the sentence is parsed ("a Turkish
    /// assault that drove the Kurds from Afrin", "threatened to send Turkish forces"), never a party
    /// the other role already holds: UCDP event_found 0.673 → 0.680 (rows that need a party now
    /// find one), side_match 0.192 → 0.218; PLV held-out unchanged.
    /// </summary>
    private void FillFromTree(DocumentIndex index, Sentence sentence, int trigger, EventTrigger entry, Frame frame)
    {
        // (A verb's row the tree reads as a noun is carried too: "opened fire on worshippers".)
        if (_trees.FrameAt(index, sentence, trigger, entry.Type, entry.IsVerb && !ReadAsNoun(index.Document, trigger) ? null : verb => Carries(index.Document, verb, entry.Type)) is not { } tree) return;
        Normalise(index, tree, trigger);
        _nonParties.Drop(index, sentence, tree, trigger);
        if (entry.Type == "ASSAULT") _placeOrParty.WhereNotWho(index, sentence, tree, trigger, entry.IsVerb);
        bool Held(Filler f, string role) => frame[role].Any(x => x.EntityId is not null && x.EntityId == f.EntityId);
        // The words say passive where the tree reads an active subject ("14 Iraq SWAT forces killed in ..."): the tree's subject is no actor.
        bool subjectIsVictim = frame.Passive && !tree.Passive;
        // "Chadian troops killed 384 Libyans and captured 48": the words take the first verb's object for the
        // second's doer; the tree gives the second verb the first one's subject.
        if (entry.IsVerb && ObjectOfJoinedVerb(index, sentence, trigger) is int firstObject
            && frame["actor"].Any(f => index.Document.TokenCovering(f.Span.Start) is >= 0 and var from && from <= firstObject && index.Document.TokenCovering(f.Span.End - 1) >= firstObject))
            frame.Remove("actor");
        if (frame["actor"].Count == 0 && entry.Roles.Values.Contains("actor") && !subjectIsVictim)
            frame.AddAll("actor", tree["actor"].Where(f => !Held(f, "target") && !Held(f, "recipient") && !Held(f, "place")));
        // A party the governed clause names ("refused to accept a request from envoys of South Ossetia")
        // is the target whatever roles the row lists: the row reads only the verb's own phrase.
        if (frame["target"].Count == 0 && frame["recipient"].Count == 0 && (entry.Roles.Values.Contains("target") || tree.TargetFromGovernedClause))
            frame.AddAll("target", tree["target"].Where(f => !Held(f, "actor")));

        // A party the tree finds only in words ("Jihadists launched a major attack"): kept as words.
        // Words of the object's phrase beat the object's own words ("launched an investigation into claims": the claims, not the investigation).
        if (tree.TargetFromObjectPhrase && frame["target"].Count == 0 && tree.Unnamed.ContainsKey("target")) frame.Unnamed.Remove("target");
        foreach (var role in (string[])["actor", "target"])
            if (frame[role].Count == 0 && !frame.Unnamed.ContainsKey(role) && tree.Unnamed.TryGetValue(role, out var words) && entry.Roles.Values.Contains(role) && !(subjectIsVictim && role == "actor")
                && !(entry.Type == "ASSAULT" && IsInstrument(index.Document, words)) && !MannerOnly(index.Document, words)
                && !(role == "actor" && KindBeforeNoun(index.Document, words, trigger) && (!entry.IsVerb || ReadAsNoun(index.Document, trigger))))
                frame.Unnamed[role] = words;
        if (tree.Unnamed.TryGetValue("recipient", out var receiver)) frame.Unnamed.TryAdd("recipient", receiver);
        // "is sending troops to the UN force in South Sudan", "In Colombia, the ELN declared a ceasefire": where the tree says it was
        // done, or where what it sends or commits to is, when the words give no place. (Not for attacks, whose places the words'
        // rules weigh against who was attacked; and only beside a party: a place alone makes no event.)
        if (frame["place"].Count == 0 && entry.Type != "ASSAULT" && TreeFrameReader.HasParty(frame))
            frame.AddAll("place", tree["place"].Where(f => f.Via is { } via && TreeFrameReader.SaysWhere(via) && !Held(f, "actor") && !Held(f, "target") && !Held(f, "recipient")));
        PartyBehindRequest(index, sentence, frame);
    }

    /// <summary>A place <see cref="FillFromTree"/> took from a phrase of the tree that says where, not from the row's own slots.</summary>
    private static bool WhereFromTree(Filler f) => f.Via is { } via && via.Contains("(tree)", StringComparison.Ordinal) && TreeFrameReader.SaysWhere(via);

    /// <summary>The verb's subject is the writer ("I", "we") and no quote holds it: by the tree, else the word right before it.</summary>
    private static bool NarratorActs(DocumentIndex index, Sentence sentence, int verb)
    {
        var doc = index.Document;
        if (index.QuoteHolding(doc.Tokens[verb].Start) is not null) return false;
        int subject = doc.Syntax is { } tree && tree.IsParsed(verb) ? tree.Dependent(sentence, verb, "nsubj") : -1;
        if (subject < 0 && verb > sentence.FirstToken) subject = verb - 1;
        return subject >= 0 && doc.TokenText(subject) is "I" or "we" or "We";
    }

    /// <summary>
    /// The first and last token of a clause that is the verb's subject, or (-1, -1): the tree's, or for a causal verb, which the
    /// parser often leaves without one, a sentence that opens with a verb in -ing (not one describing a noun: "Advancing
    /// Turkish troops captured Afrin").
    /// </summary>
    private static (int First, int Last) SubjectClause(DocumentIndex index, Sentence sentence, int verb, bool causal)
    {
        var doc = index.Document;
        // (Not a name the parser misreads as a verb: "Downing Street has denied the claims".)
        if (doc.Syntax is { } parse && parse.IsParsed(verb) && parse.Dependent(sentence, verb, "csubj") is >= 0 and var clause)
            return index.MentionAt(clause) is null ? parse.Subtree(sentence, clause) : (-1, -1);
        int opening = sentence.FirstToken;
        if (!causal || verb <= opening + 1 || !doc.TokenText(opening).EndsWith("ing", StringComparison.Ordinal) || !char.IsUpper(doc.TokenText(opening)[0])
            || doc.Syntax is not { } tree || !tree.IsParsed(opening) || tree.Upos[opening] != "VERB" || tree.Relations[opening] == "amod"
            // (not a name's first word: "Downing Street has confirmed")
            || index.MentionAt(opening) is not null) return (-1, -1);
        for (int k = opening + 1; k < verb; k++)
            if (doc.Tokens[k].Kind == TokenKind.Punctuation) return (-1, -1);
        return (opening, verb - 1);
    }

    /// <summary>The tree tags the word a noun ("house arrest", whichever row matched it).</summary>
    private static bool ReadAsNoun(Document doc, int token) => doc.Syntax is { } tree && tree.IsParsed(token) && tree.Upos[token] == "NOUN";

    /// <summary>
    /// "under house arrest", "peace talks": words right before a noun's event that end in a lower-case noun naming no one who
    /// acts (no agent noun, no unit of people or troops) say what kind it is, not who does it ("police raids", "student protests" do).
    /// </summary>
    private bool KindBeforeNoun(Document doc, TextSpan words, int noun) =>
        doc.TokenCovering(words.End - 1) is >= 0 and var last && last + 1 == noun && Words.IsLowerWord(doc, last) && !IsAgentNoun(doc.TokenString(last));

    /// <summary>
    /// The object of the verb a verb with no subject of its own is joined to ("killed 384 Libyans and captured 48"), or null.
    /// Not a "verb" inside a name ("Downing Street has rejected": the parser reads "Downing" as a verb).
    /// </summary>
    private static int? ObjectOfJoinedVerb(DocumentIndex index, Sentence sentence, int verb) =>
        index.Document.Syntax is { } tree && tree.IsParsed(verb) && tree.Relations[verb] == "conj" && tree.Heads[verb] is >= 0 and var first
        && first < verb && tree.Upos[first] == "VERB" && index.MentionAt(first) is null
        && tree.Dependent(sentence, verb, "nsubj") < 0 && tree.Dependent(sentence, verb, "nsubj:pass") < 0
        && tree.Dependent(sentence, first, "obj") is >= 0 and var obj ? obj : null;

    /// <summary>Words that only say how an event went (data/manner-words.txt: "Fierce clashes erupted"), read by the parser as a name: no party.</summary>
    private bool MannerOnly(Document doc, TextSpan words)
    {
        int checkedWords = 0;
        for (int k = doc.TokenCovering(words.Start); k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Start < words.End; k++, checkedWords++)
            if (!lexicon.MannerWords.Contains(doc.TokenText(k))) return false;
        return checkedWords > 0;
    }

    /// <summary>A noun of the tree with its own article, adjective or possessor ("a sign of", "military targets", "other European allies").</summary>
    private static bool NounWithItsOwnModifier(Document doc, Sentence sentence, int i) =>
        doc.Syntax is { } tree && tree.IsParsed(i) && tree.Upos[i] is "NOUN" or "PROPN"
        && (tree.Dependents(sentence, i, "det").Any() || tree.Dependents(sentence, i, "amod").Any() || tree.Dependents(sentence, i, "nmod:poss").Any());

    /// <summary>
    /// "in the months following his arrest", "Prakash's detention", "prioritised its defeat": the possessor
    /// of a noun of what is done to someone (data/patient-nouns.txt) is who undergoes it, the target — unless
    /// an "of" phrase names that one ("the regime's killing of protesters", "Turkey's capture of Afrin").
    /// </summary>
    private void PossessorUndergoes(DocumentIndex index, Sentence sentence, int trigger, int length, Frame frame)
    {
        var doc = index.Document;
        if (length != 1 || !lexicon.PatientNouns.Contains(doc.TokenText(trigger)) || frame["target"].Count > 0 || frame.Unnamed.ContainsKey("target")) return;
        if (trigger + 1 < sentence.EndToken && Words.IsAny(doc, trigger + 1, "of")) return;
        var possessors = frame["actor"].Where(f => f.Mention is not null && PossessesNoun(doc, f.Span, trigger)).ToList();
        if (possessors.Count == 0) return;
        var rest = frame["actor"].Except(possessors).ToList();
        frame.Remove("actor");
        frame.AddAll("actor", rest);
        frame.AddAll("target", possessors.Select(f => f with { Via = PossessorUndergoesVia }));
    }

    private const string PossessorUndergoesVia = TreeFrameReader.PossessorUndergoesVia;

    /// <summary>The words end in a possessive ("Prakash's", "his", "its") and only adjectives stand between them and the noun.</summary>
    private static bool PossessesNoun(Document doc, TextSpan words, int noun)
    {
        int last = Words.PossessiveEnd(doc, doc.TokenCovering(words.End - 1), noun);
        if (last < 0 || last >= noun) return false;
        for (int k = last + 1; k < noun; k++)
            if (!Words.IsLowerWord(doc, k) || doc.Syntax is { } tree && tree.IsParsed(k) && tree.Upos[k] is not "ADJ") return false;
        return true;
    }

    /// <summary>The tree makes the word a compound modifier of the noun after it ("protest groups").</summary>
    private static bool ModifiesNoun(Document doc, int last) =>
        doc.Syntax is { } tree && tree.IsParsed(last) && last + 1 < tree.Heads.Length && tree.Relations[last] == "compound" && tree.Heads[last] == last + 1
        && tree.Upos[last + 1] is "NOUN" && Words.IsLowerWord(doc, last + 1);

    /// <summary>A noun that names who acts ("a court", "teachers", "villagers"): the Phoenix agents and the units of people and troops.</summary>
    private bool IsAgentNoun(string word) => AgentNoun(agents, quantities, word);

    private static bool AgentNoun(ActorCodeBook? agents, QuantityLexicon quantities, string word) =>
        agents?.Agent(word) is not null || quantities.Units.Find(word) is { Category: "people" or "troops" };

    /// <summary>A noun that names an event or a deed: a noun row of the triggers, a noun of violence, dissent, request or deed, or one the dictionaries give a type; never a site ("terror targets").</summary>
    private bool IsEventNoun(Document doc, int token)
    {
        var word = doc.TokenText(token);
        if (lexicon.SiteNouns.Contains(word)) return false;
        return lexicon.ViolenceNouns.Contains(word) || lexicon.DeedNouns.Contains(word) || lexicon.DissentNouns.Contains(word) || lexicon.RequestNouns.Contains(word)
               || lexicon.Triggers.MatchesAt(doc, token, token + 1) is [.., var (_, rows)] && rows.Any(r => !r.IsVerb)
               || classifier is not null && classifier.HintedTypes(word.ToString().ToLowerInvariant()).Length > 0;
    }

    /// <summary>The role's party is named only in words whose head is a noun of kin ("His parents", "Their father").</summary>
    private bool UnnamedKin(Document doc, Frame frame, string role) =>
        frame.Unnamed.TryGetValue(role, out var words) && doc.TokenCovering(words.End - 1) is >= 0 and var head && lexicon.KinNouns.Contains(doc.TokenText(head));

    /// <summary>An actor named in words of a Phoenix agent that end before the word just ahead of the trigger (not "government support").</summary>
    private bool AgentApart(Document doc, Frame frame, int trigger) =>
        UnnamedAgent(doc, frame, "actor") && doc.TokenCovering(frame.Unnamed["actor"].End - 1) is >= 0 and var last && last < trigger - 1;

    /// <summary>The role's party is named only in words whose head is an agent noun of the Phoenix dictionaries ("the government", "a court", "teachers").</summary>
    private bool UnnamedAgent(Document doc, Frame frame, string role) =>
        agents is not null && frame.Unnamed.TryGetValue(role, out var words) && doc.TokenCovering(words.End - 1) is int last and >= 0
        && agents.Agent(doc.TokenString(last)) is not null;

    /// <summary>A light verb, or one the dictionaries give the noun's type: "imposed" a curfew, "launched" an investigation.</summary>
    private bool Carries(Document doc, int verb, string type)
    {
        var word = doc.TokenString(verb);
        // Not "be" or "have": "Pakistan had a suicide attack" is no attack by Pakistan.
        if (FrameReader.IsLightVerb(word)) return !FrameReader.IsBeOrHave(word) && word != "in";
        // "declared a state of siege", "declared martial law": a declaration carries a measure of coercion, and
        // "declared a unilateral ceasefire" the ceasefire (not "declared the attack an act of terror").
        if (type is "COERCE" or "RETREAT" && (FrameReader.IsDeclareVerb(word) || word.Equals("declaring", StringComparison.OrdinalIgnoreCase))) return true;
        // "will extend the current nightly curfew": a measure extended is imposed again.
        if (type == "COERCE" && word.ToLowerInvariant() is "extend" or "extends" or "extended" or "extending") return true;
        return classifier is not null && classifier.HintedTypes(word.ToLowerInvariant()).Contains(SentenceType.RootOf(type));
    }

    /// <summary>
    /// Words that name how it was done, not who: "Car bombs kill nine", "bomb attacks", "Air raids"
    /// — their last word is a weapon or attack noun, or they are a word that says how an attack was made.
    /// </summary>
    private bool IsInstrument(Document doc, TextSpan words)
    {
        int last = doc.TokenCovering(words.End - 1);
        if (last < 0) return false;
        var head = doc.TokenText(last);
        return lexicon.ViolenceNouns.Contains(head) || lexicon.AttackModifiers.ContainsKey(head.ToString())
               || quantities.Units.LongestAt(doc, last, last + 1).Value is { Category: "weapons" or "attacks" }
               || lexicon.Triggers.MatchesAt(doc, last, last + 1).LastOrDefault().Values is { } rows && rows.Any(r => r.Type == "ASSAULT" && !r.IsVerb);
    }

    /// <summary>Parties acting together ("Putin and Erdogan agreed") are actor and target of one mutual event.</summary>
    private static void PairJointActors(DocumentIndex index, Sentence sentence, int trigger, Frame frame, EventTrigger entry)
    {
        var doc = index.Document;
        // "The United States and South Korea failed to reach agreement": a joint deed refused or failed is mutual too.
        // (Failed together only: "X and Y refused to sign" both refuse someone else's proposal.)
        bool jointDeedRefused = entry.Type == "REJECT" && doc.TokenString(trigger).StartsWith("fail", StringComparison.OrdinalIgnoreCase)
                                && trigger + 2 < sentence.EndToken && Words.Is(doc, trigger + 1, "to") && Words.IsAny(doc, trigger + 2, "reach", "agree", "sign");
        // "Clashes between Iraqi forces and Islamic State", "Kurdish and Iraqi forces clashed": two sides that fight each other —
        // states or armed groups, none a person ("Howard and Blair tax pledge clash" is no fight).
        bool sidesClash = entry.Type == "ASSAULT" && entry.Lemma == "clash"
                          && frame["actor"].All(a => a.Mention is not null && index.KindOf(a.Mention) is { } kind && kind != EntityKind.Person)
                          && frame["actor"].Any(a => index.KindOf(a.Mention!) is { } kind && (kind.IsArmed() || kind == EntityKind.Country));
        if (!(Joint.Contains(entry.Type) || entry.Mode == "ceasefire" || jointDeedRefused || sidesClash) || frame["actor"].Count < 2 || frame["target"].Count > 0) return;
        // ("Iraqi and US forces clashed with a group of fighters": allies against a foe in words.)
        // (Nor forces "fighting ISIS": whom the trigger's own object names is the foe, which the tree reads later.)
        int next = trigger + 1 < sentence.EndToken && Words.IsAny(doc, trigger + 1, "the") ? trigger + 2 : trigger + 1;
        if (sidesClash && (frame.Unnamed.ContainsKey("target") || next < sentence.EndToken && (Words.IsAny(doc, next, "with") || index.MentionAt(next) is not null))) return;
        var actors = frame["actor"].ToList();
        frame.Remove("actor");
        frame.Add("actor", actors[0]);
        frame.AddAll("target", actors.Skip(1));
        frame.Mutual = true;
    }

    /// <summary>
    /// A verb of the converted PETRARCH dictionary at token i, and the event it codes: the most
    /// specific object pattern that the next words fit ("restored diplomatic ties" → 050), else
    /// the verb's own code. Only lower-case verbs; a noun reading ("the attack") is left alone.
    /// </summary>
    private (int Length, EventTrigger Entry, string Why, bool Patterned)? DictionaryTrigger(DocumentIndex index, Sentence sentence, int i)
    {
        var doc = index.Document;
        if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.Text[doc.Tokens[i].Start])) return null;
        if (Words.AfterHyphen(doc, i)) return null;
        var match = lexicon.DictionaryVerbs.MatchesAt(doc, i, sentence.EndToken).LastOrDefault();
        // Cheapest checks first: most verbs of the dictionary have no two coded actors around them.
        if (match.Values is null || !CodedNear(index, sentence, i, match.Length) || LooksLikeNoun(doc, index, i, sentence.FirstToken)) return null;
        // A noun of the tree with its own article, adjective or possessor is no verb of the dictionary: "Britain, France,
        // Germany and other European allies to take back ..." had made each of them support the fighters taken back.
        // (A bare one may be: the parser reads headlines' verbs as nouns, "Saudi Arabia lifts blockade of Qatar".)
        if (match.Length == 1 && NounWithItsOwnModifier(doc, sentence, i)) return null;
        var verb = match.Values[0];
        int from = i + match.Length, to = Math.Min(sentence.EndToken, from + PatternWindow);
        var best = MostSpecific(doc, verb, from, to);
        // "the government has until June 2006 to hold general election", "troops swept in almost unopposed":
        // a verb of many senses codes only through one of its patterns, never by its block's default (data/pattern-only-verbs.txt).
        if (best is null && lexicon.PatternOnlyVerbs.Contains(doc.TokenText(i))) return null;
        var entry = best?.Trigger ?? verb.Default;
        if (entry is null) return null;
        var why = best is null ? $"the verb of PETRARCH block {verb.Block} ({verb.Source})" : $"PETRARCH block {verb.Block}, pattern '{best.Text}' ({best.Source})";
        return (match.Length, entry, why, best is not null);
    }

    /// <summary>
    /// "The Iraqi army took over Kirkuk and pushed the Kurdish Peshmerga out", "Kurdish forces took back
    /// Sinjar from Islamic State": taken over or back in a sentence the classifier reads as an attack, territory is
    /// captured (the capture row's codes and roles: who takes it acts, whom it is taken from is the target),
    /// not handed over (0874, "the Iraqi forces took over K1 Air Base from the US-led coalition"): with a
    /// "from" phrase, only from an armed group, and never after a withdrawal the report told ("Coalition
    /// forces withdrew from K1 Air Base on Sunday. 'Iraqi forces took back K1 today'").
    /// </summary>
    private EventTrigger CaptureSense(DocumentIndex index, Sentence sentence, int after, EventTrigger entry, List<Event> told)
    {
        var doc = index.Document;
        if (entry.Lemma is not ("take over" or "take back") || SentenceTypeOf(doc, sentence) is not { Label: "ASSAULT", Margin: > 0 }
            || told.Any(e => e.Type == "RETREAT")) return entry;
        for (int k = after; k < Math.Min(sentence.EndToken, after + 8); k++)
        {
            if (!Words.IsAny(doc, k, "from")) continue;
            int from = k + 1 < sentence.EndToken && Words.IsAny(doc, k + 1, "the") ? k + 2 : k + 1;
            if (from >= sentence.EndToken || index.MentionAt(from) is not { } m || index.KindOf(m) is not EntityKind.ArmedGroup) return entry;
            break;
        }
        // The capture row by its own name, so that the explanation and decided_by say whose codes these are; the words stay the text's.
        return lexicon.Triggers.Find(["captured"])?.FirstOrDefault(r => r.IsVerb && r.Type == "ASSAULT") is { } capture
            ? capture with { Gloss = entry.Gloss, Base = entry.Base }
            : entry;
    }

    /// <summary>
    /// The PETRARCH object pattern of the verb at <paramref name="verb"/> that the words of its own
    /// phrase in the tree fit ("lifted long-standing sanctions against Sudan" → 085, "imposed a
    /// curfew on Basra" → 1721), when the most specific one that fits has the classifier's type. The
    /// tree stands in for PETRARCH's parse, as the two coded parties do for the word-order reading.
    /// </summary>
    private (EventTrigger Trigger, string Why)? TreePattern(Document doc, Sentence sentence, int verb, string label)
    {
        if (doc.Syntax is not { } tree || !char.IsLower(doc.Text[doc.Tokens[verb].Start])) return null;
        var match = lexicon.DictionaryVerbs.MatchesAt(doc, verb, sentence.EndToken).LastOrDefault();
        if (match.Values is null || match.Values[0].Patterns.Count == 0) return null;
        int from = verb + match.Length;
        int to = TreeFrameReader.PhraseEnd(tree, sentence, verb, from, from + PatternWindow);
        var best = MostSpecific(doc, match.Values[0], from, to);
        if (best?.Trigger is not { } trigger || SentenceType.RootOf(trigger.Type) != label) return null;
        return (trigger, $"PETRARCH block {match.Values[0].Block}, pattern '{best.Text}' ({best.Source})");
    }

    /// <summary>
    /// Without a parse, a dictionary verb's parties must sit where a parse would put them: the
    /// actor ends just before the verb (auxiliaries and an adverb between) and the target starts
    /// soon after it. Sitrep's own rows read looser frames because each row says what it needs.
    /// </summary>
    private static bool Close(DocumentIndex index, Frame frame, int trigger, int length)
    {
        var doc = index.Document;
        bool actorClose = frame["actor"].Any(a => doc.TokenCovering(a.Span.End - 1) is int last && last < trigger && trigger - last <= 4
                                                  && !Enumerable.Range(last + 1, trigger - last - 1).Any(t => doc.Tokens[t].Kind == TokenKind.Punctuation));
        bool targetClose = frame["target"].Concat(frame["recipient"]).Any(t => doc.TokenCovering(t.Span.Start) is int first && first >= trigger + length && first - (trigger + length) <= PatternWindow);
        return actorClose && targetClose;
    }

    /// <summary>A coded actor just before the verb and one soon after it: cheap to check, and without both no frame can pass <see cref="Close"/>.</summary>
    private static bool CodedNear(DocumentIndex index, Sentence sentence, int trigger, int length)
    {
        var doc = index.Document;
        // Mentions are indexed by their first token: one that ends close before the verb may start well before it.
        bool Coded(int from, int to, int endsFrom)
        {
            for (int t = Math.Max(from, sentence.FirstToken); t < Math.Min(to, sentence.EndToken); t++)
                if (index.MentionAt(t) is { EntityId: { } id } m && index.Entity(id)?.Code is not null && doc.Tokens[doc.TokenCovering(m.Span.End - 1)].Start >= doc.Tokens[Math.Max(endsFrom, 0)].Start) return true;
            return false;
        }
        return Coded(trigger - 16, trigger, trigger - 5) && Coded(trigger + length, trigger + length + PatternWindow + 1, trigger + length);
    }

    /// <summary>
    /// The PLV classifier reads the sentence as the same PLOVER root (CONCEDE and RETREAT are both
    /// YIELD to it), not as another type or as no political event at all; without a classifier, any.
    /// </summary>
    private bool Agrees(Document doc, Sentence sentence, EventTrigger entry) =>
        classifier is null || SentenceTypeOf(doc, sentence)?.Label == SentenceType.RootOf(entry.Type);


    /// <summary>How many words after the verb a pattern's words may spread over.</summary>
    private const int PatternWindow = 8;

    /// <summary>
    /// The verb's pattern with the most words that the tokens fit, and of those one whose words
    /// are the text's own: "lifted sanctions" is pattern 'sanctions' (085), not 'sanction' (0351) in its plural.
    /// </summary>
    private static DictionaryPattern? MostSpecific(Document doc, DictionaryVerb verb, int from, int to)
    {
        DictionaryPattern? best = null;
        bool bestExact = false;
        foreach (var p in verb.Patterns)
        {
            if (best is not null && (p.Words.Count < best.Words.Count || p.Words.Count == best.Words.Count && bestExact) || !Follows(doc, p, from, to)) continue;
            bool exact = Follows(doc, p, from, to, plural: false);
            if (best is null || p.Words.Count > best.Words.Count || exact) (best, bestExact) = (p, exact);
        }
        return best;
    }

    /// <summary>The pattern's words occur in order among the tokens (a noun also in its plural, unless <paramref name="plural"/> is false).</summary>
    private static bool Follows(Document doc, DictionaryPattern pattern, int from, int to, bool plural = true)
    {
        int k = 0;
        for (int t = from; t < to && k < pattern.Words.Count; t++)
        {
            foreach (var alternative in pattern.Words[k])
            {
                if (t + alternative.Length > to) continue;
                bool all = true;
                for (int w = 0; w < alternative.Length && all; w++)
                {
                    var token = doc.TokenText(t + w);
                    var word = alternative[w].AsSpan();
                    all = token.Equals(word, StringComparison.OrdinalIgnoreCase)
                          || plural && token.Length == word.Length + 1 && token.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (token[^1] is 's' or 'S');
                }
                if (!all) continue;
                k++;
                t += alternative.Length - 1;
                break;
            }
        }
        return k == pattern.Words.Count;
    }

    /// <summary>
    /// "Two people were also wounded in the attack", "died in the blast", "was killed during the attack": dead or wounded no one is
    /// said to have struck, counted "in" or "during the" attack told before, belong to that attack: the event
    /// refers back and merges into it (<see cref="EventMerger"/>) with its figures.
    /// </summary>
    private bool InTheAttack(DocumentIndex index, Sentence sentence, int after)
    {
        var doc = index.Document;
        for (int k = after; k + 2 < sentence.EndToken && k < after + 4; k++)
            if (Words.IsAny(doc, k, "in", "during") && Words.IsAny(doc, k + 1, "the", "that", "this")
                && lexicon.Triggers.MatchesAt(doc, k + 2, sentence.EndToken).LastOrDefault().Values is { } rows && rows.Any(r => !r.IsVerb && r.Type == "ASSAULT"))
                return true;
        return false;
    }

    /// <summary>
    /// "Lebanon says it will not accept any more Syrian refugees", "Teachers have asserted that they
    /// will not end the strike": a pronoun subject of the statement's own verb is its speaker — "it"
    /// or "they" a body or group, "he" or "she" a person — when the speaker is named.
    /// </summary>
    private void SpeakerForPronoun(DocumentIndex index, int verb, Frame frame)
    {
        if (frame["actor"].Count > 0 || frame.Unnamed.ContainsKey("actor")) return;
        if (SpeakerAsSubject(index, verb) is { } speaker)
            frame.Add("actor", speaker, "the speaker the subject's pronoun stands for ('Lebanon says it will not accept ...')");
        else if (SpeakerWordsAsSubject(index, verb) is { } words)
            frame.Unnamed["actor"] = words;
    }

    /// <summary>
    /// "Teachers have asserted that they will not end the strike", "rebels said they will release",
    /// "The committee declared that it will not end the strike": "they" or "we" the subject of the
    /// statement's own verb, and a speaker named only in words — a short phrase whose head ends in -s,
    /// a plural as most are ("police said they" is missed) —, or "it" and a body named only in words
    /// (a Phoenix agent or a head of data/org-heads.tsv: "the committee", "the ministry"): those words.
    /// </summary>
    private TextSpan? SpeakerWordsAsSubject(DocumentIndex index, int verb)
    {
        var doc = index.Document;
        if (PronounAndSpeaker(index, verb) is not (("they" or "we" or "it") and var pronoun, var whole) || doc.Syntax is not { } tree) return null;
        // The speaker's own noun phrase, without the phrases after its head: "Rebel fighters in the Deraa countryside said
        // they will lay down their weapons" are the rebel fighters (the town says where they are).
        var span = HeadPhrase(doc, tree, whole) ?? whole;
        if (index.MentionsWithin(span).Any(m => m.EntityId is not null)) return null;
        int first = doc.TokenAtOrAfter(span.Start), last = doc.TokenCovering(span.End - 1);
        if (first < 0 || last < first || last - first > 5 || !tree.IsParsed(last) || tree.Upos[last] != "NOUN") return null;
        bool fits = pronoun == "it" ? IsBody(doc.TokenString(last)) : doc.TokenText(last).EndsWith('s');
        return fits ? span : null;
    }

    /// <summary>The words of a phrase's head noun and what stands before it, or null where the tree gives no single head inside it.</summary>
    private static TextSpan? HeadPhrase(Document doc, DependencyParse tree, TextSpan span)
    {
        int first = doc.TokenAtOrAfter(span.Start), last = doc.TokenCovering(span.End - 1);
        if (first < 0 || last < first || !tree.IsParsed(first) || !tree.IsParsed(last)) return null;
        var sentence = doc.Sentences[doc.SentenceAt(doc.Tokens[first].Start)];
        int head = -1;
        for (int k = first; k <= last; k++)
            if (tree.Heads[k] < first || tree.Heads[k] > last)
            {
                if (head >= 0) return null;
                head = k;
            }
        return head >= 0 && tree.Upos[head] == "NOUN" ? TreeFrameReader.PhraseWords(doc, tree, sentence, head) : null;
    }

    /// <summary>A singular noun that names a body acting as one ("the committee", "the ministry", "a court").</summary>
    private bool IsBody(string word) =>
        !word.EndsWith('s') && (agents?.Agent(word) is not null || bodies is not null && bodies.Contains(word.ToLowerInvariant()));

    /// <summary>The verb's subject in the tree, lower-cased, and the speaker of the statement holding the verb; null without either.</summary>
    private static (string Subject, TextSpan Speaker)? PronounAndSpeaker(DocumentIndex index, int verb)
    {
        var doc = index.Document;
        if (doc.Syntax is not { } tree || tree.Dependent(doc.Sentences[doc.SentenceAt(doc.Tokens[verb].Start)], verb, "nsubj") is not (>= 0 and var subject)) return null;
        if (index.QuoteHolding(doc.Tokens[verb].Start) is not { SpeakerSpan: { } span }) return null;
        return (doc.TokenString(subject).ToLowerInvariant(), span);
    }

    /// <summary>
    /// Where and to whom, from beyond the trigger's own phrases, once the row's requirements are met:
    /// so the headline's place says where, never what was attacked ("Ocean's Twelve raids box office").
    /// </summary>
    private static void WhereAndToWhom(DocumentIndex index, Sentence sentence, EventTrigger entry, int afterTrigger, Frame frame)
    {
        PlaceOrParty.OnlyPlaceOfHeadline(index, sentence, frame, entry.Type == "ASSAULT");
        if (entry.Type == "AID" && entry.Lemma != "train") AidToCountry(index, sentence, afterTrigger, frame);
    }

    /// <summary>
    /// "provided €28 million for those affected in Yemen", "provides €45m support for agri-businesses in
    /// Nigeria": aid whose receiver the text names only in words goes to the country named after it in
    /// its clause — the state whose people receive it, as PLOVER codes aid. Not the giver's own country,
    /// nor for training ("trained in Turkey" is where, and the trainees are not Turkey's).
    /// </summary>
    private static void AidToCountry(DocumentIndex index, Sentence sentence, int from, Frame frame)
    {
        if (frame["recipient"].Count > 0 || frame["target"].Any(f => f.Mention is not null)) return;
        var doc = index.Document;
        for (int k = from; k < sentence.EndToken && k < from + 20; k++)
        {
            if (Words.IsPunct(doc, k, ';') || Words.IsAny(doc, k, "but", "while", "whereas")) return;
            if (index.MentionAt(k) is not { } m || index.KindOf(m) != EntityKind.Country || m.Form == MentionForm.Demonym) continue;
            if (frame["actor"].Any(a => a.EntityId == m.EntityId)) continue;
            frame.Add("recipient", new Filler(m.Span, m, null), "the country named after the aid, whose people receive it");
            return;
        }
    }

    /// <summary>A named speaker for the pronoun subject of the statement's own verb (see <see cref="SpeakerForPronoun"/>).</summary>
    private static Filler? SpeakerAsSubject(DocumentIndex index, int verb)
    {
        if (PronounAndSpeaker(index, verb) is not var (pronoun, span)) return null;
        bool body = pronoun is "it" or "they" or "we", person = pronoun is "he" or "she" or "i";
        if (!body && !person) return null;
        var speaker = index.MentionsWithin(span).FirstOrDefault(m => m.Form != MentionForm.Pronoun && m.EntityId is not null);
        if (speaker is null || index.KindOf(speaker) is not { } kind) return null;
        bool fits = person ? kind == EntityKind.Person : kind != EntityKind.Person && (kind.IsActor() || kind == EntityKind.Country);
        return fits ? new Filler(speaker.Span, speaker, null) : null;
    }

    /// <summary>Peacekeepers or a peacekeeping mission named within a few words of the deployment: they are what is deployed ("despite UN peacekeepers" further off is not).</summary>
    private static bool Peacekeeping(Document doc, Sentence sentence, int trigger)
    {
        // Back to the subject too: "Dozens of Russian peacekeepers destined for Nagorno-Karabakh began deploying".
        for (int k = Math.Max(sentence.FirstToken, trigger - 10); k < sentence.EndToken && k <= trigger + 16; k++)
            if (doc.TokenText(k).StartsWith("peacekeep", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The words after a verb of withdrawal, up to its "from", name peacekeepers: "withdrew the batch of 200 peacekeepers from Liberia".</summary>
    private static bool PeacekeepersWithdrawn(Document doc, Sentence sentence, int after)
    {
        for (int k = after; k < sentence.EndToken && k <= after + 6 && !Words.IsAny(doc, k, "from", "out", "to", "in"); k++)
            if (doc.TokenText(k).StartsWith("peacekeep", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A verb of finding within four words before or three after: "bodies found", "police find 5 bodies", "bodies have been discovered".</summary>
    private static bool FindingNear(Document doc, Sentence sentence, int noun)
    {
        for (int k = Math.Max(sentence.FirstToken, noun - 4); k < sentence.EndToken && k <= noun + 3; k++)
            if (k != noun && Words.IsAny(doc, k, "found", "find", "finds", "discovered", "discover", "recovered", "recover", "dumped", "retrieved", "unearthed", "exhumed")) return true;
        return false;
    }

    /// <summary>
    /// "will not", "would not", "won't", "will never" right before the deed (a verb or two between: "will not begin talks"),
    /// the negation between the modal and the deed.
    /// </summary>
    private static bool WillNotRightBefore(Document doc, Sentence sentence, int deed)
    {
        for (int k = deed - 1; k >= sentence.FirstToken && k >= deed - 3; k--)
        {
            if (!Words.IsAny(doc, k, "not", "never", "n't", "n’t")) continue;
            for (int m = k - 1; m >= sentence.FirstToken && m >= k - 2; m--)
                if (Words.IsAny(doc, m, "will", "would", "Will", "Would", "wo")) return true;
            return false;
        }
        return false;
    }

    /// <summary>"will not", "would not", "won't" right before the verb: a refusal, as <see cref="TreeFrameReader"/> reads one.</summary>
    private static bool WillNotBefore(Document doc, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--)
            if (doc.TokenText(k) is "will" or "would" or "Will" or "Would" or "wo") return true;
        return false;
    }

    /// <summary>An envoy named within the few words after the verb: "summoned a senior Indian diplomat", "summoned France's ambassador".</summary>
    private bool EnvoyAfter(Document doc, Sentence sentence, int verb)
    {
        for (int k = verb + 1; k < sentence.EndToken && k <= verb + 6; k++)
            if (lexicon.EnvoyNouns.Contains(doc.TokenString(k).ToLowerInvariant())) return true;
        return false;
    }

    /// <summary>
    /// "31 dead as car bombs rock Iraq", "Suicide blasts rock police HQ in central Iraq": the object of
    /// the headline's verb after a noun of violence is where it struck, or whom; a place after it too.
    /// </summary>
    private static void HeadlineObject(DocumentIndex index, Sentence sentence, int verb, Frame frame)
    {
        var doc = index.Document;
        // The verb's own phrase only: "The attacks raise questions about whether Pakistan ..." names no target.
        for (int k = verb + 1; k < sentence.EndToken && k <= verb + 6; k++)
        {
            // The headline's next clause is another's: "... as lawmakers scramble", "...; 12 killed".
            if (Words.IsAny(doc, k, "as", "after", "while", "amid", "ahead", "before", "about", "whether", "that", "to", "over") || doc.Tokens[k].Kind == TokenKind.Punctuation && doc.TokenText(k) is ";" or ":" or ",") break;
            if (index.MentionAt(k) is not { } m || index.KindOf(m) is not { } kind) continue;
            if (kind.IsPlace() && frame["place"].Count == 0) frame.Add("place", new Filler(m.Span, m, null), "the object of the headline's verb, or its 'in' phrase");
            else if (kind.IsActor() && frame["target"].Count == 0) frame.Add("target", new Filler(m.Span, m, null), "the object of the headline's verb");
        }
    }

    /// <summary>The token at <paramref name="next"/> is a headline's verb after its subject noun (data/headline-verbs.txt).</summary>
    private bool BeforeHeadlineVerb(Document doc, int next, int end) => next < end && lexicon.HeadlineVerbs.Contains(doc.TokenString(next));

    /// <summary>Noun or verb: "the withdrawal", "20 missile attacks", "attacks on" are nouns; "ISIS attacks the town" a verb.</summary>
    private bool LooksLikeNoun(Document doc, DocumentIndex index, int i, int sentenceStart)
    {
        // "Iraq attacks kill 10 people", "Baghdad bombings kill 19": a verb of killing follows its subject.
        // (The tagger's reading is no better here: it reads "Jihadists attack Iraqi forces" as a noun.)
        if (i + 1 < doc.Tokens.Count && (quantities.CountingVerbs.ContainsKey(doc.TokenText(i + 1)) || Words.IsAny(doc, i + 1, "that", "which"))) return true;
        // "Iraq attacks push May death toll past 600", "Suicide blasts rock police HQ": a plural noun before a headline's verb.
        if (doc.TokenText(i).EndsWith('s') && BeforeHeadlineVerb(doc, i + 1, doc.Tokens.Count)) return true;
        if (SubjectOfCountingVerbPastItsPlace(doc, i)) return true;
        // "Clashes erupt in west Iraq", "fierce fighting broke out": the subject of a verb that says it happened
        // (not a verb's past form: "those who marched continued their sit-in").
        if (!doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal) && lexicon.OccurrenceVerbAt(doc, i + 1, doc.Sentences[doc.SentenceAt(doc.Tokens[i].Start)].EndToken) > 0) return true;
        if (i > sentenceStart)
        {
            var prev = doc.TokenString(i - 1);
            if (prev is "the" or "The" or "a" or "A" or "an" or "An" or "this" or "its" or "their" or "his" or "her" or "our" or "of" or "'s" or "’s" or "any" or "no" or "new" or "further" or "recent")
                return true;
            if (lexicon.AttackModifiers.ContainsKey(prev) || doc.Tokens[i - 1].Kind == TokenKind.Number) return true;
            // "guards on strike": "on" takes a noun, never a verb's plain form. (Not "in" and the like: the
            // verb's rows read "killed in clashes with US-backed forces", "in battle for Tikrit" and
            // "cancelled after protests" better than the nouns' rows do.)
            if (prev is "on" && !doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal)) return true;
            if (index.QuantityCovering(doc.Tokens[i].Span) is { } q && q.Span.Start < doc.Tokens[i].Start) return true;
            if (Words.IsAny(doc, i - 1, "will", "would", "to", "could", "may", "might", "must", "should", "did", "not", "they", "we", "he", "she", "it", "have", "has", "had", "was", "were", "is", "are", "been", "be", "also", "then")) return false;
            // "launched attacks", "carried out strikes": the object of a light verb (not "be" or "have") is a noun.
            if (!doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal) && (FrameReader.IsLightVerb(prev) && prev is not "in"
                || prev is "out" && i - 2 >= sentenceStart && FrameReader.IsLightVerb(doc.TokenString(i - 2)))) return true;
        }
        // What a group claims is a deed named by a noun: "Al-Qaeda group claims wave of Baghdad attacks",
        // "IS claims Baghdad bombing" (the place before it is no subject).
        for (int k = i - 1; k >= Math.Max(sentenceStart, i - 4) && doc.Tokens[k].Kind == TokenKind.Word; k--)
            if (Words.IsAny(doc, k, "claims", "claimed", "claim") && !Words.IsAny(doc, k + 1, "that", "of")) return true;
        // A headline that opens with the noun: "Clashes near Iraq's Fallujah".
        if (i == sentenceStart && Words.IsAny(doc, i + 1, PrepositionsOfWhere))
            return true;
        // "Iraq attacks including Baghdad blasts kill 48": what a list includes is a noun.
        return Words.IsAny(doc, i + 1, "of", "on", "against", "between", "by", "including");
    }

    /// <summary>Prepositions that open a phrase of where after a noun of an event: "Clashes near Iraq's Fallujah", "Car bombs in Kirkuk".</summary>
    private static readonly string[] PrepositionsOfWhere = ["near", "in", "at", "across", "outside", "inside", "around"];

    /// <summary>
    /// "Car bombs in Kirkuk, Baghdad kill 33", "Fresh attack at Baghdad Shiite mosque kills at least 11": a word
    /// before a phrase of where, then a verb of killing or wounding that agrees with it in number, is that verb's
    /// subject, a noun (not "Gunmen attack in Baghdad, kill 10": the verb after a comma, or "attack" with "kill",
    /// is a second verb of the same subject).
    /// </summary>
    private bool SubjectOfCountingVerbPastItsPlace(Document doc, int i)
    {
        if (i + 1 >= doc.Tokens.Count || !Words.IsAny(doc, i + 1, PrepositionsOfWhere)) return false;
        int end = doc.Sentences[doc.SentenceAt(doc.Tokens[i].Start)].EndToken;
        bool plural = doc.TokenText(i).EndsWith('s');
        for (int k = i + 2; k < Math.Min(end, i + 10); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punctuation && doc.TokenText(k) is ";" or ":" or "(") return false;
            if (!quantities.CountingVerbs.ContainsKey(doc.TokenText(k))) continue;
            var verb = doc.TokenText(k);
            bool agrees = plural ? verb is "kill" or "wound" or "injure" : verb is "kills" or "wounds" or "injures";
            return agrees && !Words.IsAny(doc, k - 1, ",", "and");
        }
        return false;
    }

    /// <summary>
    /// A party named right before a verb, with nothing between but a time ("on Friday"), an adverb
    /// ("somehow") or an auxiliary ("has"): the subject in word order. Never a place.
    /// </summary>
    private static Mention? SubjectRightBefore(DocumentIndex index, Sentence sentence, int verb)
    {
        var doc = index.Document;
        for (int k = verb - 1; k >= Math.Max(sentence.FirstToken, verb - 6); k--)
        {
            if (index.Mentions.EndingAt(doc.Tokens[k].End).FirstOrDefault() is { } m)
                return index.KindOf(m) is { } kind && !kind.IsPlace() ? m : null;
            bool filler = doc.Times.Any(t => t.Span.Contains(doc.Tokens[k].Span))
                          || Words.IsLowerWord(doc, k) && (doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal) || FrameReader.IsBeOrHave(doc.TokenString(k))
                                                           || Words.IsAny(doc, k, "also", "will", "would", "then", "now", "later", "on", "this", "last", "week", "month", "year"));
            if (!filler) return null;
        }
        return null;
    }

    /// <summary>The tree hangs an adjective before the word on it as a noun ("fresh attacks").</summary>
    private static bool HasAdjectiveBefore(DocumentIndex index, int i, int sentenceStart)
    {
        var doc = index.Document;
        if (doc.Syntax is not { } tree || !tree.IsParsed(i) || tree.Upos[i] != "NOUN") return false;
        // Not a name the tagger took for an adjective: "Corbett attacks 'dumbed-down TV'".
        for (int k = Math.Max(sentenceStart, i - 3); k < i; k++)
            if (tree.Heads[k] == i && tree.Relations[k] == "amod" && tree.Upos[k] == "ADJ" && index.MentionAt(k) is null
                && (Words.IsLowerWord(doc, k) || k == sentenceStart)) return true;
        return false;
    }

    /// <summary>A verb of violence's row matches after the trigger's last word, in its sentence ("car bomb kills 10").</summary>
    private bool VerbOfViolenceAfter(Document doc, Sentence sentence, int last) =>
        Enumerable.Range(last + 1, Math.Max(0, sentence.EndToken - last - 1)).Any(k => lexicon.Triggers.MatchesAt(doc, k, sentence.EndToken).Any(m => m.Values.Any(r => r.IsVerb && r.Type == "ASSAULT")));

    /// <summary>
    /// The words before the trigger are only its own modifiers, from the start of the sentence: a
    /// headline that opens with its event ("Heavy fighting as Iraqi forces try to surround Falluja",
    /// "Fresh jihadist attacks in north Iraq ...").
    /// </summary>
    private bool OpensWith(DocumentIndex index, Sentence sentence, int trigger, int length)
    {
        var doc = index.Document;
        if (trigger == sentence.FirstToken) return true;
        // After a wire slug ("UPDATE 1-Bodies found ...") the line opens where the slug ends.
        int start = sentence.FirstToken;
        if (NonPartyWords.SlugEnd(doc, sentence) is int slugEnd and >= 0)
            while (start < trigger && doc.Tokens[start].Start < slugEnd) start++;
        if (trigger == start) return true;
        // "Suicide blasts rock police HQ": only words of how it was done before it (the tree may hang the noun on the capitalised first word).
        // Not where a verb of violence follows, whose event it is ("Suicide car bomb kills 10": one event, the killing).
        if (trigger - start <= 2 && Enumerable.Range(start, trigger - start).All(k => doc.Tokens[k].Kind == TokenKind.Word && lexicon.AttackModifiers.ContainsKey(doc.TokenString(k).ToLowerInvariant()))
            && !VerbOfViolenceAfter(doc, sentence, trigger + length - 1)) return true;
        if (doc.Syntax is not { } tree || !tree.IsParsed(trigger) || trigger - start > 3) return false;
        for (int k = start; k < trigger; k++)
        {
            if (tree.Heads[k] != trigger || tree.Relations[k] is not ("amod" or "compound")) return false;
            // A place may say where ("New Iraq attacks"); a person or body would be who ("Corbett attacks 'dumbed-down TV'").
            if (index.MentionAt(k) is { } m ? index.KindOf(m) is not { } kind || !kind.IsPlace() : !Words.IsLowerWord(doc, k) && k > start) return false;
        }
        return true;
    }

    /// <summary>
    /// Drops from <paramref name="parties"/> a body named by an office and set off by commas beside a person of the same role
    /// who is still a party: "Turkey's president, Recep Tayyip Erdoğan, has accused" is Erdoğan's (not a list of names:
    /// "accused Iran, Bashar al-Assad, and Hezbollah" keeps Iran; the parser's apposition is too rare to ask for).
    /// </summary>
    private static void OnePartyPerPerson(DocumentIndex index, Frame frame, string role, List<string> parties)
    {
        if (parties.Count < 2) return;
        var doc = index.Document;
        var fillers = frame[role].Where(f => f.Mention is not null && f.EntityId is not null).ToList();
        // The body is named by an office, in lower case ("Turkey's president", "the Russian president"), not by its name alone.
        bool NamesAnOffice(TextSpan span)
        {
            for (int k = doc.TokenAtOrAfter(span.Start); k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Start < span.End; k++)
                if (Words.IsLowerWord(doc, k) && !Words.IsAny(doc, k, "the", "of", "and")) return true;
            return false;
        }
        // Set off by commas: "Turkey's president, Recep Tayyip Erdoğan, has" or "Recep Tayyip Erdoğan, Turkey's president," (not
        // "kills 17 Islamic State militants, Baghdadi said nearby": a name that opens a clause of its own).
        bool Beside(TextSpan first, TextSpan second) =>
            doc.TokenCovering(first.End - 1) is int last and >= 0 && last + 2 < doc.Tokens.Count && Words.IsPunct(doc, last + 1, ',') && doc.Tokens[last + 2].Start == second.Start
            && doc.TokenCovering(second.End - 1) is int end and >= 0 && (end + 1 >= doc.Tokens.Count || Words.IsPunct(doc, end + 1, ',') || Words.IsPunct(doc, end + 1, '.'));
        foreach (var office in fillers)
        {
            if (index.KindOf(office.Mention!) is not { } kind || kind == EntityKind.Person || kind.IsPlace() && kind != EntityKind.Country || !NamesAnOffice(office.Span)) continue;
            if (fillers.Any(p => p.EntityId != office.EntityId && parties.Contains(p.EntityId!) && index.KindOf(p.Mention!) == EntityKind.Person
                                 && (Beside(office.Span, p.Span) || Beside(p.Span, office.Span))))
                parties.Remove(office.EntityId!);
        }
    }

    /// <summary>Moves fillers to the role their kind fits: a place in a target slot is the place; words are only a theme.</summary>
    private void Normalise(DocumentIndex index, Frame frame, int trigger)
    {
        foreach (var role in frame.Roles.ToList())
        {
            var fillers = frame[role].ToList();
            if (role is "actor" or "target" or "recipient")
            {
                var keep = new List<Filler>();
                foreach (var f in fillers)
                {
                    if (f.Mention is null)
                    {
                        // "delivered aid to 50,000 people": a number of recipients stays a recipient figure.
                        if (f.Quantity is not null)
                        {
                            frame.Add(role == "recipient" ? "recipient_count" : "theme", f);
                            // "Tens of thousands of people in Pakistan have protested": a crowd the text only counts acts, in words.
                            if (role == "actor" && f.Quantity.Category is "people" or "troops" && !index.MentionsWithin(f.Quantity.Span).Any())
                                frame.Unnamed.TryAdd("actor", f.Quantity.Span);
                            // "Beijing police have detained 18 people": those counted are who it was done to, in words.
                            if (role == "target" && f.Quantity.Category is "people" or "troops" && !index.MentionsWithin(f.Quantity.Span).Any())
                                frame.Unnamed.TryAdd("target", f.Quantity.Span);
                            // "kill 74 IS militants", "7,500 coalition troops": the party the count names.
                            if (role is "actor" or "target")
                                keep.AddRange(index.MentionsWithin(f.Quantity.Span).Where(m => index.KindOf(m) is { } k && k.IsActor() && !k.IsPlace())
                                    .Select(m => new Filler(m.Span, m, null) { Via = f.Via }).Take(1));
                        }
                        continue;
                    }
                    var kind = index.KindOf(f.Mention)!.Value;
                    var entity = index.Entity(f.EntityId);
                    // A country acts ("attacks between the US and ..."); a capital acts for its government; other places are places.
                    if (kind.IsPlace() && kind != EntityKind.Country && entity?.StandsFor is null)
                    {
                        frame.Add("place", f);
                        // "An Istanbul court this week freed ...", "Baghdad police arrested": the town names where the body is; the body acts, in words.
                        if (role is "actor" or "target" && !frame.Unnamed.ContainsKey(role) && BodyAfterPlace(index.Document, f.Mention, trigger) is { } body)
                            frame.Unnamed[role] = body;
                        continue;
                    }
                    keep.Add(f);
                }
                frame.Remove(role);
                frame.AddAll(role, keep);
            }
            else if (role == "territory")
            {
                // What is handed over must be a place; it is then the event's place too.
                var keep = fillers.Where(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsPlace()).ToList();
                frame.Remove(role);
                frame.AddAll(role, keep);
                frame.AddAll("place", keep);
            }
            else if (role == "place")
            {
                var keep = fillers.Where(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsPlace()).ToList();
                frame.Remove(role);
                frame.AddAll(role, keep);
            }
        }
    }

    /// <summary>
    /// "Five civilians were killed in a Russian airstrike", "killed in a US airstrike in 2015": the country
    /// whose demonym or letters stand before the air strike an attack's "in" phrase names made it; it is not where it was.
    /// </summary>
    private void AttackerOfTheAttackItWasIn(DocumentIndex index, Sentence sentence, Frame frame)
    {
        var doc = index.Document;
        foreach (var f in frame["place"])
        {
            // A demonym or a country's letters after an article ("a US airstrike"), not its name: "Six killed in Iraq
            // attacks" were in Iraq, and "Five killed in US shooting" in the US.
            if (f.Mention is not { } m || index.KindOf(m) != EntityKind.Country) continue;
            int before = doc.TokenCovering(m.Span.Start) - 1;
            bool article = before > sentence.FirstToken && Words.IsAny(doc, before, "a", "an", "the");
            if (!(m.Form == MentionForm.Demonym || article && EntityLexicon.IsAcronym(doc.TextOf(m.Span)))) continue;
            if (article) before--;
            if (before < sentence.FirstToken || !Words.IsAny(doc, before, "in")) continue;
            int last = doc.TokenCovering(m.Span.End - 1);
            bool attack = false;
            // Only a strike from the air, which a state makes ("killed in a Turkish bomb attack" may be an attack in Turkey);
            // one lower-case word may come between: "a Russian air strike".
            for (int n = last + 1; n <= last + 2 && n < sentence.EndToken && Words.IsLowerWord(doc, n) && !attack; n++)
                attack = lexicon.Triggers.MatchesAt(doc, n, sentence.EndToken) is [var (_, rows), ..] && rows.Any(r => !r.IsVerb && r.Type == "ASSAULT" && r.Mode == "aerial");
            if (!attack) continue;
            var rest = frame["place"].Where(x => x != f).ToList();
            frame.Remove("place");
            frame.AddAll("place", rest);
            if (frame["actor"].Count == 0 && !frame.Unnamed.ContainsKey("actor")) frame.Add("actor", f with { Via = null }, "the country before the attack it was in");
            return;
        }
    }

    /// <summary>
    /// A row without a gloss of its own (the converted PETRARCH verbs) says what was done in the text's own verb when
    /// it is a past tense: "Turkish authorities released his fiancee", not "Turkish government retreat his fiancee".
    /// </summary>
    private static string? OwnPastTense(Document doc, int trigger, int length, EventTrigger entry) =>
        entry.IsVerb && length == 1 && Words.IsLowerWord(doc, trigger) && doc.TokenText(trigger).EndsWith("ed", StringComparison.Ordinal)
        && !doc.TokenText(trigger).EndsWith("eed", StringComparison.Ordinal) ? doc.TokenString(trigger) : null;

    /// <summary>
    /// An event with no place of its own is where the sentence's opening phrase puts all it tells: "Meanwhile,
    /// in eastern Syria, US-backed fighters said they had pushed further ... following clashes", "In Anbar
    /// province, Sunni tribesmen ... refuse to surrender their weapons".
    /// </summary>
    private static void PlaceOfOpening(DocumentIndex index, Sentence sentence, int trigger, Frame frame)
    {
        var doc = index.Document;
        // The sentence opens with where: "In eastern Syria, ...", "Meanwhile, in Idlib, ..." (a place, then a comma before the trigger).
        int first = sentence.FirstToken;
        if (Words.IsAny(doc, first, "meanwhile", "elsewhere") && Words.IsPunct(doc, first + 1, ',')) first += 2;
        // (Not what someone there said: "In Washington, officials said rebels attacked a base" is where they spoke.)
        if (!Words.IsAny(doc, first, "in") || index.QuoteHolding(doc.Tokens[trigger].Start) is not null) return;
        for (int k = first + 1; k < Math.Min(first + 5, trigger); k++)
        {
            if (Words.IsPunct(doc, k, ',')) return;
            if (index.MentionAt(k) is { Form: not MentionForm.Demonym and not MentionForm.Pronoun } m && index.KindOf(m) is { } kind && kind.IsPlace()
                && doc.TokenCovering(m.Span.End - 1) + 1 is var next && next < trigger && Words.IsPunct(doc, next, ','))
            {
                frame.Add("place", new Filler(m.Span, m, null), "the place the sentence opens with");
                return;
            }
        }
    }

    /// <summary>
    /// The verb's object is a site or a place the text does not name: "stormed a migrant camp". From the
    /// tree where the sentence is parsed, else the first noun within the few words after the verb.
    /// </summary>
    private bool ObjectIsSite(Document doc, Sentence sentence, int verb)
    {
        if (doc.Syntax is { } tree && tree.IsParsed(verb))
            return tree.Upos[verb] == "VERB" && tree.Dependent(sentence, verb, "obj") is >= 0 and var obj && IsSiteWord(doc, obj);
        // Unparsed (the classifier read no event there): an article, then at most two lower-case modifiers.
        int k = verb + 1;
        if (k < sentence.EndToken && Words.IsAny(doc, k, "a", "an", "the", "its", "their", "his", "her")) k++;
        for (int end = Math.Min(sentence.EndToken, k + 3); k < end && Words.IsLowerWord(doc, k) && !FrameReader.IsPreposition(doc.TokenString(k)); k++)
            if (IsSiteWord(doc, k)) return true;
        return false;
    }

    /// <summary>
    /// The verb's phrase of aim ("at", "on", "into", "against", "upon") is a site or a noun of places the text does not
    /// name: "fired rockets at the base", "fired mortar shells into the town". From the tree; unparsed, the first such
    /// preposition within the clause after the verb, then at most an article and two lower-case modifiers.
    /// </summary>
    private bool PhraseAimsAtSite(Document doc, Sentence sentence, int verb)
    {
        if (doc.Syntax is { } tree && tree.IsParsed(verb))
        {
            if (tree.Upos[verb] != "VERB") return false;
            foreach (int obl in tree.Dependents(sentence, verb, "obl"))
                if (IsSiteWord(doc, obl) && tree.Dependent(sentence, obl, "case") is >= 0 and var c && Words.IsAny(doc, c, AimPrepositions)) return true;
            // (The parser often hangs the phrase on the weapon: "fired mortar shells into the town".)
            if (tree.Dependent(sentence, verb, "obj") is >= 0 and var weapon)
                foreach (int nmod in tree.Dependents(sentence, weapon, "nmod"))
                    if (nmod > weapon && IsSiteWord(doc, nmod) && tree.Dependent(sentence, nmod, "case") is >= 0 and var c && Words.IsAny(doc, c, AimPrepositions)) return true;
            return false;
        }
        for (int k = verb + 1; k < Math.Min(sentence.EndToken, verb + 8) && doc.Tokens[k].Kind == TokenKind.Word && !FrameReader.IsSubordinator(doc.TokenString(k)); k++)
        {
            if (!Words.IsAny(doc, k, AimPrepositions)) continue;
            int n = k + 1;
            if (n < sentence.EndToken && Words.IsAny(doc, n, "a", "an", "the", "its", "their")) n++;
            for (int end = Math.Min(sentence.EndToken, n + 3); n < end && Words.IsLowerWord(doc, n) && !FrameReader.IsPreposition(doc.TokenString(n)); n++)
                if (IsSiteWord(doc, n)) return true;
            return false;
        }
        return false;
    }

    private static readonly string[] AimPrepositions = ["at", "on", "into", "against", "upon"];

    /// <summary>The verb's subject in the tree, or else the word right before it, is a weapon, an attack (<see cref="IsInstrument"/>) or a warplane or tank.</summary>
    private bool SubjectIsInstrument(Document doc, Sentence sentence, int verb)
    {
        int subject = doc.Syntax is { } tree && tree.IsParsed(verb) ? tree.Dependent(sentence, verb, "nsubj") : -1;
        if (subject < 0 && verb > sentence.FirstToken && doc.Tokens[verb - 1].Kind == TokenKind.Word) subject = verb - 1;
        // (Warplanes, jets, helicopters and tanks too: "Syrian government warplanes ... pounded the rebel-held enclave".)
        return subject >= 0 && (IsInstrument(doc, doc.Tokens[subject].Span) || quantities.Units.LongestAt(doc, subject, subject + 1).Value is { Unit: "aircraft" or "tanks" });
    }

    /// <summary>Modes of attacks by weapons, whose passive subject may be a site struck (not "schools were destroyed by the storm").</summary>
    private static readonly HashSet<string> WeaponModes = new(StringComparer.Ordinal) { "heavy-weapons", "aerial", "missile", "explosives" };

    /// <summary>
    /// A passive verb's subject, read in word order, is a site or a noun of places: the word before its auxiliaries and
    /// adverbs ("Seven hospitals have reportedly been bombed", "the school was shelled"; unparsed sentences too).
    /// </summary>
    /// <returns>The site's words, from its article or count ("12 medical facilities", "The school"); null when there is none.</returns>
    private TextSpan? SiteWordsBeforePassive(DocumentIndex index, Sentence sentence, int verb)
    {
        var doc = index.Document;
        int k = verb - 1;
        while (k > sentence.FirstToken && (Words.IsAny(doc, k, "has", "have", "had", "been", "be", "being", "was", "were", "is", "are", "also")
                                          || Words.IsLowerWord(doc, k) && doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal)))
            k--;
        if (k < sentence.FirstToken || k >= verb - 1 || !IsSiteWord(doc, k)) return null;
        int first = k;
        while (first - 1 >= sentence.FirstToken && (doc.Tokens[first - 1].Kind == TokenKind.Number || doc.Quantities.Any(q => q.Span.Contains(doc.Tokens[first - 1].Span))
                                                    || Words.IsAny(doc, first - 1, "a", "an", "the", "its", "their")
                                                    || IsNounPhraseWord(index, first - 1) && !Words.IsAny(doc, first - 1, "say", "says", "said", "but"))
                                                && first > k - 4)
            first--;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[k].End);
    }

    /// <summary>Words that end in a lower-case site or noun of places ("seven hospitals", "the army base").</summary>
    private bool EndsInSite(Document doc, TextSpan words) => doc.TokenCovering(words.End - 1) is >= 0 and var last && IsSiteWord(doc, last);

    /// <summary>A lower-case site (data/site-nouns.txt) or noun of places (data/place-nouns.txt): "base", "hospitals", "town".</summary>
    private bool IsSiteWord(Document doc, int k) =>
        Words.IsLowerWord(doc, k) && (lexicon.SiteNouns.Contains(doc.TokenText(k)) || lexicon.PlaceNouns.Contains(doc.TokenText(k)));

    /// <summary>
    /// The verb's object in the tree is a noun of places ("retake villages", "seized the town").
    /// Only from the tree: word order reads "in liberated areas" as a verb and its object.
    /// </summary>
    private bool ObjectIsPlaceNoun(Document doc, Sentence sentence, int verb) =>
        doc.Syntax is { } tree && tree.IsParsed(verb) && tree.Upos[verb] == "VERB"
        && tree.Dependent(sentence, verb, "obj") is >= 0 and var obj && Words.IsLowerWord(doc, obj) && lexicon.PlaceNouns.Contains(doc.TokenText(obj))
        || Words.EndsLikeHeadline(doc, sentence.EndToken) && PlaceNounRightAfter(doc, sentence, verb);

    /// <summary>
    /// The words right after the verb end, before a preposition or the line's end, in a noun of places: "retakes Saddam
    /// Hussein's home village from ...", "retook dam from jihadists" (headlines the tree misreads; only in a line that
    /// ends like a headline, as prose's "administer liberated areas" does not).
    /// </summary>
    private bool PlaceNounRightAfter(Document doc, Sentence sentence, int verb)
    {
        int k = verb + 1;
        while (k < sentence.EndToken && k - verb <= 6 && (doc.Tokens[k].Kind == TokenKind.Word || Words.IsAny(doc, k, "'s", "’s")) && !FrameReader.IsPreposition(doc.TokenString(k))) k++;
        int last = k - 1;
        return last > verb && (k == sentence.EndToken || FrameReader.IsPreposition(doc.TokenString(k)) || doc.Tokens[k].Kind != TokenKind.Word)
               && Words.IsLowerWord(doc, last) && lexicon.PlaceNouns.Contains(doc.TokenText(last));
    }

    /// <summary>
    /// "Two strong earthquakes have struck central Turkey, killing 180", "the driver was killed in
    /// a crash": a cause of death that is no one's violence named in the sentence, and no armed
    /// actor or weapon to say otherwise.
    /// </summary>
    private bool NoOnesViolence(DocumentIndex index, Sentence sentence, int trigger, Frame frame)
    {
        var doc = index.Document;
        if (frame["actor"].Any(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsArmed())) return false;
        // An aircraft beside a crash is no weapon: "She and eight others were killed on the plane, which crashed".
        bool cause = NamesNonViolentCause(doc, sentence, disasterOnly: false);
        if (SentenceNamesWeapon(index, sentence, trigger, aircraftCount: !cause)) return false;
        if (cause) return true;
        // "... relief work in Thailand, where more than 5,000 people were killed", two sentences after
        // "the victims of the Asian tsunami": dead no one is said to have killed, just after a natural
        // disaster is named (not an accident or illness: "the regime's collapse" explains no beheading).
        if (frame["actor"].Count > 0 || frame.Unnamed.ContainsKey("actor")) return false;
        for (int k = sentence.Index - 1; k >= 0 && k >= sentence.Index - CauseLookBack; k--)
            if (NamesNonViolentCause(doc, doc.Sentences[k], disasterOnly: true)) return true;
        return false;
    }

    /// <summary>How many sentences back a disaster or accident named explains dead no one killed.</summary>
    private const int CauseLookBack = 3;

    private bool NamesNonViolentCause(Document doc, Sentence sentence, bool disasterOnly)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Words.IsLowerWord(doc, i) || i == sentence.FirstToken)
                if (lexicon.NonViolentCauses.LongestAt(doc, i, sentence.EndToken) is { Length: > 0 } cause && (!disasterOnly || cause.Value == "disaster"
                    // "a flood of new foreign fighters", "the eruption of a humanitarian disaster": a figure of speech.
                    && !(i + cause.Length < sentence.EndToken && doc.TokenText(i + cause.Length) is "of"))) return true;
        return false;
    }

    /// <summary>
    /// "clashed with police", "clashed with riot police on Sunday": the head of the phrase right after
    /// "with" — its last word before a preposition or a comma — is a noun of troops; from the words, so
    /// that an unparsed sentence has it too ("clashed with police chiefs over funding" has not).
    /// </summary>
    private bool ForcesAfterWith(Document doc, Sentence sentence, int verb)
    {
        int k = verb + 1;
        if (k >= sentence.EndToken || !Words.IsAny(doc, k, "with", "against")) return false;
        int head = -1;
        for (int t = k + 1; t < Math.Min(sentence.EndToken, k + 5) && Words.IsLowerWord(doc, t) && !FrameReader.IsPreposition(doc.TokenString(t)); t++) head = t;
        return head > 0 && quantities.Units.LongestAt(doc, head, head + 1).Value is { Category: "troops" };
    }

    private bool HasCasualties(DocumentIndex index, Sentence sentence)
    {
        var doc = index.Document;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            // "11 die as a suicide bomber targets worshippers", "230 civilians have died": people counted dying.
            if (index.QuantityAt(i) is { } q && (q.Category == "casualties" || DiesAfter(doc, q, sentence.EndToken))
                || doc.Tokens[i].Kind == TokenKind.Word && (quantities.CountingVerbs.ContainsKey(doc.TokenText(i))
                // ("died" counts only after a number: "Merle Kilgore ... has died" counts no one.)
                || Words.IsLowerWord(doc, i) && quantities.Units.LongestAt(doc, i, sentence.EndToken).Value is { Category: "casualties" } && !lexicon.DeathVerbs.Contains(doc.TokenText(i))
                || Words.IsLowerWord(doc, i) && lexicon.DeathVerbs.Contains(doc.TokenText(i)) && i > sentence.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Number)) return true;
        return false;
    }

    private bool SentenceNamesWeapon(DocumentIndex index, Sentence sentence, int trigger, bool attacksCount = true, bool aircraftCount = true)
    {
        var doc = index.Document;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            // The trigger itself ("strike") says nothing of weapons.
            if (i != trigger && doc.Tokens[i].Kind == TokenKind.Word && quantities.Units.LongestAt(doc, i, sentence.EndToken).Value is { } unit
                && (unit.Category == "weapons" || attacksCount && unit.Category == "attacks" || aircraftCount && unit.Unit is "aircraft" || unit.Unit is "tanks")
                && !lexicon.IsLabourStrike(doc, i, sentence.FirstToken, sentence.EndToken)) return true;
        return false;
    }

    /// <summary>
    /// An attack the classifier reads needs arms to be one: an armed party or one with an actor code,
    /// a weapon named (the word "attacks" is not one: "in such attacks computers bombard sites"),
    /// or someone killed or hurt.
    /// </summary>
    private bool ArmsOrVictims(DocumentIndex index, Sentence sentence, int trigger, Frame frame) =>
        frame["actor"].Concat(frame["target"]).Any(f => f.Mention is not null && (index.KindOf(f.Mention)!.Value.IsArmed() || index.Entity(f.EntityId)?.Code is not null))
        || SentenceNamesWeapon(index, sentence, trigger, attacksCount: false)
        || HasCasualties(index, sentence);

    /// <summary>The verb's object in the tree is the noun of a trigger row of another type ("launched an investigation": ACCUSE).</summary>
    private bool ObjectIsEventOfOtherType(Document doc, Sentence sentence, int verb, string type)
    {
        if (doc.Syntax is not { } tree) return false;
        int obj = tree.Dependent(sentence, verb, "obj");
        return obj >= 0 && lexicon.Triggers.MatchesAt(doc, obj, sentence.EndToken).Any(m => m.Values.Any(r => !r.IsVerb && r.Type != type));
    }

    /// <summary>Goods named without a number: "sent tanks", "delivered weapons".</summary>
    private static bool NamesGoods(string text, PhraseSet<UnitNoun> units) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => GoodsWords.Contains(w) || units.Find(w) is { Category: "vehicles" or "weapons" });

    /// <summary>The words of the "of" phrase a share heads in the tree: "94% of military equipment" → "military equipment".</summary>
    private static string? ShareOf(Document doc, Sentence sentence, TextSpan share)
    {
        if (doc.Syntax is not { } tree || doc.TokenCovering(share.End - 1) is not (int head and >= 0)) return null;
        foreach (var nmod in tree.Dependents(sentence, head, "nmod"))
            if (tree.Dependents(sentence, nmod, "case").Any(c => Words.IsAny(doc, c, "of")))
            {
                var (first, last) = tree.Subtree(sentence, nmod);
                return doc.Text[doc.Tokens[first].Start..doc.Tokens[last].End];
            }
        return null;
    }

    /// <summary>Phoenix sectors of people who bear arms: soldiers, rebels, insurgents, militants, police.</summary>
    private static readonly string[] ArmedSectors = ["MIL", "REB", "INS", "UAF", "COP"];

    /// <summary>A name right before a noun of armed men: "Kurd troops", "Sunni fighters" (the name says whose, the noun that they are armed).</summary>
    private bool TroopsRightAfter(Document doc, TextSpan name) =>
        doc.TokenAtOrAfter(name.End) is int next && next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Word
        && quantities.Units.LongestAt(doc, next, next + 1).Value is { Category: "troops" };

    /// <summary>A word of the text is a unit of the category (data/units.tsv): "a military platoon" names troops, "rounds of rockets" weapons.</summary>
    private bool NamesUnitOf(string text, string category) => text.Split(' ').Any(w => quantities.Units.Find(w) is { } unit && unit.Category == category);

    private bool Satisfies(DocumentIndex index, Sentence sentence, int trigger, EventTrigger entry, Frame frame)
    {
        var units = quantities.Units;
        if (entry.Requires.Count == 0) return true;
        // Alternatives separated by '|'; within one, requirements joined by '&' must all hold.
        foreach (var alternative in entry.RequiredTogether)
        {
            if (alternative.All(req => Holds(req))) return true;
        }
        return false;

        bool Holds(string req)
        {
            bool ok = req switch
            {
                "none" => true,
                // "Iraqi forces retake villages": a noun of places as the verb's object is a place the text does not name.
                "place" => frame["place"].Count > 0 || entry.IsVerb && ObjectIsPlaceNoun(index.Document, sentence, trigger),
                // "donated 250 ventilators", "supplied 94% of military equipment": a count of things, or a share, of goods too.
                "goods" => frame["theme"].Any(f => f.Quantity?.Category is { } c && Goods.Contains(c)
                                                   || f.Quantity?.Category is not ("people" or "troops" or "casualties") && NamesGoods(index.Document.TextOf(f.Span), units)
                                                   || f.Quantity?.Category == "percent" && ShareOf(index.Document, sentence, f.Span) is { } whole && NamesGoods(whole, units)),
                // "lent $1 billion to Indonesia": a sum of money is what is given ("goods" takes "lend their support" too).
                "money" => frame["theme"].Any(f => f.Quantity?.Category == "money"),
                "force" => frame["actor"].Any(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsArmed() || f.Quantity?.Category == "troops")
                           // "Jihadists attack Iraq's largest oil refinery": armed men the text does not name.
                           || frame.Unnamed.TryGetValue("actor", out var armed) && index.Document.TokenCovering(armed.End - 1) is int last and >= 0
                              && units.LongestAt(index.Document, last, last + 1).Value is { Category: "troops" }
                           || frame["theme"].Any(f => f.Quantity?.Category == "troops" || f.Quantity is null && (ForceWords.Any(w => index.Document.TextOf(f.Span).Contains(w, StringComparison.OrdinalIgnoreCase))
                                                          // "is sending a military platoon to Kuwait": a unit of troops (data/units.tsv) named without a count.
                                                          || NamesUnitOf(index.Document.TextOf(f.Span), "troops"))),
                "territory" => frame["territory"].Count > 0,
                "weapon" => frame["theme"].Any(f => f.Quantity?.Category == "weapons" || f.Quantity is null && NamesUnitOf(index.Document.TextOf(f.Span), "weapons")),
                // "dropped barrel bombs", not "dropped its weapons embargo": the object's last word is the weapon.
                "weapon_head" => frame["theme"].Any(f => index.Document.TokenCovering(f.Span.End - 1) is >= 0 and var head && units.LongestAt(index.Document, head, head + 1).Value is { Category: "weapons" }),
                // "Airstrikes pound Islamic State", "Artillery pounded the town": the subject is the weapon or the attack (not "Shares were pounded").
                "weapon_subject" => entry.IsVerb && !frame.Passive && SubjectIsInstrument(index.Document, sentence, trigger),
                "recipient" => frame["recipient"].Count > 0 || frame["recipient_count"].Count > 0,
                // "A court in Ho Chi Minh City rejected the appeal", "The government conceded": a body
                // the text does not name, but one the Phoenix agents list as a kind of actor.
                "actor" => frame["actor"].Count > 0 || UnnamedAgent(index.Document, frame, "actor") || UnnamedKin(index.Document, frame, "actor"),
                // The verb's object is a place: "IS attacks Ramadi" (a place only named after "in" is not attacked).
                "place_attacked" => frame["place"].Any(f => f.Via is { } via && via.StartsWith("the object", StringComparison.Ordinal)),
                // "attack Iraq jihadists": a group whose actor code says it bears arms, or a name before armed men ("Kurd troops").
                "armed_target" => frame["target"].Any(f => f.Mention is not null && (index.KindOf(f.Mention)!.Value.IsArmed() || TroopsRightAfter(index.Document, f.Span)
                                                          || index.Entity(f.EntityId)?.Code is { } code && CameoCode.HasPart(code, 0, ArmedSectors)))
                                  || frame["theme"].Any(f => f.Quantity?.Category == "troops")
                                  // "fired on the pro-government militiamen": armed men the text does not name.
                                  || frame.Unnamed.TryGetValue("target", out var fighters) && index.Document.TokenCovering(fighters.End - 1) is int end and >= 0
                                     && units.LongestAt(index.Document, end, end + 1).Value is { Category: "troops" }
                                  // "clashed with police": the head of the words right after "with", parsed or not.
                                  || entry.IsVerb && ForcesAfterWith(index.Document, sentence, trigger),
                // "went on strike", "a 24-hour strike by Belgian public employees": a stoppage of work.
                // (A hunger strike is no stoppage of work: PETRARCH's patterns code it, PROTEST/hunger, CAMEO 142.)
                // (Nor "on strikes": "focused on strikes against Isis", "cracked down on strikes" are no one on strike.)
                "labour" => lexicon.IsLabourStrike(index.Document, trigger, sentence.FirstToken, sentence.EndToken)
                            && !(trigger > sentence.FirstToken && Words.IsAny(index.Document, trigger - 1, "hunger"))
                            && !(trigger > sentence.FirstToken && Words.IsAny(index.Document, trigger - 1, "on") && Words.IsAny(index.Document, trigger, "strikes")),
                "unarmed" => !frame["actor"].Any(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsArmed()),
                // "called off a four-day strike": the object is organised dissent.
                "dissent" => frame["theme"].Any(f => index.Document.TextOf(f.Span).Split(' ').Any(w => lexicon.DissentNouns.Contains(w))),
                // "lifted the ban", "eased restrictions": the object is a measure a state imposed (not "lifted the trophy").
                // (a passive's subject: "The siege has been lifted", "US sanctions were lifted on ...").
                "restriction" => frame["theme"].Concat(frame.Passive ? frame["target"] : []).Select(f => f.Span)
                                     .Concat(frame.Passive && frame.Unnamed.TryGetValue("target", out var lifted) ? [lifted] : [])
                                     .Any(span => index.Document.TextOf(span).Split(' ').Any(w => lexicon.RestrictionNouns.Contains(w.ToLowerInvariant())))
                                 || RestrictionAfter(index.Document, sentence, trigger) || frame.Passive && RestrictionBefore(index.Document, sentence, trigger),
                // "summoned the Turkish ambassador": the object is a state's envoy.
                "envoy" => frame["target"].Concat(frame["theme"]).Any(f => index.Document.TextOf(f.Span).Split(' ').Any(w => lexicon.EnvoyNouns.Contains(w.ToLowerInvariant())))
                           || EnvoyAfter(index.Document, sentence, trigger),
                "crowd" => !frame["actor"].Any(f => f.Mention is not null && index.KindOf(f.Mention)!.Value.IsArmed()) && Crowd(index, sentence, frame),
                // Someone done to, not a place: "executed nine people", not "programs executed in Norway".
                "victim" => frame["target"].Concat(frame["theme"]).Any(f => f.Quantity?.Category is "people" or "troops" or "casualties"
                            || f.Quantity is null && f.Mention is not null && index.KindOf(f.Mention) is { } kind && kind.IsActor())
                            // "executes journalist", "executes mosque preacher": a person the text does not name.
                            || PersonAfter(index, sentence, trigger, ofPhrase: !entry.IsVerb, counted: entry.Type is "ASSAULT" or "COERCE")
                            // "Two people were also wounded in the attack": people counted, named only in words.
                            || frame.Unnamed.TryGetValue("target", out var words) && index.QuantityCovering(words)?.Category is "people" or "troops" or "casualties",
                // Victims counted but not named ("killing two soldiers") are a target too.
                // (Not a place the tree alone says it was done in: "signed 15 agreements in the Great Hall" names no party to them.)
                "target" => frame["target"].Count > 0 || frame["recipient"].Count > 0 || frame["place"].Any(f => !WhereFromTree(f))
                            // "has banned national newspapers": a body the text does not name, of a kind the Phoenix agents
                            // list (not for attacks: "journalists are killed simply for recording" tells of no one attack).
                            || entry.Type != "ASSAULT" && UnnamedAgent(index.Document, frame, "target")
                            // "Their father is detained", "their young son was kidnapped": kin, named by whose they are.
                            || UnnamedKin(index.Document, frame, "target")
                            // "stormed a migrant camp", "raided a rebel base": a site or place the text does not name is what was attacked.
                            || entry.Type == "ASSAULT" && entry.IsVerb && !frame.Passive && ObjectIsSite(index.Document, sentence, trigger)
                            // "fired rockets at the base", "fired mortar shells into the town": so is one the verb's phrase aims at.
                            || entry.Type == "ASSAULT" && entry.IsVerb && !frame.Passive && PhraseAimsAtSite(index.Document, sentence, trigger)
                            // "Seven hospitals have reportedly been bombed since Monday": and a passive's subject in words.
                            || entry.Type == "ASSAULT" && entry.IsVerb && frame.Passive && WeaponModes.Contains(entry.Mode ?? "") && (frame.Unnamed.TryGetValue("target", out var struck) && EndsInSite(index.Document, struck)
                                                                                            || frame["theme"].Concat(frame["target"]).Any(f => f.Mention is null && EndsInSite(index.Document, f.Span))
                                                                                            || SiteWordsBeforePassive(index, sentence, trigger) is not null)
                            || frame["theme"].Any(f => f.Quantity?.Category is "people" or "troops" or "casualties")
                            // "Four killed as ...": the count of the dead is around the verb; "Gunmen kill woman ex-candidate".
                            || index.QuantityCovering(index.Document.Tokens[trigger].Span) is { Category: "casualties" }
                            || entry.IsVerb && !frame.Passive && PersonAfter(index, sentence, trigger, ofPhrase: false, counted: entry.Type is "ASSAULT" or "COERCE"),
                "arg" => !frame.IsEmpty,
                // Someone killed or hurt in the same sentence: "shelling hit the town, killing five", not "he hit a century".
                "casualties" => HasCasualties(index, sentence),
                // A weapon, a warplane or an attack named in the sentence: "its jets had struck", "the strikes hit a camp".
                "weapon_named" => SentenceNamesWeapon(index, sentence, trigger),
                // "Fifty-three blindfolded bodies found": bodies found are killings (not "UN bodies found that ...").
                "found" => FindingNear(index.Document, sentence, trigger) && !(trigger > sentence.FirstToken && EntityLexicon.IsAcronym(index.Document.TokenString(trigger - 1))),
                // "18 security personnel found dead", not "he was found dead in his flat".
                "people_counted" => index.Document.Quantities.Any(q => q.Category is "people" or "troops" or "casualties" && sentence.Span.Contains(q.Span)),
                // "took the town", not "took part".
                "object_place" => frame["territory"].Count > 0 || ObjectIsPlaceNoun(index.Document, sentence, trigger),
                // "demonstrated in the capital", not "demonstrate Putin's ability".
                // (Unparsed, an article or a possessive right after the verb opens its object: "demonstrate the exposure of".)
                "intransitive" => index.Document.Syntax is not { } parsed || !parsed.IsParsed(trigger)
                                  ? !Words.IsAny(index.Document, trigger + 1, "the", "a", "an", "its", "their", "his", "her", "our", "that", "this", "how", "what")
                                  : parsed.Dependent(sentence, trigger, "obj", "ccomp", "xcomp") < 0
                                  && !(parsed.Relations[trigger] is "acl:relcl" && parsed.Heads[trigger] >= 0 && Words.IsAny(index.Document, parsed.Heads[trigger], "what", "What")),
                // "police launched an investigation into ...": an object that is another type's noun is the event, carried by the verb.
                "no_other_event" => !ObjectIsEventOfOtherType(index.Document, sentence, trigger, entry.Type),
                // PETRARCH's rule: a dictionary verb codes an event only between two coded actors.
                "dyad" => frame["actor"].Any(a => index.Entity(a.EntityId)?.Code is not null)
                          && frame["target"].Concat(frame["recipient"]).Any(t => index.Entity(t.EntityId)?.Code is not null
                                                                               && frame["actor"].All(a => a.EntityId != t.EntityId)),
                _ => false,
            };
            return ok;
        }
    }

    /// <summary>
    /// A passive's subject that ends right before its auxiliaries in a measure a state imposed, heading its own
    /// phrase: "US sanctions were lifted", not "Fears of a blockade were eased".
    /// </summary>
    private bool RestrictionBefore(Document doc, Sentence sentence, int verb)
    {
        int k = verb - 1;
        while (k > sentence.FirstToken && Words.IsAny(doc, k, "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "will", "would", "later", "also", "now", "partially", "finally")) k--;
        if (k < sentence.FirstToken || k >= verb - 1 || !lexicon.RestrictionNouns.Contains(doc.TokenString(k).ToLowerInvariant())) return false;
        for (int m = k - 1; m >= Math.Max(sentence.FirstToken, k - 4) && doc.Tokens[m].Kind == TokenKind.Word; m--)
            if (FrameReader.IsPreposition(doc.TokenString(m))) return false;
        return true;
    }

    /// <summary>
    /// A measure a state imposed among the few words right after the verb, before any preposition, clause word or
    /// verb ("lifts blockade of Qatar", "lifted a 100 kilometres travel restriction"; not "eased fears that a new
    /// lockdown"): the object's head, which a name in its phrase may stand for in the frame.
    /// </summary>
    private bool RestrictionAfter(Document doc, Sentence sentence, int verb)
    {
        for (int k = verb + 1; k < Math.Min(sentence.EndToken, verb + 5) && doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number
                               && !FrameReader.IsPreposition(doc.TokenString(k)) && !Words.IsAny(doc, k, "that", "which", "while", "as", "because", "when", "if", "and")
                               && !(doc.Syntax is { } tree && tree.IsParsed(k) && tree.Upos[k] is "VERB" or "AUX"); k++)
            if (lexicon.RestrictionNouns.Contains(doc.TokenString(k).ToLowerInvariant())) return true;
        return false;
    }

    /// <summary>
    /// The words that name a statement's speaker the entities do not ("Syrian activists", "a military spokesman"), when
    /// they make a claimant: a verb of saying (data/speech-verbs.tsv's kind "say"; not "believed", "confirmed", "alleged",
    /// "denied", whose subjects the quote stage guesses more loosely), headed by a noun that can speak (an agent, a body, a
    /// speaker noun of data/speaker-words.tsv, or a name), with no witness, monitor or medic (data/witness-nouns.txt) among
    /// them, and not a pronoun the report never resolved.
    /// </summary>
    private (TextSpan Words, TextSpan Head)? ClaimantWords(DocumentIndex index, Quote quote)
    {
        var doc = index.Document;
        if (quote.CueKind != "say" || quote.SpeakerSpan is not { Length: > 0 } words || speakerWords is null) return null;
        int first = doc.TokenAtOrAfter(words.Start), last = doc.TokenCovering(words.End - 1);
        if (first < 0 || last < first) return null;
        if (first == last && speakerWords.IsPronoun(doc.TokenText(first))) return null;
        // The head is the last word before the first linking word; a witness among them makes none, and so does one at the
        // end of the linked phrase ("a spokesman for the aid agency", "officials at the hospital" speak for those who watch;
        // "a spokesman for the Houthi media office" does not).
        int head = first;
        bool linked = false;
        for (int t = first; t <= last; t++)
        {
            if (!linked && lexicon.WitnessNouns.Contains(doc.TokenText(t))) return null;
            linked |= t > first && speakerWords.IsLinking(doc.TokenText(t));
            if (!linked && doc.Tokens[t].Kind == TokenKind.Word) head = t;
        }
        if (linked && lexicon.WitnessNouns.Contains(doc.TokenText(last))) return null;
        var word = doc.TokenString(head);
        bool speaks = IsAgentNoun(word) || bodies?.Contains(word.ToLowerInvariant()) == true || speakerWords.IsSourceNoun(doc.TokenText(head))
                      || doc.Syntax is { } tree && tree.IsParsed(head) && tree.Upos[head] == "PROPN" && head > doc.Sentences[doc.SentenceAt(doc.Tokens[head].Start)].FirstToken
                         // (a name, but not a place — "Doctors inside Ghouta" cut to "Ghouta" — nor the tail of a longer one, "Reporters Without Borders" cut to "Borders")
                         && !index.MentionsWithin(words).Any(m => m.Span.Contains(doc.Tokens[head].Span) && index.KindOf(m) is { } kind && kind.IsPlace())
                         && !(first > 0 && doc.Tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[first - 1].Start]));
        return speaks ? (words, doc.Tokens[head].Span) : null;
    }

    private IEnumerable<Event> Make(DocumentIndex index, Sentence sentence, int trigger, int length, EventTrigger entry, Frame frame, int count, string? matchedBy = null)
    {
        var doc = index.Document;
        var triggerSpan = TextSpan.FromBounds(doc.Tokens[trigger].Start, doc.Tokens[trigger + length - 1].End);
        if (!entry.IsVerb) PossessorUndergoes(index, sentence, trigger, length, frame);
        TreeFrameReader.PartyOfObjectPhrase(index, sentence, frame, IsAgentNoun);
        // "conceded to the demands of the protesting truck drivers": the demands a concession goes to are no one;
        // whoever made them is whom it yields to (read, as for any thing done, from the demand's own phrase).
        TextSpan? conceded = null;
        if (entry.Type == "CONCEDE" && frame["target"].Count == 0 && frame["recipient"].Count == 0 && !frame.Unnamed.ContainsKey("target")
            && frame.Unnamed.TryGetValue("recipient", out var demanded) && doc.TokenCovering(demanded.End - 1) is >= 0 and var demandHead
            && lexicon.RequestNouns.Contains(doc.TokenText(demandHead)))
        {
            frame.Unnamed.Remove("recipient");
            frame.Unnamed["target"] = demanded;
            conceded = demanded;
        }
        _trees.ThingDoneIsNoTarget(index, sentence, trigger, entry.Type, frame, IsAgentNoun, t => IsEventNoun(doc, t), w => lexicon.JudgingVerbs.Contains(w));
        // (Whoever made the demands named nowhere: they stay what the concession went to, not whom it was done to.)
        if (conceded is { } demands && frame.Unnamed.TryGetValue("target", out var stillDemands) && stillDemands == demands)
        {
            frame.Unnamed.Remove("target");
            frame.Unnamed["recipient"] = demands;
        }
        // "surrendered to the authorities", "handed the weapons to local officials": whom it went to, named only in
        // words of an agent noun, is whom it was done to.
        if (frame["target"].Count == 0 && frame["recipient"].Count == 0 && !frame.Unnamed.ContainsKey("target") && frame.Unnamed.TryGetValue("recipient", out var receiver)
            && doc.TokenCovering(receiver.End - 1) is >= 0 and var receiverHead && IsAgentNoun(doc.TokenString(receiverHead)))
            frame.Unnamed["target"] = receiver;

        // "Islamic State claims Iraq car bombs", "IS claimed responsibility for the attack": the
        // group that claims an attack is its actor, by its own claim.
        var claimant = entry.Type == "ASSAULT" && !entry.IsVerb && frame["actor"].Count == 0 ? Claimant(index, sentence, trigger) : null;
        if (claimant is not null) frame.Add("actor", claimant, ClaimantVia);
        // Found so while the frame was read: the claim still makes the event the group's claim.
        claimant ??= frame["actor"].FirstOrDefault(f => f.Via == ClaimantVia);

        // A nominal event needs something that makes it one event: an actor, a place or a number ("despite cutbacks" is not),
        // or the one it was done to, named as its possessor ("following his arrest"). An actor named only in words counts
        // when its head is a Phoenix agent and not the noun's own modifier ("Police launched an investigation into John
        // Smith"; not "We need government support").
        if (!entry.IsVerb && frame["actor"].Count == 0 && !AgentApart(doc, frame, trigger) && frame["place"].Count == 0 && frame["theme"].Count == 0 && index.QuantityCovering(triggerSpan) is null
            && !frame["target"].Any(f => f.Via == PossessorUndergoesVia) && !HeadlineAttackOnNamedParty(index, sentence, trigger, length, entry, frame))
            yield break;

        var (status, cue) = _status.Read(doc, sentence, trigger, length, entry.IsVerb);
        // "will not accept any more refugees": the refusal the classifier read is the event, and it happened.
        if (entry.Type == "REJECT" && status == EventStatus.Negated && entry.Source == "models/events.bin" && WillNotBefore(doc, trigger)) (status, cue) = (EventStatus.Reported, null);
        var quote = index.QuoteHolding(triggerSpan.Start);
        string? claimedBy = null;
        // A news agency, a monitor or an international body reporting what others did is a source,
        // not a party making a claim; speaking of its own deeds it is a party like any other.
        var speaker = index.Entity(quote?.SpeakerId);
        bool source = speaker is not null && (speaker.Kind == EntityKind.Media || speaker.Sector is "NGO" or "IGO" or "MED")
                      && !frame["actor"].Any(f => index.Entity(f.EntityId) is { } actor && SameBody(speaker, actor));
        if (quote is not null && quote.SpeakerId is not null && !source)
        {
            if (quote.CueKind == "deny") { status = EventStatus.Denied; claimedBy = quote.SpeakerId; }
            else if (status == EventStatus.Reported) { status = EventStatus.Claimed; claimedBy = quote.SpeakerId; }
            else claimedBy = quote.SpeakerId;
        }
        // "Activists said the bombing continued", "a military spokesman said troops had taken the town": a speaker named
        // only in words claims what the statement tells, as a named one does — unless those words name a witness or a
        // monitor (data/witness-nouns.txt), or only a pronoun the report never resolved.
        TextSpan? claimedByWords = null;
        // (Not the event's own doer: "The shadow cabinet revealed its support" tells the support, not a claim of it; but "an
        // SDF commander said" claims for the SDF.)
        if (quote is not null && quote.SpeakerId is null && ClaimantWords(index, quote) is var (claimantWords, claimantHead)
            && !frame["actor"].Any(a => a.Span.Contains(claimantHead)) && !(frame.Unnamed.TryGetValue("actor", out var doer) && doer.Contains(claimantHead)))
        {
            claimedByWords = claimantWords;
            if (status == EventStatus.Reported) status = EventStatus.Claimed;
        }

        if (claimant is not null)
        {
            if (status == EventStatus.Reported) status = EventStatus.Claimed;
            claimedBy ??= claimant.EntityId;
        }

        // A passive with no agent of its own may have one elsewhere in the sentence ("made by the coalition").
        if (frame.Passive && frame["actor"].Count == 0 && entry.Roles.ContainsKey("subject") && _frames.SentenceAgent(index, sentence) is { } agent)
            frame.Add("actor", agent);

        var (mode, cameo, acledType, acledSub) = Refine(doc, trigger, entry, frame, index);
        // ACLED codes what happened: an announced, conditional or negated event has no ACLED type.
        bool acledDropped = acledType is not null && status is EventStatus.Planned or EventStatus.Hypothetical or EventStatus.Negated;
        if (acledDropped) (acledType, acledSub) = (null, null);
        // "The transfer of the base had been planned" refers back to a withdrawal already told, so it stays what that one is.
        bool refersBack = !entry.IsVerb && trigger > sentence.FirstToken && Words.IsAny(doc, trigger - 1, "the", "this", "that");
        string type = entry.Type;
        var (rowMode, rowCameo) = (mode, cameo);
        string? retyped = null;
        // "announced the deployment of 230 troops to Liberia on a peacekeeping mission": troops sent to keep
        // another's peace are military aid (PLOVER AID, CAMEO 074), not a show of force.
        if (type == "MOBILIZE" && Peacekeeping(doc, sentence, trigger))
            (type, mode, cameo, acledType, acledSub, retyped) = ("AID", "military", "074", null, null, "troops sent to keep the peace are military aid");
        // "The UN withdrew peacekeepers from Sinai": peacekeepers withdrawn are aid withdrawn, CAMEO 1661 (PLV codes all 6 such sentences SANCTION).
        if (type == "RETREAT" && entry.IsVerb && PeacekeepersWithdrawn(doc, sentence, trigger + length))
            (type, mode, cameo, acledType, acledSub, retyped) = ("SANCTION", null, "1661", null, null, "peacekeepers withdrawn are aid withdrawn");
        // "cancelled a planned visit to Washington", "called off the talks": a meeting called off never happened; the calling
        // off is what did, a rejection by whoever called it off (CAMEO 125; data/cancel-verbs.txt).
        string? cancelled = null, meetingCalledOff = null;
        // (Whichever row matched: the tree reads "a planned visit" as the verb's object, a noun.)
        // (Only a calling off told as done: "may scrap the summit", "did not cancel the visit" are no rejections.)
        if (type == entry.Type && type == "CONSULT" && CancellingVerb(doc, sentence, trigger) is >= 0 and var canceller
            && _status.Read(doc, sentence, canceller, 1, true).Status == EventStatus.Reported)
        {
            (type, cameo, mode, acledType, acledSub) = ("REJECT", "125", null, null, null);
            (status, cue, cancelled) = (EventStatus.Reported, null, doc.TokenString(canceller));
            var meeting = doc.TextOf(triggerSpan).ToLowerInvariant();
            meetingCalledOff = (meeting.EndsWith('s') ? "" : "a ") + meeting;
            if (frame["actor"].Count == 0 && _trees.FrameAt(index, sentence, canceller, "REJECT") is { } calledOff)
            {
                frame.AddAll("actor", calledOff["actor"], "the subject of the verb that calls it off (tree)");
                if (frame["actor"].Count == 0 && calledOff.Unnamed.TryGetValue("actor", out var callers)) frame.Unnamed.TryAdd("actor", callers);
            }
        }
        // PLOVER: an announced cooperative deed is an agreement, an announced hostile one a threat
        // ("will meet" is AGREE, "will extend the curfew" THREATEN); the CAMEO code says so too.
        // ("we will continue the partnership" too: the intent is what is new, and it joins the announcement it repeats.)
        // An announced withdrawal or release too ("is willing to withdraw its troops", "will release the physician"):
        // PLV codes all 12 of its such sentences AGREE, as CAMEO's 035 (intent to yield) is under its root 03.
        // (Not a decision taken, data/status-cues.tsv's kind "decision": "has decided to ease curfew hours", "Trump's decision to
        // withdraw troops" are the deed, to come but decided — PLV codes all three such sentences as the deed, YIELD.)
        bool announced = false;
        if (type == entry.Type && status == EventStatus.Planned && !(cue is not null && lexicon.DecisionCues.Contains(cue)) && !(refersBack && entry.Type == "RETREAT") && lexicon.IntentTypes.TryGetValue(entry.Type, out var intent))
        {
            (type, cameo) = intent;
            mode = null;
            announced = true;
            // "India and Pakistan agreed to a ceasefire": the deed is to come, the agreement is done.
            if (!entry.IsVerb && frame["actor"].Any(f => f.Via == FrameReader.AgreedToVia)) (status, cue) = (EventStatus.Reported, null);
        }
        // "will not begin talks", "will not reverse its decision": a refused cooperative deed or concession is a
        // rejection that happened (data/refusal-types.tsv; PLV codes 44 of its 47 such sentences REJECT).
        string? refusedCue = null;
        // So is an agreement two parties failed to reach ("failed to reach a deal on the Irish border"): the failure happened.
        if (type == entry.Type && status == EventStatus.Negated && (WillNotRightBefore(doc, sentence, trigger) || cue is "failed to" && type is "SUPPORT" or "AGREE")
            && lexicon.RefusalTypes.TryGetValue(entry.Type, out var refusal))
        {
            (type, cameo) = refusal;
            mode = null;
            (status, refusedCue, cue) = (EventStatus.Reported, cue, null);
        }
        var date = _dating.Date(index, sentence, FrameReader.Clause(index, sentence, trigger, length), trigger, status);
        var quantities = Quantities(index, sentence, triggerSpan, frame, entry);
        bool anaphoric = refersBack || entry.Type == "ASSAULT" && entry.IsVerb && frame["actor"].Count == 0 && !frame.Unnamed.ContainsKey("actor") && InTheAttack(index, sentence, trigger + length);
        // A noun with only a place ("the fighting in Raqqa", "the withdrawal") says too little to stand
        // alone: it may add evidence to an event it refers to, and is dropped otherwise.
        // A sentence that opens with the noun tells it as news ("Clashes near Iraq's Fallujah as toll reaches 366").
        // A report's headline tells its news too; it refers back to nothing ("French jihadist dies in Iraq suicide attack"),
        // unless a verb of violence follows, whose event it is ("Baghdad suicide car bomb kills six": one killing).
        // (Not one whose possessor it was done to: "following his arrest" tells of an arrest of its own.)
        bool weak = !entry.IsVerb && frame["actor"].Count == 0 && !frame.Unnamed.ContainsKey("actor") && date?.Basis != "own"
                    && !frame["target"].Any(f => f.Via == PossessorUndergoesVia)
                    && !quantities.Any(q => q.Role is "theme" or "count" or "ordinal" or "fatalities" or "injured")
                    && !OpensWith(index, sentence, trigger, length)
                    && !(sentence.Index == 0 && Words.EndsLikeHeadline(doc, sentence.EndToken) && !VerbOfViolenceAfter(doc, sentence, trigger + length - 1));

        // (A verb's deed: in "In Moscow, Putin condemned the Turkish offensive" the offensive was not in Moscow.)
        if (entry.IsVerb && !frame["place"].Any(f => f.Mention is { } pm && index.KindOf(pm) is { } pk && pk.IsPlace())) PlaceOfOpening(index, sentence, trigger, frame);
        var actors = Ids(frame["actor"]);
        var targets = Ids(frame["target"]);
        var recipients = Ids(frame["recipient"]);
        var places = Ids(frame["place"]);
        // "missile attacks between the US and Kataib Hezbollah": the second party is the target, and both act.
        bool mutual = frame.Mutual;
        if (mutual && actors.Count > 1 && targets.Count == 0)
        {
            targets = [actors[1]];
            actors = [actors[0]];
        }
        // "Masri was detained": no one detains himself; a subject read twice is only the target.
        // Nor does a place act where it is the place: "attacks in Shi'ite parts of Baghdad kill 35".
        // But "Dudley Nichols refused his award": a pronoun in an active verb's object that points back to its subject is no target.
        // (Only under a subject the text names: "He ... and police arrested him" has read the subject wrong, not the object.)
        if (!frame.Passive) targets.RemoveAll(t => actors.Contains(t) && frame["target"].Where(f => f.EntityId == t).All(f => f.Mention?.Form == MentionForm.Pronoun)
                                                   && frame["actor"].Any(f => f.EntityId == t && f.Mention is { Form: not MentionForm.Pronoun }));
        // "Saudi Arabia has imposed blockades on Saudi air and sea ports": a party the text names as the one acting stays
        // the actor; its own demonym on what is acted on says whose ports they are, not whom it was done to.
        if (!frame.Passive) targets.RemoveAll(t => actors.Contains(t) && frame["target"].Where(f => f.EntityId == t).All(f => f.Mention?.Form == MentionForm.Demonym)
                                                   && frame["actor"].Any(f => f.EntityId == t && f.Mention is { Form: MentionForm.Name or MentionForm.Alias or MentionForm.Acronym }));
        actors.RemoveAll(a => targets.Contains(a) || recipients.Contains(a) || places.Contains(a));
        // "As I met with more and more refugees": the writer's own doings, outside any quote, are how the story was gathered, not news.
        if (entry.IsVerb && actors.Count == 0 && NarratorActs(index, sentence, trigger)) yield break;
        // "an offensive ... allowed the government to tighten the blockade": with no one allowing, the verb tells a cause, not a concession.
        // (Not a passive, whose allower goes unsaid: "Hundreds of civilians were allowed to leave eastern Ghouta".)
        if (entry.IsVerb && length == 1 && !frame.Passive && actors.Count == 0 && !frame.Unnamed.ContainsKey("actor") && lexicon.CausalVerbs.Contains(doc.TokenText(trigger))) yield break;
        // "Turkey's president, Recep Tayyip Erdoğan, has accused the US": a person and the office the text names him by,
        // side by side, are one party, not two events: the person.
        OnePartyPerPerson(index, frame, "actor", actors);
        OnePartyPerPerson(index, frame, "target", targets);
        var themeWords = frame["theme"].FirstOrDefault(f => f.Quantity is null && f.Mention is null)?.Span;
        string TextOf(TextSpan span) => doc.TextOf(span);
        string Why(string role, string? id)
        {
            var filler = frame[role].Concat(role == "target" && mutual ? frame["actor"] : []).FirstOrDefault(f => f.EntityId == id);
            var name = index.Entity(id)?.Name;
            return filler is null ? $"{role}: {name}" : $"{role}: '{TextOf(filler.Span)}'{(name is not null && name != TextOf(filler.Span) ? $" ({name})" : "")} — {filler.Via ?? "read from the clause"}";
        }
        var common = new List<string>
        {
            $"'{TextOf(triggerSpan)}' is {matchedBy ?? $"the {(entry.IsVerb ? "verb" : "noun")} of row '{entry.Lemma}' in data/event-triggers.tsv"}: {entry.Type}{(rowMode is null ? "" : "/" + rowMode)}{(rowCameo is null ? "" : $", CAMEO {rowCameo}")}{(acledType is null ? "" : $", ACLED {acledType}{(acledSub is null ? "" : " / " + acledSub)}")}",
            status == EventStatus.Reported && cue is null ? "status reported: no cue of plans, claims, denials, conditions or negation"
                : $"status {status.ToJson()}{(cue is null ? "" : $": cue '{cue}'")}{(quote is not null ? $" (inside a statement attributed to {index.Entity(claimedBy)?.Name ?? (claimedByWords is { } byWords ? $"'{doc.TextOf(byWords)}'" : "someone unnamed")})" : "")}",
        };
        if (acledDropped) common.Add($"no ACLED type: the event is {status.ToJson()}, and ACLED codes only what happened");
        if (retyped is not null) common.Add($"type {type}, not {entry.Type}: {retyped}, CAMEO {cameo}");
        if (cancelled is not null) common.Add($"type REJECT, not {entry.Type}: the meeting is called off ('{cancelled}'), and the calling off is what happened, CAMEO 125");
        if (refusedCue is not null) common.Add($"type {type}, not {entry.Type}: the {entry.Type.ToLowerInvariant()} is refused ('{refusedCue}'), and the refusal is what happened, CAMEO {cameo}");
        if (announced) common.Add($"type {type}, not {entry.Type}: the {entry.Type.ToLowerInvariant()} is announced, not done (PLOVER: an announced {(type == "AGREE" ? "cooperative deed or concession is an agreement" : "hostile deed is a threat")}), CAMEO {cameo}");
        if (date is not null) common.Add($"date {date.Value ?? "unknown"}: {date.Basis switch { "own" => "its own time expression", "context" => "the time of the surrounding report", "document" => "bounded by the publication date", var b => b }}");
        foreach (var q in quantities)
            if (doc.Quantities.FirstOrDefault(x => x.Id == q.QuantityId) is { } quantity) common.Add($"{q.Role.Replace('_', ' ')}: '{TextOf(quantity.Span)}'");
        int n = 0;
        // Several attackers of one target in one place are one attack, with its toll counted once:
        // "killed in Syrian and Russian air strikes" is one event by Syria with Russia, not two of 200 dead each.
        bool joint = actors.Count > 1 && recipients.Count == 0 && places.Count <= 1 && (targets.Count == 0 || type == "ASSAULT" && targets.Count <= 1);
        var actorWordsOf = frame.Unnamed.TryGetValue("actor", out var aw) ? aw : (TextSpan?)null;
        // "Attacks kill 12 security personnel": the victims the toll counts are the target, in words.
        var targetWordsOf = frame.Unnamed.TryGetValue("target", out var tw) ? tw : Victims(doc, quantities);
        foreach (var actor in OneOrNone(joint ? actors.Take(1).ToList() : actors))
        foreach (var target in OneOrNone(targets))
        foreach (var recipient in OneOrNone(recipients))
        foreach (var place in OneOrNone(places))
        {
            if (n++ >= 6) yield break;
            yield return new Event($"x{count + n}", type, triggerSpan)
            {
                Mode = mode,
                Cameo = cameo,
                AcledEventType = acledType,
                AcledSubEventType = acledSub,
                ActorId = actor,
                ActorWords = actor is null ? actorWordsOf : null,
                ActorWordsCode = actor is null ? AgentCodeOf(doc, actorWordsOf) : null,
                TargetWords = target is null ? targetWordsOf : null,
                TargetWordsCode = target is null ? AgentCodeOf(doc, targetWordsOf) : null,
                AssociatedActorIds = joint ? actors.Skip(1).ToList() : [],
                TargetId = target,
                RecipientId = recipient,
                PlaceId = place,
                PlaceOfDeed = place is not null && frame["place"].Any(f => f.EntityId == place && TreeFrameReader.IsDeedPlace(f.Via)),
                Date = date,
                Quantities = quantities,
                Status = status,
                ClaimedById = claimedBy,
                ClaimedByWords = claimedBy is null ? claimedByWords : null,
                QuoteId = quote?.Id,
                Evidence = [sentence.Span],
                DecidedBy = $"{entry.Source}:{entry.Lemma} ({(entry.IsVerb ? "verb" : "noun")}){(cue is null ? "" : $" + status cue \"{cue}\"")}",
                Explanation = [common[0], .. new[] { ("actor", actor), ("target", target), ("recipient", recipient), ("place", place) }.Where(r => r.Item2 is not null).Select(r => Why(r.Item1, r.Item2)), .. common.Skip(1)],
                Gloss = refusedCue is not null ? (refusedCue == "failed to" ? "failed to " : "refused to ") + (entry.Base ?? entry.Type.ToLowerInvariant())
                    : meetingCalledOff is not null ? $"called off {meetingCalledOff}{(trigger + length < sentence.EndToken && Words.IsAny(doc, trigger + length, "to", "with") ? " " + doc.TokenString(trigger + length) : "")}"
                    // ("died" takes no object: "Russia killed British jihadist", not "Russia died British jihadist".)
                    : entry.Gloss ?? (type == "ASSAULT" && lexicon.DeathVerbs.Contains(doc.TokenText(trigger)) ? "killed" : OwnPastTense(doc, trigger, length, entry)),
                Base = refusedCue is not null ? (refusedCue == "failed to" ? "fail to " : "refuse to ") + (entry.Base ?? entry.Type.ToLowerInvariant()) : meetingCalledOff is not null ? $"call off {meetingCalledOff}" : entry.Base,
                Theme = themeWords,
                Mutual = mutual,
                Anaphoric = anaphoric,
                Weak = weak,
            };
        }
    }

    /// <summary>"14 members of Iraqi security forces", "two leaders of the group": a count of people just before the 'of' phrase that names them.</summary>
    private static Quantity? CountOfMembers(DocumentIndex index, Mention m)
    {
        var doc = index.Document;
        int first = doc.TokenCovering(m.Span.Start);
        // "of the group": a determiner may open the phrase.
        int of = first - 1;
        if (of >= 0 && Words.IsAny(doc, of, "the")) of--;
        if (of < 1 || !Words.Is(doc, of, "of")) return null;
        return index.QuantityEndingAt(doc.Tokens[of - 1].End) is { Category: "people" or "troops" } q ? q : null;
    }

    /// <summary>
    /// The people a toll counts when they are a kind of actor the agents list ("12 security
    /// personnel", "11 people"), as the words of the count; a bare number ("kill 15") or a
    /// named group is no unnamed target.
    /// </summary>
    private TextSpan? Victims(Document doc, List<EventQuantity> counted)
    {
        foreach (var c in counted)
        {
            if (c.Role is not ("fatalities" or "injured" or "target_size")) continue;
            if (doc.Quantities.FirstOrDefault(q => q.Id == c.QuantityId) is not { } q) continue;
            if (AgentCodeOf(doc, q.Span) is not null && !doc.Mentions.Any(m => m.Span.Overlaps(q.Span) && m.EntityId is not null)) return q.Span;
            // "Twenty-five people killed", "Ten military personnel killed": the count's words end in the casualty word; who
            // died is named before it.
            if (q.Category == "casualties" && q.Modifier is not null && WordsBeforeLast(doc, q.Span) is { } who
                && AgentCodeOf(doc, who) is not null && !doc.Mentions.Any(m => m.Span.Overlaps(who) && m.EntityId is not null)) return who;
        }
        // "Iraq attacks kill 15, mostly police", "Iraq violence kills 73 including pilgrims, journalists": the
        // words right after the count say who most or some of the counted were.
        foreach (var c in counted)
        {
            if (c.Role is not ("fatalities" or "injured") || doc.Quantities.FirstOrDefault(q => q.Id == c.QuantityId) is not { } q) continue;
            int end = doc.Sentences[doc.SentenceAt(q.Span.Start)].EndToken;
            int k = doc.TokenAtOrAfter(q.Span.End);
            if (k < end && Words.IsPunct(doc, k, ',')) k++;
            if (k + 1 >= end || !Words.IsAny(doc, k, "including", "mostly", "mainly")) continue;
            int last = k;
            while (last + 1 < end && Words.IsLowerWord(doc, last + 1) && !FrameReader.IsPreposition(doc.TokenString(last + 1)) && last - k < 4) last++;
            if (last == k) continue;
            var who = TextSpan.FromBounds(doc.Tokens[k + 1].Start, doc.Tokens[last].End);
            if (AgentCodeOf(doc, who) is not null) return who;
        }
        return null;
    }

    /// <summary>The words of a span without its last word, when at least two words stay ("Twenty-five people killed" → "Twenty-five people").</summary>
    private static TextSpan? WordsBeforeLast(Document doc, TextSpan span)
    {
        if (doc.TokenCovering(span.Start) is not (int first and >= 0) || doc.TokenCovering(span.End - 1) is not (int last and >= 0) || last - first < 2) return null;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last - 1].End);
    }

    /// <summary>The Phoenix agent code of the words' head: the longest agent phrase ending at their last word ("security personnel" → MIL, "people" → PPL).</summary>
    private string? AgentCodeOf(Document doc, TextSpan? words)
    {
        if (agents is null || words is not { } span || doc.TokenCovering(span.End - 1) is not (int last and >= 0)) return null;
        int first = Math.Max(doc.TokenCovering(span.Start) is int f and >= 0 ? f : last, last - Math.Max(agents.LongestAgent, 1) + 1);
        for (int start = first; start <= last; start++)
            if (agents.Agent(doc.Text[doc.Tokens[start].Start..doc.Tokens[last].End]) is { } agent) return agent.Code;
        return null;
    }

    /// <summary>
    /// The body a town or region names, in words: "An Istanbul court", "The West Bengal government", "Baghdad police" — up to
    /// three lower-case nouns right after the place, the last an agent noun of the Phoenix dictionaries (not "Baghdad police station"),
    /// and no verb between them and the trigger but the one that carries it ("Syria state media said air defences had downed": the
    /// media only said so; "A Gibraltar court ordered the tanker's release" is the court's).
    /// </summary>
    private TextSpan? BodyAfterPlace(Document doc, Mention place, int trigger)
    {
        if (agents is null || doc.TokenAtOrAfter(place.Span.End) is not (>= 0 and var next) || doc.TokenCovering(place.Span.Start) is not (>= 0 and var first)) return null;
        int head = -1;
        for (int k = next; k < Math.Min(doc.Tokens.Count, next + 3) && Words.IsLowerWord(doc, k) && (doc.Syntax is not { } tree || !tree.IsParsed(k) || tree.Upos[k] == "NOUN"); k++)
            head = k;
        if (head < 0 || AgentCodeOf(doc, TextSpan.FromBounds(doc.Tokens[next].Start, doc.Tokens[head].End)) is null) return null;
        if (doc.Syntax is { } parse)
            for (int k = head + 1; k < trigger; k++)
                if (parse.IsParsed(k) && parse.Upos[k] == "VERB" && !(parse.IsParsed(trigger) && parse.Heads[trigger] == k && parse.Relations[trigger] == "obj")) return null;
        if (first > 0 && Words.IsAny(doc, first - 1, "the", "a", "an")) first--;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[head].End);
    }

    /// <summary>The same organisation, or one part of the other (the World Food Programme and the United Nations).</summary>
    private static bool SameBody(Entity a, Entity b) =>
        a.Id == b.Id || a.Referent?.ParentId is { } pa && pa == b.Referent?.Id || b.Referent?.ParentId is { } pb && pb == a.Referent?.Id;

    private static List<string> Ids(IReadOnlyList<Filler> fillers) =>
        fillers.Where(f => f.EntityId is not null).Select(f => f.EntityId!).Distinct().ToList();

    private static IEnumerable<string?> OneOrNone(List<string> ids) => ids.Count == 0 ? new string?[] { null } : ids;

    /// <summary>
    /// The named group just before "claims"/"claimed" (two words may stand between: "Qaeda group
    /// claims") when the attack noun is inside what is claimed: only modifiers, names, numbers and
    /// "responsibility for" between ("claims Iraq car bombs"), no verb ("claims 50 militants were
    /// killed" is an assertion, not a claim of the deed). A place or country is no claimant.
    /// </summary>
    private static Filler? Claimant(DocumentIndex index, Sentence sentence, int trigger)
    {
        var doc = index.Document;
        // "Baghdad blast claimed by Islamic State": the group after "claimed by".
        int after = trigger + 1 < sentence.EndToken && Words.IsPunct(doc, trigger + 1, ',') ? trigger + 2 : trigger + 1;
        if (after + 2 < sentence.EndToken && Words.IsAny(doc, after, "claimed") && Words.IsAny(doc, after + 1, "by"))
            return index.MentionAt(after + 2) is { } by && by.Form != MentionForm.Pronoun && index.KindOf(by) is { } byKind && !byKind.IsPlace() && byKind != EntityKind.Person
                ? new Filler(by.Span, by, null) : null;
        for (int c = trigger - 1; c >= Math.Max(sentence.FirstToken + 1, trigger - 8); c--)
        {
            if (Words.IsAny(doc, c, "claims", "claimed", "claim", "claiming"))
            {
                // "investigated claims of chemical attacks" is a noun; "claimed the attack was staged" asserts, it does not claim the deed.
                if (Words.IsAny(doc, c + 1, "of", "that") || Enumerable.Range(trigger + 1, 2).Any(k => k < sentence.EndToken && Words.IsAny(doc, k, "was", "were", "is", "are", "had", "has")))
                    return null;
                for (int k = c - 1; k >= Math.Max(sentence.FirstToken, c - 3); k--)
                {
                    if (index.Mentions.EndingAt(doc.Tokens[k].End).FirstOrDefault(m => m.Form != MentionForm.Pronoun) is { } m)
                        return index.KindOf(m) is { } kind && !kind.IsPlace() && kind != EntityKind.Person ? new Filler(m.Span, m, null) : null;
                    // Only a noun of the group's own may stand between ("Qaeda group claims"), not a verb.
                    if (!Words.IsLowerWord(doc, k) || doc.TokenText(k).EndsWith("ed", StringComparison.Ordinal) || doc.TokenText(k).EndsWith("ing", StringComparison.Ordinal)) return null;
                }
                return null;
            }
            if (doc.Tokens[c].Kind == TokenKind.Punctuation && !Words.IsAny(doc, c, "-", "'s", "’s")) return null;
            if (doc.Syntax is { } tree && tree.IsParsed(c) && tree.Upos[c] is "VERB" or "AUX") return null;
        }
        return null;
    }

    /// <summary>
    /// Armed men or people the text does not name, right before the verb: "Jihadists attack ...",
    /// "Gunmen kill ...", "Kurd troops attack ..." (up to two words before the counted noun).
    /// </summary>
    private TextSpan? UnnamedSubject(DocumentIndex index, Sentence sentence, int trigger)
    {
        var doc = index.Document;
        int k = trigger - 1;
        // Over adverbs in -ly and auxiliaries: "rebels had shelled", "troops reportedly killed".
        while (k >= sentence.FirstToken && Words.IsLowerWord(doc, k) && (doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal)
               || Words.IsAny(doc, k, "had", "has", "have", "will", "would", "also"))) k--;
        if (k < sentence.FirstToken || doc.Tokens[k].Kind != TokenKind.Word || quantities.Units.LongestAt(doc, k, k + 1).Value is not { Category: "troops" or "people" }) return null;
        if (index.QuantityCovering(doc.Tokens[k].Span) is not null) return null;
        // "Bombs targeting mourners kill 10": people right after a participle are its object, not the subject.
        if (k > sentence.FirstToken && doc.TokenText(k - 1).EndsWith("ing", StringComparison.Ordinal) && doc.Syntax is { } parse && parse.IsParsed(k - 1) && parse.Upos[k - 1] == "VERB") return null;
        int first = k;
        // Never over a lower-case verb: "The ministry said rebels shelled Aleppo" names the rebels, not the ministry's saying.
        while (first - 1 >= sentence.FirstToken && first > k - 2 && doc.Tokens[first - 1].Kind == TokenKind.Word && !FrameReader.IsPreposition(doc.TokenString(first - 1))
               && !Words.IsAny(doc, first - 1, "and", "or", "that", "who", "which") && !FrameReader.IsSubordinator(doc.TokenString(first - 1))
               && !(Words.IsLowerWord(doc, first - 1) && doc.Syntax is { } tree && tree.IsParsed(first - 1) && tree.Upos[first - 1] is "VERB" or "AUX")
               // Nor before an article that opens it: "so far the mayor has refused" is the mayor.
               && !(Words.IsAny(doc, first, "the", "a", "an") && Words.IsLowerWord(doc, first - 1))) first--;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[k].End);
    }

    /// <summary>
    /// A person or people the text does not name, right after the trigger (a determiner and up to
    /// two modifiers between): "executes journalist", "kill woman ex-candidate", "of Iraqi soldier".
    /// </summary>
    private bool PersonAfter(DocumentIndex index, Sentence sentence, int trigger, bool ofPhrase, bool counted)
    {
        var doc = index.Document;
        int k = trigger + 1;
        if (k < sentence.EndToken && FrameReader.IsScareMark(doc, k, sentence.EndToken)) k++;
        if (k < sentence.EndToken && Words.IsAny(doc, k, "of"))
        {
            // A noun's 'of' phrase says who ("beheading of Iraqi soldier"); a verb has no 'of' object ("incite the murder of").
            if (!ofPhrase) return false;
            k++;
        }
        if (k < sentence.EndToken && Words.IsAny(doc, k, "a", "an", "the", "two", "three", "local", "former")) k++;
        // "killed a number of soldiers", "arrested a group of protesters": a count in words before whom it counts (for deeds done
        // to people: "I met a group of women" is no meeting of note).
        if (counted && k + 1 < sentence.EndToken && Words.IsAny(doc, k, "number", "group", "handful", "couple") && Words.IsAny(doc, k + 1, "of")) k += 2;
        for (int end = Math.Min(sentence.EndToken, k + 3); k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (quantities.Units.LongestAt(doc, k, k + 1).Value is { Category: "people" or "troops" }) return true;
            if (FrameReader.IsPreposition(doc.TokenString(k))) return false;
        }
        return false;
    }

    /// <summary>
    /// People gathered for a cause: a crowd counted ("thousands rallied"), a party as actor, or a
    /// cause or crowd named in the sentence (data/crowd-words.txt). "The Red Sox rally in the ninth
    /// inning" and "stocks rallied" have none.
    /// </summary>
    private bool Crowd(DocumentIndex index, Sentence sentence, Frame frame)
    {
        // A place alone is not enough: "shares rallied in Tokyo".
        if (frame["actor"].Concat(frame["theme"]).Any(f => f.Quantity?.Category == "people" || f.Mention is { } m && index.KindOf(m) is EntityKind.Party)) return true;
        var doc = index.Document;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (index.QuantityAt(t) is { Category: "people" }) return true;
            if (doc.Tokens[t].Kind == TokenKind.Word && lexicon.CrowdWords.Contains(doc.TokenText(t))) return true;
        }
        return false;
    }

    /// <summary>
    /// A headline's attack on a party it names, with a sign of violence — a word of harm before it, the dead counted, or an
    /// armed target — and no verb of violence after it that tells the attack: "At least 500 escape in deadly assaults on
    /// Iraq prisons" is the news; "Clinton steps up attacks on Trump" is not.
    /// </summary>
    private bool HeadlineAttackOnNamedParty(DocumentIndex index, Sentence sentence, int trigger, int length, EventTrigger entry, Frame frame) =>
        entry.Type == "ASSAULT" && frame["target"].Count > 0 && sentence.Index == 0 && Words.EndsLikeHeadline(index.Document, sentence.EndToken)
        && !VerbOfViolenceAfter(index.Document, sentence, trigger + length - 1)
        && (HasAdjectiveBefore(index, trigger, sentence.FirstToken) || HasCasualties(index, sentence)
            || frame["target"].Any(f => f.Mention is { } m && index.KindOf(m) is { } kind && kind.IsArmed()));

    /// <summary>A verb of dying right after a count, in its sentence: "40 people died", "Twenty-five civilians died", "around 230 civilians have died".</summary>
    private bool DiesAfter(Document doc, Quantity q, int sentenceEnd)
    {
        int next = doc.TokenAtOrAfter(q.Span.End);
        if (next < sentenceEnd && Words.IsAny(doc, next, "have", "has", "had")) next++;
        return next < sentenceEnd && lexicon.DeathVerbs.Contains(doc.TokenText(next));
    }

    /// <summary>
    /// A semicolon or a "where" between an attack and a count opens a clause that may tell of another time: "the
    /// latest violence in eastern Ghouta, where 1,300 people died in 2013"; "33 were killed in July 2015; or when 109
    /// died in a bomb attack". (Not "when": "Seven dead when gunmen open fire on bus" is one attack.)
    /// </summary>
    private static bool ClauseOfAnotherTimeBetween(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Words.IsPunct(doc, k, ';') || Words.Is(doc, k, "where")) return true;
        return false;
    }

    /// <summary>
    /// A verb of killing or wounding or a word a trigger row reads as an attack among tokens [from, to), other than
    /// the words of the attack's own <paramref name="doer"/>.
    /// </summary>
    private bool AttackBetween(Document doc, Sentence sentence, int from, int to, TextSpan? doer = null)
    {
        for (int k = from; k < to; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) continue;
            // The attack's own doer is no other attack: "11 die as a suicide bomber targets worshippers".
            if (doer is { } words && words.Contains(doc.Tokens[k].Span)) continue;
            // Nor is a relative clause right after the trigger: "the bombing that killed 15", "the attack, which killed 12".
            if (k > from && Words.IsAny(doc, k - 1, "that", "which") && (k - 1 == from || k - 2 == from && Words.IsPunct(doc, from, ','))) continue;
            // "killed 12 people and wounded 30": a count coordinated with the trigger's own is the same attack's.
            if (quantities.CountingVerbs.ContainsKey(doc.TokenText(k)) && !(k > from && Words.IsAny(doc, k - 1, "and", ","))) return true;
            if (lexicon.Triggers.MatchesAt(doc, k, sentence.EndToken).LastOrDefault().Values is { } rows && rows.Any(r => r.Type == "ASSAULT")) return true;
        }
        return false;
    }

    /// <summary>A count of people, troops or casualties, or a bare number: what a toll can count (not bombs, vehicles, villages, money).</summary>
    private static bool IsOfPeople(Quantity q) => q.Category is null or "people" or "troops" or "casualties";

    /// <summary>The verb of killing or wounding just before a count ("kill 28 civilians", "wounded at least 30"), if any.</summary>
    private UnitNoun? CountingVerbBefore(Document doc, Quantity q)
    {
        int first = doc.TokenCovering(q.Span.Start);
        return first > 0 && quantities.CountingVerbs.TryGetValue(doc.TokenText(first - 1), out var verb) ? verb : null;
    }

    /// <summary>"missile attacks", "drone strike": a modifier before the trigger refines how it was done.</summary>
    private (string? Mode, string? Cameo, string? AcledType, string? AcledSub) Refine(Document doc, int trigger, EventTrigger entry, Frame frame, DocumentIndex index)
    {
        string? mode = entry.Mode, cameo = entry.Cameo, type = entry.AcledEventType, sub = entry.AcledSubEventType;
        for (int k = trigger - 1; k >= Math.Max(0, trigger - 2); k--)
        {
            if (!lexicon.AttackModifiers.TryGetValue(doc.TokenString(k), out var m) || entry.Type != "ASSAULT") continue;
            (mode, cameo, type, sub) = (m.Mode, m.Cameo, m.AcledEventType, m.AcledSubEventType);
            break;
        }
        // Aid: what is given says what kind.
        if (entry.Type == "AID")
        {
            var words = string.Join(" ", frame["theme"].Select(f => doc.TextOf(f.Span))).ToLowerInvariant();
            var category = frame["theme"].Select(f => f.Quantity?.Category).FirstOrDefault(c => c is not null);
            if (category == "money" || words.Contains("fund") || words.Contains("loan") || words.Contains("budget")) (mode, cameo) = ("economic", "071");
            else if (category is "vehicles" or "weapons" || words.Contains("weapon") || words.Contains("arms") || words.Contains("ammunition") || words.Contains("training") || words.Contains("military")
                     || words.Split(' ').Any(w => quantities.Units.Find(w) is { Category: "vehicles" or "weapons" }))
                (mode, cameo) = ("military", "072");
            else if (words.Contains("food") || words.Contains("medic") || words.Contains("humanitarian") || words.Contains("shelter") || words.Contains("water") || words.Contains("tents"))
                (mode, cameo) = ("humanitarian", "073");
        }
        // Violence against civilians when civilians are the target and nothing says it was a battle.
        if (entry.Type == "ASSAULT" && frame["target"].Any(f => index.Entity(f.EntityId)?.Referent?.Id is "GRP-CIVILIANS" or "GRP-RESIDENTS" or "GRP-PROTESTERS" or "GRP-REFUGEES")
            && type is "Battles")
            (type, sub) = ("Violence against civilians", "Attack");
        return (mode, cameo, type, sub);
    }

    private List<EventQuantity> Quantities(DocumentIndex index, Sentence sentence, TextSpan trigger, Frame frame, EventTrigger entry)
    {
        var doc = index.Document;
        var result = new List<EventQuantity>();
        void Add(Quantity q, string role)
        {
            if (result.All(r => r.QuantityId != q.Id)) result.Add(new EventQuantity(q.Id, role));
        }
        bool kills = entry.Lemma is "kill" or "execute" or "execution" || entry.IsVerb && lexicon.DeathVerbs.Contains(doc.TokenText(doc.TokenCovering(trigger.Start)));
        // "Two people were wounded", "wounded three": the trigger itself counts the wounded or the dead.
        var counting = entry.IsVerb && quantities.CountingVerbs.TryGetValue(doc.TokenText(doc.TokenCovering(trigger.Start)), out var ownVerb) ? ownVerb : null;
        bool counts = kills || counting is not null;
        string Casualty(Quantity q) => CountingVerbBefore(doc, q) is { } verb ? (verb.Unit == "injured" ? "injured" : "fatalities")
            : counting is not null && q.Category != "casualties" ? (counting.Unit == "injured" ? "injured" : "fatalities")
            : q.Unit == "injured" ? "injured" : "fatalities";
        // "Attacks kill 28 civilians": a number a verb of killing or wounding counts is the toll, whatever the trigger.
        // A count of things ("killed by two car bombs", "took 10 villages") is no toll whatever the verb.
        bool Counted(Quantity q) => q.Category == "casualties" || CountingVerbBefore(doc, q) is not null;
        bool Toll(Quantity q) => IsOfPeople(q) && (counts || Counted(q));
        foreach (var f in frame["theme"])
            if (f.Quantity is { } q) Add(q, Toll(q) ? Casualty(q) : "theme");
        // "killing at least 10 Somali soldiers", "two civilians were killed": the number of the target.
        foreach (var f in frame["target"])
        {
            var q = f.Quantity ?? (f.Mention is { } m ? index.QuantityCovering(m.Span) ?? CountOfMembers(index, m) : null);
            if (q is not null) Add(q, Toll(q) ? Casualty(q) : "target_size");
        }
        foreach (var f in frame["recipient"].Concat(frame["recipient_count"]))
            if (f.Quantity is { } q) Add(q, "recipients");
        // "31 dead as car bombs rock Iraq", "Nine dead in Iraq attacks": the dead or wounded the
        // sentence counts beside an attack are its toll, unless another attack or killing lies between.
        if (entry.Type == "ASSAULT")
        {
            int at = doc.TokenCovering(trigger.Start);
            int triggerLast = doc.TokenCovering(trigger.End - 1);
            TextSpan? doer = frame.Unnamed.TryGetValue("actor", out var unnamedActor) ? unnamedActor : null;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (index.QuantityAt(t) is not { } q || result.Any(r => r.QuantityId == q.Id)) continue;
                // The dead or wounded, or people counted as they died: "more than 40 people died in a strike".
                if (q is not { Category: "casualties", Unit: "dead" or "injured" } && !(q.Category is "people" or "troops" && DiesAfter(doc, q, sentence.EndToken))) continue;
                // The trigger's own modifiers are no other attack: "7 dead in suicide bomb attack".
                int own = at;
                while (own - 1 > t && ModifiesNoun(doc, own - 1)) own--;
                // The count's own words are no other attack either: "11 die as a suicide bomber targets worshippers".
                // (After a trigger of several words, from its last: "a car bomb that killed 15".)
                var (from, to) = t < own ? (doc.TokenCovering(q.Span.End - 1) + 1, own) : (triggerLast + 1, t);
                if (!AttackBetween(doc, sentence, from, to, doer) && !ClauseOfAnotherTimeBetween(doc, from, to)) Add(q, Casualty(q));
            }
        }
        // "10 killed", "15 Iraq soldiers killed": a count of casualties around the trigger is its toll.
        if (index.QuantityCovering(trigger) is { } covering)
            Add(covering, covering.Kind == QuantityKind.Ordinal ? "ordinal" : covering.Category == "casualties" ? Casualty(covering) : "count");
        // "Two people were also wounded in the attack": victims named only in words, counted — where no toll is
        // counted already ("Two police officers among 11 killed": 11 is the toll, the officers among them).
        if (frame.Unnamed.TryGetValue("target", out var victims) && index.QuantityCovering(victims) is { } counted
            && result.All(r => r.Role is not ("fatalities" or "injured")))
            Add(counted, Toll(counted) ? Casualty(counted) : "target_size");
        // The size of the acting force or crowd: "Some 7,500 coalition troops ... they", "Thousands of protesters".
        var actorIds = frame["actor"].Select(f => f.EntityId).Where(id => id is not null).ToHashSet();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (index.QuantityAt(t) is not { Category: "troops" or "people" } q) continue;
            if (index.MentionsWithin(q.Span).Any(m => actorIds.Contains(m.EntityId))) Add(q, "actor_size");
        }
        foreach (var f in frame["actor"])
            if (f.Quantity is { } q) Add(q, "actor_size");
        return result;
    }
}
