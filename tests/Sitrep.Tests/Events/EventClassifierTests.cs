using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The PLV sentence classifier: training, its file, and what it predicts.</summary>
public sealed class EventClassifierTests
{
    private static readonly (string, string)[] Examples =
    [
        ("Turkey condemned the air strike on the convoy.", "ACCUSE"),
        ("Iran condemned the sanctions imposed by Washington.", "ACCUSE"),
        ("Gunmen attacked a police checkpoint near Kirkuk.", "ASSAULT"),
        ("Militants attacked an army base in the north.", "ASSAULT"),
        ("The ministry rejected the proposal for talks.", "REJECT"),
        ("Rebels rejected the offer of a ceasefire.", "REJECT"),
    ];

    private static byte[] Bytes(EventClassifier c)
    {
        using var dir = new TemporaryDirectory();
        c.Save(dir.File("events.bin"));
        return File.ReadAllBytes(dir.File("events.bin"));
    }

    [Fact]
    public void Trains_the_same_bytes_from_the_same_sentences() =>
        Assert.Equal(Bytes(EventClassifier.Train(Examples, epochs: 5, bits: 12)), Bytes(EventClassifier.Train(Examples, epochs: 5, bits: 12)));

    [Fact]
    public void Round_trips_through_its_file_and_predicts_what_it_learnt()
    {
        using var dir = new TemporaryDirectory();
        EventClassifier.Train(Examples, epochs: 5, bits: 12).Save(dir.File("events.bin"));
        var loaded = EventClassifier.Load(dir.File("events.bin"));
        Assert.Equal(["ACCUSE", "ASSAULT", "REJECT"], loaded.Labels);
        Assert.Equal("ASSAULT", loaded.Predict("Gunmen attacked a convoy near Mosul.").Label);
        Assert.Equal("REJECT", loaded.Predict("The government rejected the demand.").Label);
    }

    [Fact]
    public void Says_in_its_file_which_plv_fold_it_never_read()
    {
        using var dir = new TemporaryDirectory();
        EventClassifier.Train(Examples, epochs: 5, bits: 12, heldOutFold: null).Save(dir.File("all.bin"));
        EventClassifier.Train(Examples, epochs: 5, bits: 12).Save(dir.File("four-fifths.bin"));
        EventClassifier.Train(Examples, epochs: 5, bits: 12, heldOutFold: 1).Save(dir.File("fold-1.bin"));
        var (all, fourFifths, fold1) = (EventClassifier.Load(dir.File("all.bin")), EventClassifier.Load(dir.File("four-fifths.bin")), EventClassifier.Load(dir.File("fold-1.bin")));
        Assert.Equal((null, 4, 1), (all.HeldOutFold, fourFifths.HeldOutFold, fold1.HeldOutFold));
        Assert.Equal((true, false, true, false), (all.SawPlvFold(4), fourFifths.SawPlvFold(4), fold1.SawPlvFold(4), fold1.SawPlvFold(1)));
        Assert.Equal("ASSAULT", EventClassifier.Load(dir.File("all.bin")).Predict("Gunmen attacked a convoy near Mosul.").Label);
    }

