using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// The words that name a speaker beside a speech verb, and the entity they refer to when the
/// text says. How it was found: "mention" (a known name heads the phrase), "pronoun",
/// "family-name" (a bare surname of a person named earlier), "role" ("the spokesperson" as the
/// last person given that role) or "phrase" (words only: "a source", "the 34-year-old mother").
/// </summary>
public readonly record struct SpeakerPhrase(TextSpan Span, string? EntityId, string How);

/// <summary>
/// Reads speaker phrases in one document, whether or not they name a known entity: "Rep. Gwen
/// Moore (D-Wis.) said", "said the official", "the Vermont senator has also said", "a spokesman
/// for the ministry told". Works on tokens and the word classes of data/speaker-words.tsv, so
/// a speaker the entity stages missed still gets the words that name them.
/// </summary>
public sealed class SpeakerPhrases
{
    /// <summary>A speaker phrase is short: a title, a name, a role and its organisation.</summary>
    private const int MaxTokens = 10;

    private readonly Document _doc;
    private readonly MentionLookup _mentions;
    private readonly SpeakerWords _words;
    private readonly EntityLexicon _lexicon;
    private readonly SpeechVerbs _speech;
    private readonly bool[] _inTime;
    private readonly Dictionary<string, Entity> _entities;
    private readonly bool[] _quoted;

    public SpeakerPhrases(Document doc, MentionLookup mentions, SpeakerWords words, EntityLexicon lexicon, SpeechVerbs speech)
    {
        _doc = doc;
        _mentions = mentions;
        _words = words;
        _lexicon = lexicon;
        _speech = speech;
        _inTime = new bool[doc.Tokens.Count];
        foreach (var t in doc.Times)
            for (int i = doc.TokenAtOrAfter(t.Span.Start); i < doc.Tokens.Count && doc.Tokens[i].Start < t.Span.End; i++) _inTime[i] = true;
        _entities = doc.Entities.ToDictionary(e => e.Id);
        _quoted = new bool[doc.Text.Length];
    }

