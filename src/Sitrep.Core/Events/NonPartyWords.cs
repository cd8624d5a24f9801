using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;

namespace Sitrep.Events;

/// <summary>Words in an event's frame that are no party of it: a headline's source, a wire slug, and words that name no one.</summary>
public sealed class NonPartyWords(EventLexicon lexicon, QuantityLexicon quantities)
{
    /// <summary>
    /// Words that are no party of what follows: a headline's source before a colon near its start
    /// ("Iraqi officials: Bombs in Baghdad kill 16", "Police: 36 killed as ..."), the wire's slug
    /// ("UPDATE 1-", "REFILE-"); and, named only in words, a phrase that begins with a preposition
    /// ("in Iraqi oil field - website"), a verb of violence read as a noun ("Shelling kills 11"), or a
    /// word before a weapon ("Car bomb targeting pilgrims"), a measure before "of" ("Wave of bombings kills 40"),
    /// a lone adverb ("Meanwhile, ...").
    /// </summary>
    public void Drop(DocumentIndex index, Sentence sentence, Frame frame, int trigger)
    {
        var doc = index.Document;
        int cut = -1;
        // Only in a report's first line, its headline: in the body "Iran: we will hit back" is Iran speaking.
        for (int k = sentence.FirstToken + 1; sentence.Index == 0 && k < Math.Min(trigger, sentence.FirstToken + 6); k++)
            if (Words.IsPunct(doc, k, ':')) { cut = k; break; }
        int dateline = DatelineEnd(doc, sentence);
        int slug = Math.Max(SlugEnd(doc, sentence), dateline);
        int before = Math.Max(cut < 0 ? -1 : doc.Tokens[cut].End, slug);
        // "Like the Bosnian Muslim enclave in 1995, eastern Ghouta has been besieged": the thing compared is no party, nor where it happened.
        if (Clauses.ComparisonEnd(doc, sentence) is >= 0 and var comparison && trigger > comparison)
        {
            int compared = doc.Tokens[comparison].End;
            before = Math.Max(before, compared);
            frame.RemoveWhere("place", f => f.Span.End <= compared);
        }
        // Nor is the dateline where it happened: "KANDAHAR - Afghan police arrested ..." was filed there.
        if (dateline >= 0) frame.RemoveWhere("place", f => f.Span.End <= dateline);
        // "A British woman fighting alongside Kurdish forces", "Jojo may have been killed alongside her": who is alongside
        // is on the same side, or shares the fate, and is never whom it was done to.
        frame.RemoveWhere("target", f => Alongside(doc, f.Span));
        if (frame.Unnamed.TryGetValue("target", out var alongside) && Alongside(doc, alongside)) frame.Unnamed.Remove("target");
        foreach (var role in (string[])["actor", "target", "recipient"])
        {
            if (before >= 0 && frame[role].Any(f => f.Span.End <= before))
            {
                var kept = frame[role].Where(f => f.Span.End > before).ToList();
                frame.Remove(role);
                frame.AddAll(role, kept);
            }
            if (!frame.Unnamed.TryGetValue(role, out var words)) continue;
            if (words.End <= before) { frame.Unnamed.Remove(role); continue; }
            if (words.Start < before) frame.Unnamed[role] = words = TextSpan.FromBounds(before, words.End);
            int first = doc.TokenAtOrAfter(words.Start), last = doc.TokenCovering(words.End - 1);
            if (first < 0 || last < 0 || Words.IsAny(doc, first, "in", "on", "at", "near", "of", "by", "from", "to", "into", "across", "after", "during")
                || first == last && lexicon.Triggers.MatchesAt(doc, first, first + 1).LastOrDefault().Values is { } rows && rows.Any(r => r.IsVerb)
                // "Meanwhile, another backbencher has expressed ...": a lone function word or adverb names no one (a pronoun may).
                || first == last && lexicon.ClosedClass.Contains(doc.TokenText(first)) && !IsPersonalPronoun(doc.TokenText(first))
                // "declared a unilateral ceasefire on Monday": a time is when, never who.
                || doc.Times.Any(t => t.Span.Start <= words.Start && words.End <= t.Span.End)
                || last + 1 < sentence.EndToken && quantities.Units.LongestAt(doc, last + 1, last + 2).Value is { Category: "weapons" }
                // "Wave of bombings kills 40": a measure of what follows "of" does nothing (as a target, PLV keeps
                // "criticising a spate of human rights violations").
                || role == "actor" && last + 1 < sentence.EndToken && lexicon.MeasureNouns.Contains(doc.TokenText(last)) && Words.IsAny(doc, last + 1, "of"))
                frame.Unnamed.Remove(role);
        }
    }

