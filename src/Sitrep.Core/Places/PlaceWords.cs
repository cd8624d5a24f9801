using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>
/// Words that are part of place names without naming a place (data/place-words.tsv): direction
/// words that are no place alone ("West"), generic words after a name ("Mississippi State") and
/// before "of" ("Republic of Armenia") that the geocoder also looks the name up without,
/// lower-case words after a division's name ("Benue state"), and words for kinds of places other
/// than towns ("Church", "River") that keep a longer name from being read as the town inside it.
/// </summary>
public sealed class PlaceWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _directions;
    private readonly HashSet<string> _last, _first, _divisions, _features, _buildings, _streets, _cues, _kinds;

    public PlaceWords(IEnumerable<string> directions, IEnumerable<string> last, IEnumerable<string> first, IEnumerable<string> divisions, IEnumerable<string>? features = null,
        IEnumerable<string>? cues = null, IEnumerable<string>? kinds = null, IEnumerable<string>? buildings = null, IEnumerable<string>? streets = null)
    {
        _streets = new HashSet<string>(streets ?? [], StringComparer.OrdinalIgnoreCase);
        _buildings = new HashSet<string>((buildings ?? []).Concat(_streets), StringComparer.OrdinalIgnoreCase);
        _cues = new HashSet<string>(cues ?? [], StringComparer.OrdinalIgnoreCase);
        _kinds = new HashSet<string>(kinds ?? [], StringComparer.OrdinalIgnoreCase);
        _features = new HashSet<string>(features ?? [], StringComparer.OrdinalIgnoreCase);
        _divisions = new HashSet<string>(divisions, StringComparer.Ordinal);
        _directions = new HashSet<string>(directions, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _last = new HashSet<string>(last, StringComparer.OrdinalIgnoreCase);
        _first = new HashSet<string>(first, StringComparer.OrdinalIgnoreCase);
    }

    public static PlaceWords Load(string path)
    {
        var t = TsvTable.Load(path);
        IEnumerable<string> Of(string role) => t.Rows.Where(r => t.Required(r, "role") == role).Select(r => t.Required(r, "word"));
        return new PlaceWords(Of("direction"), Of("last"), Of("first"), Of("division"), Of("feature"), Of("cue"), Of("kind"), Of("building"), Of("street"));
    }

    /// <summary>A direction or part word, no place on its own.</summary>
    public bool IsGeneric(ReadOnlySpan<char> word) => _directions.Contains(word);

    public bool IsGenericLast(string word) => _last.Contains(word);

    public bool IsGenericFirst(string word) => _first.Contains(word);

    /// <summary>A word naming a kind of place other than a town ("Church", "River", "Lake"): a name with it is that place, not the town in it.</summary>
    public bool IsFeature(string word) => _features.Contains(word) || _buildings.Contains(word);

    /// <summary>A word naming a building, street or site ("Church", "Street", "Stadium"), one kind of <see cref="IsFeature"/>.</summary>
    public bool IsBuilding(string word) => _buildings.Contains(word);

    /// <summary>A name of more than one word that begins or ends with a building word: "Holy Redeemer Church", "Royal Street", "Airport Courthouse".</summary>
    public bool NamesBuilding(string name) => BeginsOrEndsWith(name, _buildings);

    /// <summary>A name of more than one word that begins or ends with a street word: "Victoria Street", "London Road".</summary>
    public bool NamesStreet(string name) => BeginsOrEndsWith(name, _streets);

    private static bool BeginsOrEndsWith(string name, HashSet<string> words)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && (words.Contains(parts[0]) || words.Contains(parts[^1].TrimEnd('.')));
    }

    /// <summary>A word naming a street, road or bridge ("Street", "Road"), one kind of <see cref="IsBuilding"/>.</summary>
    public bool IsStreet(string word) => _streets.Contains(word);

    /// <summary>A preposition of place ("along", "across"): a name after it is said to be a place.</summary>
    public bool IsCue(string word) => _cues.Contains(word);

    /// <summary>A noun of a kind of place before "of" and a name ("village", "port").</summary>
    public bool IsKind(string word) => _kinds.Contains(word);

    /// <summary>A lower-case word that makes the capitalised words before it a division's name ("Benue state").</summary>
    public bool IsDivisionWord(string word) => _divisions.Contains(word);
}
