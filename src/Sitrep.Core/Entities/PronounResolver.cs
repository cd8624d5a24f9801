using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Resolves third-person pronouns and relative pronouns to entities. "He"/"she" opening a
/// sentence is the person the previous sentence opened with, else the latest person; "they"
/// is the first group or force of its own sentence, else of the previous one; ", which" and
/// ", who" refer to the mention just before the comma. First-person pronouns inside quotes are
/// the quote stage's to resolve, since they need the speaker. A person whose given name has a
/// gender (data/given-name-genders.tsv) is never the antecedent of a pronoun of the other:
/// "she" after "Kevin Allton" goes further back, to the woman named before him.
/// </summary>
/// <param name="givenNameGenders">Given names, lower case, and their gender, 'm' or 'f'.</param>
public sealed class PronounResolver(IReadOnlyDictionary<string, char>? givenNameGenders = null) : IAnnotator
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her", "hers" };
    private static readonly HashSet<string> Plural = new(StringComparer.OrdinalIgnoreCase) { "they", "them", "their" };
    private static readonly HashSet<string> Neuter = new(StringComparer.OrdinalIgnoreCase) { "it", "its" };

    public string Name => "entities/pronouns";

    public Layer Requires => Layer.Entities;

    public Layer Produces => Layer.Mentions;

    public void Annotate(Document document)
    {
        var mentions = new MentionLookup(document, document.Mentions.Where(m => m.EntityId is not null && !m.Nested));
        var kinds = document.Entities.ToDictionary(e => e.Id, e => e.Kind);
        var genders = Genders(document);
        var added = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = document.Tokens[i];
                if (t.Kind != TokenKind.Word || mentions.Covers(t.Start)) continue;
                var word = document.TokenString(i);
                Mention? antecedent = null;
                string rule = "";
                if (Personal.Contains(word))
                {
                    char gender = PronounGender(word);
                    // A pronoun already resolved says its own gender ("her" is no "him", whoever it was resolved to).
                    antecedent = PersonFor(document, sentence, i, mentions, kinds,
                        m => (m.Form == MentionForm.Pronoun ? PronounGender(document.Text.AsSpan(m.Span.Start, m.Span.Length)) : genders.GetValueOrDefault(m.EntityId!)) is var g && (g == '\0' || g == gender));
                    rule = "person";
                }
                else if (Plural.Contains(word))
                {
                    antecedent = GroupFor(document, sentence, i, mentions, kinds);
                    rule = "group";
                }
                // "met to condemn it, Russia vetoed": an "it" that ends its clause right after a verb is that verb's object, and
                // the organisation named before it in the sentence is the verb's subject, which it cannot be (that is "itself").
                // (After a preposition it may be: "Iran vowed to respond to any attack on it".)
                else if (Neuter.Contains(word) && i > sentence.FirstToken && !(EndsClause(document, i + 1, sentence.EndToken) && !Prepositions.Contains(document.TokenString(i - 1))))
                {
                    // "The Pentagon said that it will deploy": an organisation named earlier in the same sentence.
                    int start = t.Start;
                    antecedent = mentions.Between(sentence.Span.Start, start).LastOrDefault(m => m.Span.End <= start && IsGroup(m, kinds) && m.Form != MentionForm.Pronoun);
                    rule = "organisation";
                }
                else if (word is "which" or "who" && i > sentence.FirstToken && Words.IsPunct(document, i - 1, ','))
                {
                    int commaStart = document.Tokens[i - 1].Start;
                    antecedent = mentions.EndingAt(commaStart).FirstOrDefault();
                    rule = "relative";
                }
                if (antecedent?.EntityId is null) continue;
                var pronoun = new Mention(t.Span, kinds[antecedent.EntityId], MentionForm.Pronoun, "entities/pronoun:" + rule)
                {
                    EntityId = antecedent.EntityId,
                    Referent = antecedent.Referent,
                };
                added.Add(pronoun);
                mentions.Add(pronoun);
            }
        }
        if (added.Count == 0) return;
        document.SetMentions(document.Mentions.Concat(added).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList());
    }

    /// <summary>'m' for he, him, his; 'f' for she, her, hers; '\0' for any other word.</summary>
    private static char PronounGender(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) ? 'm'
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("hers", StringComparison.OrdinalIgnoreCase) ? 'f' : '\0';

    /// <summary>Honorifics that say a person's gender: "Mr Blair", "Mrs May", "Sir John Sawers".</summary>
    private static readonly Dictionary<string, char> GenderedTitles = new(StringComparer.Ordinal)
    {
        ["Mr"] = 'm', ["Mr."] = 'm', ["Sir"] = 'm', ["Lord"] = 'm', ["King"] = 'm', ["Prince"] = 'm',
        ["Mrs"] = 'f', ["Mrs."] = 'f', ["Ms"] = 'f', ["Ms."] = 'f', ["Miss"] = 'f', ["Lady"] = 'f', ["Dame"] = 'f', ["Queen"] = 'f', ["Princess"] = 'f',
    };

    /// <summary>
    /// Each person's gender where the text or the name says it: an honorific before a mention ("Mr Blair"),
    /// else the given name (data/given-name-genders.tsv) first in the name (an honorific says more: "Mr Blair",
    /// though "Blair" is a woman's given name too).
    /// </summary>
    private Dictionary<string, char> Genders(Document doc)
    {
        var genders = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId is null || m.Form == MentionForm.Pronoun || m.Kind != EntityKind.Person) continue;
            int first = doc.TokenCovering(m.Span.Start);
            if (first < 0) continue;
            // The honorific inside the mention ("Mr Blair") or right before it.
            char g = GenderedTitles.GetValueOrDefault(doc.TokenString(first));
            if (g == '\0' && first > 0) g = GenderedTitles.GetValueOrDefault(doc.TokenString(first - 1));
            if (g == '\0') continue;
            genders.TryAdd(m.EntityId, g);
        }
        if (givenNameGenders is null) return genders;
        foreach (var e in doc.Entities)
        {
            if (e.Kind != EntityKind.Person || genders.ContainsKey(e.Id)) continue;
            int space = e.Name.IndexOf(' ');
            if (givenNameGenders.GetValueOrDefault((space < 0 ? e.Name : e.Name[..space]).ToLowerInvariant()) is var g and not '\0') genders[e.Id] = g;
        }
        return genders;
    }

    private static Mention? PersonFor(Document doc, Sentence sentence, int i, MentionLookup mentions, Dictionary<string, EntityKind> kinds, Func<Mention, bool> agrees)
    {
        bool opensSentence = i == sentence.FirstToken || i == sentence.FirstToken + 1 && doc.Tokens[sentence.FirstToken].Kind == TokenKind.Quote;
        if (opensSentence && sentence.Index > 0)
        {
            var previous = doc.Sentences[sentence.Index - 1];
            var first = mentions.Between(previous.Span.Start, previous.Span.End).FirstOrDefault(m => previous.Span.Contains(m.Span) && IsActor(m, kinds));
            if (first is not null && kinds[first.EntityId!] == EntityKind.Person && agrees(first)) return first;
        }
        int start = doc.Tokens[i].Start;
        int limit = doc.Sentences[Math.Max(0, sentence.Index - 4)].Span.Start;
        return mentions.Between(limit, start).LastOrDefault(m => m.Span.End <= start && kinds[m.EntityId!] == EntityKind.Person && agrees(m));
    }

    private static Mention? GroupFor(Document doc, Sentence sentence, int i, MentionLookup mentions, Dictionary<string, EntityKind> kinds)
    {
        int start = doc.Tokens[i].Start;
        var own = mentions.Between(sentence.Span.Start, start).FirstOrDefault(m => m.Span.End <= start && IsGroup(m, kinds));
        if (own is not null) return own;
        if (sentence.Index == 0) return null;
        var previous = doc.Sentences[sentence.Index - 1];
        return mentions.Between(previous.Span.Start, previous.Span.End).FirstOrDefault(m => previous.Span.Contains(m.Span) && IsGroup(m, kinds));
    }

    private static bool EndsClause(Document doc, int next, int end) =>
        next >= end || doc.Tokens[next].Kind == TokenKind.Quote
        || doc.Tokens[next].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[next].Start] is ',' or '.' or ';' or ':' or ')' or '–' or '—' or '?' or '!';

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    { "on", "to", "for", "with", "against", "from", "in", "at", "by", "about", "of", "over", "into", "onto", "upon", "toward", "towards", "without", "within", "behind", "beside", "under", "after", "before" };

    private static bool IsActor(Mention m, Dictionary<string, EntityKind> kinds) => kinds[m.EntityId!].IsActor();

    private static bool IsGroup(Mention m, Dictionary<string, EntityKind> kinds)
    {
        var k = kinds[m.EntityId!];
        return k.IsActor() && k != EntityKind.Person && k != EntityKind.Media;
    }
}
