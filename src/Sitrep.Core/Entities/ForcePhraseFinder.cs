using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Proposes mentions for a state's forces and institutions named by demonym: "Turkish troops",
/// "Iraqi and Kurdish forces" (two mentions sharing "forces"), "Iranian proxy groups" (backed by
/// Iran), "Russian-backed fighters", "the military in Iraq". Named actors in the dictionary win
/// ("Iraqi army" is the Iraqi Army of actors.tsv); others become actors made from the country
/// and the noun's sector ("Egyptian army": EGYMIL).
/// </summary>
public sealed class ForcePhraseFinder(EntityLexicon lexicon, Abbreviations abbreviations, Actors.ActorCodeBook? agents = null) : IAnnotator
{
    public const int ForcePriority = 9;

    public string Name => "entities/forces";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.MentionCandidates;

    public void Annotate(Document document)
    {
        var found = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                int consumed = Coordination(document, i, end, found);
                if (consumed == 0) consumed = Possessive(document, i, end, found);
                if (consumed == 0) consumed = Backed(document, i, end, found);
                if (consumed == 0) consumed = ForceInCountry(document, i, sentence.FirstToken, end, found);
                if (consumed > 0) i += consumed - 1;
            }
        }
        document.AddMentionCandidates(found);
    }

    /// <summary>"Iraqi, Kurdish security forces", "Iraqi and Kurdish forces", "Turkish troops".</summary>
    private int Coordination(Document doc, int i, int end, List<Mention> found)
    {
        var parts = new List<(int Start, int Length, Nationality Nat)>();
        int j = i;
        while (j < end && NationalityAt(doc, j, end) is { } nat)
        {
            parts.Add((j, nat.Length, nat.Value));
            j += nat.Length;
            if (j + 1 < end && (Words.IsPunct(doc, j, ',') || Words.Is(doc, j, "and")) && NationalityAt(doc, j + 1, end) is not null) { j++; continue; }
            if (j + 2 < end && Words.IsPunct(doc, j, ',') && Words.Is(doc, j + 1, "and") && NationalityAt(doc, j + 2, end) is not null) { j += 2; continue; }
            break;
        }
        if (parts.Count == 0 || j >= end) return 0;
        var (nounLength, noun) = lexicon.ForceNouns.LongestAt(doc, j, end);
        if (noun is null) (nounLength, noun) = AgentAt(doc, j, end);
        if (noun is null) return 0;
        // "Iraqi President Barham Salih": a title followed by a name is a person, not the presidency.
        if (noun.Kind == EntityKind.Government && j + nounLength < end && Words.IsCapitalised(doc, j + nounLength) && noun.Noun is "president" or "leaders") return 0;
        var head = TextSpan.FromBounds(doc.Tokens[j].Start, doc.Tokens[j + nounLength - 1].End);
        for (int k = 0; k < parts.Count; k++)
        {
            var (s, len, nat) = parts[k];
            bool last = k == parts.Count - 1;
            int lastToken = last ? j + nounLength - 1 : s + len - 1;
            var span = TextSpan.FromBounds(doc.Tokens[s].Start, doc.Tokens[lastToken].End);
            var words = PhraseTokens.Split(nat.Word, abbreviations).Concat(PhraseTokens.Split(noun.Noun, abbreviations)).ToArray();
            var (referent, candidates) = Resolve(nat, noun, words, doc.TextOf(TextSpan.FromBounds(doc.Tokens[s].Start, doc.Tokens[s + len - 1].End)) + " " + head.Of(doc.Text));
            if (referent is null && candidates.Count == 0) continue;
            found.Add(new Mention(span, referent?.Kind ?? candidates[0].Referent.Kind, MentionForm.Alias, "entities/forces:" + noun.Noun)
            {
                Referent = referent,
                Candidates = candidates,
                Priority = ForcePriority,
                SharedHead = last ? null : head,
            });
        }
        return j + nounLength - i;
    }

    /// <summary>
    /// A Phoenix agent noun after the demonym when no force noun is there: "Russian students"
    /// (EDU), "Iraqi farmers" (AGR), "British lawmakers" (LEG). Lower-case only, and not a title
    /// before a name ("Iraqi President Barham Salih" is the president himself).
    /// </summary>
    private (int Length, ForceNoun? Noun) AgentAt(Document doc, int j, int end)
    {
        if (agents is null || !char.IsLower(doc.Text[doc.Tokens[j].Start])) return (0, null);
        for (int n = Math.Min(agents.LongestAgent, end - j); n >= 1; n--)
        {
            // "Iraq mourners, six killed": a phrase never ends in a mark, which the dictionary's key would ignore;
            // nor in a possessive ("the Iranian tanker's release": the tanker, whose release it is).
            if (doc.Tokens[j + n - 1].Kind == TokenKind.Punctuation || Words.IsAny(doc, j + n - 1, "'s", "’s")) continue;
            var phrase = doc.TextOf(TextSpan.FromBounds(doc.Tokens[j].Start, doc.Tokens[j + n - 1].End));
            if (agents.Agent(phrase) is not { } agent) continue;
            // "Iraqi President Barham Salih", "the Turkish foreign minister, Mevlüt Çavuşoğlu,": the title of a person named after it.
            if (j + n < end && Words.IsCapitalised(doc, j + n) || j + n + 1 < end && Words.IsPunct(doc, j + n, ',') && Words.IsCapitalised(doc, j + n + 1)) return (0, null);
            var code = agent.Code;
            var kind = code switch
            {
                _ when code.StartsWith("MIL", StringComparison.Ordinal) => EntityKind.Military,
                _ when code.StartsWith("COP", StringComparison.Ordinal) => EntityKind.Police,
                _ when code.StartsWith("GOV", StringComparison.Ordinal) || code.StartsWith("LEG", StringComparison.Ordinal) || code.StartsWith("JUD", StringComparison.Ordinal) => EntityKind.Government,
                _ when code.StartsWith("REB", StringComparison.Ordinal) || code.StartsWith("INS", StringComparison.Ordinal) => EntityKind.ArmedGroup,
                _ when code.StartsWith("PTY", StringComparison.Ordinal) => EntityKind.Party,
                _ when code.StartsWith("MED", StringComparison.Ordinal) => EntityKind.Media,
                _ => EntityKind.Group,
            };
            return (n, new ForceNoun(phrase.ToLowerInvariant(), code, null, kind, false));
        }
        return (0, null);
    }

    /// <summary>"Iraq's Ministry of Defence", "Syria's army": a country's own forces and institutions.</summary>
    private int Possessive(Document doc, int i, int end, List<Mention> found)
    {
        if (!Words.IsCapitalised(doc, i) && doc.TokenText(i) is not "U.S.") return 0;
        Country? country = null;
        int length = 0;
        foreach (var (len, entries) in lexicon.Names.MatchesAt(doc, i, end))
            if (entries.FirstOrDefault(e => e.Referent.Kind == EntityKind.Country) is { } e) (country, length) = (lexicon.Countries.ByIso2(e.Referent.Country), len);
        int s = i + length;
        if (country is null || s + 1 >= end || doc.TokenText(s) is not ("'s" or "’s")) return 0;
        var (nounLength, noun) = lexicon.ForceNouns.LongestAt(doc, s + 1, end);
        if (noun is null || noun.ByBacker) return 0;
        var referent = lexicon.ActorFor(country.Iso2, noun.Sector, noun.Branch, noun.Kind)
            ?? Synthetic(country, noun, $"{country.Demonyms.FirstOrDefault() ?? country.Name} {noun.Noun}");
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[s + nounLength].End);
        found.Add(new Mention(span, referent.Kind, MentionForm.Alias, "entities/forces:possessive") { Referent = referent, Priority = ForcePriority + 2 });
        return s + 1 + nounLength - i;
    }

    /// <summary>"Russian-backed fighters", "Iran-aligned militias": a group backed by a state.</summary>
    private int Backed(Document doc, int i, int end, List<Mention> found)
    {
        var text = doc.TokenString(i);
        int hyphen = text.IndexOf('-');
        if (hyphen <= 0 || i + 1 >= end) return 0;
        var suffix = text[(hyphen + 1)..].ToLowerInvariant();
        if (suffix is not ("backed" or "aligned" or "allied" or "sponsored" or "supported" or "led")) return 0;
        var country = CountryByWord(text[..hyphen]);
        if (country is null) return 0;
        var (nounLength, noun) = lexicon.ForceNouns.LongestAt(doc, i + 1, end);
        if (noun is null || noun.Sector is "GOV" or "LEG") return 0;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + nounLength].End);
        var name = span.Of(doc.Text);
        var referent = new Referent($"{country.Iso2}-BACKED-{noun.Noun.ToUpperInvariant().Replace(' ', '-')}", name, EntityKind.ArmedGroup)
        {
            Backer = country.Iso2,
            Sector = "REB",
            Code = "REB",
            Source = "entities/forces",
        };
        found.Add(new Mention(span, EntityKind.ArmedGroup, MentionForm.Alias, "entities/forces:backed") { Referent = referent, Priority = ForcePriority - 1 });
        return nounLength + 1;
    }

    /// <summary>
    /// "the military in Iraq", "Police in Basra": a force named by where it is, when no demonym says
    /// whose it is. A country is part of the name; a town only says whose force it is (the town stays
    /// a place of its own for the event).
    /// </summary>
    private int ForceInCountry(Document doc, int i, int sentenceStart, int end, List<Mention> found)
    {
        bool article = Words.Is(doc, i, "the") || Words.Is(doc, i, "The");
        int nounStart = article ? i + 1 : i;
        // Without "the" only a capitalised noun opening the sentence: "Police in Basra arrested ...".
        if (!article && i != sentenceStart) return 0;
        if (nounStart + 2 >= end) return 0;
        var (nounLength, noun) = lexicon.ForceNouns.LongestAt(doc, nounStart, end);
        if (noun is null || noun.Sector is not ("MIL" or "GOV" or "COP")) return 0;
        int at = nounStart + nounLength;
        if (!Words.Is(doc, at, "in") || at + 1 >= end) return 0;
        Country? country = null;
        int countryLength = 0;
        bool town = false;
        foreach (var (len, entries) in lexicon.Names.MatchesAt(doc, at + 1, end))
        {
            if (entries.FirstOrDefault(e => e.Referent.Kind == EntityKind.Country) is { } e) (country, countryLength, town) = (lexicon.Countries.ByIso2(e.Referent.Country), len, false);
            else if (entries.Select(x => x.Referent).Where(r => r.Kind.IsPlace() && r.Country is not null).Select(r => r.Country).Distinct().ToList() is [var only])
                (country, countryLength, town) = (lexicon.Countries.ByIso2(only), len, true);
        }
        if (country is null) return 0;
        var referent = lexicon.ActorFor(country.Iso2, noun.Sector, noun.Branch, noun.Kind) ?? Synthetic(country, noun, town ? $"{noun.Noun} of {country.Name}" : $"{noun.Noun} in {country.Name}");
        var span = TextSpan.FromBounds(doc.Tokens[nounStart].Start, doc.Tokens[town ? nounStart + nounLength - 1 : at + countryLength].End);
        found.Add(new Mention(span, referent.Kind, MentionForm.Alias, "entities/forces:in-country") { Referent = referent, Priority = ForcePriority });
        return town ? nounStart + nounLength - i : at + countryLength - i + 1;
    }

    private (Referent? Referent, IReadOnlyList<DictionaryEntry> Candidates) Resolve(Nationality nat, ForceNoun noun, string[] words, string surface)
    {
        // The dictionary may know the phrase as a whole: "Iraqi forces", "Kurdish forces@IQ".
        if (lexicon.Names.Find(words) is { Count: > 0 } entries)
        {
            var list = entries.ToArray();
            bool single = list.All(e => e.Context is null && e.Referent.Id == list[0].Referent.Id);
            return (single ? lexicon.Current(list[0].Referent) : null, list);
        }
        if (nat.Country is not { } country) return (null, []);
        if (noun.ByBacker)
            return (new Referent($"{country.Iso2}-BACKED-{noun.Noun.ToUpperInvariant().Replace(' ', '-')}", surface, EntityKind.ArmedGroup)
            {
                Backer = country.Iso2, Sector = noun.Sector, Code = noun.Sector, Source = "entities/forces",
            }, []);
        return (lexicon.ActorFor(country.Iso2, noun.Sector, noun.Branch, noun.Kind) ?? Synthetic(country, noun, surface), []);
    }

    private static Referent Synthetic(Country country, ForceNoun noun, string surface) =>
        new($"{country.Iso2}-{noun.Sector}{(noun.Branch is null ? "" : "-" + noun.Branch.ToUpperInvariant())}", Capitalise(surface), noun.Kind)
        {
            Country = country.Iso2,
            Sector = noun.Sector,
            Branch = noun.Branch,
            Code = country.Iso3 + noun.Sector,
            Source = "entities/forces",
        };

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private (int Length, Nationality Value)? NationalityAt(Document doc, int i, int end)
    {
        if (!Words.IsCapitalised(doc, i) && doc.TokenText(i) is not "U.S.") return null;
        (int, Nationality)? best = null;
        foreach (var (len, values) in lexicon.Nationalities.MatchesAt(doc, i, end))
            if (!values[0].IsPeopleNoun) best = (len, values[0]);
        return best ?? CountryNameAt(doc, i, end);
    }

    /// <summary>
    /// A state's name used as a modifier, as a demonym would be: "Gondor police", "an attack by
    /// Osgiliath soldiers", "Gondor mourners" (an agent noun of the Phoenix dictionaries, in a headline only — prose writes "Iraqi
    /// mourners", and its "US national security adviser, John Bolton" is a person —; not one of the military
    /// nouns, which the force nouns list, and whose "bombers" are aircraft: "Iraq bombers kill 24" were suicide bombers). After a preposition "force(s)" may be the verb of a new clause ("the
    /// war in Iraq forces many to flee"), so there it does not count.
    /// </summary>
    private (int Length, Nationality Value)? CountryNameAt(Document doc, int i, int end)
    {
        bool afterPreposition = i > 0 && Words.IsAny(doc, i - 1, Prepositions);
        (int, Nationality)? best = null;
        foreach (var (len, values) in lexicon.Names.MatchesAt(doc, i, end))
            if (values.FirstOrDefault(v => v.Referent.Kind == EntityKind.Country) is { } entry
                && lexicon.Countries.ByIso2(entry.Referent.Country) is { } country
                && i + len < end && (lexicon.ForceNouns.LongestAt(doc, i + len, end).Value is not null
                    || Words.EndsLikeHeadline(doc, end) && AgentAt(doc, i + len, end).Noun is { Kind: not EntityKind.Military })
                && !(afterPreposition && Words.IsAny(doc, i + len, "forces", "force") && !EndsNounPhrase(doc, i + len + 1, end)))
                best = (len, new Nationality(doc.TextOf(TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + len - 1].End)), country, null, false));
        return best;
    }

    private static readonly string[] Prepositions = ["in", "of", "from", "to", "into", "at", "on", "across", "inside", "near", "against", "with", "by", "for"];

    /// <summary>
    /// Nothing, a mark or a preposition after "forces": the noun ("an attack on Iraq forces in
    /// Ramadi"), not the verb of a new clause, which takes an object ("the war in Iraq forces many to flee").
    /// </summary>
    private static bool EndsNounPhrase(Document doc, int next, int end) =>
        next >= end || doc.Tokens[next].Kind is TokenKind.Punctuation or TokenKind.Quote
        || Words.IsAny(doc, next, "in", "on", "at", "near", "and", "as", "after", "during", "with", "amid", "outside", "inside", "across", "of");

    private Country? CountryByWord(string word)
    {
        foreach (var c in lexicon.Countries.All)
            if (c.Iso2 == word || c.Name.Equals(word, StringComparison.Ordinal) || c.Aliases.Contains(word) || c.Demonyms.Contains(word)) return c;
        return null;
    }
}
