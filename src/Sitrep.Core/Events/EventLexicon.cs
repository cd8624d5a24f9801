using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Event triggers, attack modifiers and status cues from data/.</summary>
public sealed class EventLexicon
{
    public required PhraseTrie<EventTrigger> Triggers { get; init; }

    public required IReadOnlyDictionary<string, AttackModifier> AttackModifiers { get; init; }

    public required PhraseSet<StatusCue> StatusCuesBefore { get; init; }

    public required PhraseSet<StatusCue> StatusCuesAfter { get; init; }

    /// <summary>Status cues of a decision or order taken (data/status-cues.tsv, kind "decision"): "has decided to ease" is the deed to come, not an announcement.</summary>
    public IReadOnlySet<string> DecisionCues { get; init; } = new HashSet<string>();

    /// <summary>The converted PETRARCH verb dictionary, by verb form; empty when data/petrarch-verbs.tsv is absent.</summary>
    public required PhraseTrie<DictionaryVerb> DictionaryVerbs { get; init; }

    /// <summary>Causes of death that are no one's violence: earthquakes, floods, crashes, diseases (data/non-violent-causes.txt); the value is "disaster" for a natural disaster, else empty.</summary>
    public required PhraseSet<string> NonViolentCauses { get; init; }

    /// <summary>Nouns of violence no one in particular does ("violence", "attacks", "bombs"): a place named before one is where (data/violence-nouns.txt).</summary>
    public required WordList ViolenceNouns { get; init; }

    /// <summary>Verbs of violence made figurative by a particle: "kill off speculation", "fired off a tweet" (data/figurative-phrases.txt).</summary>
    public required PhraseSet<string> FigurativePhrases { get; init; }

    /// <summary>Nouns of organised dissent, for "call off" (data/dissent-nouns.txt).</summary>
    public WordList DissentNouns { get; init; } = new([]);

    /// <summary>Measures a state imposes and can lift (data/restriction-nouns.txt): "lifted the ban", not "lifted the trophy".</summary>
    public WordList RestrictionNouns { get; init; } = new([]);

    /// <summary>Words that make a "strike" a stoppage of work (data/labour-words.txt): "a strike by 9,000 hourly workers".</summary>
    public WordList LabourWords { get; init; } = new([]);

    /// <summary>What a strike "for" or "over" is about when it stops work (data/pay-words.txt): "a strike for increased wages".</summary>
    public WordList PayWords { get; init; } = new([]);

    /// <summary>Nouns of a state's envoy (data/envoy-nouns.txt): summoning one is a formal complaint.</summary>
    public WordList EnvoyNouns { get; init; } = new([]);

    /// <summary>Words that say people gathered for a cause, for "rally" and "march" (data/crowd-words.txt).</summary>
    public required WordList CrowdWords { get; init; }

    /// <summary>Verbs a headline puts right after a plural noun of violence, its subject (data/headline-verbs.txt): "Iraq attacks push May death toll past 600".</summary>
    public required WordList HeadlineVerbs { get; init; }

    /// <summary>Nouns of places and civilian sites: a name right before one says where, not who (data/place-nouns.txt).</summary>
    public WordList PlaceNouns { get; init; } = new([]);

    /// <summary>Military and security sites ("camp", "base", "checkpoint"): as an attack verb's object, a site attacked that the text does not name (data/site-nouns.txt).</summary>
    public WordList SiteNouns { get; init; } = new([]);

    /// <summary>data/non-event-nouns.txt: words a verb's row matches whose noun names no deed of it ("a sign of", "military targets").</summary>
    public WordList NonEventNouns { get; init; } = new([]);

    /// <summary>data/pattern-only-verbs.txt: PETRARCH verbs of many senses that code only through a pattern of theirs.</summary>
    public WordList PatternOnlyVerbs { get; init; } = new([]);

    /// <summary>data/occurrence-verbs.txt: verbs whose subject is the event itself ("clashes erupted", "fighting broke out").</summary>
    public PhraseSet<string> OccurrenceVerbs { get; init; } = new();

