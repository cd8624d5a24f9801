using System.Text;
using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public sealed class ParseCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) =>
        SitrepCommand.Run("Rebels attacked the base on Sunday, officials said.", args);

    [Fact]
    public void Prints_every_token_of_a_report_as_a_CoNLL_U_row_with_its_character_range()
    {
        var (code, output, error) = Run("parse", "-", "--format", "conllu");
        Assert.True(code == 0, error);
        var rows = output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["Rebels", "attacked", "the", "base", "on", "Sunday", ",", "officials", "said", "."], rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal(10, r.Length));
        Assert.Single(rows, r => r[6] == "0" && r[7] == "root");
        Assert.Equal("TokenRange=7:15", rows[1][9]);
        Assert.Contains("# text = Rebels attacked the base on Sunday, officials said.", output);
    }

    [Fact]
    public void Scores_a_treebank_on_its_gold_tokens_with_the_shared_JSON_shape()
    {
        var (code, output, error) = Run("eval", "parse", "--format", "conllu", Some.Fixture("syntax", "tiny.conllu"), "--gold-tokens", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("parse", "conllu", 3, 17), (root.GetProperty("task").GetString(), root.GetProperty("format").GetString(), root.GetProperty("sentences").GetInt32(), root.GetProperty("tokens").GetInt32()));
        var scores = root.GetProperty("scores");
        Assert.Equal(1.0, scores.GetProperty("alignment").GetDouble());
        // Three short sentences of plain news syntax: the installed model gets every word right.
        foreach (var key in new[] { "upos", "uas", "las", "las_full" }) Assert.Equal(1.0, scores.GetProperty(key).GetDouble());
        Assert.Equal(17, root.GetProperty("counts").GetProperty("las").GetInt32());
        Assert.True(root.GetProperty("by_label").TryGetProperty("nsubj", out _));
    }

    [Fact]
    public void Aligns_its_own_tokens_to_the_treebanks_words_and_says_how_many_matched()
    {
        var (code, output, error) = Run("eval", "parse", Some.Fixture("syntax", "tiny.conllu"), "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        // Sitrep splits "can't" as the treebank does ("ca" + "n't"): every word has its token.
        Assert.Equal(1.0, json.RootElement.GetProperty("scores").GetProperty("alignment").GetDouble());
        var counts = json.RootElement.GetProperty("counts");
        Assert.Equal((17, 17, 17), (counts.GetProperty("gold").GetInt32(), counts.GetProperty("aligned").GetInt32(), counts.GetProperty("system_tokens").GetInt32()));
    }
}
