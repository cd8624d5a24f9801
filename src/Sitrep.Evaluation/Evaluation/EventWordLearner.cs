using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>
/// The words that mark one PLOVER type in the PLV training sentences (every fifth sentence held
/// out, never read): a lower-case word in at least <see cref="MinSentences"/> training sentences,
/// <see cref="MinShare"/> or more of them of one type. Written to data/event-words.tsv;
/// deterministic, so the same sentences give the same file. The event stage uses only the verbs
/// among them, so function words and nouns in the list do nothing.
/// </summary>
public static partial class EventWordLearner
{
    public const int MinSentences = 3;

    public const double MinShare = 0.7;

    public sealed record LearnedWord(string Word, string Type, int Sentences, int OfType);

    public static List<LearnedWord> Learn(IEnumerable<PlvSentence> training)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in training)
            foreach (var word in LowerWords().Matches(s.Text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                if (!counts.TryGetValue(word, out var byType)) counts[word] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                byType[s.Root] = byType.GetValueOrDefault(s.Root) + 1;
            }
        var words = new List<LearnedWord>();
        foreach (var (word, byType) in counts)
        {
            int n = byType.Values.Sum();
            var (type, k) = byType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).First();
            if (k >= MinSentences && k >= MinShare * n) words.Add(new LearnedWord(word, type, n, k));
        }
        return words.OrderBy(w => w.Type, StringComparer.Ordinal).ThenBy(w => w.Word, StringComparer.Ordinal).ToList();
    }

    /// <summary>Words in the header of a list read from every PLV sentence: a held-out score with it is no held-out score.</summary>
    public const string HeldOutMarker = "the held-out fifth read";

    /// <summary>Whether a list with this header read the sentences of PLV fold <paramref name="fold"/> (index modulo 5): one read from every sentence, or from all but another fold.</summary>
    public static bool ReadFold(IEnumerable<string> header, int fold)
    {
        var lines = header.ToList();
        if (lines.Any(l => l.Contains(HeldOutMarker, StringComparison.Ordinal))) return true;
        return !lines.Any(l => l.Contains(NotReadFold(fold), StringComparison.Ordinal));
    }

    private static string NotReadFold(int fold) => $"whose index is not {fold.ToString(CultureInfo.InvariantCulture)} modulo 5";

    /// <param name="everySentence">Read every PLV sentence, the held-out fifth too (<c>--all</c>); the header says so, and <see cref="HeldOutMarker"/> marks it.</param>
    /// <param name="heldOutFold">Otherwise, the PLV fold (index modulo 5) never read; the header says which.</param>
    public static void Write(string path, IReadOnlyList<LearnedWord> words, int trainingSentences, bool everySentence = false, int heldOutFold = EventGold.HeldOutFold)
    {
        var sb = new StringBuilder();
        sb.Append("# Words of one PLOVER type in the PLV training sentences (Hu et al. 2022, research use; see NOTICE),\n");
        if (everySentence)
        {
            sb.Append($"# written by `./sitrep train event-words --all` from all {trainingSentences.ToString(CultureInfo.InvariantCulture)} sentences, the held-out fifth too\n");
            sb.Append($"# ({HeldOutMarker}; scripts/dev-models.sh writes the list of the four fifths): a lower-case word");
        }
        else
        {
            sb.Append($"# written by `./sitrep train event-words` from the {trainingSentences.ToString(CultureInfo.InvariantCulture)} sentences {NotReadFold(heldOutFold)} (the held-out\n");
            sb.Append($"# fifth is never read): a lower-case word");
        }
        sb.Append($" in at least {MinSentences} of them, {MinShare:0.0} or more of those of one type.\n");
        sb.Append("# Only a verb of the tree among them may name the trigger of a sentence the PLV classifier already reads\n");
        sb.Append("# as that type; they never code an event alone, and nouns or function words here do nothing.\n");
        sb.Append("# Generated: edit the learner, not this file.\n");
        sb.Append("# sentences: training sentences with the word; of_type: those of this type.\n");
        sb.Append("word\ttype\tsentences\tof_type\n");
        foreach (var w in words)
            sb.Append(CultureInfo.InvariantCulture, $"{w.Word}\t{w.Type}\t{w.Sentences}\t{w.OfType}\n");
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>A lower-case word of letters and inner hyphens, not a piece of a capitalised one.</summary>
    [GeneratedRegex(@"(?<![A-Za-z\-])[a-z][a-z\-]*[a-z](?![A-Za-z])")]
    private static partial Regex LowerWords();
}
