using Sitrep.Documents;
using System.Globalization;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads PolNeAR attribution gold: brat <c>.ann</c> files (text-bound Source, Cue, Content and
/// Attribution spans; E relations <c>Attribution:T4 Content:T3 Cue:T2 Source:T1</c>, a
/// <c>Content2</c> belonging to the same content) with the article's <c>.txt</c>. Offsets in
/// the files count code points of the UTF-8 text; they are turned into UTF-16 offsets here.
/// </summary>
public static class PolnearReader
{
    /// <summary>One article: its text file and the annotation files for it, several when several annotators coded it.</summary>
    public sealed record Article(string Name, string TextPath, IReadOnlyList<string> AnnotationPaths);

    /// <summary>
    /// The articles under the given paths: <c>.ann</c> files, directories holding them (the
    /// PolNeAR layout <c>attributions/NAME_ANNOTATOR.ann</c> beside <c>text/NAME.txt</c>, or brat's
    /// <c>NAME.ann</c> beside <c>NAME.txt</c>), grouped by article, annotators in name order.
    /// </summary>
    public static IReadOnlyList<Article> Find(IEnumerable<string> paths, ICollection<string> problems)
    {
        var byText = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ann in GoldFiles.Expand(paths, ".ann"))
        {
            if (!ann.EndsWith(".ann", StringComparison.OrdinalIgnoreCase)) continue;
            var text = TextFor(ann);
            if (text is null)
            {
                problems.Add($"{ann}: no text file found for it (looked for NAME.txt beside it and in ../text/).");
                continue;
            }
            if (!byText.TryGetValue(text, out var list)) byText[text] = list = [];
            list.Add(ann);
        }
        return byText.Select(kv => new Article(Path.GetFileNameWithoutExtension(kv.Key), kv.Key, kv.Value.Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private static string? TextFor(string ann)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(ann))!;
        var stem = Path.GetFileNameWithoutExtension(ann);
        var candidates = new List<string> { Path.Combine(dir, stem + ".txt"), Path.Combine(dir, "..", "text", stem + ".txt") };
        int underscore = stem.LastIndexOf('_');
        if (underscore > 0)
        {
            var article = stem[..underscore];
            candidates.Add(Path.Combine(dir, article + ".txt"));
            candidates.Add(Path.Combine(dir, "..", "text", article + ".txt"));
        }
        return candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists);
    }

    /// <summary>Reads an article with the first annotator's file.</summary>
    public static AttributionDocument Read(Article article, ICollection<string> warnings) => Read(article.TextPath, article.AnnotationPaths[0], warnings);

    /// <summary>Reads one article; annotations that cannot be read or do not match the text are named in warnings and kept out or kept as written.</summary>
    public static AttributionDocument Read(string textPath, string annotationPath, ICollection<string> warnings)
    {
        // Decoded as is (a byte-order mark inside the text is a character brat counted).
        var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(textPath));
        var toUtf16 = TextOffsets.CodePointToUtf16(text);
        var spans = new Dictionary<string, (string Label, SpanSet Span)>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(annotationPath, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (line[0] == 'T' && fields.Length >= 2)
            {
                int space = fields[1].IndexOf(' ');
                if (space < 0 || ParseFragments(fields[1][(space + 1)..], toUtf16) is not { } set)
                {
                    warnings.Add($"{annotationPath}:{lineNumber}: cannot read the span '{fields[1]}'; left out.");
                    continue;
                }
                spans[fields[0]] = (fields[1][..space], set);
                if (fields.Length >= 3 && !SameText(text, set, fields[2]))
                    warnings.Add($"{annotationPath}:{lineNumber}: the annotation's text differs from the article's text at its offsets (scored by offsets).");
            }
            else if (line[0] == 'E' && fields.Length >= 2)
            {
                var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var part in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = part.IndexOf(':');
                    if (colon > 0) roles[part[..colon]] = part[(colon + 1)..];
                }
                relations.Add(roles);
            }
        }
        var gold = new List<GoldAttribution>();
        foreach (var r in relations)
        {
            SpanSet? Role(string role) => r.TryGetValue(role, out var id) && spans.TryGetValue(id, out var s) ? s.Span : null;
            var content = Role("Content");
            if (content is null) continue;
            if (Role("Content2") is { } more) content = new SpanSet([.. content.Fragments, .. more.Fragments]);
            gold.Add(new GoldAttribution(content, Role("Source"), Role("Cue")));
        }
        gold.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return new AttributionDocument(Path.GetFileNameWithoutExtension(textPath), text, gold, annotationPath);
    }

    private static SpanSet? ParseFragments(string offsets, int[] toUtf16)
    {
        var fragments = new List<TextSpan>();
        foreach (var fragment in offsets.Split(';'))
        {
            var pair = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start || end >= toUtf16.Length)
                return null;
            fragments.Add(TextSpan.FromBounds(toUtf16[start], toUtf16[end]));
        }
        return fragments.Count == 0 ? null : new SpanSet(fragments);
    }

    /// <summary>brat writes a discontinuous span's text with its fragments joined by a space.</summary>
    private static bool SameText(string text, SpanSet set, string expected) =>
        string.Join(' ', set.Fragments.Select(f => f.Of(text))) == expected
        || string.Concat(set.Fragments.Select(f => f.Of(text))) == expected;
}
