using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

/// <summary>The geoparsing gold readers and the Gritta et al. scores, on small gold files written for the tests.</summary>
public sealed class PlaceEvaluationTests
{
    private static IReadOnlyList<ToponymDocument> Read(string format)
    {
        var warnings = new List<string>();
        var docs = ToponymReader.Read(Some.Fixture("eval", "places", $"tiny-{format}.xml"), format, warnings);
        Assert.Empty(warnings);
        return docs;
    }

    [Fact]
    public void Reads_GeoWebNews_toponyms_and_keeps_those_without_coordinates_apart()
    {
        var doc = Read("gwn").Single();
        Assert.Equal(["Iraqi", "Mosul", "Baghdad", "Kurdish", "Zummar"], doc.Toponyms.Select(t => t.Span.Of(doc.Text)));
        Assert.Equal([true, true, true, false, true], doc.Toponyms.Select(t => t.HasCoordinates));
    }

    [Fact]
    public void Reads_LGL_gaztag_coordinates_and_GeoVirus_locations()
    {
        var lgl = Read("lgl").Single();
        Assert.Equal(("1", "Alexandria", 31.31129, -92.44514), (lgl.Id, lgl.Toponyms[0].Name, lgl.Toponyms[0].Latitude!.Value, lgl.Toponyms[0].Longitude!.Value));
        var virus = Read("geovirus").Single();
        Assert.Equal(["Kano", "Nigeria", "Abuja"], virus.Toponyms.Select(t => t.Span.Of(virus.Text)));
    }

    [Fact]
    public void Takes_offsets_as_code_points_when_the_text_has_characters_beyond_the_BMP()
    {
        using var dir = new TemporaryDirectory();
        // "🙂 " is two UTF-16 units but one code point, as Python counts: Mosul starts at code point 2.
        File.WriteAllText(dir.File("g.xml"), "<articles><article><text>🙂 Mosul</text><locations><location><name>Mosul</name><start>2</start><end>7</end><lat>36.3</lat><lon>43.1</lon></location></locations></article></articles>");
        var doc = ToponymReader.Read(dir.File("g.xml"), "geovirus", new List<string>()).Single();
        Assert.Equal("Mosul", doc.Toponyms.Single().Span.Of(doc.Text));
    }

    [Fact]
    public void Leaves_out_a_toponym_whose_words_are_not_at_its_offsets_and_says_so()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("g.xml"), "<articles><article><text>In Mosul today.</text><locations><location><name>Basra</name><start>3</start><end>8</end><lat>30.5</lat><lon>47.8</lon></location></locations></article></articles>");
        var warnings = new List<string>();
        var doc = ToponymReader.Read(dir.File("g.xml"), "geovirus", warnings).Single();
        Assert.Empty(doc.Toponyms);
        Assert.Contains("'Basra' is not at 3-8", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_AUC_as_Gritta_et_al()
    {
        // Sorted ln(1+km) by trapezoids over ln(20039) × (n − 1): 0 for perfect, 1 for every error maximal.
        Assert.Equal(0, PlaceEvaluation.Auc([0, 0, 0]));
        Assert.Equal(1, PlaceEvaluation.Auc([20039 - 1, 20039 - 1]), 3);
        double expected = (Math.Log(1) + Math.Log(11)) / 2 / Math.Log(20039);
        Assert.Equal(expected, PlaceEvaluation.Auc([0, 10]), 10);
    }

    [Fact]
    public void Scores_recognition_and_geocoding_on_a_GeoWebNews_article()
    {
        var report = new PlaceEvaluation(Some.Pipeline, Some.Resources.Places, Some.Resources.PlaceWords).Evaluate(Read("gwn"), "gwn", new List<string>());
        // Iraqi (a modifier), Mosul and Baghdad found and placed; Zummar missed; Kurdish has no coordinates and counts neither way.
        Assert.Equal((4, 3, 3, 3, 0), (report.Counts["gold"], report.Counts["predicted"], report.Counts["exact"], report.Counts["overlap"], report.Counts["unresolved"]));
        Assert.Equal((1.0, 0.75, 1.0), (report.Scores["precision"], report.Scores["recall"], report.Scores["accuracy_161km"]));
    }

    [Fact]
    public void Counts_an_unresolved_match_as_the_largest_error()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("g.xml"), "<articles><article><text>Gunmen attacked a checkpoint in Qzxwvillea on Monday.</text><locations><location><name>Qzxwvillea</name><start>32</start><end>42</end><lat>10.0</lat><lon>10.0</lon></location></locations></article></articles>");
        var docs = ToponymReader.Read(dir.File("g.xml"), "geovirus", new List<string>());
        var report = new PlaceEvaluation(Some.Pipeline, Some.Resources.Places, Some.Resources.PlaceWords).Evaluate(docs, "geovirus", new List<string>());
        Assert.Equal((1, 0.0, PlaceEvaluation.MaxErrorKm), (report.Counts["unresolved"], report.Scores["accuracy_161km"], report.Scores["mean_error_km"]));
    }
}
