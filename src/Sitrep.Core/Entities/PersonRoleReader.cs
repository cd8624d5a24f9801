using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>A person's role as the text gives it, the span that says so, and the mention of whom they work for.</summary>
public sealed record PersonRole(string Role, TextSpan Span, Mention? Affiliation);

/// <summary>
/// Reads a person's role from the words around a mention: an apposition ("Mohammed Fazel,
/// special envoy to Iraqi President Barham Salih"; "Gen. Vincent Barker, CJTF – Operation
/// Inherent Resolve Director of Sustainment") or words before the name ("Coalition spokesperson
/// Colonel Myles B. Caggins III", "Iraqi President Barham Salih").
/// </summary>
public sealed class PersonRoleReader(EntityLexicon lexicon)
{
    public PersonRole? Read(Document doc, Mention person, MentionLookup mentions) =>
        Apposition(doc, person, mentions) ?? BeforeName(doc, person, mentions);

    private PersonRole? Apposition(Document doc, Mention person, MentionLookup mentions)
    {
        int sentenceEnd = doc.Sentences[doc.SentenceAt(person.Span.Start)].EndToken;
        int i = doc.TokenAtOrAfter(person.Span.End);
        if (i + 1 >= sentenceEnd || !Words.IsPunct(doc, i, ',')) return null;
        int j = i + 1;
        if (Words.IsAny(doc, j, "a", "an", "the")) j++;
        int roleStart = j;
        Mention? affiliation = null;
        var org = MentionAt(mentions, doc.Tokens[j].Start);
        if (org is not null && org.Kind.IsActor() && org.Kind != EntityKind.Person)
        {
            affiliation = org;
            j = doc.TokenAtOrAfter(org.Span.End);
            roleStart = j;
        }
        var (roleLength, role) = lexicon.RoleNouns.LongestAt(doc, j, sentenceEnd);
        if (role is null)
        {
            // "senior coalition official": one adjective before the role noun.
            if (j + 1 < sentenceEnd && Words.IsLowerWord(doc, j) && lexicon.RoleNouns.LongestAt(doc, j + 1, sentenceEnd) is { Length: > 0 } r2)
                roleLength = 1 + r2.Length;
            else return null;
        }
        j += roleLength;
        int last = j - 1;
        while (j < sentenceEnd)
        {
            if (Words.IsPunct(doc, j, ',') || Words.IsPunct(doc, j, '.') || doc.Tokens[j].Kind == TokenKind.Quote) break;
            var inside = MentionAt(mentions, doc.Tokens[j].Start);
            if (inside is not null)
            {
                // "envoy to Iraqi President Barham Salih": the person or body, not the demonym before it.
                if (affiliation is null || affiliation.Kind == EntityKind.Country && inside.Kind != EntityKind.Country) affiliation = inside;
                j = doc.TokenAtOrAfter(inside.Span.End);
                last = j - 1;
                continue;
            }
            if (Words.IsCapitalised(doc, j)) { last = j; j++; continue; }
            if (Words.IsAny(doc, j, "of", "for", "to", "at", "in", "on", "the", "and", "&") || doc.TokenText(j) is "–" or "-") { j++; continue; }
            break;
        }
        var span = TextSpan.FromBounds(doc.Tokens[roleStart].Start, doc.Tokens[last].End);
        return new PersonRole(span.Of(doc.Text), span, affiliation);
    }

    private PersonRole? BeforeName(Document doc, Mention person, MentionLookup mentions)
    {
        int first = doc.TokenAtOrAfter(person.Span.Start);
        int sentenceStart = doc.Sentences[doc.SentenceAt(person.Span.Start)].FirstToken;
        // "Coalition spokesperson Colonel X": role nouns just before the (titled) name.
        for (int len = 2; len >= 1; len--)
        {
            int s = first - len;
            if (s < sentenceStart) continue;
            var (length, role) = lexicon.RoleNouns.LongestAt(doc, s, first);
            if (role is null || length != len) continue;
            var before = s - 1 >= sentenceStart ? MentionEndingAt(mentions, doc.Tokens[s - 1].End) : null;
            var span = TextSpan.FromBounds(doc.Tokens[s].Start, doc.Tokens[first - 1].End);
            return new PersonRole(span.Of(doc.Text), span, before is not null && before.Kind != EntityKind.Person ? before : null);
        }
        // "Iraqi President Barham Salih": a demonym before a political title.
        if (person.Person?.Title is { } title && first - 1 >= sentenceStart && person.Person.TitleSpan is { } titleSpan
            && MentionEndingAt(mentions, doc.Tokens[first - 1].End) is { Kind: EntityKind.Country } country)
            return new PersonRole(title, titleSpan, country);
        return null;
    }

    private static Mention? MentionAt(MentionLookup mentions, int start) =>
        mentions.StartingAt(start).Where(m => !m.Nested).MaxBy(m => m.Span.Length);

    private static Mention? MentionEndingAt(MentionLookup mentions, int end) =>
        mentions.EndingAt(end).Where(m => !m.Nested).MaxBy(m => m.Span.Length);
}