    /// <summary>Marks words in quotation marks: a speaker is never inside the quote ("you" in “you'll see”).</summary>
    public void MarkQuoted(TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++) _quoted[k] = true;
    }

    public bool IsQuoted(int offset) => offset >= 0 && offset < _quoted.Length && _quoted[offset];

    /// <summary>The phrase that starts at token k, after the verb: "said Caddell", "said the official", "according to the poll".</summary>
    public SpeakerPhrase? Following(int k, int end)
    {
        while (k < end && _inTime[k]) k++;
        if (k >= end) return null;
        if (IsWord(k) && _doc.TokenText(k) is "he" or "she" or "they") return Pronoun(k);
        int last = -1, firstLinking = -1;
        bool content = false;
        int j = k;
        while (j < end && j - k < MaxTokens)
        {
            if (Mention(j) is { } m)
            {
                j = _doc.TokenAtOrAfter(m.Span.End);
                last = j - 1;
                content = true;
                continue;
            }
            if (!IsWord(j) && _doc.Tokens[j].Kind != TokenKind.Number) break;
            var w = _doc.TokenText(j);
            if (_words.IsDeterminer(w))
            {
                if (content && !(j > k && _words.IsLinking(_doc.TokenText(j - 1)))) break;
            }
            else if (_words.IsLinking(w))
            {
                if (!content || w is not ("of" or "for")) break;
                if (firstLinking < 0) firstLinking = j;
            }
            else if (!IsPhraseWord(j)) break;
            else
            {
                last = j;
                content = true;
            }
            j++;
        }
        if (!content) return null;
        return Phrase(k, last);
    }

    /// <summary>
    /// The phrase that ends just before the verb at token cue, over "has also" and a day between
    /// them: "Rep. Gwen Moore (D-Wis.) said", "the campaign's spokesman has said", "he said",
    /// "Jean-Marc Ayrault, the foreign minister of France, said". Null when none is there.
    /// </summary>
    public SpeakerPhrase? Preceding(int cue, int start)
    {
        int j = cue - 1;
        while (j >= start)
        {
            if (IsWord(j) && (_words.IsSkipped(_doc.TokenText(j)) || IsAdverb(j)) && !_inTime[j]) j--;
            else if (_inTime[j])
            {
                while (j >= start && _inTime[j]) j--;
                if (j >= start && Words.IsAny(_doc, j, "on", "in", "at", "late", "early")) j--;
            }
            else break;
        }
        if (j < start) return null;
        // "(D-Wis.)" after a name.
        if (Words.IsPunct(_doc, j, ')'))
        {
            int open = j - 1;
            while (open >= start && j - open < 8 && !Words.IsPunct(_doc, open, '(')) open--;
            if (open < start || !Words.IsPunct(_doc, open, '(')) return null;
            j = open - 1;
        }
        if (j < start) return null;
        if (Words.IsPunct(_doc, j, ',')) return BeforeCommas(j, start);
        if (IsWord(j) && _words.IsPronoun(_doc.TokenText(j)))
        {
            // "who" and "which" speak only as relatives ("Trump, who said"), not as questions ("Who said ...?").
            if (_doc.TokenText(j) is "who" or "which" or "Who" or "Which" && !Words.IsPunct(_doc, j - 1, ',')) return null;
            return Pronoun(j);
        }
        if (!CanEndPhrase(j)) return null;
        int last = j, first = -1;
        bool content = false;
        while (j >= start && last - j < MaxTokens)
        {
            if (MentionEndingAt(j) is { } m)
            {
                j = _doc.TokenAtOrAfter(m.Span.Start);
                first = j;
                content = true;
                j--;
                continue;
            }
            if (!IsWord(j) && _doc.Tokens[j].Kind != TokenKind.Number) break;
            var w = _doc.TokenText(j);
            if (_words.IsDeterminer(w))
            {
                if (!content) return null;
                first = j;
                // "head of the caucus", "a spokesman for the ministry": go on past the linking word.
                if (j - 2 >= start && _words.IsLinking(_doc.TokenText(j - 1)) && IsPhraseWord(j - 2) && !_inTime[j - 2])
                {
                    j -= 2;
                    continue;
                }
                break;
            }
            if (_words.IsLinking(w))
            {
                if (!content || j - 1 < start || !IsPhraseWord(j - 1) && MentionEndingAt(j - 1) is null) break;
                j--;
                continue;
            }
            if (!IsPhraseWord(j) || _inTime[j]) break;
            first = j;
            content = true;
            j--;
        }
        if (!content || first < 0) return null;
        return Phrase(first, last);
    }

    /// <summary>
    /// A phrase, then commas, then the verb: "X, a doctor, said" (the description is part of the
    /// phrase, as gold sets mark it), "Clinton's campaign chairman, John Podesta, said" (the name
    /// heads it) and "X, in a statement released on Thursday, said" (the aside is not part of it).
    /// </summary>
    private SpeakerPhrase? BeforeCommas(int j, int start)
    {
        // "Gov. John Kasich (R-OH), said": a stray comma after the parenthesis.
        if (Words.IsPunct(_doc, j - 1, ')')) return Preceding(j, start);
        int comma = j - 1;
        while (comma >= start && j - comma < 30 && !Words.IsPunct(_doc, comma, ',')) comma--;
        if (comma <= start || !Words.IsPunct(_doc, comma, ',')) return null;
        int from = comma + 1;
        if (from >= j) return null;
        if (Mention(from) is { } name && _doc.TokenAtOrAfter(name.Span.End) == j && name.Kind == EntityKind.Person)
        {
            var before = Preceding(comma, start);
            var span = TextSpan.FromBounds(before?.Span.Start ?? name.Span.Start, name.Span.End);
            return new SpeakerPhrase(span, name.EntityId, "mention");
        }
        if (IsCapitalisedName(from, j))
        {
            // "her senior policy adviser, Jake Sullivan, said": a name the entity stages did not know.
            var before = Preceding(comma, start);
            var named = Phrase(from, j - 1);
            return named with { Span = TextSpan.FromBounds(before?.Span.Start ?? named.Span.Start, named.Span.End) };
        }
        if (DescribesAPerson(from, j))
        {
            var named = Preceding(comma, start);
            return named is null ? null : named.Value with { Span = TextSpan.FromBounds(named.Value.Span.Start, _doc.Tokens[j - 1].End) };
        }
        // An aside opened by a preposition or a conjunction: "in a statement", "when asked".
        if (Words.IsLowerWord(_doc, from) && _lexicon.ClosedClass.Contains(_doc.TokenText(from))) return Preceding(comma, start);
        return null;
    }

    private bool IsCapitalisedName(int from, int to)
    {
        if (to - from is < 1 or > 4) return false;
        for (int k = from; k < to; k++)
            if (!Words.IsCapitalised(_doc, k) || _lexicon.ClosedClass.Contains(_doc.TokenText(k))) return false;
        return true;
    }

    /// <summary>"a doctor", "the foreign minister of France", "head of the caucus", "25": words that describe, not name.</summary>
    private bool DescribesAPerson(int from, int to)
    {
        if (from >= to) return false;
        if (IsWord(from) && _words.IsDeterminer(_doc.TokenText(from))) return true;
        if (_doc.Tokens[from].Kind == TokenKind.Number && to - from == 1) return true;
        for (int k = from; k < Math.Min(to, from + 4); k++)
            if (_lexicon.RoleNouns.LongestAt(_doc, k, to).Length > 0) return true;
        return Words.IsLowerWord(_doc, from) && !_lexicon.ClosedClass.Contains(_doc.TokenText(from));
    }

    /// <summary>The speaker named by tokens [first, last], read off a tree: a pronoun's referent, or the entity the phrase's head names.</summary>
    public SpeakerPhrase Over(int first, int last)
    {
        if (first == last && IsWord(first) && _words.IsPronoun(_doc.TokenText(first))) return Pronoun(first);
        // A name the parser split ("Chancellor Angela | Merkel") is whole again: the phrase takes in every name it touches.
        var span = TextSpan.FromBounds(_doc.Tokens[first].Start, _doc.Tokens[last].End);
        foreach (var m in _mentions.Between(Math.Max(0, span.Start - 200), span.End))
        {
            if (m.Nested || m.EntityId is null || m.Form == MentionForm.Pronoun || !m.Span.Overlaps(span)) continue;
            first = Math.Min(first, _doc.TokenAtOrAfter(m.Span.Start));
            last = Math.Max(last, _doc.TokenAtOrAfter(m.Span.End) - 1);
        }
        return Phrase(first, last);
    }

    private SpeakerPhrase Pronoun(int k)
    {
        var span = _doc.Tokens[k].Span;
        var m = _mentions.StartingAt(span.Start).FirstOrDefault(x => x.EntityId is not null);
        return new SpeakerPhrase(span, m?.EntityId, "pronoun");
    }

    /// <summary>The phrase over tokens [first, last] and the entity its head refers to.</summary>
    private SpeakerPhrase Phrase(int first, int last)
    {
        var span = TextSpan.FromBounds(_doc.Tokens[first].Start, _doc.Tokens[last].End);
        // The head comes before any linking word: "spokesman" in "a spokesman for the ministry".
        int headEnd = last;
        for (int k = first; k <= last; k++)
            if (IsWord(k) && _words.IsLinking(_doc.TokenText(k)) && !InsideName(k)) { headEnd = k - 1; break; }
        if (headEnd < first) return new SpeakerPhrase(span, null, "phrase");
        // A name at the head: "Democratic nominee Hillary Clinton", "the Iraqi government".
        var headMention = _mentions.Between(span.Start, _doc.Tokens[headEnd].End)
            .Where(m => m.EntityId is not null && m.Span.End == _doc.Tokens[headEnd].End && m.Form != MentionForm.Demonym && IsSpeakerKind(m))
            .OrderByDescending(m => m.Span.Length).FirstOrDefault();
        if (headMention is not null) return new SpeakerPhrase(span, headMention.EntityId, "mention");
        // "Clinton said" when Clinton was named in full before but not matched here.
        if (headEnd == first || Words.IsCapitalised(_doc, headEnd) && Words.IsCapitalised(_doc, first))
        {
            var family = _doc.TokenString(headEnd);
            if (Words.IsCapitalised(_doc, headEnd) && PersonByFamilyName(family, span.Start) is { } person)
                return new SpeakerPhrase(span, person, "family-name");
        }
        // "the spokesperson", "the senator", "the former secretary of state": the last person given that role.
        if (Words.IsAny(_doc, first, "the", "this") && Words.IsLowerWord(_doc, headEnd))
        {
            var noun = _doc.TokenString(headEnd);
            if (LastWithRole(noun, span.Start) is { } holder) return new SpeakerPhrase(span, holder, "role");
        }
        return new SpeakerPhrase(span, null, "phrase");
    }

    private string? PersonByFamilyName(string family, int before)
    {
        foreach (var m in _mentions.Between(Math.Max(0, before - 20000), before).Reverse())
        {
            if (m.EntityId is null || !_entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person) continue;
            if (e.Name.EndsWith(" " + family, StringComparison.Ordinal) || e.Name == family) return e.Id;
        }
        return null;
    }

    /// <summary>The person mentioned last before the phrase whose title or role is the noun ("spokesman" also matches "spokeswoman", "official" any office-holder).</summary>
    private string? LastWithRole(string noun, int before)
    {
        if (noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)) return null; // "the officials": several, not one
        bool spokes = noun.StartsWith("spokes", StringComparison.Ordinal);
        bool anyOffice = noun is "official";
        foreach (var m in _mentions.Between(Math.Max(0, before - 5000), before).Reverse())
        {
            if (m.EntityId is null || !_entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person) continue;
            string roles = $"{e.Title} {e.Role}";
            if (roles.Length <= 1) continue;
            if (roles.Contains(noun, StringComparison.OrdinalIgnoreCase)
                || spokes && roles.Contains("spokes", StringComparison.OrdinalIgnoreCase)
                || anyOffice && (e.Role is not null || e.Title is not (null or "Mr" or "Mrs" or "Ms" or "Doctor")))
                return e.Id;
        }
        return null;
    }

    /// <summary>Whether a name of someone who can speak covers token i ("the Pentagon", "Iraq" for its government).</summary>
    public bool NamesSpeakerAt(int i)
    {
        var t = _doc.Tokens[i];
        foreach (var m in _mentions.Between(Math.Max(0, t.Start - 200), t.End))
            if (m.Span.Start <= t.Start && t.End <= m.Span.End && IsSpeakerKind(m)) return true;
        return false;
    }

    /// <summary>Who can speak: actors, and countries and capitals standing for their governments ("Iraq said", "Washington warned").</summary>
    public static bool IsSpeakerKind(Mention m) => m.EntityId is not null && (m.Kind.IsActor() || m.Kind == EntityKind.Country || m.Referent?.StandsFor is not null);

    private bool IsWord(int i) => _doc.Tokens[i].Kind == TokenKind.Word;

    /// <summary>A word that can be part of a speaker phrase: a name or a noun or adjective, not a function word or a verb of saying.</summary>
    private bool IsPhraseWord(int i)
    {
        var t = _doc.Tokens[i];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind != TokenKind.Word) return false;
        var w = _doc.TokenText(i);
        if (w is "'s" or "’s" or "s'" or "'") return true;
        if (_lexicon.ClosedClass.Contains(w) || _words.IsSkipped(w)) return false;
        // "said" is a verb, but "the report", "one tweet", "Trump's statement" are nouns.
        if (char.IsLower(w[0]) && _speech.Find(w) is not null)
            return i > 0 && IsWord(i - 1) && (_words.IsDeterminer(_doc.TokenText(i - 1)) || _doc.TokenText(i - 1) is "'s" or "’s");
        return true;
    }

    private Mention? Mention(int j)
    {
        int start = _doc.Tokens[j].Start;
        foreach (var m in _mentions.StartingAt(start))
            if (!m.Nested && m.EntityId is not null && m.Form != MentionForm.Pronoun) return m;
        return null;
    }

    private Mention? MentionEndingAt(int j)
    {
        foreach (var m in _mentions.EndingAt(_doc.Tokens[j].End))
            if (!m.Nested && m.EntityId is not null && m.Form != MentionForm.Pronoun) return m;
        return null;
    }

    /// <summary>
    /// The last word of a phrase before a verb is its head, a noun or a name: not an adverb,
    /// participle or hyphenated adjective ("together vowed", "his early-morning tweets").
    /// </summary>
    private bool CanEndPhrase(int j)
    {
        if (MentionEndingAt(j) is not null || !Words.IsLowerWord(_doc, j)) return true;
        var w = _doc.TokenText(j);
        if (_lexicon.RoleNouns.LongestAt(_doc, j, j + 1).Length > 0) return true;
        return !(w.EndsWith("ly") || w.EndsWith("ed") || w.EndsWith("ing") || w.Contains('-'));
    }

    /// <summary>"repeatedly", "publicly": a lower-case word in -ly between a speaker and the verb.</summary>
    private bool IsAdverb(int j)
    {
        if (!Words.IsLowerWord(_doc, j) || _doc.TokenText(j) is not { Length: > 4 } w || !w.EndsWith("ly")) return false;
        // "the family", "an ally", "Trump's ally": a noun after a determiner.
        return j == 0 || !(IsWord(j - 1) && (_words.IsDeterminer(_doc.TokenText(j - 1)) || _doc.TokenText(j - 1) is "'s" or "’s"));
    }

    /// <summary>Whether token k is inside a name ("Post" in "Washington Post" is no verb of saying).</summary>
    public bool InsideName(int k) => _mentions.Covers(_doc.Tokens[k].Start);
}
