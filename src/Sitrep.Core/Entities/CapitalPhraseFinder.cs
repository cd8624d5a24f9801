using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>
/// A country's capital named by the country: "capital" in "the Iraqi capital", "Iraq's capital",
/// "the capital of Iraq" is Baghdad (data/countries.tsv), a city on the map and one entity with
/// "Baghdad"; "Iraqi" and "Iraq" stay the country's own mentions.
/// Money is not a city: "Chinese capital flows", "foreign capital" are left alone.
/// </summary>
public sealed class CapitalPhraseFinder(EntityLexicon lexicon) : IAnnotator
{
    public string Name => "entities/capitals";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.MentionCandidates;

    /// <summary>Nouns after "capital" that make it money: "capital markets", "capital gains".</summary>
    private static readonly string[] MoneyNouns =
        ["market", "markets", "gains", "flows", "flow", "flight", "controls", "spending", "investment", "investments", "expenditure",
         "goods", "outflows", "inflows", "injection", "ratio", "ratios", "requirements", "base", "punishment", "offence", "offences", "letters"];

    public void Annotate(Document document)
    {
        var found = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (!Words.IsAny(document, i, "capital")) continue;
                // "the Iraqi capital", "Iraq's capital", "the Iraq capital".
                if (CountryBefore(document, i, sentence.FirstToken) is { } country && !Words.IsAny(document, i + 1, MoneyNouns))
                    Add(document, found, i, country);
                // "the capital of Iraq".
                else if (i + 2 < end && Words.IsAny(document, i + 1, "of") && CountryAt(document, i + 2, end) is var (_, after))
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

    /// <summary>The country named just before "capital": a demonym, or the country's name with or without "'s".</summary>
    private Country? CountryBefore(Document doc, int capital, int sentenceStart)
    {
        int k = capital - 1;
        if (k >= sentenceStart && doc.TokenText(k) is "'s" or "’s") k--;
        for (int first = Math.Max(sentenceStart, k - 2); first <= k; first++)
        {
            if (!Words.IsCapitalised(doc, first)) continue;
            foreach (var (len, values) in lexicon.Nationalities.MatchesAt(doc, first, k + 1))
                if (first + len == k + 1 && values.FirstOrDefault(v => v.Country is not null) is { Country: { } c }) return c;
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
