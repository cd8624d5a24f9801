using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>
/// A country's capital named by the country: "capital" in "the Iraqi capital", "Iraq's capital",
/// "the capital of Iraq" is Baghdad (data/countries.tsv), a city on the map and one entity with
/// "Baghdad"; "Iraqi" and "Iraq" stay the country's own mentions.
/// Money is not a city: "Chinese capital flows", "foreign capital" are left alone, and neither is
/// a capital of a province ("the capital of Iraq's Anbar province").
/// </summary>
public sealed class CapitalPhraseFinder(EntityLexicon lexicon) : IAnnotator
{
    public string Name => "entities/capitals";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.MentionCandidates;

    public void Annotate(Document document)
    {
        var found = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (!Words.IsAny(document, i, "capital")) continue;
                // "the Iraqi capital", "Iraq's capital", "in Iraqi capital".
                if (CountryBefore(document, i, sentence.FirstToken) is { } country && !(i + 1 < end && lexicon.MoneyNouns.Contains(document.TokenText(i + 1))))
                    Add(document, found, i, country);
                // "the capital of Iraq", not "the capital of Iraq's Anbar province" (Ramadi).
                else if (i + 2 < end && Words.IsAny(document, i + 1, "of") && CountryAt(document, i + 2, end) is var (length, after) && EndsPhrase(document, i + 2 + length, end))
                    Add(document, found, i, after);
            }
        }
        document.AddMentionCandidates(found);
    }

    /// <summary>The word "capital" is the city's mention; the country's own word stays the country's ("Syrian" is Syria).</summary>
    private void Add(Document doc, List<Mention> found, int word, Country country)
    {
        if (lexicon.CapitalOf(country.Iso2) is not { } capital) return;
        var span = doc.Tokens[word].Span;
        found.Add(new Mention(span, EntityKind.City, MentionForm.Alias, "entities/capitals") { Referent = capital, Priority = ForcePhraseFinder.ForcePriority + 2 });
    }

    /// <summary>Words that may follow "of Iraq" when the capital is the country's: a preposition or conjunction, not a noun ("of Iraq's Anbar province").</summary>
    private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    { "in", "on", "at", "near", "and", "or", "as", "after", "before", "during", "since", "where", "which", "that", "to", "from", "with", "by", "for", "of", "was", "is", "were", "has", "had", "remains", "remained" };

    /// <summary>The country's name ends the phrase at <paramref name="next"/>: the sentence ends, a mark follows (not "'s"), or one of <see cref="FrameWords"/>.</summary>
    private static bool EndsPhrase(Document doc, int next, int end) =>
        next >= end || !Words.IsLowerWord(doc, next) && doc.TokenText(next) is not ("'s" or "’s") && !Words.IsCapitalised(doc, next) || FrameWords.Contains(doc.TokenString(next));

    /// <summary>
    /// The country named just before "capital": its name with "'s" ("Iraq's capital"), or its name or
    /// demonym after "the" or a preposition ("the Iraqi capital", "in Iraq capital"). A bare demonym
    /// is money as often as a city ("Chinese capital poured in"), so it is not read.
    /// </summary>
    private Country? CountryBefore(Document doc, int capital, int sentenceStart)
    {
        int k = capital - 1;
        bool possessive = k >= sentenceStart && doc.TokenText(k) is "'s" or "’s";
        if (possessive) k--;
        for (int first = Math.Max(sentenceStart, k - 2); first <= k; first++)
        {
            if (!Words.IsCapitalised(doc, first)) continue;
            bool introduced = possessive || first > sentenceStart && Words.IsAny(doc, first - 1, "the", "The", "in", "near", "around", "outside", "across", "to", "into", "on", "of", "from");
            if (!introduced) continue;
            foreach (var (len, values) in lexicon.Nationalities.MatchesAt(doc, first, k + 1))
                if (!possessive && first + len == k + 1 && values.FirstOrDefault(v => v.Country is not null) is { Country: { } c }) return c;
            if (CountryAt(doc, first, k + 1) is var (length, country) && first + length == k + 1) return country;
        }
        return null;
    }

    private (int Length, Country Country)? CountryAt(Document doc, int i, int end)
    {
        (int, Country)? best = null;
        foreach (var (len, values) in lexicon.Names.MatchesAt(doc, i, end))
            if (values.FirstOrDefault(v => v.Referent.Kind == EntityKind.Country) is { } entry && lexicon.Countries.ByIso2(entry.Referent.Country) is { } country)
                best = (len, country);
        return best;
    }
}
