using System.Text;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Tests.Support;
using Sitrep.Time;

namespace Sitrep.Tests.Reading;

/// <summary>The one rule for the publication date: the report's own date first, --published only where it gives none.</summary>
public sealed class PublicationDateTests
{
    private const string Wire = "BAGHDAD, March 30, 2020 (Reuters) - The US-led coalition handed over K1 Air Base in Kirkuk to the Iraqi army on Sunday, officials said.\n";

    private static Document Extract(string text, DateOnly? fallback) =>
        Some.Pipeline.Run(new DocumentReader(new ReaderOptions { Published = fallback }).Read(Encoding.UTF8.GetBytes(text), "wire.txt"));

    [Fact]
    public void A_dateline_wins_over_the_command_lines_fallback_and_anchors_relative_dates()
    {
        var doc = Extract(Wire, new DateOnly(2020, 1, 15));
        Assert.Equal((new DateOnly(2020, 3, 30), "dateline", "March 30, 2020"), (doc.Source.Published!.Value, doc.Source.PublishedFrom, doc.TextOf(doc.Source.PublishedSpan!.Value)));
        var sunday = Assert.Single(doc.Times, t => doc.TextOf(t.Span).Contains("Sunday", StringComparison.Ordinal));
        Assert.Equal("2020-03-29", sunday.Value);
    }

    [Fact]
    public void The_fallback_anchors_a_report_that_gives_no_date()
    {
        var doc = Extract("The US-led coalition handed over K1 Air Base in Kirkuk to the Iraqi army on Sunday, officials said.\n", new DateOnly(2020, 3, 30));
        Assert.Equal((new DateOnly(2020, 3, 30), "option"), (doc.Source.Published!.Value, doc.Source.PublishedFrom));
        Assert.Equal("2020-03-29", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void A_feed_items_date_wins_over_the_page_and_the_dateline()
    {
        var source = new DocumentSource
        {
            PublishedClaims = [new DateClaim(new DateOnly(2020, 3, 31), "option"), new DateClaim(new DateOnly(2020, 3, 29), "html-metadata"), new DateClaim(new DateOnly(2020, 3, 28), "container")],
        };
        var decided = PublicationDate.Decide(source, new DateClaim(new DateOnly(2020, 3, 27), "dateline"));
        Assert.Equal((new DateOnly(2020, 3, 28), "container"), (decided.Published!.Value, decided.PublishedFrom));
    }

    [Fact]
    public void A_date_stated_outright_on_the_source_stands()
    {
        var decided = PublicationDate.Decide(new DocumentSource { Published = new DateOnly(2013, 2, 1), PublishedClaims = [new DateClaim(new DateOnly(2020, 3, 31), "option")] },
            new DateClaim(new DateOnly(2020, 3, 30), "dateline"));
        Assert.Equal((new DateOnly(2013, 2, 1), "given"), (decided.Published!.Value, decided.PublishedFrom));
    }

    [Fact]
    public void The_builder_rejects_a_stage_that_reads_the_date_before_the_header_stage_sets_it()
    {
        var r = Some.Resources;
        var builder = new PipelineBuilder()
            .Add(new Sitrep.Text.TokenAnnotator(r.Abbreviations, r.Entities.ClosedClass))
            .Add(new TimeAnnotator(new TimeRecognizer(r.TimeWords), r.Quantities.Units))
            .Add(new HeaderAnnotator(r.Outlets));
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal("Stage 'times' needs Metadata, which no earlier stage produces.", e.Message);
    }
}
