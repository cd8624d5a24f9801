using Sitrep.Documents;
using Sitrep.Ner;
using System.Text;
using Sylvan.Data.Csv;

namespace Sitrep.Training;

/// <summary>
/// Reads NER gold data into sentences with IOB2 tags of our types. Formats: CoNLL-2003 (token
/// first, tag last, IOB1 or IOB2, -DOCSTART- lines), WikiANN (<c>en:token TAB tag</c>) and the
/// GMB CSV (<c>Sentence #,Word,POS,Tag</c>, Latin-1) and Universal NER's IOB2 files (<c>index TAB token TAB
/// tag TAB ...</c>, <c># newdoc</c> opening a document, other <c>#</c> lines comments).
/// </summary>
public static class NerCorpus
{
    public static readonly string[] Formats = ["conll", "wikiann", "gmb", "uner"];

    /// <summary>GMB's held-out part: its last tenth, by sentence order (whole articles, never trained on).</summary>
    public const double GmbHeldOutFraction = 0.1;

    /// <summary>Reads a gold file; titleWords ("President", "Mr.", "Prime", "Minister") are stripped from the front of GMB's persons.</summary>
    public static List<TaggedSentence> Read(string path, string format, IReadOnlySet<string>? titleWords = null) => format switch
    {
        "conll" => ReadColumns(path, languagePrefix: false),
        "wikiann" => ReadColumns(path, languagePrefix: true),
        "gmb" => ReadGmb(path, titleWords ?? new HashSet<string>()),
        "uner" => ReadUner(path),
        _ => throw new ArgumentException($"Unknown NER format '{format}' (use conll, wikiann, gmb or uner)."),
    };

