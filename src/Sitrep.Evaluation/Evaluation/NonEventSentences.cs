using Sitrep.Documents;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>
/// Sentences that report no political event, for teaching the PLV classifier to say NONE: every
/// tenth sentence of the BBC News articles filed under business, entertainment, sport and
/// tech (every fifth article held out, never trained on). Only used to train; the texts stay in
/// ../shared/data.
/// </summary>
public static partial class NonEventSentences
{
    public static readonly string[] Sections = ["business", "entertainment", "sport", "tech"];

    public static (List<string> Train, List<string> HeldOut) Read(string bbcDirectory, int every = 10)
    {
        var train = new List<string>();
        var heldOut = new List<string>();
        foreach (var section in Sections)
        {
            var dir = Path.Combine(bbcDirectory, section);
            if (!Directory.Exists(dir)) continue;
            var files = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
            int n = 0;
            for (int i = 0; i < files.Count; i++)
            {
                var sentences = Split(File.ReadAllText(files[i], Encoding.Latin1));
                foreach (var s in sentences)
                    if (n++ % every == 0) (i % 5 == 4 ? heldOut : train).Add(s);
            }
        }
        return (train, heldOut);
    }

    /// <summary>Lines, cut at sentence ends; enough for a bag-of-words classifier.</summary>
    private static IEnumerable<string> Split(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Count(char.IsWhiteSpace) >= 4);

    [GeneratedRegex(@"(?<=[.!?][""']?)\s+(?=[A-Z""])")]
    private static partial Regex SentenceEnd();
}
