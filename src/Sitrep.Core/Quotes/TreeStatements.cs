using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Lexicons;

namespace Sitrep.Quotes;

/// <summary>A statement read from the dependency tree: its words, what was said, who said it and the cue.</summary>
public readonly record struct TreeStatement(TextSpan Span, TextSpan Content, SpeakerPhrase? Speaker, int Cue, string How, string Kind = "say");

/// <summary>
/// Reads statements from a sentence's dependency tree: a verb of speech (data/speech-verbs.tsv)
/// or of attitude (data/attitude-verbs.tsv) whose subject is the source (through a relative
/// "who", a coordinated or chained verb, or "by" in the passive) and whose clausal complement
/// is the content ("officials believe the attack was planned"); for attitudes also its "to"
/// clause ("vowed to retaliate"), object ("criticized the decision") or "for/to/of" phrase
/// ("called for a ceasefire"). The order of words no longer decides: "condemned by the White
/// House" makes the White House the source, and the condemned the content.
/// </summary>
public sealed class TreeStatements(SpeechVerbs speech, SpeechVerbs attitudes, SpeechVerbs nouns, SpeakerWords speakerWords, EntityLexicon lexicon)
{
    /// <summary>Prepositions that introduce what an attitude is about: "called for", "pointed to", "spoke of", "railed against".</summary>
    private static bool IsContentCase(ReadOnlySpan<char> word) =>
        word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("about", StringComparison.OrdinalIgnoreCase)
        || word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("against", StringComparison.OrdinalIgnoreCase)
        || word.Equals("as", StringComparison.OrdinalIgnoreCase);

    /// <summary>Longer sentences are left to the word-order rules: reading a tree costs its length times its depth.</summary>
    private const int MaxSentenceTokens = 250;

