using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.Events;

/// <summary>Which clause of a sentence a phrase belongs to, by the tree: an event's date comes from its own.</summary>
public static class Clauses
{
    /// <summary>
    /// "Putin, whose military intervened in the Syrian war in 2015, welcomed the US move", "arrests came
    /// three years after Robinson, who served in Afghanistan in 2012": a phrase inside another clause of the
    /// sentence — a relative clause, one after "since", "after" or "before", a reported one — tells of that
    /// clause's deed. Not a clause about the trigger itself ("the attack that took place on Monday") nor one
    /// that says when ("arrested him when he returned in November"); false where the sentence is unparsed.
    /// </summary>
    public static bool InAnotherClause(Document doc, Sentence sentence, int trigger, TimeExpression time)
    {
        var span = time.Span;
        bool aDay = time.Precision is TimePrecision.Time or TimePrecision.Day;
        // "Like the Bosnian Muslim enclave in 1995, eastern Ghouta has been besieged ...": what a comparison opens with is another's time.
        if (ComparisonEnd(doc, sentence) is >= 0 and var comma && trigger > comma && span.End <= doc.Tokens[comma].Start) return true;
        if (doc.Syntax is not { } tree || !tree.IsParsed(trigger)) return false;
        int first = doc.TokenAtOrAfter(span.Start), last = doc.TokenCovering(span.End - 1);
        if (first < 0 || last < first || !tree.IsParsed(first)) return false;
        int head = -1;
        for (int k = first; k <= last && head < 0; k++)
            if (tree.Heads[k] < first || tree.Heads[k] > last) head = k;
        // A time that modifies a noun before it dates that noun: "scene of the 2013 sarin attack", "complicity in a 2016 army
        // coup", "in March's attack" — unless the noun is the trigger's, holds it, or hangs on it ("were killed in a 2014
        // attack"). Only after a determiner, or a possessive not after a word of sequence: a time after a preposition is an
        // adverbial the parser misplaced ("met in Antalya on Sunday, where ...", "In late 2016, Kurdish ... forces"), and
        // "after April's atrocity" still anchors the deed. (A day is near enough to be the deed's too: "Details of Sunday's
        // fighting were sketchy, but warplanes kept up their bombardment".)
        if (head >= 0 && tree.Heads[head] is >= 0 and var described && described > last && tree.Relations[head] is "compound" or "nummod" or "amod" or "nmod:poss"
            && tree.Upos[described] is "NOUN" or "PROPN" && !OnTriggersNoun(tree, trigger, described) && !tree.Dominates(described, trigger)
            && tree.Heads[described] != trigger && first > sentence.FirstToken
            && (tree.Upos[first - 1] == "DET" || tree.Relations[head] == "nmod:poss" && !Words.IsAny(doc, first - 1, "after", "before", "since", "until"))
            && !aDay)
            return true;
        for (int k = head, steps = 0; k >= 0 && steps < sentence.TokenCount; k = tree.Heads[k], steps++)
        {
            if (k == trigger || tree.Dominates(k, trigger)) return false;
            // (a relative clause on the trigger's own noun tells of the event: "the attack that took place on Monday",
            // also on a phrase's last word: "the suicide attack that ...")
            if (IsOtherClause(doc, tree, sentence, k) && !(OnTriggersNoun(tree, trigger, tree.Heads[k]) && tree.Relations[k] == "acl:relcl")) return true;
            // A phrase describing a noun apart, the time within its own words: "In eastern Ghouta, scene of the 2013 sarin attack,
            // ... were killed ... last week" (not a time after its comma the parser hangs there: "the town of Sarrin, northern Syria, in July 2015").
            if (tree.Relations[k] == "appos" && k < first && !PunctuationBetween(doc, k, first)) return true;
        }
        // (The trigger's own side is not walked: a relative clause often tells of the main clause's event or
        // time — "a suicide attack that targeted a Shia centre", "a phone call on Friday where he agreed" — and
        // on Guardian dev articles that walk undid as many dates as it mended.)
        return false;
    }

