using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Proposes mentions for every name the dictionaries know (actors, countries, places,
/// facilities, groups) and for demonyms ("Iraqi", "Syrian") left over as country-level mentions.
/// Letter case decides: acronyms match exactly, names must be capitalised as written.
/// </summary>
public sealed class DictionaryMentionFinder(EntityLexicon lexicon) : IAnnotator
{
    public const int NamePriority = 10;

    public string Name => "entities/dictionary";

    public Layer Requires => Layer.Tokens | Layer.Times;

    public Layer Produces => Layer.MentionCandidates;

    public void Annotate(Document document)
    {
        var found = new List<Mention>();
        var inTime = TimeCoverage.Of(document);
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            bool shouting = IsAllCaps(document, sentence);
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (inTime[document.Tokens[i].Start]) continue;
                var match = Longest(document, i, end, sentence.FirstToken, shouting);
                if (match is { } m)
                {
                    found.Add(m.Mention);
                    found.AddRange(NestedPlaces(document, m.Mention, i, m.Length));
                    i += m.Length - 1;
                    continue;
                }
                if (Demonym(document, i, end) is { } dem) found.Add(dem);
            }
        }
        document.AddMentionCandidates(found);
    }

    private (Mention Mention, int Length)? Longest(Document doc, int i, int end, int sentenceStart, bool shouting)
    {
        (Mention, int)? best = null;
        foreach (var (length, entries) in lexicon.Names.MatchesAt(doc, i, end))
        {
            var usable = entries.Where(e => CaseMatches(doc, i, e, shouting)).ToArray();
            if (usable.Length == 0) continue;
            var first = usable[0];
            var referent = lexicon.Current(first.Referent);
            if (length == 1 && !Acceptable(doc, i, end, sentenceStart, referent)) continue;
            var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + length - 1].End);
            var mention = new Mention(span, referent.Kind, first.Form, "entities/dictionary:" + referent.Source)
            {
                Referent = usable.All(e => e.Context is null && e.Referent.Id == first.Referent.Id) ? referent : null,
                Candidates = usable,
                Priority = NamePriority,
            };
            best = (mention, length);
        }
        return best;
    }

    /// <summary>Names that are also common words ("Hit", "Van") need "in", "near" or ", Country" around them.</summary>
    private bool Acceptable(Document doc, int i, int end, int sentenceStart, Referent referent)
    {
        var text = doc.TokenText(i);
        if (lexicon.NotNames.Contains(text)) return false;
        if (lexicon.AmbiguousPlaceNames.Contains(text))
        {
            bool locative = i > sentenceStart && Words.IsAny(doc, i - 1, "in", "near", "at", "from", "outside", "to", "into", "towards");
            bool commaCountry = i + 2 < end && Words.IsPunct(doc, i + 1, ',') && lexicon.Names.MatchesAt(doc, i + 2, end).Any(m => m.Values.Any(v => v.Referent.Kind == EntityKind.Country));
            return locative || commaCountry;
        }
        return true;
    }

    private static bool CaseMatches(Document doc, int i, DictionaryEntry entry, bool shouting)
    {
        if (entry.CaseSensitive)
        {
            if (shouting && entry.Tokens.Sum(t => t.Length) <= 3) return false;
            for (int k = 0; k < entry.Tokens.Length; k++)
                if (!doc.TokenText(i + k).SequenceEqual(entry.Tokens[k])) return false;
            return true;
        }
        char aliasFirst = entry.Tokens[0][0];
        return !char.IsUpper(aliasFirst) || char.IsUpper(doc.Text[doc.Tokens[i].Start]);
    }

    /// <summary>"Erbil military base": the city named inside a facility's name is a place too.</summary>
    private IEnumerable<Mention> NestedPlaces(Document doc, Mention outer, int start, int length)
    {
        if (outer.Kind != EntityKind.Facility || length < 2) yield break;
        foreach (var (len, entries) in lexicon.Names.MatchesAt(doc, start, start + length - 1))
        {
            var place = entries.Select(e => lexicon.Current(e.Referent)).FirstOrDefault(r => r.Kind is EntityKind.City or EntityKind.Region);
            if (place is null) continue;
            var span = TextSpan.FromBounds(doc.Tokens[start].Start, doc.Tokens[start + len - 1].End);
            yield return new Mention(span, place.Kind, MentionForm.Name, "entities/dictionary:nested")
            {
                Referent = place,
                Priority = NamePriority,
                Nested = true,
            };
        }
    }

    /// <summary>A demonym on its own ("the Syrian border", "Iraqi President") refers to its country; a people noun ("Iraqis") to its people.</summary>
    private Mention? Demonym(Document doc, int i, int end)
    {
        if (!Words.IsCapitalised(doc, i) && doc.TokenText(i) is not "U.S.") return null;
        var (length, values) = lexicon.Nationalities.LongestAt(doc, i, end);
        if (values is not [var nat, ..]) return null;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + length - 1].End);
        if (nat.Country is { } country)
        {
            if (nat.IsPeopleNoun)
            {
                var people = new Referent("PEOPLE-" + country.Iso2, country.Demonyms.Concat(country.PeopleNouns).FirstOrDefault(d => d.EndsWith('s')) ?? country.PeopleNouns.FirstOrDefault() ?? nat.Word, EntityKind.Group)
                {
                    Country = country.Iso2,
                    Source = "data/countries.tsv",
                };
                return new Mention(span, EntityKind.Group, MentionForm.Name, "entities/demonym") { Referent = people, Priority = NamePriority - 1 };
            }
            var referent = lexicon.ById(country.ReferentId)!;
            return new Mention(span, EntityKind.Country, MentionForm.Demonym, "entities/demonym") { Referent = referent, Priority = NamePriority - 2 };
        }
        return new Mention(span, EntityKind.Group, MentionForm.Demonym, "entities/demonym") { Referent = nat.Group, Priority = NamePriority - 2 };
    }

    private static bool IsAllCaps(Document doc, Sentence s)
    {
        int letters = 0, upper = 0;
        foreach (char c in doc.Text.AsSpan(s.Span.Start, s.Span.Length))
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters > 20 && upper > letters * 0.9;
    }
}
