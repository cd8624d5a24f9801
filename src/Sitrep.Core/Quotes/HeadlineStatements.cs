using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Lexicons;

namespace Sitrep.Quotes;

/// <summary>
/// Statements in a headline, which news writes in two shapes of its own: "Pat Caddell: Democrat
/// Voters Worried About ..." (the source, a colon, what they said) and "Lindsey Graham Says
/// Trump Could ..." (title case, so the verb is capitalised too). The headline is the title the
/// header stage found, or a first paragraph of one short title-case sentence.
/// </summary>
public sealed class HeadlineStatements(SpeechVerbs speech, SpeakerWords speakerWords, EntityLexicon lexicon)
{
    /// <summary>Longer than this before the colon or the verb, the words are not a source's name.</summary>
    private const int MaxSourceTokens = 5;

    public TreeStatement? Find(Document doc, SpeakerPhrases speakers)
    {
        if (Headline(doc) is not var (line, titleCase)) return null;
        int first = doc.TokenAtOrAfter(line.Start), end = doc.TokenAtOrAfter(line.End);
        while (end > first && doc.Tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end - first < 4) return null;
        for (int k = first + 1; k <= Math.Min(end - 3, first + MaxSourceTokens); k++)
        {
            if (Words.IsPunct(doc, k, ':'))
                return IsSource(doc, first, k) && !speakerWords.IsHeadlineLabel(doc.TokenText(k - 1))
                    ? Statement(doc, speakers, first, k - 1, k, k + 1, end, "headline-colon") : null;
            // "Lindsey Graham Says ...": a capitalised verb of saying after a name.
            if (titleCase && Words.IsCapitalised(doc, k) && speech.Find(doc.TokenText(k)) is { Kind: not ("believe" or "evidence") } && !speakers.InsideName(k) && IsSource(doc, first, k))
                return Statement(doc, speakers, first, k - 1, k, k + 1, end, "headline-verb");
        }
        return null;
    }

    /// <summary>Transcript lines: "PENCE: Well, look, ..." — a speaker's name in capitals, a colon and what they said, to the end of the paragraph.</summary>
    public IEnumerable<TreeStatement> TranscriptLines(Document doc, SpeakerPhrases speakers)
    {
        foreach (var paragraph in doc.Paragraphs)
        {
            int first = doc.TokenAtOrAfter(paragraph.Span.Start), end = doc.TokenAtOrAfter(paragraph.Span.End);
            while (end > first && doc.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) end--;
            // A transcript quoted whole: "“WALLACE: ...”".
            if (first < end && Words.IsOpeningQuote(doc, first)) first++;
            int colon = first;
            while (colon < end && colon - first < 4 && IsCapitalsWord(doc, colon)) colon++;
            if (colon == first || colon - first > 3 || !Words.IsPunct(doc, colon, ':') || end - colon < 4) continue;
            yield return Statement(doc, speakers, first, colon - 1, colon, colon + 1, end, "transcript");
        }
    }

    /// <summary>"PENCE", "MR. TRUMP": a word in capitals only.</summary>
    private static bool IsCapitalsWord(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        var w = doc.TokenText(k);
        int letters = 0;
        foreach (char ch in w)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters >= 2;
    }

    private static TreeStatement Statement(Document doc, SpeakerPhrases speakers, int sourceFirst, int sourceLast, int cue, int contentFirst, int end, string how)
    {
        var content = TextSpan.FromBounds(doc.Tokens[contentFirst].Start, doc.Tokens[end - 1].End);
        var speaker = speakers.Over(sourceFirst, sourceLast);
        return new TreeStatement(TextSpan.FromBounds(doc.Tokens[sourceFirst].Start, content.End), content, speaker, Words.IsPunct(doc, cue, ':') ? -1 : cue, how);
    }

    /// <summary>A source's name: capitalised words (a name, "Poll", "New Study"), none of them a function word ("Stealth Over Health") or a verb of saying.</summary>
    private bool IsSource(Document doc, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word && !Words.IsPunct(doc, k, '.')) return false;
            if (doc.Tokens[k].Kind == TokenKind.Word && (!Words.IsCapitalised(doc, k) || speech.Find(doc.TokenText(k)) is not null
                || lexicon.ClosedClass.Contains(doc.TokenText(k)))) return false;
        }
        return true;
    }

    /// <summary>
    /// The headline: the title the header stage found, or a first paragraph of one short
    /// sentence; and whether most of its words are capitalised (then a capitalised verb is a verb).
    /// </summary>
    private static (TextSpan Line, bool TitleCase)? Headline(Document doc)
    {
        TextSpan p;
        if (doc.Source.TitleSpan is { } title) p = title;
        else
        {
            if (doc.Paragraphs.Count < 2 || doc.Sentences.Count < 2) return null;
            p = doc.Paragraphs[0].Span;
            if (doc.Sentences[0].Span.End < p.End - 1) return null;
        }
        int words = 0, capitalised = 0, tokens = 0;
        for (int k = doc.TokenAtOrAfter(p.Start); k < doc.Tokens.Count && doc.Tokens[k].Start < p.End; k++)
        {
            tokens++;
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].Length < 4) continue;
            words++;
            if (Words.IsCapitalised(doc, k)) capitalised++;
        }
        return tokens <= 40 && words >= 2 ? (p, capitalised * 10 >= words * 7) : null;
    }
}