    /// <summary>The words follow "alongside", an article or a possessive between.</summary>
    private static bool Alongside(Document doc, TextSpan span)
    {
        int k = doc.TokenAtOrAfter(span.Start) - 1;
        while (k >= 0 && Words.IsAny(doc, k, "the", "a", "an", "its", "their", "his", "her")) k--;
        return k >= 0 && Words.IsAny(doc, k, "alongside");
    }

    private static bool IsPersonalPronoun(ReadOnlySpan<char> word)
    {
        foreach (var pronoun in PersonalPronouns)
            if (word.Equals(pronoun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] PersonalPronouns = ["i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them"];

    /// <summary>
    /// Where a dateline at the sentence's start ends, as a character offset; -1 when there is none:
    /// "BOGOTA - Police in ...", "PARIS (Reuters) - Fighters loyal to ...", "ALBUQUERQUE, N.M. (AP) -- New
    /// Mexico's chief justice", "ADDIS ABABA, May 15 (Xinhua) --", "Washington - US President ...". A town
    /// in capitals, or any capitalised words before a dash with an agency in brackets, says where the
    /// report was filed, never who did what.
    /// </summary>
    public static int DatelineEnd(Document doc, Sentence sentence)
    {
        int first = sentence.FirstToken;
        if (first >= sentence.EndToken || !IsUpperWord(doc.TokenText(first))) return -1;
        bool shouting = IsAllCaps(doc.TokenText(first)), agency = false;
        int depth = 0;
        for (int k = first + 1; k < Math.Min(sentence.EndToken - 1, first + 12); k++)
        {
            var t = doc.TokenText(k);
            if (t is "(") { depth++; continue; }
            if (t is ")") { depth--; agency = true; continue; }
            if (depth > 0) continue;
            bool dash = t is "-" or "--" or "—" or "–" || agency && t is "\"" or "“" or "”";
            // "Washington - US President": a dash right after one capitalised word, spaced on both sides.
            if (dash && (shouting || agency || k == first + 1) && k > first
                && doc.Tokens[k].Start > doc.Tokens[k - 1].End && doc.Tokens[k + 1].Start > doc.Tokens[k].End)
                return doc.Tokens[k].End;
            if (t is "," or "." || doc.Tokens[k].Kind == TokenKind.Number || IsUpperWord(t)) continue;
            return -1;
        }
        return -1;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
        return letters >= 3;
    }

    private static readonly string[] Slugs = ["UPDATE", "WRAPUP", "REFILE", "CORRECTED", "RPT"];

    /// <summary>Where a wire slug at the sentence's start ends ("UPDATE 3-", "WRAPUP 1-", "REFILE-"), as a character offset; -1 when there is none.</summary>
    public static int SlugEnd(Document doc, Sentence sentence)
    {
        var first = doc.TokenText(sentence.FirstToken);
        foreach (var word in Slugs)
        {
            if (!first.StartsWith(word, StringComparison.Ordinal)) continue;
            // "REFILE-Insurgents" is one token: the slug ends after its hyphen; "CORRECTED-UPDATE 3-" is two slugs.
            if (first.Length > word.Length && first[word.Length] == '-')
            {
                if (Array.IndexOf(Slugs, first[(word.Length + 1)..].ToString()) >= 0)
                {
                    int after = sentence.FirstToken + 1;
                    if (after < sentence.EndToken && doc.Tokens[after].Kind == TokenKind.Number) after++;
                    if (after < sentence.EndToken && Words.IsPunct(doc, after, '-')) return doc.Tokens[after].End;
                    return doc.Tokens[sentence.FirstToken].End;
                }
                return doc.Tokens[sentence.FirstToken].Start + word.Length + 1;
            }
            if (first.Length != word.Length) return -1;
            int k = sentence.FirstToken + 1;
            if (k < sentence.EndToken && doc.Tokens[k].Kind == TokenKind.Number) k++;
            if (k < sentence.EndToken && Words.IsPunct(doc, k, '-')) return doc.Tokens[k].End;
            return doc.Tokens[sentence.FirstToken].End;
        }
        return -1;
    }
}
