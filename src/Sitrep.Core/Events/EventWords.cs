using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Events;

/// <summary>
/// Words of one PLOVER type in the PLV training sentences (data/event-words.tsv, written by
/// `sitrep train event-words`): "returned" is YIELD, "remained" MOBILIZE, "reduced" SANCTION. Only
/// a verb of the tree among them may name the trigger of a sentence the classifier already reads as
/// that type (the highest word of the type in the tree, as the dictionaries' words); they never code
/// an event by themselves, and nouns among them ("civilians", "car") are never triggers.
/// </summary>
public sealed class EventWords
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EventWords(IEnumerable<KeyValuePair<string, string>> typeByWord)
    {
        var map = typeByWord.ToFrozenDictionary(StringComparer.Ordinal);
        Count = map.Count;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventWords None { get; } = new([]);

    public int Count { get; }

    /// <summary>The type of a lower-case word, or null.</summary>
    public string? TypeOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var type) ? type : null;

    /// <summary>Reads the file; a missing file gives no words (the rules and dictionaries still work).</summary>
    public static EventWords Load(string path)
    {
        if (!File.Exists(path)) return None;
        var t = TsvTable.Load(path);
        return new EventWords(t.Rows.Select(r => KeyValuePair.Create(t.Required(r, "word"), t.Required(r, "type"))));
    }
}
