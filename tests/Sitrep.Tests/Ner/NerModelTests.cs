using Sitrep.Documents;
using Sitrep.Features;
using Sitrep.Training;
using Sitrep.Ner;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ner;

/// <summary>The tagger: training, its file, and what it finds on the seed without the dictionaries.</summary>
public sealed class NerModelTests
{
    private static readonly TaggedSentence[] Tiny =
    [
        new(["Gen.", "Vincent", "Barker", "visited", "Kirkuk", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["The", "Peshmerga", "met", "Iraqi", "officers", "in", "Erbil", "."], ["O", "B-ORG", "O", "B-NORP", "O", "O", "B-LOC", "O"]),
        new(["Mohammed", "Fazel", "spoke", "to", "Rudaw", "in", "Mosul", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O"]),
    ];

    private static Gazetteer SmallGazetteer() => new(new Dictionary<string, GazetteerKind> { ["kirkuk"] = GazetteerKind.Place, ["vincent"] = GazetteerKind.GivenName });

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Trains_the_same_model_bytes_from_the_same_data()
    {
        var trainer = new NerTrainer { Bits = 12, Epochs = 3 };
        Assert.Equal(Bytes(trainer.Train(Tiny, SmallGazetteer(), null)), Bytes(trainer.Train(Tiny, SmallGazetteer(), null)));
    }

    [Fact]
    public void Learns_its_training_sentences()
    {
        var model = new NerTrainer { Bits = 12, Epochs = 5 }.Train(Tiny, SmallGazetteer(), null);
        Assert.All(Tiny, s => Assert.Equal(s.Tags, model.Tag(TokenView.Of(s.Tokens))));
    }

    [Fact]
    public void Round_trips_through_its_file_format()
    {
        var clusters = new WordClusters(new Dictionary<string, int> { ["Kirkuk"] = 3, ["Mosul"] = 3 }, 4);
        var model = new NerTrainer { Bits = 12, Epochs = 3 }.Train(Tiny, SmallGazetteer(), clusters);
        var bytes = Bytes(model);
        var loaded = NerModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Bytes(loaded));
        Assert.Equal((2, 3, 4), (loaded.Gazetteer.Count, loaded.Clusters!.Of("Mosul"), loaded.Clusters.Count));
        var sentence = TokenView.Of(["Vincent", "Barker", "visited", "Mosul", "."]);
        Assert.Equal(model.Tag(sentence), loaded.Tag(sentence));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_model()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllBytes(dir.File("junk.bin"), [1, 2, 3, 4, 5]);
        Assert.ThrowsAny<Exception>(() => NerModel.Load(dir.File("junk.bin")));
        using var gz = new MemoryStream();
        using (var w = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionMode.Compress, leaveOpen: true)) w.Write("not a model"u8);
        gz.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModel.Load(gz, "junk"));
    }

    [Fact]
    public void The_committed_model_finds_the_seed_s_persons_without_a_dictionary()
    {
        var model = Some.Resources.Ner!;
        var doc = Some.UpTo<Sitrep.Text.TokenAnnotator>(File.ReadAllText(Some.SeedPath));
        var persons = new HashSet<string>();
        foreach (var s in doc.Sentences)
        {
            var tokens = Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Select(doc.TokenString).ToArray();
            var tags = model.Tag(TokenView.Of(tokens));
            foreach (var span in NerSpans.FromTags(tags).Where(x => x.Label == "PER"))
                persons.Add(string.Join(' ', tokens[span.Start..span.End]));
        }
        Assert.Superset(new HashSet<string> { "Vincent Barker", "Myles B. Caggins III", "Mohammed Fazel", "Barham Salih" }, persons);
    }

    [Fact]
    public void The_committed_model_tags_places_and_organisations_of_a_report_it_never_saw()
    {
        var tags = Some.Resources.Ner!.Tag(TokenView.Of(["Fighters", "of", "the", "Kurdistan", "Workers", "'", "Party", "attacked", "a", "post", "near", "Zakho", "."]));
        Assert.Equal(["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "O"], tags);
    }
}
