using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Resolves third-person pronouns and relative pronouns to entities. "He"/"she" opening a
/// sentence is the person the previous sentence opened with, else the latest person; "they"
/// is the first group or force of its own sentence, else of the previous one; ", which" and
/// ", who" refer to the mention just before the comma. First-person pronouns inside quotes are
/// the quote stage's to resolve, since they need the speaker.
/// </summary>
public sealed class PronounResolver : IAnnotator
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
                    antecedent = PersonFor(document, sentence, i, mentions, kinds);
                    rule = "person";
                }
                else if (Plural.Contains(word))
                {
                    antecedent = GroupFor(document, sentence, i, mentions, kinds);
                    rule = "group";
                }
                else if (Neuter.Contains(word) && i > sentence.FirstToken)
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

    private static Mention? PersonFor(Document doc, Sentence sentence, int i, MentionLookup mentions, Dictionary<string, EntityKind> kinds)
    {
        bool opensSentence = i == sentence.FirstToken || i == sentence.FirstToken + 1 && doc.Tokens[sentence.FirstToken].Kind == TokenKind.Quote;
        if (opensSentence && sentence.Index > 0)
        {
            var previous = doc.Sentences[sentence.Index - 1];
            var first = mentions.Between(previous.Span.Start, previous.Span.End).FirstOrDefault(m => previous.Span.Contains(m.Span) && IsActor(m, kinds));
            if (first is not null && kinds[first.EntityId!] == EntityKind.Person) return first;
        }
        int start = doc.Tokens[i].Start;
        int limit = doc.Sentences[Math.Max(0, sentence.Index - 4)].Span.Start;
        return mentions.Between(limit, start).LastOrDefault(m => m.Span.End <= start && kinds[m.EntityId!] == EntityKind.Person);
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

    private static bool IsActor(Mention m, Dictionary<string, EntityKind> kinds) => kinds[m.EntityId!].IsActor();

    private static bool IsGroup(Mention m, Dictionary<string, EntityKind> kinds)
    {
        var k = kinds[m.EntityId!];
        return k.IsActor() && k != EntityKind.Person && k != EntityKind.Media;
    }
}
