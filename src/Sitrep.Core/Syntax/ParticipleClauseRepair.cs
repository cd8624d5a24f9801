using Sitrep.Documents;

namespace Sitrep.Syntax;

/// <summary>
/// Mends one misparse the parser makes often in news: a participle clause set off by commas after
/// the subject ("Assad, supported by Moscow, has used chemical weapons"; "A Riyadh-led coalition,
/// backed by the US and Britain, has launched airstrikes") read as the sentence's root, with the
/// subject as its own and the real verb hung below it as an adverbial clause — so the deed had no
/// doer (11 of the 47 such clauses in 239 Guardian articles). The verb after the clause becomes the
/// root and takes the subject; the participle describes the subject (acl), as Universal Dependencies
/// has it. Works on one sentence: heads are the sentence's own indices; the root's, n or -1 on the way in, is -1 after.
/// </summary>
public static class ParticipleClauseRepair
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> heads, Span<string?> relations, ReadOnlySpan<string?> upos)
    {
        int n = tokens.Length;
        // The parser gives the root the head n; here, as in the document's parse, it is -1.
        for (int i = 0; i < n; i++)
            if (heads[i] >= n) heads[i] = -1;
        int participle = heads.IndexOf(-1);
        // "..., supported by": a verb right after a comma, "by" right after it.
        if (participle < 2 || participle + 2 >= n || upos[participle] != "VERB"
            || !Is(text, tokens[participle - 1], ",") || !Is(text, tokens[participle + 1], "by")) return;
        int subject = -1;
        for (int i = 0; i < participle - 1; i++)
            if (heads[i] == participle && relations[i] is "nsubj" or "nsubj:pass") subject = i;
        // The subject's phrase ends at the comma.
        if (subject < 0 || !Descends(heads, participle - 2, subject)) return;
        // The clause is the participle's "by" phrase: its words hang below the noun "by" governs ("by the US and
        // Britain", "by US-led airstrikes, intelligence and advisers"), up to the comma that closes it. After that
        // comma, the first verb with only auxiliaries and adverbs before it ("has launched", "have been fighting")
        // and no subject of its own is the sentence's; the parser hangs it anywhere ("has launched airstrikes" as an
        // adjective of the airstrikes, "has used" as a relative clause).
        int agent = heads[participle + 1];
        if (agent <= participle + 1 || agent >= n) return;
        int verb = -1, close = -1;
        for (int c = participle + 2; c < n - 1 && verb < 0; c++)
        {
            if (Is(text, tokens[c], ","))
            {
                int v = c + 1;
                while (v < n && upos[v] is "AUX" or "ADV" or "PART") v++;
                // Not another participle clause ("escorted by troops, carrying food, reached"; "held by rebels, surrounded by").
                bool auxiliaries = v > c + 1;
                if (v < n && upos[v] == "VERB" && !HasSubject(heads, relations, v)
                    && (auxiliaries || !(EndsWith(text, tokens[v], "ing") || v + 1 < n && Is(text, tokens[v + 1], "by"))))
                    (verb, close) = (v, c);
                else if (!Descends(heads, c, agent)) return;
            }
            else if (!Descends(heads, c, agent)) return;
        }
        if (verb < 0) return;
        int subjectStart = subject;
        while (subjectStart > 0 && Descends(heads, subjectStart - 1, subject)) subjectStart--;
        // The auxiliaries are the verb's; a form of "be" right before a participle in -ed or -en makes it passive (by its
        // spelling: "was hit" stays active, as the parser's own tags give no participle).
        bool passive = false;
        for (int i = close + 1; i < verb; i++)
        {
            if (upos[i] == "AUX")
            {
                passive = i == verb - 1 && IsAny(text, tokens[i], "is", "are", "was", "were", "be", "been", "being")
                          && (EndsWith(text, tokens[verb], "ed") || EndsWith(text, tokens[verb], "en"));
                (heads[i], relations[i]) = (verb, passive ? "aux:pass" : "aux");
            }
            else heads[i] = verb;
        }
        for (int i = 0; i < n; i++)
            if (heads[i] == verb && relations[i] == "aux:pass") passive = true;
        // Words outside the clause and the subject's phrase ("There, Kurdish-led forces, ...", the object the
        // parser gave the participle, the full stop) go to the verb.
        for (int i = 0; i < n; i++)
            if (heads[i] == participle && i != subject && i != verb && (i < subjectStart || i > close)) heads[i] = verb;
        (heads[verb], relations[verb]) = (-1, "root");
        (heads[subject], relations[subject]) = (verb, passive ? "nsubj:pass" : "nsubj");
        (heads[participle], relations[participle]) = (subject, "acl");
    }

    private static bool IsAny(ReadOnlySpan<char> text, Token token, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (Is(text, token, word)) return true;
        return false;
    }

    private static bool EndsWith(ReadOnlySpan<char> text, Token token, string end) =>
        text.Slice(token.Start, token.Length).EndsWith(end, StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> text, Token token, string word) =>
        text.Slice(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="token"/> is <paramref name="ancestor"/> or below it.</summary>
    private static bool Descends(ReadOnlySpan<int> heads, int token, int ancestor)
    {
        for (int steps = 0; token >= 0 && steps <= heads.Length; steps++, token = heads[token])
            if (token == ancestor) return true;
        return false;
    }

    private static bool HasSubject(ReadOnlySpan<int> heads, ReadOnlySpan<string?> relations, int verb)
    {
        for (int i = 0; i < heads.Length; i++)
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl") return true;
        return false;
    }
}
