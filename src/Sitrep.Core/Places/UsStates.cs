using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>
/// US states by the abbreviations newspapers write after a town ("Jackson, Miss.", "Long Beach,
/// CA"), from data/us-states.tsv. Postal codes count only where a qualifier is expected; AP
/// abbreviations ("N.J.", "Calif.") also name the state on their own.
/// </summary>
public sealed class UsStates
{
    private readonly Dictionary<string, string> _postal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ap = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _postalLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _apLookup;

    public UsStates(IEnumerable<(string Code, IEnumerable<string> Abbreviations)> states)
    {
        foreach (var (code, abbreviations) in states)
        {
            _postal[code] = code;
            foreach (var a in abbreviations) _ap[a] = code;
        }
        _postalLookup = _postal.GetAlternateLookup<ReadOnlySpan<char>>();
        _apLookup = _ap.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static UsStates Load(string path)
    {
        var table = TsvTable.Load(path);
        return new UsStates(table.Rows.Select(r => (table.Required(r, "code"), (IEnumerable<string>)table.List(r, "abbreviations"))));
    }

    /// <summary>The postal code of the state the words abbreviate; two capitals count only when <paramref name="postal"/>.</summary>
    public string? Code(ReadOnlySpan<char> words, bool postal = true)
    {
        if (_apLookup.TryGetValue(words, out var code)) return code;
        return postal && words.Length == 2 && _postalLookup.TryGetValue(words, out code) ? code : null;
    }
}
