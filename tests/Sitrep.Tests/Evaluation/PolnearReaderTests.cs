using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

/// <summary>PolNeAR brat files: layouts, code point offsets, discontinuous contents and several annotators.</summary>
public sealed class PolnearReaderTests
{
    private static string Text(AttributionDocument d, SpanSet? s) => s is null ? "-" : string.Join(" | ", s.Fragments.Select(f => f.Of(d.Text)));

    [Fact]
    public void Finds_the_article_text_beside_attributions_and_uses_the_first_annotator_by_name()
    {
        var problems = new List<string>();
        var article = PolnearReader.Find([Fixture("polnear")], problems).Single();
        Assert.Empty(problems);
        Assert.Equal("ceasefire-holds", article.Name);
        Assert.Equal(["ceasefire-holds_aaaa.ann", "ceasefire-holds_bbbb.ann"], article.AnnotationPaths.Select(p => Path.GetFileName(p)!).ToArray());
        var doc = PolnearReader.Read(article, problems);
        Assert.Equal("ceasefire-holds_aaaa.ann", Path.GetFileName(doc.AnnotationFile));
        Assert.Equal(4, doc.Attributions.Count);
    }

    [Fact]
    public void Turns_code_point_offsets_after_an_emoji_into_the_right_characters()
    {
        var doc = PolnearReader.Read(PolnearReader.Find([Fixture("polnear")], new List<string>()).Single(), new List<string>());
        var last = doc.Attributions[^1];
        Assert.Equal(("Residents remain cautious", "according to", "-"), (Text(doc, last.Content), Text(doc, last.Cue), Text(doc, last.Source)));
    }

    [Fact]
    public void Reads_sources_cues_and_contents_of_each_attribution()
    {
        var doc = PolnearReader.Read(PolnearReader.Find([Fixture("polnear")], new List<string>()).Single(), new List<string>());
        Assert.Equal(
        [
            ("The ministry", "said", "the ceasefire was holding"),
            ("officials", "confirmed", "no shots were fired overnight"),
            ("Col. Ahmed Saleh", "said", "We are watching every road out of the town,"),
            ("-", "according to", "Residents remain cautious"),
        ], doc.Attributions.Select(a => (Text(doc, a.Source), Text(doc, a.Cue), Text(doc, a.Content))).ToArray());
    }

    [Fact]
    public void Joins_discontinuous_contents_and_Content2_into_one_content()
    {
        var problems = new List<string>();
        var article = PolnearReader.Find([Fixture("brat")], problems).Single();
        var doc = PolnearReader.Read(article, problems);
        Assert.Empty(problems);
        Assert.Equal(
        [
            ("she", "The water is going down, | We will rebuild every house."),
            ("Engineers", "the dam needs repairs | before the winter rains"),
        ], doc.Attributions.Select(a => (Text(doc, a.Source), Text(doc, a.Content))).ToArray());
    }

    [Fact]
    public void Warns_about_an_annotation_whose_text_is_not_at_its_offsets_and_keeps_the_rest()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("story.txt"), "Officials said the road was open.");
        File.WriteAllText(dir.File("story.ann"), "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 32\tthe bridge was open\nT4\tContent 99 120\tbeyond the end\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
        var warnings = new List<string>();
        var doc = PolnearReader.Read(PolnearReader.Find([dir.Path], warnings).Single(), warnings);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.EndsWith("story.ann:3: the annotation's text differs from the article's text at its offsets (scored by offsets).", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.EndsWith("story.ann:4: cannot read the span 'Content 99 120'; left out.", StringComparison.Ordinal));
        Assert.Equal("the road was open", Text(doc, doc.Attributions.Single().Content));
    }

    [Fact]
    public void Names_an_annotation_file_without_its_text()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("orphan.ann"), "T1\tContent 0 4\tWord\n");
        var problems = new List<string>();
        Assert.Empty(PolnearReader.Find([dir.Path], problems));
        Assert.EndsWith("orphan.ann: no text file found for it (looked for NAME.txt beside it and in ../text/).", problems.Single(), StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Some.Fixture("eval", name);
}
