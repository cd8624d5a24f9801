using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Events;

/// <summary>
/// What the classifier knows of words besides the training sentences: the PLOVER types the
/// dictionaries give a word or a two-word phrase ("attacked" → ASSAULT, "held talks" → CONSULT).
/// (The entity tagger's word classes were tried too: held-out accuracy fell from 0.619 to 0.595.)
/// </summary>
public sealed class SentenceHints
{
    private readonly Dictionary<string, string[]> _types;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SentenceHints(Dictionary<string, string[]> types)
    {
        _types = new Dictionary<string, string[]>(types, StringComparer.Ordinal);
        _bySpan = _types.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SentenceHints None { get; } = new([]);

    public int Phrases => _types.Count;

    public IReadOnlyList<string> TypesOf(string phrase) => _types.GetValueOrDefault(phrase) ?? [];

    /// <summary>The types of a lower-case word or two words joined by one space, looked up without a string.</summary>
    public string[] TypesOf(ReadOnlySpan<char> phrase) => _bySpan.TryGetValue(phrase, out var types) ? types : [];

    /// <summary>The types of every form in Sitrep's trigger rows and of the PETRARCH verbs (their own codes), for one- and two-word forms.</summary>
    public static SentenceHints FromDictionaries(string dataDirectory)
    {
        var types = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string form, string type)
        {
            var key = form.ToLowerInvariant();
            if (key.Count(c => c == ' ') > 1) return;
            if (!types.TryGetValue(key, out var set)) types[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(SentenceType.RootOf(type));
        }
        var triggers = TsvTable.Load(Path.Combine(dataDirectory, "event-triggers.tsv"));
        foreach (var r in triggers.Rows)
        {
            // A labour strike's forms are an air strike's too, and only the words around say which: "strike" alone hints
            // no protest (as a hint it moved 111 events of the Guardian dev articles, most about air strikes).
            if (triggers.Get(r, "requires") == "labour") continue;
            foreach (var form in triggers.List(r, "forms")) Add(form, triggers.Required(r, "type"));
        }
        var verbsPath = Path.Combine(dataDirectory, "petrarch-verbs.tsv");
        if (File.Exists(verbsPath))
        {
            var t = TsvTable.Load(verbsPath);
            foreach (var block in t.Rows.GroupBy(r => t.Required(r, "block")))
            {
                var head = block.First(r => t.Get(r, "pattern") is null);
                // The verb alone hints at its own code's type only: with its patterns' types too,
                // "attacked" would hint at thirteen types (tried: no better, and a model 8 times larger).
                if (t.Get(head, "plover") is { } own)
                    foreach (var form in t.List(head, "forms")) Add(form, own);
            }
        }
        return new SentenceHints(types.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_types.Count);
        foreach (var (phrase, types) in _types.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write(string.Join('|', types));
        }
    }

    public static SentenceHints Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var types = new Dictionary<string, string[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) types[r.ReadString()] = r.ReadString().Split('|');
        return new SentenceHints(types);
    }
}
