using Sitrep.Documents;
using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Lexicons;

/// <summary>The verbs that introduce speech (data/speech-verbs.tsv), by form.</summary>
public sealed class SpeechVerbs
{
    private readonly FrozenDictionary<string, SpeechVerb>.AlternateLookup<ReadOnlySpan<char>> _byForm;

    public SpeechVerbs(IEnumerable<SpeechVerb> verbs)
    {
        var dict = verbs.GroupBy(v => v.Form, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _byForm = dict.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SpeechVerb? Find(ReadOnlySpan<char> form) => _byForm.TryGetValue(form, out var v) ? v : null;

    public static SpeechVerbs Load(string path)
    {
        var t = TsvTable.Load(path);
        return new SpeechVerbs(t.Rows.Select(r => new SpeechVerb(t.Required(r, "form"), t.Required(r, "lemma"), t.Required(r, "kind"))));
    }
}
