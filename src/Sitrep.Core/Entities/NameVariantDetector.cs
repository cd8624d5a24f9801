using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Entities;

/// <summary>
/// Finds a capitalised word that is one letter away from a person's family name named in the
/// same document ("Baker" beside "Gen. Vincent Barker"), reads it as that person, and warns with
/// both spans so a reader can check.
/// </summary>
public sealed class NameVariantDetector(EntityLexicon lexicon, TimeWords timeWords) : IAnnotator
{
    public string Name => "entities/name-variants";

    public Layer Requires => Layer.Mentions;

    public Layer Produces => Layer.Mentions | Layer.Warnings;

    public void Annotate(Document document)
    {
        var persons = document.Mentions.Where(m => m.Kind == EntityKind.Person && m.Person?.Family is not null && (m.Person.Given is not null || m.Person.Title is not null)).ToList();
        if (persons.Count == 0) return;
        var covered = new bool[document.Text.Length];
        // A lone surname the entity tagger read as some person may still be a misspelling of a named one.
        var guesses = document.Mentions.Where(m => m.DecidedBy == "entities/ner:PER" && m.Person?.Given is null).ToDictionary(m => m.Span);
        foreach (var m in document.Mentions)
            if (!guesses.ContainsKey(m.Span))
                for (int k = m.Span.Start; k < m.Span.End; k++) covered[k] = true;
        var added = new List<Mention>();
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            document.Budget.Check();
            var t = document.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 4 || covered[t.Start] || !char.IsUpper(document.Text[t.Start])) continue;
            var word = document.TokenString(i);
            if (lexicon.ClosedClass.Contains(word) || lexicon.NotNames.Contains(word) || lexicon.FirstNames.Contains(word) || timeWords.Find(word) is not null) continue;
            if (lexicon.Names.MatchesAt(document, i, i + 1).Any() || lexicon.Nationalities.MatchesAt(document, i, i + 1).Any()) continue;
            if (i + 1 < document.Tokens.Count && Words.IsCapitalised(document, i + 1)) continue;
            var original = persons.FirstOrDefault(p => IsVariant(word, p.Person!.Family!));
            if (original is null) continue;
            var family = original.Person!.Family!;
            added.Add(new Mention(t.Span, EntityKind.Person, MentionForm.Variant, "entities/name-variants")
            {
                Person = new PersonName(word) { Family = family },
                Priority = PersonNameFinder.FamilyNamePriority,
                Note = $"probably a misspelling of {family}",
            });
            document.AddWarning(new Warning("name-variant",
                $"\"{word}\" is probably \"{family}\" ({original.Person.Title} {original.Person.Full}) misspelt: read as the same person.".Replace("( ", "("),
                [t.Span, original.Span]));
        }
        if (added.Count == 0) return;
        var replaced = added.Select(a => a.Span).ToHashSet();
        var all = document.Mentions.Where(m => !(replaced.Contains(m.Span) && guesses.ContainsKey(m.Span))).Concat(added)
            .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        document.SetMentions(all);
    }

    /// <summary>One edit apart, same first letter, and long enough that one letter is a slip, not another name.</summary>
    private static bool IsVariant(string word, string family) =>
        word != family && family.Length >= 4 && char.ToUpperInvariant(word[0]) == char.ToUpperInvariant(family[0])
        && Words.EditDistance(word, family, 1) == 1;
}
