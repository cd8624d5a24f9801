using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Entities;

/// <summary>
/// Proposes person mentions from the shapes news gives them: a title before capitalised words
/// ("Gen. Vincent Barker", "Colonel Myles B. Caggins III"), a known given name ("Mohammed
/// Fazel"), a role noun ("spokesman John Smith"), or a speech verb beside a capitalised pair
/// ("said Ahmed Mulla Talal"). A family name seen once then marks its later bare uses ("Barker
/// said") as the same kind of mention.
/// </summary>
public sealed class PersonNameFinder(EntityLexicon lexicon, SpeechVerbs speech, TimeWords timeWords) : IAnnotator
{
    public const int TitlePriority = 12;
    public const int GivenNamePriority = 8;
    public const int FamilyNamePriority = 7;
    public const int ContextPriority = 6;

    public string Name => "entities/persons";

    public Layer Requires => Layer.Tokens | Layer.Times;

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
                var m = TitleLed(document, i, end) ?? GivenNameLed(document, i, end, sentence.FirstToken) ?? RoleLed(document, i, end) ?? SpeechContext(document, i, end, sentence.FirstToken);
                if (m is null) continue;
                found.Add(m);
                i = document.TokenAtOrAfter(m.Span.End) - 1;
            }
        }
        found.AddRange(FamilyNamesAgain(document, found));
        document.AddMentionCandidates(found);
    }

    private Mention? TitleLed(Document doc, int i, int end)
    {
        var title = lexicon.Titles.At(doc, i, end);
        if (title is null) return null;
        int nameStart = i + title.TokenCount;
        var name = ReadName(doc, nameStart, end, afterTitle: true);
        if (name is null) return null;
        var titleSpan = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[nameStart - 1].End);
        return Make(doc, i, name.Value, "entities/persons:title", TitlePriority) with
        {
            Person = name.Value.Person with { Title = title.Canonical, TitleSpan = titleSpan },
        };
    }

    private Mention? GivenNameLed(Document doc, int i, int end, int sentenceStart)
    {
        if (!Words.IsCapitalised(doc, i) || !lexicon.FirstNames.Contains(doc.TokenText(i))) return null;
        var name = ReadName(doc, i, end);
        if (name is not { } n || n.End - i < 2) return null;
        return Make(doc, i, n, "entities/persons:given-name", GivenNamePriority);
    }

    /// <summary>"spokesman John Smith", "envoy Ahmed Mulla".</summary>
    private Mention? RoleLed(Document doc, int i, int end)
    {
        if (!Words.IsLowerWord(doc, i)) return null;
        var (length, role) = lexicon.RoleNouns.LongestAt(doc, i, end);
        if (role is null) return null;
        int start = i + length;
        if (lexicon.Titles.At(doc, start, end) is not null) return null;
        var name = ReadName(doc, start, end);
        if (name is not { } n || n.End - start < 2) return null;
        return Make(doc, start, n, "entities/persons:role", ContextPriority + 1);
    }

    /// <summary>"said Mohammed Fazel", "Ahmed Mulla Talal said", "Ahmed Mulla Talal, a spokesman".</summary>
    private Mention? SpeechContext(Document doc, int i, int end, int sentenceStart)
    {
        if (IsSpeechVerb(doc, i) && i + 2 < end)
        {
            var name = ReadName(doc, i + 1, end);
            if (name is { } n && n.End - (i + 1) is >= 2 and <= 4 && !KnownName(doc, i + 1, end))
                return Make(doc, i + 1, n, "entities/persons:speech", ContextPriority);
        }
        if (Words.IsCapitalised(doc, i) && (i == sentenceStart || !Words.IsCapitalised(doc, i - 1)))
        {
            var name = ReadName(doc, i, end);
            if (name is not { } n || n.End - i is < 2 or > 4 || KnownName(doc, i, end)) return null;
            int after = n.End;
            bool speaks = after < end && IsSpeechVerb(doc, after);
            bool apposition = after + 1 < end && Words.IsPunct(doc, after, ',')
                && (lexicon.RoleNouns.LongestAt(doc, after + 1, end).Length > 0
                    || Words.IsAny(doc, after + 1, "a", "an", "the") && after + 2 < end && RoleWithin(doc, after + 2, end));
            if (speaks || apposition) return Make(doc, i, n, "entities/persons:speech", ContextPriority);
        }
        return null;
    }

    private bool RoleWithin(Document doc, int from, int end)
    {
        for (int k = from; k < Math.Min(end, from + 4); k++)
            if (lexicon.RoleNouns.LongestAt(doc, k, end).Length > 0) return true;
        return false;
    }

    private bool IsSpeechVerb(Document doc, int i) =>
        Words.IsLowerWord(doc, i) && speech.Find(doc.TokenText(i)) is { Kind: "say" or "confirm" or "claim" or "deny" };

    private bool KnownName(Document doc, int i, int end)
    {
        return lexicon.Names.LongestAt(doc, i, end).Length >= 1;
    }

    private readonly record struct NameReading(int End, PersonName Person);

    /// <summary>Capitalised name words from token i: given, middle initials, particles, family name and suffix.</summary>
    private NameReading? ReadName(Document doc, int i, int end, bool afterTitle = false)
    {
        var parts = new List<int>();
        int j = i;
        while (j < end)
        {
            var text = doc.TokenText(j);
            if (IsNameWord(doc, j, text))
            {
                parts.Add(j);
                j++;
                continue;
            }
            // "Theresa May", "Mrs May": a month's name right after a given name or a title, and no day or
            // year after it, is a family name; the name ends there.
            if ((afterTitle ? parts.Count <= 2 : parts.Count > 0 && lexicon.FirstNames.Contains(doc.TokenText(parts[^1])))
                && IsMonthSurname(doc, j, end))
            {
                parts.Add(j);
                j++;
                break;
            }
            // "bin", "al", "van" between capitalised words
            if (parts.Count > 0 && Words.IsNameParticle(text) && j + 1 < end && IsNameWord(doc, j + 1, doc.TokenText(j + 1)))
            {
                parts.Add(j);
                j++;
                continue;
            }
            break;
        }
        if (parts.Count == 0) return null;
        int suffixEnd = j;
        string? suffix = null;
        if (j < end && Words.IsNameSuffix(doc.TokenText(j)))
        {
            suffix = doc.TokenString(j);
            suffixEnd = j + 1;
        }
        // A name followed by "Ministry", "Brigades", "Base" is part of an organisation's or a place's name.
        if (j < end && lexicon.OrgHeads.ContainsKey(doc.TokenString(j))) return null;
        var words = parts.Select(doc.TokenString).ToList();
        var nameWords = words.Where(w => !(w.Length == 2 && w[1] == '.')).ToList();
        if (nameWords.Count == 0) return null;
        string full = doc.TextOf(TextSpan.FromBounds(doc.Tokens[parts[0]].Start, doc.Tokens[suffixEnd - 1].End));
        var person = new PersonName(full)
        {
            Given = nameWords.Count > 1 ? nameWords[0] : null,
            Family = nameWords[^1],
            Suffix = suffix,
        };
        return new NameReading(suffixEnd, person);
    }

    /// <summary>A capitalised month's name with no number after it ("May said", not "May 5").</summary>
    private bool IsMonthSurname(Document doc, int j, int end) =>
        doc.Tokens[j].Kind == TokenKind.Word && Words.IsCapitalised(doc, j) && timeWords.Find(doc.TokenString(j)) is { Kind: "month" }
        && !(j + 1 < end && doc.Tokens[j + 1].Kind == TokenKind.Number);

    private bool IsNameWord(Document doc, int j, ReadOnlySpan<char> text)
    {
        var token = doc.Tokens[j];
        if (token.Kind != TokenKind.Word) return false;
        // Initials: "B."
        if (text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.') return true;
        bool capital = char.IsUpper(text[0])
            || text.Length > 3 && (text.StartsWith("al-") || text.StartsWith("el-")) && char.IsUpper(text[3]);
        if (!capital || text.Length < 2) return false;
        if (text.EndsWith(".") || Words.IsNameSuffix(text)) return false;
        // "Abu Dhabi-based", "Smith-led": a name joined to a lower-case word is no part of a person's name.
        if (Words.IsJoinedToParticiple(text)) return false;
        if (lexicon.ClosedClass.Contains(text) || lexicon.NotNames.Contains(text)) return false;
        if (timeWords.Find(text.ToString()) is not null) return false;
        if (lexicon.OrgHeads.ContainsKey(text.ToString())) return false;
        if (EntityLexicon.IsAcronym(text.ToString())) return false;
        if (lexicon.Nationalities.LongestAt(doc, j, j + 1).Length > 0) return false;
        if (lexicon.Titles.At(doc, j, j + 1) is not null && !lexicon.FirstNames.Contains(text)) return false;
        return true;
    }

    private static Mention Make(Document doc, int firstToken, NameReading name, string decidedBy, int priority)
    {
        var span = TextSpan.FromBounds(doc.Tokens[firstToken].Start, doc.Tokens[name.End - 1].End);
        return new Mention(span, EntityKind.Person, MentionForm.Name, decidedBy) { Person = name.Person, Priority = priority };
    }

    /// <summary>Once "Vincent Barker" is a person, a later bare "Barker" is too.</summary>
    private IEnumerable<Mention> FamilyNamesAgain(Document doc, List<Mention> persons)
    {
        var families = persons.Where(p => p.Person?.Family is not null && (p.Person.Given is not null || p.Person.Title is not null))
            .SelectMany(p => new[] { p.Person!.Family!, p.Person.FamilyCore! })
            .Distinct(StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        if (families.Count == 0) yield break;
        var covered = persons.Select(p => p.Span).ToList();
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || !families.Contains(doc.TokenString(i))) continue;
            if (covered.Any(c => c.Overlaps(t.Span))) continue;
            // "May" the family name is not "in May 2017" the month.
            if (timeWords.Find(doc.TokenString(i)) is { Kind: "month" } && (doc.Times.Any(x => x.Span.Overlaps(t.Span)) || !IsMonthSurname(doc, i, doc.Tokens.Count))) continue;
            var family = doc.TokenString(i);
            yield return new Mention(t.Span, EntityKind.Person, MentionForm.Name, "entities/persons:family-name")
            {
                Person = new PersonName(family) { Family = family },
                Priority = FamilyNamePriority,
            };
        }
    }
}