    /// <summary>The words of data/titles.tsv ("Prime", "Minister", "Mr."), as written.</summary>
    public static IReadOnlySet<string> TitleWords(string dataDirectory)
    {
        var t = Lexicons.TsvTable.Load(Path.Combine(dataDirectory, "titles.tsv"));
        return t.Rows.SelectMany(r => t.Required(r, "title").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>GMB sentences split in order: the first nine tenths for training, the last tenth held out.</summary>
    public static (List<TaggedSentence> Train, List<TaggedSentence> HeldOut) SplitGmb(List<TaggedSentence> sentences)
    {
        int cut = (int)Math.Round(sentences.Count * (1 - GmbHeldOutFraction));
        return (sentences[..cut], sentences[cut..]);
    }

    private static List<TaggedSentence> ReadColumns(string path, bool languagePrefix) =>
        // WikiANN's sentences are unrelated fragments: each is a document of its own.
        ReadTokenLines(path, sentenceIsDocument: languagePrefix, (line, lineNumber) =>
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) return TokenLine.DocumentStart;
            var fields = line.Split(languagePrefix ? ['\t'] : [' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2) throw new InvalidDataException($"{path}:{lineNumber}: expected a token and a tag, found '{line}'.");
            var token = fields[0];
            if (languagePrefix && token.Length > 3 && token[2] == ':') token = token[3..];
            return new TokenLine(token, fields[^1]);
        });

    /// <summary>Universal NER (UD English-EWT's sentences): the token is the second column, the tag the third; "# newdoc" opens a document.</summary>
    private static List<TaggedSentence> ReadUner(string path) =>
        ReadTokenLines(path, sentenceIsDocument: false, (line, lineNumber) =>
        {
            if (line.StartsWith('#')) return line.StartsWith("# newdoc", StringComparison.Ordinal) ? TokenLine.DocumentStart : TokenLine.Nothing;
            var fields = line.Split('\t');
            if (fields.Length < 3) throw new InvalidDataException($"{path}:{lineNumber}: expected an index, a token and a tag, found '{line}'.");
            return new TokenLine(fields[1], fields[2]);
        });

    /// <summary>One line of a file of a token per line: a token and its tag, a document's start, or nothing to read.</summary>
    private readonly record struct TokenLine(string? Token, string? Tag, bool NewDocument = false)
    {
        public static readonly TokenLine DocumentStart = new(null, null, true);
        public static readonly TokenLine Nothing = new(null, null);
    }

    /// <summary>Sentences of a token-per-line file (a blank line between them), each line read by <paramref name="read"/>.</summary>
    private static List<TaggedSentence> ReadTokenLines(string path, bool sentenceIsDocument, Func<string, int, TokenLine> read)
    {
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int document = 0, lineNumber = 0;
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new TaggedSentence([.. tokens], ToIob2([.. tags])) { Document = sentenceIsDocument ? sentences.Count : document });
            tokens.Clear();
            tags.Clear();
        }
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var tokenLine = read(line, lineNumber);
            if (tokenLine.NewDocument)
            {
                Flush();
                if (sentences.Count > 0) document++;
                continue;
            }
            if (tokenLine.Token is null) continue;
            tokens.Add(tokenLine.Token);
            tags.Add(tokenLine.Tag!);
        }
        Flush();
        return sentences;
    }

    private static List<TaggedSentence> ReadGmb(string path, IReadOnlySet<string> titleWords)
    {
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        using var text = new StreamReader(path, Encoding.Latin1);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        int sentence = csv.GetOrdinal("Sentence #"), word = csv.GetOrdinal("Word"), tag = csv.GetOrdinal("Tag");
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new TaggedSentence([.. tokens], MapGmb([.. tokens], [.. tags], titleWords)) { Document = sentences.Count });
            tokens.Clear();
            tags.Clear();
        }
        while (csv.Read())
        {
            if (csv.GetString(sentence).Length > 0) Flush();
            tokens.Add(csv.GetString(word));
            tags.Add(csv.GetString(tag));
        }
        Flush();
        return sentences;
    }

    /// <summary>
    /// GMB's tags onto ours: per → PER, org → ORG, geo → LOC; gpe is mostly nationalities
    /// ("Iraqi", "Palestinians") → NORP, but a gpe that is not an adjective or a people ("Nepal")
    /// → LOC; tim, art, eve, nat (times, artefacts, events, natural phenomena) → O. GMB puts titles
    /// inside persons ("President George Bush"); CoNLL, WikiANN and Sitrep do not, so they go.
    /// </summary>
    private static string[] MapGmb(string[] tokens, string[] tags, IReadOnlySet<string> titleWords)
    {
        var spans = NerSpans.FromTags(tags);
        var mapped = new List<NerSpan>();
        foreach (var span in spans)
        {
            var s = span;
            if (s.Label == "per")
            {
                int start = s.Start;
                while (start < s.End && titleWords.Contains(tokens[start])) start++;
                if (start == s.End) continue;
                s = s with { Start = start };
            }
            string? label = s.Label switch
            {
                "per" => NerLabels.Person,
                "org" => NerLabels.Organisation,
                "geo" => NerLabels.Location,
                "gpe" => LooksLikeNationality(tokens[s.End - 1]) ? NerLabels.Group : NerLabels.Location,
                _ => null,
            };
            if (label is not null) mapped.Add(s with { Label = label });
        }
        return NerSpans.ToTags(mapped, tokens.Length);
    }

    /// <summary>"Iraqi", "Afghans", "British", "Chinese", "Palestinians": the endings of demonyms.</summary>
    public static bool LooksLikeNationality(string word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith('i') || word.EndsWith("is", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal)
        || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ss", StringComparison.Ordinal) || word is "Arab" or "Arabs" or "Thai" or "Greek" or "Dutch" or "Swiss" or "Czech" or "Kurd" or "Kurds" or "Serb" or "Serbs" or "Croat" or "Turk" or "Turks";

    /// <summary>
    /// Tags onto IOB2 and our types: PERSON → PER, ORGANIZATION → ORG, GPE/LOCATION → LOC, NORP,
    /// FAC; other types (MISC, EVENT, ...) keep their names, reported but not counted.
    /// </summary>
    public static string[] ToIob2(string[] tags)
    {
        var spans = NerSpans.FromTags(tags).Select(s => s with { Label = MapType(s.Label) });
        return NerSpans.ToTags(spans, tags.Length);
    }

    public static string MapType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => NerLabels.Person,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => NerLabels.Organisation,
        "LOC" or "LOCATION" or "GPE" => NerLabels.Location,
        "NORP" => NerLabels.Group,
        "FAC" or "FACILITY" => NerLabels.Facility,
        var other => other,
    };
}