    /// <summary>
    /// The length of a verb at the token, before <paramref name="end"/>, that says its subject happened
    /// (data/occurrence-verbs.txt: "erupted", "broke out"), or 0. Not one with an object or before the noun
    /// it describes ("continued their sit-in", "protest continued detention").
    /// </summary>
    public int OccurrenceVerbAt(Document doc, int at, int end)
    {
        if (at >= end || doc.Tokens[at].Kind != TokenKind.Word) return 0;
        int length = OccurrenceVerbs.LongestAt(doc, at, Math.Min(end, at + 2)).Length;
        if (length == 0) return 0;
        int after = at + length;
        if (after < end && doc.Syntax is { } tree && tree.IsParsed(after) && tree.Upos[after] is "NOUN" or "PROPN" or "DET" or "NUM" or "PRON") return 0;
        return length;
    }

    /// <summary>Endings of words that give a stoppage its length or extent: "24-hour", "week-long", "state-wide".</summary>
    private static readonly string[] Extents = ["-hour", "-day", "-week", "-month", "-long", "-wide"];

    /// <summary>
    /// The word at <paramref name="at"/> is "strike(s)" as a stoppage of work: "on strike", a lower-case labour word
    /// right after it ("strike action", "striking seamen"), or among the three words before it ("a general strike",
    /// "a 24-hour strike", "week-long strikes", "the miners' strike"), or in its "by"/"of"/"among" phrase before another preposition
    /// ("a strike by 9,000 hourly workers"; not "a strike by warplanes on a factory"), or "for"/"over" pay ("a strike for higher wages").
    /// </summary>
    public bool IsLabourStrike(Document doc, int at, int sentenceStart, int sentenceEnd)
    {
        if (!Entities.Words.IsAny(doc, at, "strike", "strikes", "striking")) return false;
        // "still on strike", "striking union locals"
        if (at > sentenceStart && Entities.Words.IsAny(doc, at - 1, "on")) return true;
        if (at + 1 < sentenceEnd && Entities.Words.IsLowerWord(doc, at + 1) && LabourWords.Contains(doc.TokenText(at + 1))) return true;
        if (Entities.Words.IsAny(doc, at, "striking")) return false;
        // The words that qualify it, back to an article or a preposition ("aid workers killed in a strike on a convoy").
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - 3) && doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number
                             && !Entities.Words.IsAny(doc, k, "a", "an", "the", "this", "that", "its", "their") && !FrameReader.IsPreposition(doc.TokenString(k)); k--)
        {
            var word = doc.TokenText(k);
            if (Entities.Words.IsLowerWord(doc, k) && LabourWords.Contains(word)) return true;
            foreach (var extent in Extents)
                if (word.EndsWith(extent, StringComparison.OrdinalIgnoreCase)) return true;
        }
        if (at + 1 >= sentenceEnd) return false;
        // "a strike for increased wages", "a strike over pay": pay within three words (not "strikes over the weekend without warning").
        if (Entities.Words.IsAny(doc, at + 1, "for", "over"))
        {
            for (int k = at + 2; k < Math.Min(sentenceEnd, at + 5); k++)
                if (Entities.Words.IsLowerWord(doc, k) && PayWords.Contains(doc.TokenText(k))) return true;
            return false;
        }
        if (!Entities.Words.IsAny(doc, at + 1, "by", "of", "among")) return false;
        for (int k = at + 2; k < Math.Min(sentenceEnd, at + 8) && doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number; k++)
        {
            if (Entities.Words.IsAny(doc, k, "on", "against", "in", "near", "into", "targeting")) return false;
            if (Entities.Words.IsLowerWord(doc, k) && LabourWords.Contains(doc.TokenText(k))) return true;
        }
        return false;
    }

    /// <summary>data/manner-words.txt: words before an event's noun that say how it went ("fierce", "renewed"), never who.</summary>
    public WordList MannerWords { get; init; } = new([]);

    /// <summary>data/kin-nouns.txt: nouns of kin ("father", "husband"), people of their own, never the one whose kin they are.</summary>
    public WordList KinNouns { get; init; } = new([]);

    /// <summary>data/closed-class-words.txt: function words and common adverbs ("meanwhile"), which name no party.</summary>
    public WordList ClosedClass { get; init; } = new([]);

    /// <summary>data/patient-nouns.txt: nouns of what is done to someone, whose possessor undergoes it ("his arrest").</summary>
    public WordList PatientNouns { get; init; } = new([]);

    /// <summary>data/causal-verbs.txt: verbs that say one thing made another possible ("an offensive allowed the government to ..."): a deed only with someone allowing.</summary>
    public WordList CausalVerbs { get; init; } = new([]);

    /// <summary>data/witness-nouns.txt: speakers named only in these words ("witnesses", "a war monitor") report events; anyone else named only in words claims them.</summary>
    public WordList WitnessNouns { get; init; } = new([]);

    /// <summary>data/cancel-verbs.txt: verbs that call off a meeting before it happens ("cancelled a planned visit").</summary>
    public WordList CancelVerbs { get; init; } = new([]);

    /// <summary>What a refused deed is (data/refusal-types.tsv): "will not begin talks" is a rejection.</summary>
    public IReadOnlyDictionary<string, (string Type, string Cameo)> RefusalTypes { get; init; } = new Dictionary<string, (string, string)>();

    /// <summary>What an announced deed of a type is, with its CAMEO code: "will meet" is AGREE 036 (data/intent-types.tsv).</summary>
    public IReadOnlyDictionary<string, (string Type, string Cameo)> IntentTypes { get; init; } = new Dictionary<string, (string, string)>();

    /// <summary>Verbs of saying after which "would" reports an intent: "said it would recognize" (data/reported-intent-verbs.txt).</summary>
    public WordList ReportedIntentVerbs { get; init; } = new([]);

    /// <summary>Nouns of a request, demand or offer whose "from"/"by" phrase names who made it (data/request-nouns.txt).</summary>
    public WordList RequestNouns { get; init; } = new([]);

    /// <summary>Verbs whose subject died ("civilians have died"): the subject is the victim (data/death-verbs.txt).</summary>
    public required WordList DeathVerbs { get; init; }

    /// <summary>Nouns that count what follows "of" and name no one: "Wave of bombings" (data/measure-nouns.txt).</summary>
    public required WordList MeasureNouns { get; init; }

    /// <summary>Verbs whose object is the deed judged, asked for or protested: it stays their target (the stance verbs of data/attitude-verbs.tsv and data/judging-verbs.txt).</summary>
    public WordList JudgingVerbs { get; init; } = new([]);

    /// <summary>Nouns of a state or activity a deed starts, stops or keeps: "on alert", "sought refuge" (data/deed-nouns.txt).</summary>
    public WordList DeedNouns { get; init; } = new([]);

    /// <summary>Words of one PLOVER type in the PLV training sentences, for the classifier's events only (data/event-words.tsv).</summary>
    public EventWords Words { get; init; } = EventWords.None;

    /// <summary>How a dictionary verb's words fill roles: it names no preposition, so the usual ones.</summary>
    private static readonly Dictionary<string, string> DictionaryRoles = new(StringComparer.Ordinal)
    {
        ["subject"] = "actor", ["object"] = "target", ["with"] = "target", ["against"] = "target", ["to"] = "target",
        ["on"] = "target", ["in"] = "place", ["at"] = "place",
    };

    /// <summary>A file of phrases, one per line ('#' opens a comment line), each its own value.</summary>
    private static PhraseSet<string> Phrases(string path, Abbreviations abbreviations)
    {
        var phrases = new PhraseSet<string>();
        foreach (var line in File.ReadLines(path))
            if (line.Trim() is { Length: > 0 } phrase && !phrase.StartsWith('#')) phrases.Add(phrase, phrase, abbreviations);
        return phrases;
    }

    public static EventLexicon Load(string dataDirectory, Abbreviations abbreviations)
    {
        var triggers = new PhraseTrie<EventTrigger>();
        var t = TsvTable.Load(Path.Combine(dataDirectory, "event-triggers.tsv"));
        foreach (var r in t.Rows)
        {
            var roles = t.Get(r, "roles")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(':'))
                .ToDictionary(p => p[0], p => p[1]) ?? [];
            var trigger = new EventTrigger(t.Required(r, "trigger"), t.Required(r, "pos") == "verb", t.Required(r, "type"))
            {
                Mode = t.Get(r, "mode"),
                Cameo = t.Get(r, "cameo"),
                AcledEventType = t.Get(r, "acled_event_type"),
                AcledSubEventType = t.Get(r, "acled_sub_event_type"),
                Roles = roles,
                Requires = t.List(r, "requires"),
                Gloss = t.Get(r, "gloss"),
                Base = t.Get(r, "base"),
            };
            foreach (var form in t.List(r, "forms"))
                triggers.Add(PhraseTokens.Split(form, abbreviations), trigger);
        }
        var m = TsvTable.Load(Path.Combine(dataDirectory, "attack-modifiers.tsv"));
        var modifiers = m.Rows.Select(r => new AttackModifier(m.Required(r, "modifier"), m.Required(r, "mode"), m.Required(r, "cameo"),
                m.Required(r, "acled_event_type"), m.Required(r, "acled_sub_event_type")))
            .ToDictionary(x => x.Word, StringComparer.OrdinalIgnoreCase);
        var before = new PhraseSet<StatusCue>();
        var after = new PhraseSet<StatusCue>();
        var s = TsvTable.Load(Path.Combine(dataDirectory, "status-cues.tsv"));
        var decisions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in s.Rows)
        {
            bool isAfter = s.Required(r, "position") == "after";
            var kinds = s.List(r, "kind");
            var cue = new StatusCue(s.Required(r, "cue"), Enum.Parse<EventStatus>(s.Required(r, "status"), ignoreCase: true), isAfter)
            { NounTo = kinds.Contains("noun_to") };
            if (kinds.Contains("decision")) decisions.Add(cue.Cue);
            (isAfter ? after : before).Add(cue.Cue, cue, abbreviations);
        }
        var causes = new PhraseSet<string>();
        foreach (var line in File.ReadLines(Path.Combine(dataDirectory, "non-violent-causes.txt")))
            if (line.Trim() is { Length: > 0 } entry && !entry.StartsWith('#') && entry.Split('\t') is [var cause, .. var kind])
                causes.Add(cause.Trim(), kind is [var k] ? k.Trim() : "", abbreviations);
        var violence = WordList.Load(Path.Combine(dataDirectory, "violence-nouns.txt"));
        var figurative = Phrases(Path.Combine(dataDirectory, "figurative-phrases.txt"), abbreviations);
        return new EventLexicon
        {
            DecisionCues = decisions,
            NonViolentCauses = causes,
            ViolenceNouns = violence,
            FigurativePhrases = figurative,
            OccurrenceVerbs = Phrases(Path.Combine(dataDirectory, "occurrence-verbs.txt"), abbreviations),
            CrowdWords = WordList.Load(Path.Combine(dataDirectory, "crowd-words.txt")),
            HeadlineVerbs = WordList.Load(Path.Combine(dataDirectory, "headline-verbs.txt")),
            MeasureNouns = WordList.Load(Path.Combine(dataDirectory, "measure-nouns.txt")),
            DissentNouns = WordList.Load(Path.Combine(dataDirectory, "dissent-nouns.txt")),
            RestrictionNouns = WordList.Load(Path.Combine(dataDirectory, "restriction-nouns.txt")),
            EnvoyNouns = WordList.Load(Path.Combine(dataDirectory, "envoy-nouns.txt")),
            LabourWords = WordList.Load(Path.Combine(dataDirectory, "labour-words.txt")),
            PayWords = WordList.Load(Path.Combine(dataDirectory, "pay-words.txt")),
            DeathVerbs = WordList.Load(Path.Combine(dataDirectory, "death-verbs.txt")),
            Triggers = triggers, AttackModifiers = modifiers, StatusCuesBefore = before, StatusCuesAfter = after,
            DictionaryVerbs = LoadDictionaryVerbs(Path.Combine(dataDirectory, "petrarch-verbs.tsv"), abbreviations),
            Words = EventWords.Load(Path.Combine(dataDirectory, "event-words.tsv")),
            PlaceNouns = WordList.Load(Path.Combine(dataDirectory, "place-nouns.txt")),
            SiteNouns = WordList.Load(Path.Combine(dataDirectory, "site-nouns.txt")),
            NonEventNouns = WordList.Load(Path.Combine(dataDirectory, "non-event-nouns.txt")),
            PatientNouns = WordList.Load(Path.Combine(dataDirectory, "patient-nouns.txt")),
            CancelVerbs = WordList.Load(Path.Combine(dataDirectory, "cancel-verbs.txt")),
            CausalVerbs = WordList.Load(Path.Combine(dataDirectory, "causal-verbs.txt")),
            WitnessNouns = WordList.Load(Path.Combine(dataDirectory, "witness-nouns.txt")),
            ClosedClass = WordList.Load(Path.Combine(dataDirectory, "closed-class-words.txt")),
            MannerWords = WordList.Load(Path.Combine(dataDirectory, "manner-words.txt")),
            KinNouns = WordList.Load(Path.Combine(dataDirectory, "kin-nouns.txt")),
            PatternOnlyVerbs = WordList.Load(Path.Combine(dataDirectory, "pattern-only-verbs.txt")),
            RequestNouns = WordList.Load(Path.Combine(dataDirectory, "request-nouns.txt")),
            JudgingVerbs = LoadJudgingVerbs(dataDirectory),
            DeedNouns = WordList.Load(Path.Combine(dataDirectory, "deed-nouns.txt")),
            ReportedIntentVerbs = WordList.Load(Path.Combine(dataDirectory, "reported-intent-verbs.txt")),
            IntentTypes = LoadIntentTypes(Path.Combine(dataDirectory, "intent-types.tsv")),
            RefusalTypes = LoadRefusalTypes(Path.Combine(dataDirectory, "refusal-types.tsv")),
        };
    }

    /// <summary>The stance verbs of data/attitude-verbs.tsv ("condemned", "rejected", "welcomed") and data/judging-verbs.txt's others.</summary>
    private static WordList LoadJudgingVerbs(string dataDirectory)
    {
        var attitudes = TsvTable.Load(Path.Combine(dataDirectory, "attitude-verbs.tsv"));
        var stance = attitudes.Rows.Where(r => attitudes.Required(r, "kind") == "stance").Select(r => attitudes.Required(r, "form"));
        var others = File.ReadLines(Path.Combine(dataDirectory, "judging-verbs.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        return new WordList(stance.Concat(others));
    }

    private static Dictionary<string, (string Type, string Cameo)> LoadIntentTypes(string path)
    {
        var t = TsvTable.Load(path);
        return t.Rows.ToDictionary(r => t.Required(r, "type"), r => (t.Required(r, "intent_type"), t.Required(r, "cameo")), StringComparer.Ordinal);
    }

    private static Dictionary<string, (string Type, string Cameo)> LoadRefusalTypes(string path)
    {
        var t = TsvTable.Load(path);
        return t.Rows.ToDictionary(r => t.Required(r, "type"), r => (t.Required(r, "refusal_type"), t.Required(r, "cameo")), StringComparer.Ordinal);
    }

    private static PhraseTrie<DictionaryVerb> LoadDictionaryVerbs(string path, Abbreviations abbreviations)
    {
        var trie = new PhraseTrie<DictionaryVerb>();
        if (!File.Exists(path)) return trie;
        var t = TsvTable.Load(path);
        EventTrigger? Trigger(string block, string[] row) =>
            t.Get(row, "plover") is { } type
                ? new EventTrigger(block.ToLowerInvariant(), true, type)
                {
                    Mode = t.Get(row, "mode"),
                    Cameo = t.Get(row, "cameo"),
                    Roles = DictionaryRoles,
                    Requires = ["dyad"],
                    Source = "events/petrarch-verbs.tsv",
                }
                : null;
        foreach (var group in t.Rows.GroupBy(r => t.Required(r, "block")))
        {
            var rows = group.ToList();
            var head = rows.First(r => t.Get(r, "pattern") is null);
            var patterns = rows.Where(r => t.Get(r, "pattern") is not null).Select(r =>
            {
                var text = t.Required(r, "pattern");
                var words = text.Split(" + ").Select(position => (IReadOnlyList<string[]>)position.Split('/').Select(alt => alt.Split(' ')).ToArray()).ToArray();
                return new DictionaryPattern(words, Trigger(group.Key, r), text, t.Required(r, "source"));
            }).Where(p => p.Trigger is not null).ToArray();
            var verb = new DictionaryVerb(group.Key, Trigger(group.Key, head), patterns, t.Required(head, "source"));
            if (verb.Default is null && patterns.Length == 0) continue;
            foreach (var form in t.List(head, "forms"))
                trie.Add(PhraseTokens.Split(form, abbreviations), verb);
        }
        return trie;
    }
}
