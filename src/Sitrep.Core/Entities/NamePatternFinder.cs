using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Proposes mentions the dictionaries cannot list: capitalised names ending in a head noun
/// ("Supreme Judicial Council", "Imam Ali Brigades"), facilities named after their town
/// ("Taji base"), regions by compass ("northeast Syria", "western Iraq", "the Syrian border"),
/// and unknown capitalised names after "in", "near", "from" (places the gazetteer lacks).
/// </summary>
public sealed class NamePatternFinder(EntityLexicon lexicon) : IAnnotator
{
    /// <summary>The world gazetteer, when built: a division is read only by a name it knows ("Helmand province", not "a Jewish state").</summary>
    public WorldGazetteer? Places { get; init; }

    /// <summary>The words that follow a division's name (data/place-words.tsv).</summary>
    public PlaceWords? PlaceWords { get; init; }

    public const int PatternPriority = 5;

    private static readonly Dictionary<string, string> FacilityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["base"] = "base", ["airbase"] = "air_base", ["air base"] = "air_base", ["military base"] = "base", ["airport"] = "airport",
        ["airfield"] = "air_base", ["camp"] = "camp", ["dam"] = "dam", ["prison"] = "prison", ["border crossing"] = "border_crossing",
        ["crossing"] = "border_crossing", ["refinery"] = "refinery", ["oil field"] = "oil_field", ["hospital"] = "hospital",
    };

    public string Name => "entities/patterns";

    public Layer Requires => Layer.Tokens | Layer.Times | Layer.MentionCandidates;

    public Layer Produces => Layer.MentionCandidates;

    /// <summary>
    /// "Los Angeles-based", "Hong Kong-based", "Abu Dhabi-owned": a name of two or three words
    /// joined by a hyphen to a participle (<see cref="Words.IsJoinedToParticiple"/>), which the tagger cuts at the hyphenated word ("Los")
    /// or reads as a person ("Abu Dhabi-based"). The words up to the hyphen are the place when the
    /// world gazetteer knows them as a whole (a country, state, region) or as a well-known city.
    /// One word ("London-based") is left alone: nothing cuts it.
    /// </summary>
    private Mention? HyphenatedPlace(Document doc, int i, int end)
    {
        if (Places is null || !Words.IsCapitalised(doc, i) || doc.TokenText(i).Contains('-')) return null;
        for (int j = i + 1; j < end && j <= i + 2; j++)
        {
            var word = doc.TokenText(j);
            int hyphen = word.LastIndexOf('-');
            if (hyphen < 0)
            {
                if (!Words.IsCapitalised(doc, j)) return null;
                continue;
            }
            if (hyphen == 0 || !char.IsUpper(word[0]) || !Words.IsJoinedToParticiple(word)) return null;
            var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[j].Start + hyphen);
            var name = doc.Text.AsSpan(span.Start, span.Length);
            if (!Places.NamesAWhole(name) && EmbeddedPlaces.WellKnown(Places.Find(name), PlaceNameKey.Normalise(name.ToString())) is null) return null;
            return new Mention(span, EntityKind.Place, MentionForm.Name, "entities/patterns:hyphenated") { Priority = PatternPriority + 6 };
        }
        return null;
    }

    public void Annotate(Document document)
    {
        var known = new MentionLookup(document, document.MentionCandidates);
        var inTime = TimeCoverage.Of(document);
        var found = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int end = sentence.EndToken;
            // Divisions first: "in Benue state" is the state, not "in Benue" read by the locative pattern.
            var divisions = new List<Mention>();
            for (int i = sentence.FirstToken; i < end; i++)
                if (!inTime[document.Tokens[i].Start] && Division(document, i, end) is { } division)
                {
                    divisions.Add(division);
                    i = document.TokenAtOrAfter(division.Span.End) - 1;
                }
            found.AddRange(divisions);
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (inTime[document.Tokens[i].Start]) continue;
                if (divisions.FirstOrDefault(d => d.Span.Contains(document.Tokens[i].Start)) is { } inside)
                {
                    i = document.TokenAtOrAfter(inside.Span.End) - 1;
                    continue;
                }
                var m = Direction(document, i, end, known) ?? Border(document, i, end) ?? Facility(document, i, end, known)
                    ?? HeadNoun(document, i, end, sentence.FirstToken, known) ?? HyphenatedPlace(document, i, end) ?? Locative(document, i, end, known, inTime);
                if (m is null) continue;
                found.Add(m);
                // "northeast Syria", "the Syrian border": the country inside is named too ("Northern Ireland", a place of its own, names none).
                if (m.DecidedBy is "entities/patterns:direction" or "entities/patterns:border" && m.Referent is not null)
                    for (int t = document.TokenAtOrAfter(m.Span.Start); t < document.Tokens.Count && document.Tokens[t].Start < m.Span.End; t++)
                        found.AddRange(known.StartingAt(document.Tokens[t].Start)
                            .Where(k => m.Span.Contains(k.Span) && k.Referent is { } r && r.Kind.IsPlace() && !k.Nested)
                            .Select(k => k with { Nested = true }));
                i = document.TokenAtOrAfter(m.Span.End) - 1;
            }
        }
        document.AddMentionCandidates(found);
    }

    private const char PartMark = '~';

    /// <summary>What <see cref="PartOf"/> says of a border region.</summary>
    public const string BorderPart = "border";

    /// <summary>
    /// The part of a place a region of these patterns is: its direction ("north", "central") for
    /// "northern Iraq", <see cref="BorderPart"/> for "the Saudi border"; null for any other referent.
    /// </summary>
    public static string? PartOf(Referent? r) =>
        r?.Source is "entities/patterns:direction" or "entities/patterns:border" && r.Id.LastIndexOf(PartMark) is int mark and >= 0 ? r.Id[(mark + 1)..] : null;

    /// <summary>"northeast Syria", "western Iraq", "northern Baghdad".</summary>
    private Mention? Direction(Document doc, int i, int end, MentionLookup known)
    {
        if (!lexicon.Directions.TryGetValue(doc.TokenString(i), out var direction) || i + 1 >= end) return null;
        // "Central American", "North American": a region's own adjective, not part of a country.
        if (lexicon.Nationalities.MatchesAt(doc, i, end).Any(x => x.Length >= 2)) return null;
        var place = known.StartingAt(doc.Tokens[i + 1].Start).FirstOrDefault(m => m.Referent is { } r && r.Kind.IsPlace() && !m.Nested);
        if (place?.Referent is not { } inner) return null;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, place.Span.End);
        // "Northern Ireland", "North America", "Central America": a place of its own that the world gazetteer knows by the whole name, not a part of Ireland or the US.
        if (Words.IsCapitalised(doc, i) && Places?.NamesAWhole(doc.Text.AsSpan(span.Start, span.Length)) == true)
            return new Mention(span, EntityKind.Region, MentionForm.Name, "entities/patterns:direction") { Priority = PatternPriority + 6 };
        var name = doc.TextOf(span);
        var referent = new Referent($"{inner.Id}{PartMark}{direction}", name, EntityKind.Region)
        {
            Country = inner.Country,
            ParentId = inner.Id,
            Place = inner.Place is { } p ? p with { Precision = "region", Within = inner.Id, Latitude = null, Longitude = null } : null,
            Source = "entities/patterns:direction",
        };
        return new Mention(span, EntityKind.Region, MentionForm.Name, "entities/patterns:direction") { Referent = referent, Priority = PatternPriority + 6 };
    }

    /// <summary>"the Syrian border", "the Iraqi-Syrian border".</summary>
    private Mention? Border(Document doc, int i, int end)
    {
        if (i + 1 >= end || !Words.Is(doc, i + 1, "border") || !Words.IsCapitalised(doc, i)) return null;
        var nat = lexicon.Nationalities.MatchesAt(doc, i, i + 1).Select(x => x.Values[0]).FirstOrDefault(n => n.Country is not null);
        if (nat?.Country is not { } country) return null;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + 1].End);
        var referent = new Referent($"{country.Iso2}{PartMark}{BorderPart}", $"{nat.Word} border", EntityKind.Region)
        {
            Country = country.Iso2,
            ParentId = country.ReferentId,
            Place = new PlaceInfo(country.Iso2, null, null, null, "region") { Within = country.ReferentId },
            Source = "entities/patterns:border",
        };
        return new Mention(span, EntityKind.Region, MentionForm.Name, "entities/patterns:border") { Referent = referent, Priority = PatternPriority + 6 };
    }

    /// <summary>
    /// "East Azerbaijan province", "Benue state", "Tigray region": capitalised words and a lower-case
    /// division word are one first- or second-level division, even when a country's name is among
    /// the words. Not a nationality ("a Palestinian state", "the Kurdish region"), not a sentence's first word alone.
    /// </summary>
    private Mention? Division(Document doc, int i, int end)
    {
        if (!Words.IsCapitalised(doc, i) || lexicon.ClosedClass.Contains(doc.TokenText(i))) return null;
        // The whole name or nothing: not "Delta region" out of "the Niger Delta region".
        if (i > 0 && Words.IsCapitalised(doc, i - 1) && doc.Tokens[i - 1].End == doc.Tokens[i].Start - 1) return null;
        int j = i;
        while (j < end && j - i < 3 && Words.IsCapitalised(doc, j) && !lexicon.ClosedClass.Contains(doc.TokenText(j))) j++;
        if (j >= end || PlaceWords?.IsDivisionWord(doc.TokenString(j)) != true) return null;
        // "East" is no name alone, but starts one: "East Azerbaijan province".
        if (j - i == 1 && lexicon.NotNames.Contains(doc.TokenText(i))) return null;
        // "a Palestinian state", "the Turkish Cypriot state": a people's, not a division's name.
        for (int k = i; k < j; k++)
            if (lexicon.Nationalities.MatchesAt(doc, k, j).Any()) return null;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[j].End);
        // Known as written, with or without the word: "Helmand", "Benue State".
        if (Places is null || !Places.Contains(doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[j - 1].End - doc.Tokens[i].Start)) && !Places.Contains(doc.Text.AsSpan(span.Start, span.Length))) return null;
        var name = doc.TextOf(span);
        var referent = new Referent("REGION~" + name, name, EntityKind.Region) { Source = "entities/patterns:division" };
        return new Mention(span, EntityKind.Region, MentionForm.Name, "entities/patterns:division") { Referent = referent, Priority = PatternPriority + 6 };
    }

    /// <summary>"Taji base", "Kirkuk airport": a facility named by its town, when the facility list lacks it.</summary>
    private Mention? Facility(Document doc, int i, int end, MentionLookup known)
    {
        var place = known.StartingAt(doc.Tokens[i].Start).FirstOrDefault(m => m.Referent is { Kind: EntityKind.City or EntityKind.Region } && !m.Nested);
        if (place?.Referent is not { } town) return null;
        int after = doc.TokenAtOrAfter(place.Span.End);
        string? kind = null;
        int nounLength = 0;
        for (int len = 2; len >= 1; len--)
        {
            if (after + len > end) continue;
            var phrase = doc.TextOf(TextSpan.FromBounds(doc.Tokens[after].Start, doc.Tokens[after + len - 1].End));
            if (FacilityNouns.TryGetValue(phrase, out kind)) { nounLength = len; break; }
        }
        if (kind is null) return null;
        var span = TextSpan.FromBounds(place.Span.Start, doc.Tokens[after + nounLength - 1].End);
        var name = doc.TextOf(span);
        var referent = new Referent($"{town.Id}~{kind}", name, EntityKind.Facility)
        {
            Country = town.Country,
            ParentId = town.Id,
            // The facility's own coordinates are unknown: it carries its town's, at city precision.
            Place = town.Place is { } p ? p with { Precision = "city", Within = town.Id, FacilityKind = kind } : null,
            Source = "entities/patterns:facility",
        };
        return new Mention(span, EntityKind.Facility, MentionForm.Name, "entities/patterns:facility") { Referent = referent, Priority = PatternPriority + 6 };
    }

    /// <summary>Capitalised words ending in a head noun: "Supreme Judicial Council", "Ministry of Oil".</summary>
    private Mention? HeadNoun(Document doc, int i, int end, int sentenceStart, MentionLookup known)
    {
        if (!Words.IsCapitalised(doc, i) || lexicon.ClosedClass.Contains(doc.TokenText(i)) && i == sentenceStart) return null;
        if (lexicon.NotNames.Contains(doc.TokenText(i))) return null;
        int j = i;
        int lastHead = -1;
        (EntityKind Kind, string? FacilityKind) headKind = default;
        // A name runs at most MaxNameTokens words: the scan from each word stays bounded, so a
        // sentence of thousands of capitalised words costs linear time, not quadratic.
        int limit = Math.Min(end, i + MaxNameTokens);
        while (j < limit)
        {
            if (Words.IsCapitalised(doc, j) && !lexicon.ClosedClass.Contains(doc.TokenText(j)) || j > i && IsConnector(doc, j) && j + 1 < end && Words.IsCapitalised(doc, j + 1))
            {
                if (lexicon.OrgHeads.TryGetValue(doc.TokenString(j), out var h)) { lastHead = j; headKind = h; }
                j++;
                continue;
            }
            break;
        }
        // The name ends at the head ("Ministry") or runs on past it ("Ministry of Oil").
        if (lastHead < 0 || j - i < 2) return null;
        // Past the head only through a connector: "Ministry of Oil", but not "Foreign Ministry
        // Saturday" or "European Commission President Jose Manuel Barroso".
        int last = lastHead + 1 < j && IsConnector(doc, lastHead + 1) ? j - 1 : lastHead;
        while (last > lastHead && IsConnector(doc, last)) last--;
        var span = TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[last].End);
        // "Iran-backed Popular Mobilization Forces": a known name with words before it is that name, modified.
        if (known.EndingAt(span.End).Any(k => k.Referent is not null && k.Span.Start > span.Start)) return null;
        var name = doc.TextOf(span);
        var kind = headKind.Kind;
        var referent = new Referent("ORG~" + name, name, kind) { Source = "entities/patterns:head-noun" };
        return new Mention(span, kind, MentionForm.Name, "entities/patterns:head-noun") { Referent = referent, Priority = PatternPriority };
    }

    /// <summary>"Supreme Council for the Islamic Revolution in Iraq" is 8; no organisation's name runs longer.</summary>
    private const int MaxNameTokens = 12;

    private static bool IsConnector(Document doc, int j) => Words.IsAny(doc, j, "of", "for", "and", "the", "al", "&");

    /// <summary>"in Hamam al-Alil": an unknown capitalised name after a place preposition is a place the gazetteer lacks.</summary>
    private Mention? Locative(Document doc, int i, int end, MentionLookup known, bool[] inTime)
    {
        if (!Words.IsAny(doc, i, "in", "near", "outside", "around") || i + 1 >= end || !Words.IsCapitalised(doc, i + 1)) return null;
        int start = i + 1;
        // "in Kurdish-held Kobani": a word of who holds a place is no part of its name (but "in
        // Ireland-based Elan" is a firm, not a town called Elan).
        if (Words.HoldsTerritory(doc.TokenText(start)) && start + 1 < end && Words.IsCapitalised(doc, start + 1)) start++;
        // "in November": a time, not a place.
        if (inTime[doc.Tokens[start].Start]) return null;
        if (known.Covers(doc.Tokens[start].Start)) return null;
        int j = start;
        while (j < end && j - start < 4 && (Words.IsCapitalised(doc, j) || doc.TokenText(j) is { Length: > 3 } t && (t.StartsWith("al-") || t.StartsWith("el-"))))
        {
            var text = doc.TokenText(j);
            if (lexicon.ClosedClass.Contains(text) || lexicon.NotNames.Contains(text) || lexicon.Titles.At(doc, j, j + 1) is not null) break;
            if (lexicon.Nationalities.MatchesAt(doc, j, j + 1).Any() || EntityLexicon.IsAcronym(text.ToString())) break;
            if (known.Covers(doc.Tokens[j].Start)) break;
            // "in Los Angeles-based firms": the name runs into the word joined to it, which HyphenatedPlace reads.
            if (Words.IsJoinedToParticiple(text)) return null;
            j++;
        }
        if (j == start) return null;
        if (j < end && lexicon.OrgHeads.ContainsKey(doc.TokenString(j))) return null;
        var span = TextSpan.FromBounds(doc.Tokens[start].Start, doc.Tokens[j - 1].End);
        return new Mention(span, EntityKind.City, MentionForm.Name, "entities/patterns:locative") { Priority = PatternPriority - 1, Note = "not in the gazetteer" };
    }
}
