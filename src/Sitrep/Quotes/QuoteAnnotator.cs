using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Finds what sources said: direct quotes (with their speaker from "“...,” he added", "said X",
/// "X said: “...”", "“...” —X") and reported speech ("X said (that) ...", "..., officials have
/// confirmed", "according to X"). Speakers are entities; "we" and "I" inside a quote become
/// mentions of the speaker's organisation and of the speaker.
/// </summary>
public sealed class QuoteAnnotator(SpeechVerbs speech, EntityLexicon lexicon) : IAnnotator
{
    /// <summary>Quoted words shorter than this are a phrase inside someone's sentence ("“several months”"), not a quote.</summary>
    private const int MinimumQuoteWords = 4;

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "official", "sources", "source", "witnesses", "witness", "residents", "analysts", "experts", "activists", "observers",
        "diplomats", "reports", "media", "police", "monitor", "spokesman", "spokeswoman", "spokesperson", "statement", "authorities",
    };

    public string Name => "quotes";

    public Layer Requires => Layer.Entities | Layer.Times;

    public Layer Produces => Layer.Quotes | Layer.Mentions;

    private sealed record Found(TextSpan Span, TextSpan Content, bool Direct, Mention? Speaker, TextSpan? SpeakerSpan, int CueToken, string How);

    public void Annotate(Document document)
    {
        var mentions = new MentionLookup(document, document.Mentions.Where(m => !m.Nested));
        var found = new List<Found>();
        var usedCues = new HashSet<int>();
        Found? previous = null;
        foreach (var q in QuoteMarks.Find(document.Text))
        {
            var content = q.Content(document.Text);
            if (WordCount(document.Text.AsSpan(content.Start, content.Length)) < MinimumQuoteWords) continue;
            var span = q.Span(document.Text);
            var f = After(document, span, mentions) ?? Before(document, span, mentions) ?? Dash(document, span, mentions);
            if (f is null && previous is { Speaker: not null } p && Adjacent(document, p.Span, span))
                f = (p.Speaker, p.SpeakerSpan, -1, "continuation");
            var (speaker, speakerSpan, cue, how) = f ?? (null, null, -1, "unattributed");
            if (cue >= 0) usedCues.Add(cue);
            var item = new Found(span, content, true, speaker, speakerSpan ?? speaker?.Span, cue, how);
            found.Add(item);
            previous = item;
        }
        found.AddRange(Reported(document, mentions, found, usedCues));
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var quotes = new List<Quote>(found.Count);
        var firstPerson = new List<Mention>();
        var entities = document.Entities.ToDictionary(e => e.Id);
        foreach (var f in found)
        {
            string id = $"u{quotes.Count + 1}";
            var cueSpan = f.CueToken >= 0 ? document.Tokens[f.CueToken].Span : (TextSpan?)null;
            var verb = f.CueToken >= 0 ? speech.Find(document.TokenText(f.CueToken)) : null;
            string? speakerId = f.Speaker?.EntityId;
            quotes.Add(new Quote(id, f.Span, f.Content, f.Direct)
            {
                SpeakerId = speakerId,
                SpeakerSpan = f.SpeakerSpan,
                Cue = cueSpan is { } cs ? (f.CueToken > 0 && document.TokenText(f.CueToken) is "to" ? "according to" : cs.Of(document.Text)) : null,
                CueSpan = cueSpan,
                CueKind = verb?.Kind ?? "say",
                TimeId = SpeechTime(document, f),
                DecidedBy = "quotes/" + f.How,
            });
            if (f.Direct && speakerId is not null) firstPerson.AddRange(FirstPerson(document, f.Content, speakerId, entities));
            else if (speakerId is null && f.SpeakerSpan is null)
                document.AddWarning(new Warning("quote-without-speaker", $"No speaker found for {(f.Direct ? "the quote" : "the statement")} \"{Shorten(f.Content.Of(document.Text))}\".", [f.Content]));
        }
        document.SetQuotes(quotes);
        if (firstPerson.Count > 0)
            document.SetMentions(document.Mentions.Concat(firstPerson).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList());
    }

    /// <summary>“...,” he added / “...,” said X / “...,” X said on Sunday.</summary>
    private (Mention? Speaker, TextSpan? SpeakerSpan, int Cue, string How)? After(Document doc, TextSpan quote, MentionLookup mentions)
    {
        int k = doc.TokenAtOrAfter(quote.End);
        if (k >= doc.Tokens.Count || IsParagraphBreakBetween(doc, quote.End, doc.Tokens[k].Start)) return null;
        if (Words.IsPunct(doc, k, ',')) k++;
        if (k >= doc.Tokens.Count) return null;
        if (IsCue(doc, k))
        {
            var s = SpeakerFrom(doc, k + 1, k + 5, mentions);
            if (s.Speaker is not null || s.Span is not null) return (s.Speaker, s.Span, k, "cue-after");
        }
        var m = MentionStartingNear(doc, k, mentions);
        if (m is not null)
        {
            int after = doc.TokenAtOrAfter(m.Span.End);
            for (int c = after; c < Math.Min(doc.Tokens.Count, after + 3); c++)
                if (IsCue(doc, c)) return (m, m.Span, c, "speaker-cue-after");
        }
        if (GenericSpeaker(doc, k) is { } g)
            for (int c = k + 1; c < Math.Min(doc.Tokens.Count, k + 4); c++)
                if (IsCue(doc, c)) return (null, g, c, "generic-after");
        return null;
    }

    /// <summary>X said: “...” / X told Rudaw, “...”.</summary>
    private (Mention? Speaker, TextSpan? SpeakerSpan, int Cue, string How)? Before(Document doc, TextSpan quote, MentionLookup mentions)
    {
        int open = doc.TokenAtOrAfter(quote.Start);
        int p = open - 1;
        if (p < 0 || !(Words.IsPunct(doc, p, ':') || Words.IsPunct(doc, p, ','))) return null;
        int sentenceStart = doc.Sentences[doc.SentenceAt(doc.Tokens[p].Start)].FirstToken;
        for (int c = p - 1; c >= Math.Max(sentenceStart, p - 6); c--)
        {
            if (!IsCue(doc, c)) continue;
            var subject = mentions.Between(doc.Tokens[sentenceStart].Start, doc.Tokens[c].Start).LastOrDefault(m => m.Span.End <= doc.Tokens[c].Start && IsSpeakerKind(m));
            return (subject, subject?.Span, c, "cue-before");
        }
        return null;
    }

    /// <summary>“...” —Mohammed Fazel.</summary>
    private static (Mention? Speaker, TextSpan? SpeakerSpan, int Cue, string How)? Dash(Document doc, TextSpan quote, MentionLookup mentions)
    {
        int k = doc.TokenAtOrAfter(quote.End);
        if (k >= doc.Tokens.Count || doc.TokenText(k) is not ("—" or "–" or "-" or "--")) return null;
        var m = mentions.StartingAt(doc.Tokens[Math.Min(k + 1, doc.Tokens.Count - 1)].Start).FirstOrDefault(IsSpeakerKind);
        return m is null ? null : (m, m.Span, -1, "dash");
    }

    private (Mention? Speaker, TextSpan? Span) SpeakerFrom(Document doc, int from, int to, MentionLookup mentions)
    {
        if (from >= doc.Tokens.Count) return (null, null);
        int limit = doc.Tokens[Math.Min(to, doc.Tokens.Count - 1)].End;
        var candidates = mentions.Between(doc.Tokens[from].Start, limit).Where(IsSpeakerKind).ToList();
        // "said Iraqi envoy Ali Hassan": the demonym describes the speaker who follows.
        var m = candidates.FirstOrDefault(x => x.Form != MentionForm.Demonym) ?? candidates.FirstOrDefault();
        if (m is not null) return (m, m.Span);
        return (null, GenericSpeaker(doc, from) ?? (Words.IsAny(doc, from, "a", "an", "the") ? GenericSpeaker(doc, from + 1) : null));
    }

    private Mention? MentionStartingNear(Document doc, int k, MentionLookup mentions)
    {
        if (k >= doc.Tokens.Count) return null;
        int start = doc.Tokens[k].Start;
        int limit = doc.Tokens[Math.Min(k + 3, doc.Tokens.Count - 1)].Start;
        return mentions.Between(start, limit + 1).FirstOrDefault(IsSpeakerKind);
    }

    private TextSpan? GenericSpeaker(Document doc, int k)
    {
        if (k >= doc.Tokens.Count) return null;
        if (Generic.Contains(doc.TokenString(k))) return doc.Tokens[k].Span;
        var (len, _) = lexicon.RoleNouns.LongestAt(doc, k, Math.Min(doc.Tokens.Count, k + 3));
        return len > 0 ? TextSpan.FromBounds(doc.Tokens[k].Start, doc.Tokens[k + len - 1].End) : null;
    }

    /// <summary>Who can speak: actors, and countries and capitals standing for their governments ("Iraq said", "Washington warned").</summary>
    private static bool IsSpeakerKind(Mention m) => m.EntityId is not null && (m.Kind.IsActor() || m.Kind == EntityKind.Country || m.Referent?.StandsFor is not null);

    private bool IsCue(Document doc, int i) =>
        i >= 0 && i < doc.Tokens.Count && Words.IsLowerWord(doc, i) && speech.Find(doc.TokenText(i)) is { Kind: not "believe" };

    /// <summary>Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".</summary>
    private IEnumerable<Found> Reported(Document doc, MentionLookup mentions, List<Found> direct, HashSet<int> usedCues)
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
        foreach (var sentence in doc.Sentences)
        {
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (usedCues.Contains(c) || inside[doc.Tokens[c].Start]) continue;
                if (Words.Is(doc, c, "according") && Words.Is(doc, c + 1, "to"))
                {
                    var r = AccordingTo(doc, sentence, c, mentions);
                    if (r is not null) { results.Add(r); Cover(r); }
                    continue;
                }
                if (!Words.IsLowerWord(doc, c) || speech.Find(doc.TokenText(c)) is not { } verb) continue;
                var found = Trailing(doc, sentence, c, mentions) ?? Leading(doc, sentence, c, mentions, direct, results);
                if (found is not null) { results.Add(found); Cover(found); }
            }
        }
        return results;
    }

    /// <summary>"X (has) said (that) CONTENT": the subject before the verb, the clause after it.</summary>
    private Found? Leading(Document doc, Sentence sentence, int c, MentionLookup mentions, List<Found> direct, List<Found> reported)
    {
        var text = doc.TokenText(c);
        bool participle = text.EndsWith("ing", StringComparison.Ordinal);
        int contentStart = c + 1;
        // "told Rudaw that": the hearer is not the content.
        var hearer = contentStart < sentence.EndToken ? mentions.StartingAt(doc.Tokens[contentStart].Start).FirstOrDefault() : null;
        if (hearer is not null && doc.TokenText(c) is "told" or "tell" or "tells") contentStart = doc.TokenAtOrAfter(hearer.Span.End);
        // "denied on Monday that ...", "said on 03/01/2020 that": the time belongs to the saying.
        while (contentStart < sentence.EndToken && (doc.Times.Any(t => t.Span.Contains(doc.Tokens[contentStart].Span))
               || Words.IsAny(doc, contentStart, "on", "in", "at") && contentStart + 1 < sentence.EndToken && doc.Times.Any(t => t.Span.Start == doc.Tokens[contentStart + 1].Start)))
            contentStart++;
        if (Words.Is(doc, contentStart, "that") || Words.IsPunct(doc, contentStart, ',') || Words.IsPunct(doc, contentStart, ':')) contentStart++;
        // "said in a statement." is where it was said, not what.
        if (Words.IsAny(doc, contentStart, "in", "on", "at", "to", "during", "after", "before") && sentence.EndToken - contentStart <= 6) return null;
        // The content runs to the end of the sentence or to a new clause (", but ...", "; ...").
        int contentEnd = sentence.EndToken - 1;
        for (int k = contentStart; k < sentence.EndToken; k++)
            if (Words.IsPunct(doc, k, ';') || Words.IsPunct(doc, k, ',') && (Words.IsAny(doc, k + 1, "but", "while", "whereas", "although")
                || k + 1 < sentence.EndToken && doc.TokenText(k + 1).EndsWith("ing", StringComparison.Ordinal) && speech.Find(doc.TokenText(k + 1)) is not null))
            {
                contentEnd = k - 1;
                break;
            }
        while (contentEnd > contentStart && doc.Tokens[contentEnd].Kind == TokenKind.Punctuation) contentEnd--;
        if (contentEnd - contentStart < 2) return null;
        if (Words.IsOpeningQuote(doc, contentStart) && direct.Any(d => d.Span.Start == doc.Tokens[contentStart].Start)) return null;
        Mention? speaker;
        TextSpan? speakerSpan;
        string how;
        if (participle)
        {
            // ", citing ..." / ", noting ...": the speaker of the clause it hangs on.
            if (!Words.IsPunct(doc, c - 1, ',')) return null;
            var owner = direct.Concat(reported).LastOrDefault(f => f.Span.End <= doc.Tokens[c].Start && doc.SentenceAt(f.Span.End - 1) >= sentence.Index - 1);
            if (owner is null && mentions.Between(sentence.Span.Start, doc.Tokens[c].Start).FirstOrDefault(m => m.Span.End <= doc.Tokens[c].Start && IsSpeakerKind(m)) is { } subj)
                (speaker, speakerSpan) = (subj, subj.Span);
            else if (owner is not null) (speaker, speakerSpan) = (owner.Speaker, owner.SpeakerSpan);
            else return null;
            how = "participle";
        }
        else
        {
            var subject = mentions.Between(sentence.Span.Start, doc.Tokens[c].Start).LastOrDefault(m => m.Span.End <= doc.Tokens[c].Start && IsSpeakerKind(m));
            if (subject is null)
            {
                // "officials have said", "Local officials in Sinjar said"
                TextSpan? generic = null;
                for (int g = c - 1; g >= Math.Max(sentence.FirstToken, c - 5) && generic is null; g--) generic = GenericSpeaker(doc, g);
                if (generic is null) return null;
                (speaker, speakerSpan, how) = (null, generic.Value, "generic-subject");
            }
            else
            {
                // The subject must be close: "X said", "X has also said", "X, a doctor, said".
                int gap = c - doc.TokenAtOrAfter(subject.Span.End);
                if (gap > 4 && !AppositionBetween(doc, subject, c)) return null;
                (speaker, speakerSpan, how) = (subject, subject.Span, "subject-cue");
            }
        }
        var content = TextSpan.FromBounds(doc.Tokens[contentStart].Start, doc.Tokens[contentEnd].End);
        var span = TextSpan.FromBounds(Math.Min(speakerSpan?.Start ?? doc.Tokens[c].Start, doc.Tokens[c].Start), content.End);
        return new Found(span, content, false, speaker, speakerSpan, c, how);
    }

    /// <summary>"CONTENT, officials have confirmed." / "CONTENT, he said in a statement." / "CONTENT, a monitor said, after ..."</summary>
    private Found? Trailing(Document doc, Sentence sentence, int c, MentionLookup mentions)
    {
        int end = sentence.EndToken;
        int k = c + 1;
        while (k < end && doc.Times.Any(t => t.Span.Contains(doc.Tokens[k].Span))) k++;
        bool attributionEnds = k >= end || k == end - 1 && IsFinal(doc, k) || Words.IsPunct(doc, k, ',');
        if (!attributionEnds)
        {
            // A short tail: "in a statement", "told reporters", "on Twitter".
            int tail = k;
            while (tail < end && tail - k < 5 && !Words.IsPunct(doc, tail, ',') && !IsFinal(doc, tail) && speech.Find(doc.TokenText(tail)) is null) tail++;
            attributionEnds = tail >= end || tail == end - 1 && IsFinal(doc, tail);
        }
        if (!attributionEnds) return null;
        int s = c - 1;
        while (s > sentence.FirstToken && Words.IsAny(doc, s, "have", "has", "had", "also", "later")) s--;
        var subject = mentions.EndingAt(doc.Tokens[s].End).LastOrDefault(IsSpeakerKind);
        TextSpan? speakerSpan = subject?.Span ?? GenericSpeaker(doc, s);
        if (speakerSpan is null) return null;
        // Back from the speaker over a few describing words to the comma that ends the content.
        int j = doc.TokenAtOrAfter(speakerSpan.Value.Start) - 1;
        int steps = 0;
        while (j > sentence.FirstToken && !Words.IsPunct(doc, j, ',') && steps < 5)
        {
            if (doc.Tokens[j].Kind is TokenKind.Quote or TokenKind.Punctuation && doc.TokenText(j) is not ("-" or "–")) return null;
            j--;
            steps++;
        }
        if (!Words.IsPunct(doc, j, ',') || j - 1 <= sentence.FirstToken) return null;
        var content = TextSpan.FromBounds(doc.Tokens[sentence.FirstToken].Start, doc.Tokens[j - 1].End);
        return new Found(TextSpan.FromBounds(content.Start, doc.Tokens[c].End), content, false, subject, speakerSpan, c, "trailing");
    }

    private static bool IsFinal(Document doc, int i) => Words.IsPunct(doc, i, '.') || Words.IsPunct(doc, i, '!') || Words.IsPunct(doc, i, '?');

    private static Found? AccordingTo(Document doc, Sentence sentence, int c, MentionLookup mentions)
    {
        var m = mentions.Between(doc.Tokens[c + 1].End, doc.Tokens[Math.Min(c + 4, sentence.EndToken - 1)].Start + 1).FirstOrDefault(IsSpeakerKind);
        int afterSpeaker = m is null ? c + 2 : doc.TokenAtOrAfter(m.Span.End);
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
        return new Found(sentence.Span, content, false, m, m?.Span, c + 1, "according-to");
    }

    private static bool AppositionBetween(Document doc, Mention subject, int cue)
    {
        int after = doc.TokenAtOrAfter(subject.Span.End);
        return Words.IsPunct(doc, after, ',') && Words.IsPunct(doc, cue - 1, ',');
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
        foreach (var t in doc.Times)
            if (window.Contains(t.Span) && !f.Content.Overlaps(t.Span) && t.Type == Time.TimexType.Date && t.Precision == Time.TimePrecision.Day && !t.Dateline)
                return t.Id;
        return null;
    }

    private static bool Adjacent(Document doc, TextSpan first, TextSpan second)
    {
        int p1 = doc.Sentences[doc.SentenceAt(first.Start)].Paragraph;
        int p2 = doc.Sentences[doc.SentenceAt(second.Start)].Paragraph;
        return p2 - p1 <= 1 && doc.Paragraphs[p2].Span.Start == second.Start;
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