    [Fact]
    public void Keeps_its_tree_table_in_its_file_and_reads_the_same_from_it()
    {
        // The tree features of each sentence as the shipped parser reads it; the file keeps both tables (as half floats).
        var pipeline = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!);
        int[] Tree(string text)
        {
            var doc = pipeline.Run(new Document(text));
            var list = new List<int>();
            foreach (var sentence in doc.Sentences) SentenceTreeFeatures.Add(doc, sentence, 12, SentenceHints.None, list);
            return list.ToArray();
        }
        var trees = Examples.Select(e => Tree(e.Item1)).ToList();
        var classifier = EventClassifier.Train(Examples, epochs: 5, bits: 12, trees: trees);
        using var dir = new TemporaryDirectory();
        classifier.Save(dir.File("events.bin"));
        var loaded = EventClassifier.Load(dir.File("events.bin"));
        const string sentence = "Militants attacked the convoy near Kirkuk.";
        var tree = Tree(sentence);
        Assert.True(loaded.ReadsTrees);
        Assert.Equal("ASSAULT", loaded.PredictWithTree(sentence, tree, allowNone: false).Label);
        Assert.InRange(loaded.PredictWithTree(sentence, tree, allowNone: false).Margin - classifier.PredictWithTree(sentence, tree, allowNone: false).Margin, -0.05f, 0.05f);
        // Trained again from the same sentences and trees: the same bytes, both tables.
        Assert.Equal(Bytes(classifier), Bytes(EventClassifier.Train(Examples, epochs: 5, bits: 12, trees: trees)));
        Assert.Equal(classifier.Predict(sentence).Label, loaded.Predict(sentence).Label);
    }

    [Fact]
    public void Reads_a_version_5_file_from_the_words_alone()
    {
        // Version 5 is version 6 without the flag and table after the words' table.
        using var dir = new TemporaryDirectory();
        var classifier = EventClassifier.Train(Examples, epochs: 5, bits: 12);
        classifier.Save(dir.File("v6.bin"));
        var v6 = Gunzip(File.ReadAllBytes(dir.File("v6.bin")));
        int version = Array.IndexOf(v6, (byte)6, "SITREP-EVENTS".Length + 1);
        Assert.Equal(14, version);
        v6[version] = 5;
        using (var file = File.Create(dir.File("v5.bin")))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(v6, 0, v6.Length - 1); // without the last byte: the flag saying no tree table follows
        var loaded = EventClassifier.Load(dir.File("v5.bin"));
        Assert.False(loaded.ReadsTrees);
        Assert.Equal("ASSAULT", loaded.Predict("Gunmen attacked a convoy near Mosul.").Label);
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void Reads_from_the_words_alone_when_trained_without_trees()
    {
        var classifier = EventClassifier.Train(Examples, epochs: 5, bits: 12);
        Assert.False(classifier.ReadsTrees);
        Assert.Throws<ArgumentException>(() => EventClassifier.Train(Examples, epochs: 5, bits: 12, trees: [[1]]));
        Assert.Equal(classifier.Predict("Rebels rejected the talks.", allowNone: false), classifier.PredictWithTree("Rebels rejected the talks.", [1, 2, 3], allowNone: false));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_classifier()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("junk.bin"), "junk");
        Assert.Throws<InvalidDataException>(() => EventClassifier.Load(dir.File("junk.bin")));
    }

    [Fact]
    public void Reads_a_verb_it_never_saw_by_the_type_the_dictionaries_give_it()
    {
        // "shelled" is in no training sentence; the PETRARCH dictionary files it under assaults.
        var hints = SentenceHints.FromDictionaries(Path.Combine(Some.RepositoryRoot, "data"));
        Assert.Contains("ASSAULT", hints.TypesOf("shelled"));
        var classifier = EventClassifier.Train(Examples, epochs: 10, bits: 16, hints: hints);
        Assert.Equal("ASSAULT", classifier.Predict("Artillery shelled Kirkuk overnight.").Label);
    }

    [Fact]
    public void Says_none_for_a_sentence_like_those_it_learnt_carry_no_event_and_never_when_told_there_is_one()
    {
        (string, string)[] examples = [.. Examples, ("The striker scored twice in the second half.", EventClassifier.None), ("The team won the cup final on penalties.", EventClassifier.None)];
        var classifier = EventClassifier.Train(examples, epochs: 5, bits: 12);
        Assert.Equal(EventClassifier.None, classifier.Predict("The striker scored in the cup final.").Label);
        Assert.NotEqual(EventClassifier.None, classifier.Predict("The striker scored in the cup final.", allowNone: false).Label);
    }
}
