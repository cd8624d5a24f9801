using Sitrep.Documents;
namespace Sitrep.Ner;

/// <summary>
/// The entity types the recogniser tags: persons, organisations, locations (places and
/// geo-political entities), and NORP (nationalities and groups: "Kurdish", "Iraqi"). Scores are
/// micro-averaged over PER, ORG and LOC; NORP and FAC are reported but not counted.
/// </summary>
public static class NerLabels
{
    public const string Person = "PER";
    public const string Organisation = "ORG";
    public const string Location = "LOC";
    public const string Group = "NORP";
    public const string Facility = "FAC";

    /// <summary>The types scored in the micro average.</summary>
    public static readonly string[] Counted = [Person, Organisation, Location];

    /// <summary>The tagger's BIO tags, "O" first.</summary>
    public static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NORP", "I-NORP"];
}

/// <summary>A sentence as gold data gives it: tokens, and one BIO tag per token (IOB2, types mapped to ours).</summary>
public sealed record TaggedSentence(string[] Tokens, string[] Tags)
{
    /// <summary>Which document of the file the sentence belongs to (CoNLL's -DOCSTART-), for document-level reading.</summary>
    public int Document { get; init; }
}

/// <summary>An entity over tokens [Start, End) with its type.</summary>
public readonly record struct NerSpan(int Start, int End, string Label);

/// <summary>Spans from tag sequences, IOB1 or IOB2.</summary>
public static class NerSpans
{
    /// <summary>
    /// The entities a tag sequence marks. Works for IOB2 (every entity opens with B-) and IOB1
    /// (I- opens an entity, B- only splits two adjacent ones of a type): an I- after O or after
    /// another type opens a new entity.
    /// </summary>
    public static List<NerSpan> FromTags(IReadOnlyList<string> tags)
    {
        var spans = new List<NerSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? t = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || t is not null && t != type;
            if (type is not null && (t is null || begins))
            {
                spans.Add(new NerSpan(start, i, type));
                type = null;
            }
            if (t is not null && (begins || type is null))
            {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /// <summary>IOB2 tags for spans over a sentence of the given length.</summary>
    public static string[] ToTags(IEnumerable<NerSpan> spans, int length)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var s in spans)
            for (int i = s.Start; i < s.End; i++) tags[i] = (i == s.Start ? "B-" : "I-") + s.Label;
        return tags;
    }
}
