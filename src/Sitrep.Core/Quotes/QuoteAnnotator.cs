using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Finds what sources said: direct quotes (with their speaker from "“...,” he added", "said X",
/// "X said: “...”", "“...” —X", a quote running on into the next paragraph) and reported speech
/// ("X said (that) ...", "..., officials have confirmed", "..., said X", "according to X"). The
/// speaker is the phrase beside the verb (<see cref="SpeakerPhrases"/>) and the entity it names
/// when the text says; "we" and "I" inside a quote become mentions of the speaker's side and of
/// the speaker.
/// </summary>
public sealed class QuoteAnnotator(SpeechVerbs speech, EntityLexicon lexicon, SpeakerWords speakerWords, TreeStatements? tree = null) : IAnnotator
{
    /// <summary>Quoted words shorter than this are a phrase inside someone's sentence ("“several months”"), not a quote.</summary>
    private const int MinimumQuoteWords = 4;

    private readonly HeadlineStatements _headlines = new(speech, speakerWords, lexicon);

    public string Name => "quotes";

    public Layer Requires => Layer.Entities | Layer.Times | (tree is null ? 0 : Layer.Syntax);

    public Layer Produces => Layer.Quotes | Layer.Mentions;

    private sealed record Found(TextSpan Span, TextSpan Content, bool Direct, SpeakerPhrase? Speaker, int CueToken, string How)
    {
        /// <summary>The cue's kind when the speech verbs do not give it (an attitude read off the tree).</summary>
        public string? Kind { get; init; }

        /// <summary>The quote this one goes on with: the same statement, interrupted by its attribution or a paragraph break.</summary>
        public Found? Continues { get; init; }
    }

    private sealed record Attribution(SpeakerPhrase? Speaker, int Cue, string How);

    public void Annotate(Document document)
    {
        var mentions = new MentionLookup(document, document.Mentions.Where(m => !m.Nested));
        var speakers = new SpeakerPhrases(document, mentions, speakerWords, lexicon, speech);
        var found = new List<Found>();
        var usedCues = new HashSet<int>();
        Found? previous = null;
        var marks = QuoteMarks.Find(document.Text);
        foreach (var q in marks) speakers.MarkQuoted(q.Span(document.Text));
        foreach (var q in marks)
        {
            var content = q.Content(document.Text);
            var span = q.Span(document.Text);
            Attribution? a;
            if (WordCount(document.Text.AsSpan(content.Start, content.Length)) < MinimumQuoteWords)
            {
                // A short quote is a whole statement only when it ends a clause and is attributed right after: "“It's heartbreaking,” Ryan said."
                if (content.Length == 0 || document.Text[content.End - 1] is not (',' or '?' or '!') || After(document, span, speakers) is not { Speaker: not null } shortAttribution) continue;
                a = shortAttribution;
            }
            else a = After(document, span, speakers) ?? Before(document, span, speakers) ?? Dash(document, span, speakers);
            Found? continues = null;
            if (previous is { Speaker: not null } p && (a is null || a.Speaker is null) && Continues(document, p, span, mentions))
            {
                a = new Attribution(p.Speaker, -1, "continuation");
                continues = p;
            }
            else if (previous is { Speaker: not null } p2 && a is not null && a.Cue >= 0 && a.Cue == p2.CueToken)
                continues = p2; // "“A,” he said, “B.”": one statement around its attribution
            if (a is null && continues is null && tree?.QuoteSpeaker(document, span, speakers) is { } read)
                a = new Attribution(read.Speaker, read.Cue, "tree-subject");
            a ??= new Attribution(null, -1, "unattributed");
            if (a.Cue >= 0) usedCues.Add(a.Cue);
            var item = new Found(span, content, true, a.Speaker, a.Cue, a.How) { Continues = continues };
            found.Add(item);
            previous = item;
        }
        var reported = Reported(document, speakers, found, usedCues);
        AttributeEmbeddedQuotes(document, speakers, found, reported);
        found.AddRange(reported);
        if (_headlines.Find(document, speakers) is { } headline && !found.Any(f => f.Span.Overlaps(headline.Content) && SameContent(f.Content, headline.Content)))
            found.Add(new Found(headline.Span, headline.Content, false, headline.Speaker, headline.Cue, headline.How));
        foreach (var line in _headlines.TranscriptLines(document, speakers))
        {
            int same = found.FindIndex(f => f.Span.Overlaps(line.Content) && SameContent(f.Content, line.Content));
            if (same < 0) found.Add(new Found(line.Span, line.Content, false, line.Speaker, line.Cue, line.How));
            // The quoted transcript line had no attribution of its own: its name in capitals is it.
            else if (found[same].Speaker is null) found[same] = found[same] with { Speaker = line.Speaker, How = line.How };
        }
        // In text order; at one offset the longer first, so a statement comes before the quoted words inside it that continue it.
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        AttributeToTheParagraphSpeaker(document, found, mentions);

        var quotes = new List<Quote>(found.Count);
        var ids = new Dictionary<Found, string>(ReferenceEqualityComparer.Instance);
        var firstPerson = new List<Mention>();
        var entities = document.Entities.ToDictionary(e => e.Id);
        foreach (var f in found)
        {
            string id = $"u{quotes.Count + 1}";
            ids[f] = id;
            var cueSpan = f.CueToken >= 0 ? document.Tokens[f.CueToken].Span : (TextSpan?)null;
            var verb = f.CueToken >= 0 ? speech.Find(document.TokenText(f.CueToken)) : null;
            string? speakerId = f.Speaker?.EntityId;
            quotes.Add(new Quote(id, f.Span, f.Content, f.Direct)
            {
                SpeakerId = speakerId,
                SpeakerSpan = f.Speaker?.Span,
                Cue = cueSpan is { } cs ? (f.CueToken > 0 && document.TokenText(f.CueToken) is "to" ? "according to" : cs.Of(document.Text)) : null,
                CueSpan = cueSpan,
                CueKind = f.Kind ?? verb?.Kind ?? "say",
                // An attitude's day is the deed's ("rallied on Friday to demand"), not a day something was said.
                TimeId = f.Kind is null || Quote.IsAssertingKind(f.Kind) ? SpeechTime(document, f) : null,
                ContinuesId = f.Continues is { } c && ids.TryGetValue(c, out var cid) ? cid : null,
                DecidedBy = "quotes/" + f.How + (f.Speaker is { } sp ? "+" + sp.How : ""),
            });
            if (f.Direct && speakerId is not null) firstPerson.AddRange(FirstPerson(document, f.Content, speakerId, entities));
            else if (f.Speaker is null)
                document.AddWarning(new Warning("quote-without-speaker", $"No speaker found for {(f.Direct ? "the quote" : "the statement")} \"{Shorten(f.Content.Of(document.Text))}\".", [f.Content]));
        }
        document.SetQuotes(quotes);
        if (firstPerson.Count > 0)
            document.SetMentions(document.Mentions.Concat(firstPerson).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList());
    }

    /// <summary>
    /// Quoted words with no attribution of their own inside someone's sentence: inside a reported
    /// statement they are its speaker's ("Clinton said that her family “came out ... broke”"); in
    /// a sentence whose subject is a known entity they are the subject's ("Meg Whitman labeled Mr.
    /// Trump “unfit to be president”").
    /// </summary>
    private void AttributeEmbeddedQuotes(Document doc, SpeakerPhrases speakers, List<Found> found, List<Found> reported)
    {
        var replaced = new Dictionary<Found, Found>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Speaker is not null || !f.Direct) continue;
            var owner = reported.FirstOrDefault(r => r.Speaker is not null && r.Content.Start <= f.Span.Start && f.Span.Start < r.Content.End);
            Found? better = null;
            // Quoted words inside a reported statement are part of it, not a statement of their own.
            if (owner is not null) better = f with { Speaker = owner.Speaker, CueToken = owner.CueToken, How = "inside-statement", Continues = owner };
            else
            {
                var sentence = doc.Sentences[doc.SentenceAt(f.Span.Start)];
                int open = doc.TokenAtOrAfter(f.Span.Start);
                // Only a subject that names someone: "The email includes ..." is not a speaker.
                if (open > sentence.FirstToken + 1 && SubjectOf(doc, sentence, open, speakers) is { } subject
                    && (subject.EntityId is not null || Words.IsCapitalised(doc, doc.TokenAtOrAfter(subject.Span.End) - 1)))
                    better = f with { Speaker = subject, How = "sentence-subject" };
            }
            if (better is null) continue;
            found[i] = better;
            replaced[f] = better;
        }
        if (replaced.Count == 0) return;
        for (int i = 0; i < found.Count; i++)
            if (found[i].Continues is { } c && replaced.TryGetValue(c, out var now)) found[i] = found[i] with { Continues = now };
    }

    /// <summary>
    /// A quote with no attribution of its own, in a paragraph where someone was just quoted or
    /// reported: news goes on quoting the same person ("She says people should ... “It is their
    /// life ...”"), unless another person is named between them.
    /// </summary>
    private static void AttributeToTheParagraphSpeaker(Document doc, List<Found> found, MentionLookup mentions)
    {
        for (int i = 1; i < found.Count; i++)
        {
            var f = found[i];
            if (!f.Direct || f.Speaker is not null || f.Continues is not null) continue;
            int paragraph = doc.Sentences[doc.SentenceAt(f.Span.Start)].Paragraph;
            var before = found[i - 1];
            if (before.Speaker is not { } speaker || before.Span.End > f.Span.Start || doc.Sentences[doc.SentenceAt(before.Span.End - 1)].Paragraph != paragraph) continue;
            bool other = false;
            foreach (var m in mentions.Between(before.Span.End, f.Span.Start))
                if (m.Kind == EntityKind.Person && m.EntityId is not null && m.EntityId != speaker.EntityId) { other = true; break; }
            if (!other) found[i] = f with { Speaker = speaker, How = "paragraph-speaker" };
        }
    }

    /// <summary>“...,” he added / “...,” said X / “...,” X, a doctor, said on Sunday.</summary>
    private Attribution? After(Document doc, TextSpan quote, SpeakerPhrases speakers)
    {
        int k = doc.TokenAtOrAfter(quote.End);
        if (k >= doc.Tokens.Count || IsParagraphBreakBetween(doc, quote.End, doc.Tokens[k].Start)) return null;
        if (Words.IsPunct(doc, k, ',')) k++;
        if (k >= doc.Tokens.Count) return null;
        int end = doc.Sentences[doc.SentenceAt(doc.Tokens[k].Start)].EndToken;
        if (IsCue(doc, k))
            return speakers.Following(k + 1, end) is { } after ? new Attribution(after, k, "cue-after") : null;
        // The speaker first, then the verb a few words on: "X said", "X (D-Wis.) said Friday", "X, a doctor, said".
        for (int c = k + 1; c < Math.Min(end, k + 20); c++)
        {
            if (Words.IsOpeningQuote(doc, c)) break;
            if (!IsCue(doc, c)) continue;
            if (speakers.Preceding(c, k) is { } before && before.Span.Start == doc.Tokens[k].Start)
                return new Attribution(before, c, "speaker-cue-after");
            break;
        }
        return null;
    }

    /// <summary>X said: “...” / X told Rudaw, “...” / X declared “...” / X said that “...”.</summary>
    private Attribution? Before(Document doc, TextSpan quote, SpeakerPhrases speakers)
    {
        int open = doc.TokenAtOrAfter(quote.Start);
        int p = open - 1;
        if (p < 0) return null;
        int sentenceStart = doc.Sentences[doc.SentenceAt(doc.Tokens[p].Start)].FirstToken;
        if (Words.IsPunct(doc, p, ':') || Words.IsPunct(doc, p, ',')) p--;
        if (Words.Is(doc, p, "that")) p--;
        // "According to Limbaugh, “...”"
        for (int a = p; a >= Math.Max(sentenceStart, p - 8); a--)
            if (Words.Is(doc, a, "according") && Words.Is(doc, a + 1, "to"))
                return speakers.Following(a + 2, open) is { } source ? new Attribution(source, a + 1, "according-to") : null;
        for (int c = p; c >= Math.Max(sentenceStart, p - 5); c--)
        {
            if (Words.IsPunct(doc, c, '.') || doc.Tokens[c].Kind == TokenKind.Quote) break;
            if (!IsCue(doc, c)) continue;
            // "Trump defended the remark, saying, “...”": the sentence's subject speaks.
            if (doc.TokenText(c).EndsWith("ing", StringComparison.Ordinal) && Words.IsPunct(doc, c - 1, ','))
                return new Attribution(SubjectOf(doc, doc.Sentences[doc.SentenceAt(doc.Tokens[c].Start)], c, speakers), c, "participle");
            // "X went on to say, “...”", "He explained it by saying: “...”": the subject of the sentence.
            var sentence = doc.Sentences[doc.SentenceAt(doc.Tokens[c].Start)];
            if (speakers.Preceding(c, sentenceStart) is { } subject) return new Attribution(subject, c, "cue-before");
            return new Attribution(ChainedToTheSubject(doc, c) ? SubjectOf(doc, sentence, c, speakers) : null, c, "cue-in-predicate");
        }
        return null;
    }

    /// <summary>“...” —Mohammed Fazel.</summary>
    private static Attribution? Dash(Document doc, TextSpan quote, SpeakerPhrases speakers)
    {
        int k = doc.TokenAtOrAfter(quote.End);
        if (k + 1 >= doc.Tokens.Count || doc.TokenText(k) is not ("—" or "–" or "―" or "-" or "--")) return null;
        int end = doc.Sentences[doc.SentenceAt(doc.Tokens[k + 1].Start)].EndToken;
        var phrase = speakers.Following(k + 1, Math.Max(end, k + 2));
        return phrase is null ? null : new Attribution(phrase, -1, "dash");
    }

    private bool IsCue(Document doc, int i) =>
        i >= 0 && i < doc.Tokens.Count && Words.IsLowerWord(doc, i) && speech.Find(doc.TokenText(i)) is { Kind: not ("believe" or "evidence") };

    /// <summary>Reported speech: "X said (that) ...", "..., X said.", "..., said X.", "according to X, ...".</summary>
    private List<Found> Reported(Document doc, SpeakerPhrases speakers, List<Found> direct, HashSet<int> usedCues)
    {
        var results = new List<Found>();
        // Characters already inside a quote's words (or a direct quote): cues there are not new statements.
        var inside = new bool[doc.Text.Length];
        void Cover(Found f)
        {
            for (int k = f.Content.Start; k < f.Content.End; k++) inside[k] = true;
            if (f.Direct) for (int k = f.Span.Start; k < f.Span.End; k++) inside[k] = true;
        }
        foreach (var f in direct) Cover(f);
        int firstDirect = 0;
        foreach (var sentence in doc.Sentences)
        {
            doc.Budget.Check();
            int sentenceStart = results.Count;
            // Direct quotes are in text order and do not overlap: skip those that end before this sentence.
            while (firstDirect < direct.Count && direct[firstDirect].Span.End <= sentence.Span.Start) firstDirect++;
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (usedCues.Contains(c) || inside[doc.Tokens[c].Start]) continue;
                if (Words.Is(doc, c, "according") && Words.Is(doc, c + 1, "to"))
                {
                    if (usedCues.Contains(c + 1)) continue;
                    var r = AccordingTo(doc, sentence, c, speakers);
                    if (r is not null) { results.Add(r); Cover(r); }
                    continue;
                }
                if (!Words.IsLowerWord(doc, c) || speech.Find(doc.TokenText(c)) is null || tree is not null && TreeStatements.IsNotAVerb(doc, c)) continue;
                var found = Trailing(doc, sentence, c, speakers) ?? Leading(doc, sentence, c, speakers, direct, results);
                if (found is not null) { results.Add(found); Cover(found); }
            }
            if (tree is null) continue;
            // What the word-order rules did not read, the tree may: attitudes, passives, chained verbs.
            int before = results.Count;
            foreach (var t in tree.Find(doc, sentence, speakers, c => usedCues.Contains(c) || Cued(results, sentenceStart, before, c)))
            {
                // PolNeAR-style gold rarely marks a statement inside another's words: one reading per stretch of text.
                if (SameContentAsAny(results, sentenceStart, t.Content) || SameContentAsAny(direct, firstDirect, t.Content, sentence.Span.End)) continue;
                var found = new Found(t.Span, t.Content, false, t.Speaker, t.Cue, t.How) { Kind = t.Kind };
                results.Add(found);
            }
            for (int k = before; k < results.Count; k++) Cover(results[k]);
        }
        return results;
    }

    private static bool OnlyPunctuationBetween(Document doc, int from, int last)
    {
        for (int k = from; k <= last; k++)
            if (doc.Tokens[k].Kind is not (TokenKind.Punctuation or TokenKind.Quote)) return false;
        return true;
    }

    private static bool Cued(List<Found> found, int from, int count, int cue)
    {
        for (int k = from; k < count; k++) if (found[k].CueToken == cue) return true;
        return false;
    }

    /// <summary>Whether a statement from index <paramref name="from"/> on (and starting before <paramref name="before"/>) already reads these words.</summary>
    private static bool SameContentAsAny(List<Found> found, int from, TextSpan content, int before = int.MaxValue)
    {
        for (int k = from; k < found.Count && found[k].Span.Start < before; k++)
            if (SameContent(found[k].Content, content)) return true;
        return false;
    }

    /// <summary>Two readings of one statement: they overlap by at least half of the shorter.</summary>
    private static bool SameContent(TextSpan a, TextSpan b)
    {
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && 2 * overlap >= Math.Min(a.Length, b.Length);
    }

    /// <summary>"X (has) said (that) CONTENT": the subject before the verb, the clause after it.</summary>
    private Found? Leading(Document doc, Sentence sentence, int c, SpeakerPhrases speakers, List<Found> direct, List<Found> reported)
    {
        var text = doc.TokenText(c);
        bool participle = text.EndsWith("ing", StringComparison.Ordinal);
        int contentStart = c + 1;
        // "told Rudaw that": the hearer is not the content.
        if (text is "told" or "tell" or "tells" && speakers.Following(contentStart, sentence.EndToken) is { } hearer)
            contentStart = doc.TokenAtOrAfter(hearer.Span.End);
        // "denied on Monday that ...", "said on 03/01/2020 that": the time belongs to the saying.
        while (contentStart < sentence.EndToken && (doc.Times.Any(t => t.Span.Contains(doc.Tokens[contentStart].Span))
               || Words.IsAny(doc, contentStart, "on", "in", "at") && contentStart + 1 < sentence.EndToken && doc.Times.Any(t => t.Span.Start == doc.Tokens[contentStart + 1].Start)))
            contentStart++;
        // "a poll found that ...": a finding is a statement only with its "that" clause ("found the bodies" is not).
        if (speech.Find(text)?.Kind == "evidence" && !Words.Is(doc, contentStart, "that")) return null;
        if (Words.Is(doc, contentStart, "that") || Words.IsPunct(doc, contentStart, ',') || Words.IsPunct(doc, contentStart, ':')) contentStart++;
        // "said in a statement." is where it was said, not what.
        if (Words.IsAny(doc, contentStart, "in", "on", "at", "to", "during", "after", "before") && sentence.EndToken - contentStart <= 6) return null;
        // The content runs to the end of the sentence or to a new clause (", but ...", "; ...").
        int contentEnd = sentence.EndToken - 1;
        for (int k = contentStart; k < sentence.EndToken; k++)
            if (Words.IsPunct(doc, k, ';') || Words.IsPunct(doc, k, ',') && (Words.IsAny(doc, k + 1, "but", "while", "whereas", "although")
                || k + 1 < sentence.EndToken && doc.TokenText(k + 1).EndsWith("ing", StringComparison.Ordinal) && speech.Find(doc.TokenText(k + 1)) is not null
                || Words.Is(doc, k + 1, "and") && SpeechVerbWithin(doc, k + 2, Math.Min(sentence.EndToken, k + 8))))
            {
                contentEnd = k - 1;
                break;
            }
        while (contentEnd > contentStart && doc.Tokens[contentEnd].Kind == TokenKind.Punctuation) contentEnd--;
        // The tree knows where the clause ends: "X said A — and he noted B" is two statements.
        if (tree?.ClauseOf(doc, sentence, c) is { } clause && clause.Start >= doc.Tokens[contentStart].Start && clause.End < doc.Tokens[contentEnd].End
            && !OnlyPunctuationBetween(doc, doc.TokenAtOrAfter(clause.End), contentEnd))
            contentEnd = doc.TokenAtOrAfter(clause.End) - 1;
        if (contentEnd - contentStart < 2) return null;
        // "Forty IS militants said killed in clashes": "said" before a bare participle hedges a headline's passive ("said to have been killed"); nothing is said.
        if (!participle && contentStart == c + 1 && Words.IsAny(doc, c, "said", "reported") && Words.IsLowerWord(doc, contentStart) && doc.TokenText(contentStart).EndsWith("ed", StringComparison.Ordinal)
            && contentStart + 1 < sentence.EndToken && Words.IsAny(doc, contentStart + 1, "in", "near", "at", "by", "during", "as", "after", "on", "while")) return null;
        // "The government conceded to the demands of the strikers": a phrase after a preposition with no
        // verb in it is whom or what the verb concerns, not what was said.
        if (Words.IsAny(doc, contentStart, "to", "in", "on", "at", "with", "for", "after", "before", "during") && doc.Syntax is { } parse && parse.IsParsed(contentStart)
            && !HasVerb(parse, contentStart, contentEnd)) return null;
        if (Words.IsOpeningQuote(doc, contentStart) && direct.Any(d => d.Span.Start == doc.Tokens[contentStart].Start)) return null;
        SpeakerPhrase? speaker;
        string how;
        if (participle)
        {
            // ", citing ..." / ", noting ...": the speaker of the clause it hangs on.
            if (!Words.IsPunct(doc, c - 1, ',')) return null;
            var owner = direct.Concat(reported).LastOrDefault(f => f.Span.End <= doc.Tokens[c].Start && f.Speaker is not null && doc.SentenceAt(f.Span.End - 1) >= sentence.Index - 1);
            // The clause it hangs on: a statement of the same sentence ("“...,” he added, citing ..."), else the sentence's subject.
            speaker = owner is not null && doc.SentenceAt(owner.Span.End - 1) == sentence.Index ? owner.Speaker
                : SubjectOf(doc, sentence, c, speakers) ?? owner?.Speaker;
            if (speaker is null) return null;
            how = "participle";
        }
        else
        {
            speaker = speakers.Preceding(c, sentence.FirstToken);
            how = "subject-cue";
            // Words before the verb that end in no noun ("Whenever", "somehow") are not its subject; the tree's subject is.
            if (speaker is { } near && tree is not null && tree.Corrects(doc, sentence, c, near, speakers, out var subject))
                (speaker, how) = (subject, "tree-subject-cue");
            if (speaker is null && ChainedToTheSubject(doc, c))
            {
                // "He went on to say that ...", "X voted no and said that ...": the verb chained to the sentence's subject.
                speaker = SubjectOf(doc, sentence, c, speakers);
                how = "cue-in-predicate";
            }
            if (speaker is null) return null;
        }
        var content = TextSpan.FromBounds(doc.Tokens[contentStart].Start, doc.Tokens[contentEnd].End);
        var span = TextSpan.FromBounds(Math.Min(speaker.Value.Span.Start, doc.Tokens[c].Start), content.End);
        return new Found(span, content, false, speaker, c, how);
    }

    private static bool HasVerb(DependencyParse parse, int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (parse.Upos[k] is "VERB" or "AUX") return true;
        return false;
    }

    /// <summary>", and officials confirmed that ...": another statement starts within these tokens.</summary>
    private bool SpeechVerbWithin(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Words.IsLowerWord(doc, k) && speech.Find(doc.TokenText(k)) is { Kind: not "believe" }) return true;
        }
        return false;
    }

    /// <summary>
    /// The subject a ", saying ..." clause hangs on: the speaker phrase that opens the sentence (or
    /// its main clause, after "On Thursday,") right before a verb.
    /// </summary>
    private SpeakerPhrase? SubjectOf(Document doc, Sentence sentence, int c, SpeakerPhrases speakers)
    {
        // The longest phrase from the start: "The Republican nominee", not "The Republican".
        SpeakerPhrase? subject = null;
        int subjectStart = -1;
        for (int k = sentence.FirstToken + 1; k < c; k++)
        {
            if (!Words.IsLowerWord(doc, k) || lexicon.ClosedClass.Contains(doc.TokenText(k))) continue;
            if (speakers.Preceding(k, sentence.FirstToken) is not { } s || speakers.IsQuoted(s.Span.Start)) continue;
            int first = doc.TokenAtOrAfter(s.Span.Start);
            bool opens = first == sentence.FirstToken || Words.IsPunct(doc, first - 1, ',') || doc.Tokens[first - 1].Kind == TokenKind.Quote;
            if (!opens) continue;
            if (subject is not null && first != subjectStart) break;
            (subject, subjectStart) = (s, first);
        }
        return subject;
    }

    /// <summary>
    /// A verb of saying chained to the predicate before it, so that the sentence's subject says it:
    /// "went on to say", "explained it by saying", "and added", "and later said".
    /// </summary>
    private bool ChainedToTheSubject(Document doc, int c)
    {
        int k = c - 1;
        while (k >= 0 && Words.IsLowerWord(doc, k) && (speakerWords.IsSkipped(doc.TokenText(k)) || doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal))) k--;
        if (Words.IsAny(doc, k, "and", "then", "before", "by")) return true;
        // "to say", but not "told him to say" or "the right to say".
        return Words.Is(doc, k, "to") && k > 0 && Words.IsLowerWord(doc, k - 1) && doc.TokenText(k - 1) is "on" or "went" or "continued" or "wanted" or "appeared" or "seemed" or "proceeded" or "took" or "rushed" or "hastened" or "declined" or "refused";
    }

    /// <summary>"CONTENT, officials have confirmed." / "CONTENT, he said in a statement." / "CONTENT, said X."</summary>
    private Found? Trailing(Document doc, Sentence sentence, int c, SpeakerPhrases speakers)
    {
        int end = sentence.EndToken;
        SpeakerPhrase? speaker;
        int contentComma;
        int after;
        if (Words.IsPunct(doc, c - 1, ','))
        {
            // "..., said X." / "..., said X, a doctor." (", noting X" is a participle, not an inversion)
            if (doc.TokenText(c).EndsWith("ing", StringComparison.Ordinal)) return null;
            speaker = speakers.Following(c + 1, end);
            if (speaker is null) return null;
            contentComma = c - 1;
            after = doc.TokenAtOrAfter(speaker.Value.Span.End);
            // "..., said X in a statement." but not "X, a doctor, said the hospital had run out": a clause after the verb is its content.
            if (after < end && !IsFinal(doc, after) && !Words.IsPunct(doc, after, ',')
                && !Words.IsAny(doc, after, "in", "on", "at", "to", "during", "after", "before", "via", "while", "when", "from", "with", "of"))
                return null;
        }
        else
        {
            speaker = speakers.Preceding(c, sentence.FirstToken);
            if (speaker is null) return null;
            contentComma = doc.TokenAtOrAfter(speaker.Value.Span.Start) - 1;
            if (!Words.IsPunct(doc, contentComma, ',')) return null;
            after = c + 1;
        }
        if (contentComma - 1 <= sentence.FirstToken) return null;
        if (!AttributionEnds(doc, after, end)) return null;
        var content = TextSpan.FromBounds(doc.Tokens[sentence.FirstToken].Start, doc.Tokens[contentComma - 1].End);
        // A quote's words end with a closing quote: that is a direct quote, found already.
        if (doc.Tokens[contentComma - 1].Kind == TokenKind.Quote) return null;
        if (tree is not null && !TreeStatements.SaysTheWordsBefore(doc, sentence, c, content)) return null;
        return new Found(TextSpan.FromBounds(content.Start, doc.Tokens[Math.Max(c, doc.TokenAtOrAfter(speaker.Value.Span.End) - 1)].End), content, false, speaker, c, "trailing");
    }

    /// <summary>After the verb (and the speaker), the sentence ends, or a comma follows, or a short tail: "in a statement", "told reporters", "on Twitter".</summary>
    private bool AttributionEnds(Document doc, int k, int end)
    {
        while (k < end && doc.Times.Any(t => t.Span.Contains(doc.Tokens[k].Span))) k++;
        if (k >= end || k == end - 1 && IsFinal(doc, k) || Words.IsPunct(doc, k, ',')) return true;
        int tail = k;
        while (tail < end && tail - k < 5 && !Words.IsPunct(doc, tail, ',') && !IsFinal(doc, tail) && speech.Find(doc.TokenText(tail)) is null) tail++;
        return tail >= end || tail == end - 1 && IsFinal(doc, tail) || Words.IsPunct(doc, tail, ',');
    }

    private static bool IsFinal(Document doc, int i) => Words.IsPunct(doc, i, '.') || Words.IsPunct(doc, i, '!') || Words.IsPunct(doc, i, '?');

    /// <summary>"According to X, CONTENT." / "CONTENT, according to X."</summary>
    private static Found? AccordingTo(Document doc, Sentence sentence, int c, SpeakerPhrases speakers)
    {
        // "according to" names its source at once; without one there is no statement to attribute
        // (and "according to according to ..." would give one sentence-long statement per word).
        if (speakers.Following(c + 2, sentence.EndToken) is not { } phrase) return null;
        int afterSpeaker = doc.TokenAtOrAfter(phrase.Span.End);
        TextSpan content;
        if (c == sentence.FirstToken || c == sentence.FirstToken + 1)
        {
            int from = afterSpeaker;
            while (from < sentence.EndToken && !Words.IsPunct(doc, from, ',')) from++;
            int last = sentence.EndToken - 1;
            while (last > from + 1 && doc.Tokens[last].Kind == TokenKind.Punctuation) last--;
            if (from + 1 > last) return null;
            content = TextSpan.FromBounds(doc.Tokens[from + 1].Start, doc.Tokens[last].End);
        }
        else
        {
            int end = c - 1;
            while (end > sentence.FirstToken && doc.Tokens[end].Kind == TokenKind.Punctuation) end--;
            content = TextSpan.FromBounds(doc.Tokens[sentence.FirstToken].Start, doc.Tokens[end].End);
        }
        return new Found(sentence.Span, content, false, phrase, c + 1, "according-to");
    }

    /// <summary>"we" and "our" in a quote stand for the speaker's side; "I" and "my" for the speaker.</summary>
    private static IEnumerable<Mention> FirstPerson(Document doc, TextSpan content, string speakerId, Dictionary<string, Entity> entities)
    {
        var side = SpeaksFor(speakerId, entities);
        int i = doc.TokenAtOrAfter(content.Start);
        for (; i < doc.Tokens.Count && doc.Tokens[i].End <= content.End; i++)
        {
            var w = doc.TokenString(i);
            string? target = w switch
            {
                "I" or "me" or "my" or "My" or "Me" => speakerId,
                "we" or "We" or "us" or "our" or "Our" or "ours" => side,
                _ => null,
            };
            if (target is null || !entities.TryGetValue(target, out var e)) continue;
            yield return new Mention(doc.Tokens[i].Span, e.Kind, MentionForm.Pronoun, "quotes/first-person") { EntityId = target, Referent = e.Referent };
        }
    }

    /// <summary>The organisation a speaker speaks for: their affiliation, followed through persons; a country stands for its government if the text names it.</summary>
    public static string? SpeaksFor(string speakerId, IReadOnlyDictionary<string, Entity> entities)
    {
        var seen = new HashSet<string>();
        string? id = speakerId;
        while (id is not null && seen.Add(id) && entities.TryGetValue(id, out var e))
        {
            if (e.Kind != EntityKind.Person && e.Kind != EntityKind.Country) return id;
            if (e.Kind == EntityKind.Country)
            {
                var government = entities.Values.FirstOrDefault(x => x.Kind == EntityKind.Government && x.Country == e.Country && x.Referent?.ParentId is null);
                return government?.Id ?? id;
            }
            id = e.AffiliationId;
        }
        return null;
    }

    /// <summary>When it was said: a day named beside the speech verb ("said on Sunday", "In an interview on Saturday, X said"), outside the quoted words.</summary>
    private static string? SpeechTime(Document doc, Found f)
    {
        if (f.CueToken < 0) return null;
        var sentence = doc.Sentences[doc.SentenceAt(doc.Tokens[f.CueToken].Start)];
        int from = Math.Max(sentence.FirstToken, f.CueToken - 12), to = Math.Min(sentence.EndToken - 1, f.CueToken + 4);
        var window = TextSpan.FromBounds(doc.Tokens[from].Start, doc.Tokens[to].End);
        // Read off the tree, the day must hang from the verb itself: "rallied on Friday to demand" dates the rally.
        var tree = f.How.StartsWith("tree-", StringComparison.Ordinal) && doc.Syntax is { } parse && parse.IsParsed(f.CueToken) ? parse : null;
        foreach (var t in doc.Times)
            if (window.Contains(t.Span) && !f.Content.Overlaps(t.Span) && t.Type == TimexType.Date && t.Precision == TimePrecision.Day && !t.Dateline
                && (tree is null || tree.Dominates(f.CueToken, doc.TokenAtOrAfter(t.Span.Start))))
                return t.Id;
        return null;
    }

    /// <summary>
    /// A quote that goes on with the one before: it opens the next paragraph (an unclosed quote
    /// running on), or follows in the same paragraph with no other speaker between (“A,” he
    /// said, clapping. “B.”), the way news writes one speaker's words around one attribution.
    /// </summary>
    private bool Continues(Document doc, Found previous, TextSpan second, MentionLookup mentions)
    {
        int p1 = doc.Sentences[doc.SentenceAt(previous.Span.End - 1)].Paragraph;
        int s2 = doc.SentenceAt(second.Start);
        int p2 = doc.Sentences[s2].Paragraph;
        if (p2 - p1 == 1 && doc.Paragraphs[p2].Span.Start == second.Start) return true;
        if (p1 != p2 || previous.CueToken < 0) return false;
        int attributionEnd = Math.Max(doc.Tokens[previous.CueToken].End, previous.Speaker?.Span.End ?? 0);
        if (attributionEnd <= previous.Span.End || attributionEnd > second.Start) return false;
        int attributionSentence = doc.SentenceAt(attributionEnd - 1);
        if (s2 - attributionSentence > 3) return false;
        int from = doc.TokenAtOrAfter(attributionEnd), to = doc.TokenAtOrAfter(second.Start);
        for (int k = from; k < to; k++)
        {
            if (!Words.IsLowerWord(doc, k) || speech.Find(doc.TokenText(k)) is null) continue;
            // ", speaking of ...", ", adding ..." hang on the same attribution; a new finite verb of saying is someone else's.
            if (!doc.TokenText(k).EndsWith("ing", StringComparison.Ordinal)) return false;
        }
        // Another person named in a sentence between may be the next speaker: the run breaks.
        foreach (var m in mentions.Between(doc.Sentences[attributionSentence].Span.End, second.Start))
            if (m.EntityId is not null && m.EntityId != previous.Speaker?.EntityId && m.Kind == EntityKind.Person && m.Form != MentionForm.Pronoun) return false;
        return true;
    }

    private static bool IsParagraphBreakBetween(Document doc, int from, int to) => doc.Text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);


    private static int WordCount(ReadOnlySpan<char> text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char ch in text)
        {
            bool w = char.IsLetterOrDigit(ch);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
