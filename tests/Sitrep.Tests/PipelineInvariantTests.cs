using Sitrep.Documents;
using Sitrep.Lexicons;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests;

/// <summary>Properties every result must have, on every report we have: spans inside the text, references that resolve.</summary>
public sealed class PipelineInvariantTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Some.Fixture("reports"), "*.txt").Order()) data.Add(f);
        data.Add(Some.SeedPath);
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_span_in_the_JSON_lies_in_the_text_and_quotes_it_exactly(string path)
    {
        var doc = Some.Report(File.ReadAllText(path), "2020-03-30", path);
        using var json = JsonDocument.Parse(SitrepJsonWriter.ToJson(doc));
        int spans = 0;
        Walk(json.RootElement, span =>
        {
            int start = span.GetProperty("start").GetInt32(), length = span.GetProperty("length").GetInt32();
            Assert.InRange(start, 0, doc.Text.Length);
            Assert.InRange(start + length, start, doc.Text.Length);
            Assert.Equal(doc.Text.Substring(start, length), span.GetProperty("text").GetString());
            spans++;
        });
        Assert.True(spans > 5);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_reference_points_at_an_item_of_the_same_document(string path)
    {
        var doc = Some.Report(File.ReadAllText(path), "2020-03-30", path);
        var entities = doc.Entities.Select(e => e.Id).ToHashSet();
        var quantities = doc.Quantities.Select(q => q.Id).ToHashSet();
        var times = doc.Times.Select(t => t.Id).ToHashSet();
        var claims = doc.Claims.Select(c => c.Id).ToHashSet();
        var quotes = doc.Quotes.Select(q => q.Id).ToHashSet();
        Assert.All(doc.Entities, e => Assert.Contains(doc.Mentions, m => m.EntityId == e.Id));
        Assert.All(doc.Mentions.Where(m => m.EntityId is not null), m => Assert.Contains(m.EntityId!, entities));
        Assert.All(doc.Events, e =>
        {
            foreach (var id in new[] { e.ActorId, e.TargetId, e.RecipientId, e.PlaceId, e.ClaimedById }.Concat(e.AssociatedActorIds))
                if (id is not null) Assert.Contains(id, entities);
            Assert.All(e.Quantities, q => Assert.Contains(q.QuantityId, quantities));
            if (e.Date?.TimeId is { } t) Assert.Contains(t, times);
            if (e.ClaimId is { } c) Assert.Contains(c, claims);
            if (e.DeniedByClaimId is { } d) Assert.Contains(d, claims);
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, s => Assert.True(s.Contains(e.Trigger) || e.Evidence.Any(x => x.Contains(e.Trigger))));
        });
        Assert.All(doc.Quotes, q =>
        {
            if (q.SpeakerId is not null) Assert.Contains(q.SpeakerId, entities);
            if (q.TimeId is not null) Assert.Contains(q.TimeId, times);
            Assert.True(q.Span.Contains(q.Content));
        });
        Assert.All(doc.Claims, c =>
        {
            if (c.ById is not null) Assert.Contains(c.ById, entities);
            if (c.QuoteId is not null) Assert.Contains(c.QuoteId, quotes);
            if (c.DeniesId is not null) Assert.Contains(c.DeniesId, claims);
        });
    }

    [Fact]
    public void Refuses_to_build_a_pipeline_whose_stages_are_out_of_order()
    {
        var r = Some.Resources;
        var builder = new PipelineBuilder()
            .Add(new Sitrep.Entities.MentionResolver(r.Entities))
            .Add(new TokenAnnotator(r.Abbreviations, r.Entities.ClosedClass));
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal("Stage 'entities/resolve' needs MentionCandidates, which no earlier stage produces.", e.Message);
    }

    [Fact]
    public void Names_the_stage_and_the_input_when_a_stage_fails()
    {
        var pipeline = new PipelineBuilder().Add(new Failing()).Build();
        var e = Assert.Throws<PipelineException>(() => pipeline.Run(new Document("x", new DocumentSource { InputName = "report.txt" })));
        Assert.Equal("report.txt: stage 'failing' failed: boom", e.Message);
    }

    [Fact]
    public void Gives_the_same_result_for_the_same_input()
    {
        var text = File.ReadAllText(Some.SeedPath);
        Assert.Equal(SitrepJsonWriter.ToJson(Some.Report(text, "2020-03-30")), SitrepJsonWriter.ToJson(Some.Report(text, "2020-03-30")));
    }

    [Fact]
    public void Runs_documents_in_parallel_with_one_pipeline()
    {
        var texts = Directory.GetFiles(Some.Fixture("reports"), "*.txt").Select(File.ReadAllText).ToArray();
        var sequential = texts.Select(t => SitrepJsonWriter.ToJson(Some.Report(t, "2020-03-30"))).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(t => SitrepJsonWriter.ToJson(Some.Report(t, "2020-03-30"))).ToArray();
        Assert.Equal(sequential, parallel);
    }

    private sealed class Failing : IAnnotator
    {
        public string Name => "failing";
        public Layer Requires => Layer.None;
        public Layer Produces => Layer.None;
        public void Annotate(Document document) => throw new InvalidOperationException("boom");
    }

    private static void Walk(JsonElement e, Action<JsonElement> onSpan)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("start", out _) && e.TryGetProperty("length", out _) && e.TryGetProperty("text", out _)) onSpan(e);
            foreach (var p in e.EnumerateObject()) Walk(p.Value, onSpan);
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) Walk(x, onSpan);
        }
    }
}