    private static bool PunctuationBetween(Document doc, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (doc.Tokens[k].Kind == TokenKind.Punctuation) return true;
        return false;
    }

    /// <summary>
    /// The comma that ends a comparison the sentence opens with ("Like the Bosnian Muslim enclave in 1995,", "Unlike in
    /// 2016,", "As in Aleppo,", "As with Mosul,"), or -1: its names, places and times are the thing compared, not the deed told.
    /// </summary>
    public static int ComparisonEnd(Document doc, Sentence sentence)
    {
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && doc.Tokens[first].Kind == TokenKind.Punctuation) first++;
        if (first + 2 >= sentence.EndToken) return -1;
        bool opens = Words.IsAny(doc, first, "like", "unlike") && char.IsUpper(doc.TokenText(first)[0])
                     || Words.IsAny(doc, first, "as") && char.IsUpper(doc.TokenText(first)[0]) && Words.IsAny(doc, first + 1, "in", "with");
        if (!opens) return -1;
        for (int k = first + 2; k < Math.Min(sentence.EndToken - 1, first + ComparisonLength); k++)
            if (Words.IsPunct(doc, k, ',')) return k;
        return -1;
    }

    /// <summary>How many words a comparison that opens a sentence runs to, at most.</summary>
    private const int ComparisonLength = 20;

    /// <summary>The token is the trigger or a noun within the two words after it ("suicide attack", "air strike").</summary>
    private static bool OnTriggersNoun(DependencyParse tree, int trigger, int token) =>
        token == trigger || token > trigger && token <= trigger + 2 && tree.Upos[token] is "NOUN" or "PROPN";

    private static readonly string[] RelativeWords = ["who", "whom", "whose", "which", "that", "where", "when"];

    private static bool IsOtherClause(Document doc, DependencyParse tree, Sentence sentence, int k) => tree.Relations[k] switch
    {
        "ccomp" or "csubj" => true,
        // Only a clause a relative word opens ("who served", "in which he was held"; not a participle the parser calls one).
        "acl:relcl" => OpensWithRelativeWord(doc, tree, sentence, k),
        // Not a participle's clause, which says how the deed went ("attacked the town on Monday, killing five"),
        // nor one that says when or on what condition ("would end if the fighters left a border area in northeast Syria").
        "advcl" => Subordinator(doc, tree, sentence, k) is >= 0 and var mark && Words.IsAny(doc, mark, Opening),
        _ => false,
    };

    /// <summary>A relative word, or a preposition and one, opens the clause, after its comma: ", who served", ", in which he was held".</summary>
    private static bool OpensWithRelativeWord(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        int opening = tree.Subtree(sentence, verb).First;
        while (opening < verb && doc.Tokens[opening].Kind == TokenKind.Punctuation) opening++;
        if (Words.IsAny(doc, opening, RelativeWords)) return true;
        return opening + 1 < verb && Words.IsAny(doc, opening + 1, RelativeWords);
    }

    private static readonly string[] Opening = ["after", "before", "since", "until", "till", "because", "although", "though", "whereas"];

    /// <summary>The word that opens the clause: its mark, else one a few words before its verb ("after the army withdrew", where the parser hangs "after" on "army").</summary>
    private static int Subordinator(Document doc, DependencyParse tree, Sentence sentence, int verb)
    {
        int mark = tree.Dependent(sentence, verb, "mark");
        if (mark >= 0) return mark;
        for (int k = verb - 1; k >= Math.Max(sentence.FirstToken, verb - 4); k--)
        {
            if (Words.IsAny(doc, k, Opening)) return k;
            if (doc.Tokens[k].Kind == TokenKind.Punctuation || tree.Upos[k] is "VERB" or "AUX") break;
        }
        return -1;
    }
}
