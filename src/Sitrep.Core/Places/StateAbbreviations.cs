using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>A first-level division as an abbreviation names it: its country and GeoNames admin1 code.</summary>
public readonly record struct StateCode(string Country, string Code);

/// <summary>
/// US states and Canadian provinces by the abbreviations newspapers write after a town ("Jackson,
/// Miss.", "Long Beach, CA", "Moncton, N.B."), from data/us-states.tsv and data/ca-provinces.tsv.
/// Postal codes count only where a qualifier is expected; AP and Canadian Press abbreviations
/// ("N.J.", "Calif.", "B.C.") also name the division on their own.
/// </summary>
public sealed class StateAbbreviations
{
    private readonly Dictionary<string, StateCode> _postal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateCode> _ap = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StateCode>.AlternateLookup<ReadOnlySpan<char>> _postalLookup;
    private readonly Dictionary<string, StateCode>.AlternateLookup<ReadOnlySpan<char>> _apLookup;

    /// <param name="divisions">Each division's country, GeoNames admin1 code, postal code and other abbreviations.</param>
    public StateAbbreviations(IEnumerable<(string Country, string Code, string Postal, IEnumerable<string> Abbreviations)> divisions)
    {
        foreach (var (country, code, postal, abbreviations) in divisions)
        {
            var state = new StateCode(country, code);
            if (postal.Length > 0) _postal[postal] = state;
            foreach (var a in abbreviations) _ap[a] = state;
        }
        _postalLookup = _postal.GetAlternateLookup<ReadOnlySpan<char>>();
        _apLookup = _ap.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The US states (data/us-states.tsv: the postal code is GeoNames' code) and, when the file is there, Canada's provinces (data/ca-provinces.tsv).</summary>
    public static StateAbbreviations Load(string states, string? caProvinces = null)
    {
        var us = TsvTable.Load(states);
        var rows = us.Rows.Select(r => ("US", us.Required(r, "code"), us.Required(r, "code"), (IEnumerable<string>)us.List(r, "abbreviations"))).ToList();
        if (caProvinces is not null && File.Exists(caProvinces))
        {
            var ca = TsvTable.Load(caProvinces);
            rows.AddRange(ca.Rows.Select(r => ("CA", ca.Required(r, "geonames"), ca.Get(r, "postal") ?? "", (IEnumerable<string>)ca.List(r, "abbreviations"))));
        }
        return new StateAbbreviations(rows);
    }

    /// <summary>The division the words abbreviate; two capitals count only when <paramref name="postal"/>.</summary>
    public StateCode? Code(ReadOnlySpan<char> words, bool postal = true)
    {
        if (_apLookup.TryGetValue(words, out var code)) return code;
        return postal && words.Length == 2 && _postalLookup.TryGetValue(words, out code) ? code : null;
    }
}
