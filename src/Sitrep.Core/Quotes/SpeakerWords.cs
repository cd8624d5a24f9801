using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Lexicons;

namespace Sitrep.Quotes;

/// <summary>The word classes of data/speaker-words.tsv: what opens, ends, joins or sits beside a speaker phrase.</summary>
public sealed class SpeakerWords(WordList determiners, WordList pronouns, WordList linking, WordList skip, WordList labels, WordList sources)
{
    public bool IsDeterminer(ReadOnlySpan<char> word) => determiners.Contains(word);

    public bool IsPronoun(ReadOnlySpan<char> word) => pronouns.Contains(word);

    public bool IsLinking(ReadOnlySpan<char> word) => linking.Contains(word);

    /// <summary>Auxiliaries and adverbs between a speaker and the verb: "has", "also", "later".</summary>
    public bool IsSkipped(ReadOnlySpan<char> word) => skip.Contains(word);

    /// <summary>A headline's kind before its colon ("Exclusive:", "Watch:"): not who speaks.</summary>
    public bool IsHeadlineLabel(ReadOnlySpan<char> word) => labels.Contains(word);

    /// <summary>A common noun that can hold or voice a view as a subject ("critics", "the ad", "a study"), singular or plural in -s.</summary>
    public bool IsSourceNoun(ReadOnlySpan<char> word) =>
        sources.Contains(word) || word.Length > 3 && word[^1] == 's' && (sources.Contains(word[..^1]) || word.EndsWith("ies") && sources.Contains(string.Concat(word[..^3], "y")));

    public static SpeakerWords Load(string path)
    {
        var t = TsvTable.Load(path);
        WordList Of(string kind) => new(t.Rows.Where(r => t.Required(r, "class") == kind).Select(r => t.Required(r, "word")));
        var known = new HashSet<string> { "determiner", "pronoun", "linking", "skip", "label", "source" };
        foreach (var r in t.Rows)
            if (!known.Contains(t.Required(r, "class")))
                throw new InvalidDataException($"{path}: unknown class '{t.Required(r, "class")}' for '{t.Required(r, "word")}'.");
        return new SpeakerWords(Of("determiner"), Of("pronoun"), Of("linking"), Of("skip"), Of("label"), Of("source"));
    }
}
