using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Ner;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Text;
using Sylvan.Data.Csv;

namespace Sitrep.Training;

/// <summary>
/// The news texts under the shared data directory, as tokenised sentences for learning word
/// classes: BBC News, Reuters-21578 bodies, the Guardian sample and PolNeAR's articles. Only
/// their words are used, never their labels.
/// </summary>
public static partial class UnlabelledNews
{
    public static IEnumerable<string[]> Sentences(string sharedData, Abbreviations abbreviations)
    {
        foreach (var text in Texts(sharedData))
            foreach (var sentence in Tokenise(text, abbreviations))
                yield return sentence;
    }

    /// <summary>Which corpora were found, for the training log and the model's notes.</summary>
    public static IEnumerable<string> Sources(string sharedData) =>
        new[] { "corpora/bbc", "corpora/reuters21578", "corpora/guardian-syria-2019", "quotes/polnear" }.Where(d => Directory.Exists(Path.Combine(sharedData, d)));

    private static IEnumerable<string> Texts(string sharedData)
    {
        string P(string d) => Path.Combine(sharedData, d);
        if (Directory.Exists(P("corpora/bbc")))
            foreach (var f in Directory.EnumerateFiles(P("corpora/bbc"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return File.ReadAllText(f, Encoding.Latin1);
        if (Directory.Exists(P("corpora/reuters21578")))
            foreach (var f in Directory.EnumerateFiles(P("corpora/reuters21578"), "*.sgm").Order(StringComparer.Ordinal))
                foreach (Match m in Body().Matches(File.ReadAllText(f, Encoding.Latin1)))
                    yield return System.Net.WebUtility.HtmlDecode(m.Groups["b"].Value).Replace("\u0003", "");
        if (Directory.Exists(P("corpora/guardian-syria-2019")))
            foreach (var f in Directory.EnumerateFiles(P("corpora/guardian-syria-2019"), "*.csv").Order(StringComparer.Ordinal))
            {
                using var csv = CsvDataReader.Create(f, new CsvDataReaderOptions { MaxBufferSize = 1 << 24 });
                int text = csv.GetOrdinal("text");
                while (csv.Read()) yield return csv.GetString(text);
            }
        if (Directory.Exists(P("quotes/polnear")))
            foreach (var f in Directory.EnumerateFiles(P("quotes/polnear"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return File.ReadAllText(f, Encoding.UTF8);
    }

    private static IEnumerable<string[]> Tokenise(string text, Abbreviations abbreviations)
    {
        var sentences = new List<string[]>();
        var current = new List<string>();
        var lexer = new TokenLexer(text, abbreviations);
        while (lexer.Next(out var token))
        {
            var word = text.Substring(token.Start, token.Length);
            current.Add(word);
            // Sentences end at final punctuation or a blank line (Reuters wraps its lines, so a single newline does not count).
            if (word is "." or "!" or "?" || text.AsSpan(token.End, Math.Min(4, text.Length - token.End)).IndexOf("\n\n") >= 0)
            {
                sentences.Add([.. current]);
                current.Clear();
            }
        }
        if (current.Count > 0) sentences.Add([.. current]);
        return sentences;
    }

    [GeneratedRegex(@"<BODY>(?<b>.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();
}
