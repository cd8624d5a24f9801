using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Time;

public sealed record TimeWord(string Word, string Kind, string Value);

/// <summary>Months, weekdays, seasons, units and parts of the day (data/time-words.tsv).</summary>
public sealed class TimeWords
{
    private readonly Dictionary<string, TimeWord> _byWord;

    public TimeWords(IEnumerable<TimeWord> words)
    {
        _byWord = words.ToDictionary(w => w.Word, StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<TimeWord> All => _byWord.Values;

    public TimeWord? Find(string word) => _byWord.GetValueOrDefault(word.TrimEnd('.'));

    public IEnumerable<string> WordsOf(string kind) => _byWord.Values.Where(w => w.Kind == kind).Select(w => w.Word);

    public static TimeWords Load(string path)
    {
        var t = TsvTable.Load(path);
        return new TimeWords(t.Rows.Select(r => new TimeWord(t.Required(r, "word"), t.Required(r, "kind"), t.Required(r, "value"))));
    }
}
