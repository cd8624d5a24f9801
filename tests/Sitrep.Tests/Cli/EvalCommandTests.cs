using Sitrep.Documents;
using System.Text;
using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>sitrep eval time|quotes as users run it: figures, JSON, exit codes and messages.</summary>
public sealed class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SitrepCli.Run(args, output, error, () => new MemoryStream());
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Prints_TempEval_scores_as_json()
    {
        var (code, output, error) = Run("eval", "time", "--format", "timeml", Some.Fixture("eval", "timeml", "ceasefire.tml"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("time", "timeml", 1), (root.GetProperty("task").GetString(), root.GetProperty("format").GetString(), root.GetProperty("documents").GetInt32()));
        Assert.Equal(["strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1"],
            root.GetProperty("scores").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Scores_the_readable_files_and_names_the_broken_one_with_exit_code_1()
    {
        var (code, output, error) = Run("eval", "time", Some.Fixture("eval", "timeml"));
        Assert.Equal(SitrepCli.SomeInputsFailed, code);
        Assert.StartsWith("time (timeml): 1 documents", output, StringComparison.Ordinal);
        Assert.Contains("broken.tml: not readable TimeML:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_quote_scores_and_says_which_annotator_file_was_used()
    {
        var (code, output, error) = Run("eval", "quotes", "--format", "polnear", Some.Fixture("eval", "polnear"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["content_precision", "content_recall", "content_f1", "speaker_accuracy"], root.GetProperty("scores").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("the first by name was used for each (e.g. ceasefire-holds_aaaa.ann of 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_the_outcome_of_each_gold_attribution_with_the_rule_that_decided_it()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("outcomes.jsonl");
        var (code, _, error) = Run("eval", "quotes", "--format", "polnear", Some.Fixture("eval", "polnear"), "--outcomes", path);
        Assert.Equal((0, ""), (code, error));
        var lines = File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(
        [
            ("right", "the ceasefire was holding", "The ministry", "quotes/subject-cue+phrase"),
            ("right", "no shots were fired overnight", "officials", "quotes/subject-cue+phrase"),
            ("right", "We are watching every road out of the town,", "Col. Ahmed Saleh", "quotes/cue-after+mention"),
            ("matched", "Residents remain cautious", "a local council member", "quotes/according-to+phrase"),
        ], lines.Select(l => (l.GetProperty("kind").GetString(), l.GetProperty("content").GetString(), l.GetProperty("predicted_speaker").GetString(), l.GetProperty("decided_by").GetString())).ToArray());
    }

    [Fact]
    public void A_ucdp_headline_summing_several_rows_has_their_total_as_its_toll()
    {
        // Rows written for the test: one headline UCDP codes as two events, 8 and 6 dead, and one whose
        // figure (5) is not its row's (2): the day's 14 is right for both rows of the first, 5 for none.
        var (code, output, error) = Run("eval", "events", "--format", "ucdp", Some.Fixture("eval", "events", "day-total.ucdp.csv"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal((1.0, 0.6667, 0.0), (scores.GetProperty("event_found").GetDouble(), scores.GetProperty("toll_match").GetDouble(), scores.GetProperty("toll_match_row").GetDouble()));
    }

    [Fact]
    public void Scores_ucdp_rows_against_the_best_violent_event_of_their_headlines()
    {
        // Ten rows written for the test: a suicide bombing in Ramadi; two sources of which the second holds the killing
        // of "Iraqi policemen"; a headline with no violence; a row without a headline, which is left out; a bombing of
        // Shiites, a community named by its faith, which UCDP's "Civilians" side matches; "nine policemen" killed in
        // Mosul, police of no named country in Iraq, which "Government of Iraq" matches, and the same in Aleppo, which it does not;
        // "Iraq air strikes", the state's, which "Government of Iraq" matches, and "Iraq attacks", where, which it does not
        // (placed at Iraq's middle, 53 km from Baghdad: no place within 50 km).
        var (code, output, error) = Run("eval", "events", "--format", "ucdp", Some.Fixture("eval", "events", "tiny.ucdp.csv"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal(
            [("event_found", 0.8889), ("side_match", 0.6667), ("place_50km", 0.7778), ("date_match", 0.8889), ("toll_match", 0.8889), ("toll_match_row", 0.8889)],
            scores.EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())).ToArray());
        Assert.Equal((9, 10, 8), (json.RootElement.GetProperty("counts").GetProperty("events").GetInt32(), json.RootElement.GetProperty("counts").GetProperty("headlines").GetInt32(), json.RootElement.GetProperty("counts").GetProperty("found").GetInt32()));
    }

    [Fact]
    public void Refuses_an_unknown_format_as_a_usage_error()
    {
        var (code, _, error) = Run("eval", "quotes", "--format", "conll", Some.Fixture("eval", "polnear"));
        Assert.Equal(SitrepCli.UsageError, code);
        Assert.Contains("conll", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_when_nothing_could_be_scored()
    {
        var (code, output, error) = Run("eval", "quotes", Some.Fixture("eval", "timeml"));
        Assert.Equal((SitrepCli.SomeInputsFailed, ""), (code, output));
        Assert.Contains("no polnear documents could be scored", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_path_that_does_not_exist()
    {
        var (code, _, error) = Run("eval", "time", "/no/such/dir");
        Assert.Equal(SitrepCli.SomeInputsFailed, code);
        Assert.Contains("/no/such/dir: no such file or directory.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_NER_scores_in_the_shared_shape()
    {
        var (code, output, error) = Run("eval", "ner", "--format", "conll", Some.Fixture("eval", "conll", "tiny-iob1.conll"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("ner", "conll", 1, 2, 17), (root.GetProperty("task").GetString(), root.GetProperty("format").GetString(),
            root.GetProperty("documents").GetInt32(), root.GetProperty("sentences").GetInt32(), root.GetProperty("tokens").GetInt32()));
        Assert.Equal(["precision", "recall", "f1"], root.GetProperty("scores").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["PER", "ORG", "LOC"], root.GetProperty("by_label").EnumerateObject().Select(p => p.Name).Take(3).ToArray());
        Assert.True(root.GetProperty("tokens_per_second").GetDouble() > 0);
    }

    [Fact]
    public void Says_what_training_needs_when_it_is_missing()
    {
        using var dir = new TemporaryDirectory();
        var (code, _, error) = Run("train", "ner", "--shared", dir.Path, "--out", dir.File("ner.bin"));
        Assert.Equal(SitrepCli.SomeInputsFailed, code);
        Assert.Contains("ner_dataset.csv: not found (the shared data and ./setup.sh's npm packages are needed to train).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_the_tagger_alone_when_asked()
    {
        var (code, output, error) = Run("eval", "ner", "--tagger-only", "--format", "conll", Some.Fixture("eval", "conll", "tiny-iob1.conll"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.StartsWith("the trained tagger alone", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(5, json.RootElement.GetProperty("counts").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Prints_geoparsing_scores_as_json()
    {
        var (code, output, error) = Run("eval", "places", "--format", "lgl", Some.Fixture("eval", "places", "tiny-lgl.xml"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["precision", "recall", "f1", "overlap_f1", "accuracy_161km", "mean_error_km", "median_error_km", "auc"],
            json.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(("places", 3), (json.RootElement.GetProperty("task").GetString(), json.RootElement.GetProperty("counts").GetProperty("gold").GetInt32()));
    }

    [Fact]
    public void Leaves_buildings_out_of_LGL_scores_as_LGL_does()
    {
        var (code, output, error) = Run("eval", "places", "--format", "lgl", Some.Fixture("eval", "places", "lgl-church.xml"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var counts = json.RootElement.GetProperty("counts");
        // "Holy Redeemer Church" is found but not counted: LGL and TR-News mark no buildings.
        Assert.Equal((2, 2, 2), (counts.GetProperty("gold").GetInt32(), counts.GetProperty("predicted").GetInt32(), counts.GetProperty("exact").GetInt32()));
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("lgl: buildings, streets and sites", StringComparison.Ordinal));
        // Sitrep does find the church: it is left out of the count, not missed.
        var found = Some.Report("Mourners gathered at Holy Redeemer Church in Alexandria, Louisiana, on Monday.", "2020-03-30");
        Assert.Contains(found.Entities, e => e.IsPlace && e.Name == "Holy Redeemer Church");
    }

    [Fact]
    public void Writes_what_became_of_each_gold_toponym_with_both_points_and_the_error()
    {
        using var dir = new TemporaryDirectory();
        var (code, _, error) = Run("eval", "places", "--format", "lgl", Some.Fixture("eval", "places", "tiny-lgl.xml"), "--outcomes", dir.File("outcomes.jsonl"));
        Assert.Equal((0, ""), (code, error));
        var lines = File.ReadAllLines(dir.File("outcomes.jsonl"));
        Assert.Equal(3, lines.Length);
        Assert.Equal("""{"article":"1","outcome":"right","gold":{"text":"Louisiana","start":24,"lat":31.00047,"lon":-92.0004},"sitrep":{"text":"Louisiana","start":24,"lat":31.0792,"lon":-92.0199,"precision":"admin1"},"error_km":9}""", lines[1]);
    }

    [Fact]
    public void Writes_what_became_of_each_PLV_sentence_with_its_main_event()
    {
        using var dir = new TemporaryDirectory();
        var (code, _, error) = Run("eval", "events", "--format", "plv", Some.Fixture("eval", "events", "tiny.plv.tsv"), "--outcomes", dir.File("outcomes.jsonl"));
        Assert.Equal((0, ""), (code, error));
        var lines = File.ReadAllLines(dir.File("outcomes.jsonl"));
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var r = first.RootElement;
        Assert.Equal(("ACCUSE", "ACCUSE", "condemned", "Turkey", "the raid", true, true),
            (r.GetProperty("gold").GetString(), r.GetProperty("predicted").GetString(), r.GetProperty("trigger").GetString(), r.GetProperty("actor").GetString(),
             r.GetProperty("target").GetString(), r.GetProperty("source_found").GetBoolean(), r.GetProperty("target_found").GetBoolean()));
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(("NONE", JsonValueKind.Null), (third.RootElement.GetProperty("predicted").GetString(), third.RootElement.GetProperty("trigger").ValueKind));
    }

    [Fact]
    public void Writes_each_PETRARCH_record_with_the_coding_matched_to_each_gold_coding()
    {
        using var dir = new TemporaryDirectory();
        var (code, _, error) = Run("eval", "events", "--format", "petrarch", Some.Fixture("eval", "events", "tiny.petrarch.xml"), "--outcomes", dir.File("outcomes.jsonl"));
        Assert.Equal((0, ""), (code, error));
        var lines = File.ReadAllLines(dir.File("outcomes.jsonl"));
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var gold = first.RootElement.GetProperty("gold");
        var matched = gold[0].GetProperty("matched");
        Assert.Equal(("T-01", "190", "attacked", "IRQMIL", "IMGMUSISI", JsonValueKind.Null),
            (first.RootElement.GetProperty("id").GetString(), matched.GetProperty("cameo").GetString(), matched.GetProperty("trigger").GetString(),
             matched.GetProperty("source").GetString(), matched.GetProperty("target").GetString(), gold[1].GetProperty("matched").ValueKind));
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal((0, 0), (third.RootElement.GetProperty("gold").GetArrayLength(), third.RootElement.GetProperty("predicted").GetArrayLength()));
    }

    [Theory]
    [InlineData("plv", "tiny.plv.tsv", new[] { "accuracy", "macro_f1", "source_found", "target_found" })]
    [InlineData("petrarch", "tiny.petrarch.xml", new[] { "root_precision", "root_recall", "root_f1", "code_accuracy", "source_accuracy", "target_accuracy", "empty_correct" })]
    [InlineData("plover", "tiny.plover.json", new[] { "type_accuracy", "mode_accuracy", "source_accuracy", "target_accuracy", "counts_exact", "location_match" })]
    public void Prints_event_scores_as_json_with_the_keys_of_each_format(string format, string file, string[] keys)
    {
        var (code, output, error) = Run("eval", "events", "--format", format, Some.Fixture("eval", "events", file), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(keys, json.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(("events", format), (json.RootElement.GetProperty("task").GetString(), json.RootElement.GetProperty("format").GetString()));
    }

    [Theory]
    [InlineData("classifier")]
    [InlineData("together")]
    [InlineData("fallback")]
    public void Scores_PLV_with_the_committed_classifier_when_asked(string coder)
    {
        var (code, output, error) = Run("eval", "events", "--format", "plv", "--coder", coder, Some.Fixture("eval", "events", "tiny.plv.tsv"), "--json");
        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Contains($"coder: {coder}", json.RootElement.GetProperty("notes")[1].GetString(), StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("sentences").GetInt32());
    }

    [Fact]
    public void Warns_that_the_plv_held_out_fifth_is_not_held_out_from_the_shipped_models()
    {
        // The committed classifier and event words read every PLV sentence (train events --all, train event-words --all).
        using var dir = new TemporaryDirectory();
        // Five sentences written for the test: the fifth (index 4) is the held-out part.
        var rows = new[] { "Turkey condemned the raid.", "Iraq rejected the plan.", "Kenya sent aid to Somalia.", "Police arrested six men in Basra.", "Gunmen attacked a convoy near Mosul." };
        File.WriteAllLines(dir.File("five.tsv"), ["\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root",
            .. rows.Select((r, i) => $"{i}\t{i + 1}\t{r}\t{r}\tx\tx\t{(i == 4 ? "ASSAULT" : "ACCUSE")}")]);
        var (code, output, error) = Run("eval", "events", "--format", "plv", "--plv-part", "held-out", dir.File("five.tsv"), "--json");
        Assert.Equal(0, code);
        Assert.Contains("the event classifier and data/event-words.tsv read the held-out PLV sentences (index 4 modulo 5)", error, StringComparison.Ordinal);
        Assert.Contains("scripts/dev-models.sh", error, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("sentences").GetInt32());
        // Another fold held out: the sentence whose index is 1 modulo 5 ("Iraq rejected the plan.").
        (code, output, error) = Run("eval", "events", "--format", "plv", "--plv-part", "held-out", "--plv-fold", "1", dir.File("five.tsv"), "--json");
        Assert.Equal(0, code);
        Assert.Contains("read the held-out PLV sentences (index 1 modulo 5)", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("sentences").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("every sentence whose index is 1 modulo 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Falls_back_to_the_classifier_s_type_only_for_sentences_the_rules_read_no_event_in()
    {
        // "The weather in Baghdad was mild on Sunday." has no event; the fallback gives it the classifier's type.
        int NoEvent(string coder)
        {
            var (code, output, error) = Run("eval", "events", "--format", "plv", "--coder", coder, Some.Fixture("eval", "events", "tiny.plv.tsv"), "--json");
            Assert.Equal((0, ""), (code, error));
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("counts").GetProperty("no_event").GetInt32();
        }
        Assert.Equal((1, 0), (NoEvent("rules"), NoEvent("fallback")));
    }
}
