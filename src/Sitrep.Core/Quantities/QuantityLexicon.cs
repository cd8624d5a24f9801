using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Quantities;

/// <summary>Number words, counted nouns and currencies (data/number-words.tsv, units.tsv, currencies.tsv).</summary>
public sealed class QuantityLexicon
{
    public required PhraseSet<NumberWord> Numbers { get; init; }

    public required PhraseSet<UnitNoun> Units { get; init; }

    /// <summary>Currency words after an amount ("dollars", "Iraqi dinars").</summary>
    public required PhraseSet<string> CurrenciesAfter { get; init; }

    /// <summary>Currency symbols and codes before an amount ("$", "US$").</summary>
    public required PhraseSet<string> CurrenciesBefore { get; init; }

    /// <summary>Verbs whose bare number counts victims ("kills 15"): data/counting-verbs.tsv, by form.</summary>
    public required Dictionary<string, UnitNoun>.AlternateLookup<ReadOnlySpan<char>> CountingVerbs { get; init; }

    /// <summary>Verbs that take a death toll to its figure ("toll rises to 47"): data/toll-verbs.txt.</summary>
    public required WordList TollVerbs { get; init; }

    public static QuantityLexicon Load(string dataDirectory, Abbreviations abbreviations)
    {
        var numbers = new PhraseSet<NumberWord>();
        var n = TsvTable.Load(Path.Combine(dataDirectory, "number-words.tsv"));
        foreach (var r in n.Rows)
        {
            var word = n.Required(r, "word");
            var kind = Enum.Parse<NumberWordKind>(n.Required(r, "kind"), ignoreCase: true);
            numbers.Add(word, new NumberWord(word, double.Parse(n.Required(r, "value"), System.Globalization.CultureInfo.InvariantCulture), kind), abbreviations);
        }
        var units = new PhraseSet<UnitNoun>();
        var u = TsvTable.Load(Path.Combine(dataDirectory, "units.tsv"));
        foreach (var r in u.Rows)
        {
            var noun = u.Required(r, "noun");
            units.Add(noun, new UnitNoun(noun, u.Required(r, "unit"), u.Required(r, "category")), abbreviations);
        }
        var after = new PhraseSet<string>();
        var before = new PhraseSet<string>();
        var c = TsvTable.Load(Path.Combine(dataDirectory, "currencies.tsv"));
        foreach (var r in c.Rows)
        {
            var set = c.Required(r, "position") == "before" ? before : after;
            set.Add(c.Required(r, "form"), c.Required(r, "code"), abbreviations);
        }
        var verbs = new Dictionary<string, UnitNoun>(StringComparer.OrdinalIgnoreCase);
        var v = TsvTable.Load(Path.Combine(dataDirectory, "counting-verbs.tsv"));
        foreach (var r in v.Rows)
            verbs[v.Required(r, "verb")] = new UnitNoun(v.Required(r, "verb"), v.Required(r, "unit"), v.Required(r, "category"));
        return new QuantityLexicon
        {
            Numbers = numbers, Units = units, CurrenciesAfter = after, CurrenciesBefore = before,
            CountingVerbs = verbs.GetAlternateLookup<ReadOnlySpan<char>>(),
            TollVerbs = WordList.Load(Path.Combine(dataDirectory, "toll-verbs.txt")),
        };
    }
}