    /// <summary>Whether a sentence has a word the reader could start from, so only those need parsing.</summary>
    public bool MayHaveStatement(Document doc, Sentence sentence)
    {
        if (sentence.TokenCount > MaxSentenceTokens) return false;
        // "X issued the following statement:" introduces the quote after it.
        if (sentence.TokenCount > 0 && Words.IsPunct(doc, sentence.EndToken - 1, ':')) return true;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            var w = doc.TokenText(i);
            if (speech.Find(w) is not null || attitudes.Find(w) is not null || nouns.Find(w) is not null) return true;
        }
        return false;
    }

    /// <summary>The statements of one parsed sentence, cue by cue in text order; <paramref name="skipCue"/> says which cues are taken.</summary>
    public IEnumerable<TreeStatement> Find(Document doc, Sentence sentence, SpeakerPhrases speakers, Func<int, bool> skipCue)
    {
        if (doc.Syntax is not { } tree || sentence.TokenCount == 0 || !tree.IsParsed(sentence.FirstToken)) yield break;
        for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
        {
            if (!Words.IsLowerWord(doc, c) || tree.Upos[c] is not ("NOUN" or "VERB")) continue;
            if (tree.Upos[c] == "NOUN")
            {
                if (nouns.Find(doc.TokenText(c)) is { } noun && !skipCue(c) && ReadNoun(doc, tree, sentence, c, noun.Kind, speakers) is { } nominal) yield return nominal;
                continue;
            }
            var form = doc.TokenText(c);
            var said = speech.Find(form);
            var attitude = said is null ? attitudes.Find(form) : null;
            // Any other verb counts only with a clause and a someone as its subject: "Trump knows that ...", "she realized ...".
            if (said is null && attitude is null) attitude = HasThatClause(doc, tree, sentence, c) ? new SpeechVerb(form.ToString(), form.ToString(), "clause") : null;
            if (said is null && attitude is null || skipCue(c)) continue;
            if (Read(doc, tree, sentence, c, said ?? attitude!, said is not null, speakers) is { } statement) yield return statement;
        }
    }

    /// <summary>
    /// The clause a verb of saying governs, when the tree has one after it: where "X said A —
    /// and he noted B" ends A, which the end of the sentence does not.
    /// </summary>
    public TextSpan? ClauseOf(Document doc, Sentence sentence, int cue)
    {
        if (doc.Syntax is not { } tree || !tree.IsParsed(cue)) return null;
        int content = tree.Dependent(sentence, cue, "ccomp");
        if (content < 0) return null;
        var (first, last) = Trimmed(doc, tree.Subtree(sentence, content));
        if (first <= cue || last - first < 2) return null;
        return TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last].End);
    }

    /// <summary>
    /// The speaker of a direct quote the word-order rules could not attribute: the subject of
    /// the nearest verb of saying outside the quote in its sentences, however long the phrase
    /// between them ("“...,” Scott Pruitt, the Republican attorney general of Oklahoma, one of
    /// the states suing the EPA, said").
    /// </summary>
    public (SpeakerPhrase Speaker, int Cue)? QuoteSpeaker(Document doc, TextSpan quote, SpeakerPhrases speakers)
    {
        if (doc.Syntax is not { } tree) return null;
        int best = -1, bestDistance = int.MaxValue;
        int from = doc.SentenceAt(quote.Start), to = doc.SentenceAt(Math.Max(quote.Start, quote.End - 1));
        for (int si = from; si <= to; si++)
        {
            var sentence = doc.Sentences[si];
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                var t = doc.Tokens[c];
                if (quote.Start <= t.Start && t.End <= quote.End || !tree.IsParsed(c) || tree.Upos[c] != "VERB" || !Words.IsLowerWord(doc, c)) continue;
                if (speech.Find(doc.TokenText(c)) is not { Kind: not ("believe" or "evidence") }) continue;
                int distance = t.Start >= quote.End ? t.Start - quote.End : quote.Start - t.End;
                if (distance < bestDistance) (best, bestDistance) = (c, distance);
            }
        }
        if (best < 0) return Governor(doc, tree, quote, speakers) ?? AfterColon(doc, tree, quote, speakers);
        var home = doc.Sentences[doc.SentenceAt(doc.Tokens[best].Start)];
        int subject = SubjectOf(doc, tree, home, best);
        if (subject < 0 || quote.Start <= doc.Tokens[subject].Start && doc.Tokens[subject].End <= quote.End) return null;
        return Speaker(doc, tree, home, subject, speakers) is { } speaker ? (speaker, best) : null;
    }

    /// <summary>
    /// A quote inside someone's clause with no verb of saying: the subject of the verb the quote
    /// hangs from ("it is denouncing what it calls “...”", "Meg Whitman labeled Mr. Trump “unfit”").
    /// </summary>
    private static (SpeakerPhrase Speaker, int Cue)? Governor(Document doc, DependencyParse tree, TextSpan quote, SpeakerPhrases speakers)
    {
        int k = doc.TokenAtOrAfter(quote.Start);
        if (k >= doc.Tokens.Count || !tree.IsParsed(k)) return null;
        bool Inside(int t) => quote.Start <= doc.Tokens[t].Start && doc.Tokens[t].End <= quote.End;
        var sentence = doc.Sentences[doc.SentenceAt(doc.Tokens[k].Start)];
        for (int steps = 0; k >= 0 && steps < 8; steps++)
        {
            if (!Inside(k) && tree.Upos[k] == "VERB")
            {
                int subject = tree.Dependent(sentence, k, "nsubj");
                if (subject >= 0 && !Inside(subject))
                    return Speaker(doc, tree, sentence, subject, speakers) is { } speaker ? (speaker, k) : null;
            }
            k = tree.Heads[k];
        }
        return null;
    }

    /// <summary>
    /// A quote set off after a colon, often as a paragraph of its own: "Trump issued the following
    /// statement:", "Kerry:", "As one analyst put it:". The subject of the clause before the colon
    /// speaks; a bare name before it is the speaker.
    /// </summary>
    private (SpeakerPhrase Speaker, int Cue)? AfterColon(Document doc, DependencyParse tree, TextSpan quote, SpeakerPhrases speakers)
    {
        int colon = doc.TokenAtOrAfter(quote.Start) - 1;
        if (colon < 1 || !Words.IsPunct(doc, colon, ':')) return null;
        var sentence = doc.Sentences[doc.SentenceAt(doc.Tokens[colon].Start)];
        int first = sentence.FirstToken;
        // A name right before the colon, opening its sentence or after a dash: "Kerry: ...", "... TURNOUT - Michael P. McDonald: ...".
        int start = colon;
        while (start - 1 >= first && colon - start < 4 && (Words.IsCapitalised(doc, start - 1) || Words.IsPunct(doc, start - 1, '.') && start - 1 > first)) start--;
        bool opens = start == first || doc.TokenText(start - 1) is "-" or "–" or "—" or "|";
        if (start < colon && opens && Words.IsCapitalised(doc, start))
            return speakerWords.IsHeadlineLabel(doc.TokenText(colon - 1)) ? null : (speakers.Over(start, colon - 1), -1);
        if (!tree.IsParsed(colon)) return null;
        // The verb nearest the colon ("issued the following statement:"), whatever the parser made the root.
        for (int k = colon - 1; k >= first; k--)
        {
            if (tree.Upos[k] != "VERB") continue;
            int subject = SubjectOf(doc, tree, sentence, k);
            if (subject >= 0 && Speaker(doc, tree, sentence, subject, speakers) is { } speaker) return (speaker, k);
        }
        return null;
    }

    /// <summary>
    /// Checks the words before a verb of saying that the word-order rules took for its speaker:
    /// when the tagger says they end in an adverb, a verb or a function word ("Whenever", "somehow") they are
    /// not the speaker, and the verb's subject in the tree is (or nobody, when it has none).
    /// Returns false when the words stand.
    /// </summary>
    public bool Corrects(Document doc, Sentence sentence, int cue, SpeakerPhrase near, SpeakerPhrases speakers, out SpeakerPhrase? better)
    {
        better = null;
        if (doc.Syntax is not { } tree || !tree.IsParsed(cue)) return false;
        int last = doc.TokenAtOrAfter(near.Span.End) - 1;
        // An adjective may be a noun's word ("the official", "a Republican"); adverbs, verbs and function words are not.
        if (last < 0 || tree.Upos[last] is not ("ADV" or "VERB" or "AUX" or "SCONJ" or "CCONJ" or "ADP" or "PART" or "DET" or "PUNCT")) return false;
        int subject = SubjectOf(doc, tree, sentence, cue);
        if (subject >= 0 && subject < cue) better = Speaker(doc, tree, sentence, subject, speakers);
        return true;
    }

    /// <summary>"the states", "his remarks": the tagger says the cue word is no verb here (false when the sentence is not parsed).</summary>
    public static bool IsNotAVerb(Document doc, int token) =>
        doc.Syntax is { } tree && tree.IsParsed(token) && tree.Upos[token] is "NOUN" or "PROPN" or "ADJ" or "ADP" or "NUM" or "DET";

    /// <summary>
    /// Whether the words before "..., X said" can be what was said: a clause, with a subject of
    /// its own, which an opening phrase ("In an opinion piece appearing in the Times, Sanders
    /// wrote", "If anything, ...") is not. Subjects are what the parser finds most reliably, so
    /// this asks for one rather than for the arc between the clause and the verb. True when the
    /// sentence is not parsed.
    /// </summary>
    public static bool SaysTheWordsBefore(Document doc, Sentence sentence, int cue, TextSpan content)
    {
        if (doc.Syntax is not { } tree || !tree.IsParsed(cue)) return true;
        for (int t = sentence.FirstToken; t < sentence.EndToken && doc.Tokens[t].End <= content.End; t++)
            if (doc.Tokens[t].Start >= content.Start && tree.Relations[t] is "nsubj" or "nsubj:pass" or "csubj" or "expl") return true;
        return false;
    }

    private static (int First, int Last) Trimmed(Document doc, (int First, int Last) span)
    {
        var (first, last) = span;
        while (first < last && doc.Tokens[first].Kind is TokenKind.Punctuation or TokenKind.Quote && !Words.IsOpeningQuote(doc, first)) first++;
        while (last > first && doc.Tokens[last].Kind is TokenKind.Punctuation or TokenKind.Quote && !Words.IsClosingQuote(doc, last)) last--;
        return (first, last);
    }

    private TreeStatement? Read(Document doc, DependencyParse tree, Sentence sentence, int c, SpeechVerb verb, bool isSpeech, SpeakerPhrases speakers)
    {
        string kind = verb.Kind;
        // "is demanding" is progressive whatever the tagger says: only a participle in -ed/-en is passive.
        bool passive = tree.Dependent(sentence, c, "aux:pass") >= 0 && !doc.TokenText(c).EndsWith("ing", StringComparison.Ordinal);
        int content = tree.Dependent(sentence, c, "ccomp");
        string how = "ccomp";
        if (kind == "clause" && content < 0) return null;
        // "was condemned by the White House": only with its agent, since a bare passive ("was backed") names no source.
        if (content < 0 && passive && !isSpeech && AgentOf(doc, tree, sentence, c) >= 0)
            (content, how) = (tree.Dependent(sentence, c, "nsubj:pass"), "passive");
        // "warned North Korea to refrain", "urged them to vote".
        if (content < 0) (content, how) = (tree.Dependent(sentence, c, "xcomp"), "xcomp");
        // "Forty IS militants said killed in clashes": "said" right before a bare participle hedges a headline's passive; nothing is said.
        if (how == "xcomp" && content == c + 1 && verb.Lemma is "say" or "report" && doc.TokenText(content).EndsWith("ed", StringComparison.Ordinal) && Words.IsLowerWord(doc, content)) return null;
        // "criticized the decision", "denied the report"; but "told reporters" names the hearer, "said nothing" nothing.
        if (content < 0 && verb.Lemma is not ("say" or "tell" or "ask" or "add" or "write" or "speak" or "talk" or "reply" or "respond"))
            (content, how) = (tree.Dependent(sentence, c, "obj"), "obj");
        // A finding or a belief without its clause ("the video shows him", "investigators found the bodies")
        // says what was seen, not that something is so: an attitude, not an assertion.
        if (how != "ccomp" && kind is "evidence" or "believe") kind = "refer";
        // "appeared on MSNBC" is where, not what: seeming takes only its clause.
        if (content < 0 && !isSpeech && kind != "appear") (content, how) = (CaseObject(doc, tree, sentence, c), "obl");
        if (content < 0) return null;
        // "vowed to retaliate" is an intention, though "vow" is also a verb of saying: the attitude's kind when no clause is said.
        if (isSpeech && how != "ccomp" && attitudes.Find(doc.TokenText(c)) is { } attitude) kind = attitude.Kind;
        // A passive with no agent names no source; only "it was reported that ..." is still a statement (of no one's).
        if (passive && how != "ccomp" && AgentOf(doc, tree, sentence, c) < 0) return null;
        var (first, last) = Trimmed(doc, tree.Subtree(sentence, content));
        // "referring to the forces": what is referred to is "the forces".
        if (how == "obl" && tree.Heads[first] == content && tree.Relations[first] == "case" && first < last) first++;
        if (first <= c && c <= last) return null;
        if (how == "ccomp" && last - first < 2) return null;
        if (first == last && tree.Upos[first] is "ADP" or "PART" or "SCONJ" or "CCONJ" or "DET" or "PUNCT") return null;

        int subject = passive ? AgentOf(doc, tree, sentence, c) : SubjectOf(doc, tree, sentence, c);
        if (!passive && subject < 0) subject = tree.Dependent(sentence, c, "nsubj:pass");
        SpeakerPhrase? speaker = null;
        if (subject >= 0)
        {
            if (first <= subject && subject <= last) return null;
            speaker = Speaker(doc, tree, sentence, subject, speakers, agent: passive);
            if (speaker is null) return null;
            // Attitudes are someone's: "the decision criticized" has no source, "analysts criticized" has.
            if (!isSpeech && kind != "evidence" && !CanHoldAttitude(doc, tree, subject, speakers)) return null;
        }
        else if (!passive) return null;
        return Statement(doc, c, first, last, speaker, how, kind);
    }

    /// <summary>The statement over its speaker, cue and content tokens [first, last].</summary>
    private static TreeStatement Statement(Document doc, int cue, int first, int last, SpeakerPhrase? speaker, string how, string kind)
    {
        var content = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last].End);
        int start = Math.Min(content.Start, Math.Min(doc.Tokens[cue].Start, speaker?.Span.Start ?? int.MaxValue));
        int end = Math.Max(content.End, Math.Max(doc.Tokens[cue].End, speaker?.Span.End ?? 0));
        return new TreeStatement(TextSpan.FromBounds(start, end), content, speaker, cue, "tree-" + how, kind);
    }

    /// <summary>"knows that ...", "realized that ...": a clause opened by "that", which the parser rarely invents.</summary>
    private static bool HasThatClause(Document doc, DependencyParse tree, Sentence sentence, int c)
    {
        int clause = tree.Dependent(sentence, c, "ccomp");
        if (clause < 0 || clause < c) return false;
        int mark = tree.Dependent(sentence, clause, "mark");
        return mark == c + 1 && doc.TokenText(mark) is "that";
    }

    /// <summary>
    /// A noun of saying or attitude with its source and its clause: "Trump's claim that the vote
    /// was rigged", "his call to withdraw", "a statement from the ministry that ...", "the
    /// minister issued a warning that ...". Null unless the tree gives both.
    /// </summary>
    private TreeStatement? ReadNoun(Document doc, DependencyParse tree, Sentence sentence, int c, string kind, SpeakerPhrases speakers)
    {
        int content = -1;
        const string how = "noun-clause";
        for (int t = c + 1; t < sentence.EndToken && content < 0; t++)
            if (tree.Heads[t] == c && tree.Relations[t] is "acl" or "ccomp") content = t;
        // Only with a clause: "his criticism of the deal" is most often what someone else said about it (PolNeAR train: right 0.6 of the time).
        if (content < 0) return null;
        // Whose: "Trump's claim", "his call", "a statement from the ministry", "the minister issued a warning".
        int source = tree.Dependent(sentence, c, "nmod:poss");
        if (source < 0)
            foreach (int t in tree.Dependents(sentence, c, "nmod"))
                if (t != content && tree.Dependent(sentence, t, "case") is var k && k >= 0 && doc.TokenText(k) is "by" or "from") { source = t; break; }
        if (source < 0 && tree.Relations[c] == "obj" && tree.Heads[c] >= 0 && tree.Upos[tree.Heads[c]] == "VERB") source = SubjectOf(doc, tree, sentence, tree.Heads[c]);
        if (source < 0) return null;
        var (first, last) = Trimmed(doc, tree.Subtree(sentence, content));
        if (first <= c && c <= last || first <= source && source <= last) return null;
        if (kind is "stance" or "intend" && !CanHoldAttitude(doc, tree, source, speakers)) return null;
        if (Speaker(doc, tree, sentence, source, speakers, agent: true) is not { } speaker) return null;
        return Statement(doc, c, first, last, speaker, how, kind);
    }

    /// <summary>"called for a ceasefire": the noun of an oblique whose preposition says what it is about.</summary>
    private static int CaseObject(Document doc, DependencyParse tree, Sentence sentence, int c)
    {
        foreach (int o in tree.Dependents(sentence, c, "obl"))
        {
            int k = tree.Dependent(sentence, o, "case");
            if (k >= 0 && k > c && IsContentCase(doc.TokenText(k))) return o;
        }
        return -1;
    }

    /// <summary>"condemned by the White House": the noun under <c>obl:agent</c>, or under an <c>obl</c> opened by "by" (the parser does not always tell them apart).</summary>
    private static int AgentOf(Document doc, DependencyParse tree, Sentence sentence, int c)
    {
        int agent = tree.Dependent(sentence, c, "obl:agent");
        if (agent >= 0) return agent;
        foreach (int o in tree.Dependents(sentence, c, "obl"))
            if (tree.Dependent(sentence, o, "case") is int k && k >= 0 && doc.TokenText(k) is "by") return o;
        return -1;
    }

    /// <summary>
    /// The verb's subject, or when it has none the subject of the verb it is chained to: "and
    /// added", "went on to say", ", saying"; a relative "who" stands for the noun it modifies.
    /// </summary>
    private static int SubjectOf(Document doc, DependencyParse tree, Sentence sentence, int c)
    {
        int verb = c;
        for (int step = 0; step < 4 && verb >= 0; step++)
        {
            int subject = tree.Dependent(sentence, verb, "nsubj");
            if (subject >= 0) return subject;
            // "a statement saying ...", "Trump, who has said": the modified noun speaks.
            if (tree.Relations[verb] is "acl" or "acl:relcl") return tree.Heads[verb];
            if (tree.Relations[verb] is not ("conj" or "xcomp" or "advcl")) return -1;
            verb = tree.Heads[verb];
        }
        return -1;
    }

    /// <summary>Words a speaker's name is made of, before its head ("the", "former", "Clinton's") and after it ("Jr.", "of the caucus").</summary>
    private static bool IsNameWord(string relation, bool before) => relation switch
    {
        "det" or "det:predet" or "det:poss" or "amod" or "nmod:poss" or "nummod" or "nmod:desc" => before,
        "compound" or "flat" or "flat:name" => true,
        "nmod" => !before,
        _ => false,
    };

    /// <summary>
    /// The noun phrase headed by the subject, without its clauses and asides: the words that name
    /// the speaker. A relative "who" is the speaker's words (as gold sets mark it), standing for
    /// the noun it modifies. Null when the head cannot be a subject (a preposition, a
    /// conjunction, a phrase with a preposition of its own: a misparse).
    /// </summary>
    private static SpeakerPhrase? Speaker(Document doc, DependencyParse tree, Sentence sentence, int head, SpeakerPhrases speakers, bool agent = false)
    {
        if (tree.Upos[head] is "ADP" or "CCONJ" or "SCONJ" or "PUNCT" or "PART" or "ADV" or "VERB" or "AUX" or "DET" or "SYM") return null;
        if (tree.Upos[head] is "PRON")
        {
            int verb = tree.Heads[head];
            if (doc.TokenText(head) is "who" or "that" or "which" && verb >= 0 && tree.Relations[verb] == "acl:relcl" && tree.Heads[verb] >= 0
                && tree.Heads[verb] != head && Speaker(doc, tree, sentence, tree.Heads[verb], speakers) is { } antecedent)
                return new SpeakerPhrase(doc.Tokens[head].Span, antecedent.EntityId, "relative");
            return speakers.Over(head, head);
        }
        if (!agent && tree.Dependent(sentence, head, "case") >= 0) return null;
        int first = head, last = head;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tree.Heads[i] != head || tree.Relations[i] is not { } r) continue;
            // "nominee Donald Trump": a name right after the noun, which the parser may call an apposition.
            bool name = r == "appos" && i == head + 1 && tree.Upos[i] == "PROPN";
            if (!name && !IsNameWord(r, i < head)) continue;
            // "the White House on Monday": a day is when, not who.
            if (r == "nmod" && doc.Times.Any(t => t.Span.Contains(doc.Tokens[i].Span))) continue;
            var (f, l) = tree.Subtree(sentence, i);
            first = Math.Min(first, f);
            last = Math.Max(last, l);
        }
        if (last - first > 14) (first, last) = (Math.Max(first, head - 6), Math.Min(last, head + 8));
        return speakers.Over(first, last);
    }

    /// <summary>A source of an attitude: a name, a person's pronoun, a role ("officials", "the spokesman") or an entity the text knows.</summary>
    private bool CanHoldAttitude(Document doc, DependencyParse tree, int subject, SpeakerPhrases speakers)
    {
        var w = doc.TokenText(subject);
        if (tree.Upos[subject] == "PRON") return w is "he" or "she" or "they" or "we" or "I" or "He" or "She" or "They" or "We" or "who" or "you" or "You" or "it" or "It"
            or "his" or "her" or "their" or "its" or "our" or "my" or "His" or "Her" or "Their" or "Its" or "Our" or "My";
        if (tree.Upos[subject] == "PROPN") return true;
        if (lexicon.RoleNouns.LongestAt(doc, subject, subject + 1).Length > 0) return true;
        return speakerWords.IsPronoun(w) || speakerWords.IsSourceNoun(w) || speakers.NamesSpeakerAt(subject);
    }

}
