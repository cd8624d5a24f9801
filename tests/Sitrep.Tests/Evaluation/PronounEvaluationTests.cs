using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Conversion;
using Sitrep.Corpora;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

/// <summary>Pronouns scored against GUM's coreference, and the given names' genders that check them.</summary>
public sealed class PronounEvaluationTests
{
    private static string Tiny => Some.Fixture("syntax", "GUM_news_tiny.conllu");

    [Fact]
    public void Reads_GUM_entities_as_mentions_of_their_chain_with_their_characters_in_the_text()
    {
        var warnings = new List<string>();
        var doc = GumCoreference.Read(Tiny, warnings);
        Assert.Empty(warnings);
        Assert.Equal(("GUM_news_tiny", "news"), (doc.Name, doc.Genre));
        Assert.Equal("Mary Waters hired Kevin Allton because she trusted him.\n\nIt rained in Leeds.", doc.Text);
        Assert.Equal(
            [(1, "Mary Waters", false, true), (2, "Kevin Allton", false, true), (1, "she", true, false), (2, "him", true, false), (3, "Leeds", false, true)],
            doc.Mentions.Select(m => (m.Chain, doc.Text[m.Start..m.End], m.IsPronoun, m.HasName)).ToArray());
    }

    [Fact]
    public void Scores_each_pronoun_by_whether_its_entity_is_named_in_the_pronouns_own_chain()
    {
        var (code, output, error) = SitrepCommand.Run("", "eval", "pronouns", Tiny, "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("pronouns", "gum"), (root.GetProperty("task").GetString(), root.GetProperty("format").GetString()));
        // "she" is Mary Waters though Kevin Allton stands nearer; "him" is Allton, not the "she" before it; "It rained" is no one.
        var counts = root.GetProperty("counts");
        Assert.Equal((3, 2, 2, 2), (counts.GetProperty("pronouns").GetInt32(), counts.GetProperty("resolvable").GetInt32(), counts.GetProperty("resolved").GetInt32(), counts.GetProperty("right").GetInt32()));
        Assert.Equal((1.0, 1.0), (root.GetProperty("scores").GetProperty("precision").GetDouble(), root.GetProperty("scores").GetProperty("recall").GetDouble()));
        Assert.Equal(2, root.GetProperty("by_label").GetProperty("genre:news").GetProperty("resolved").GetDouble());
    }

    [Fact]
    public void Keeps_a_given_name_whose_entries_agree_at_least_two_to_one_and_counts_the_rest()
    {
        using var dir = new TemporaryDirectory();
        var tarball = Path.Combine(dir.Path, GivenNameGenders.Tarball);
        using (var file = File.Create(tarball))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            void Add(string language, string body)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, $"package/names/{language}.js") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(body)) };
                tar.WriteEntry(entry);
            }
            Add("en", "const enNames = new Map([\n  ['kevin', 'male'],\n  ['andrea', 'female'],\n  ['mary', 'female'],\n]);\n");
            Add("fr", "const frNames = new Map([\n  ['kevin', 'male'],\n  ['kevin', 'female'],\n  ['kevin', 'male'],\n  ['évariste', 'male'],\n]);\n");
            Add("it", "const itNames = new Map([\n  ['andrea', 'male'],\n]);\n");
            foreach (var language in new[] { "es", "de", "tr" }) Add(language, "const m = new Map([\n]);\n");
        }
        var result = GivenNameGenders.Convert(tarball, Path.Combine(dir.Path, "given-name-genders.tsv"), new HashSet<string> { "andrea" });
        // "andrea" is excluded before its entries are weighed.
        Assert.Equal((3, 0), (result.Kept, result.Conflicting));
        var rows = File.ReadLines(Path.Combine(dir.Path, "given-name-genders.tsv")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(["name\tgender", "kevin\tm", "mary\tf", "évariste\tm"], rows);
    }
}
