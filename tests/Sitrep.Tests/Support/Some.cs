using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Text;

namespace Sitrep.Tests.Support;

/// <summary>Builders for tests: the shared resources and pipeline, documents run through it, and fixture paths.</summary>
public static class Some
{
    private static readonly Lazy<SitrepResources> LazyResources = new(() => SitrepResources.Load());
    private static readonly Lazy<SitrepPipeline> LazyPipeline = new(() => SitrepPipelines.Default(Resources));

    public static SitrepResources Resources => LazyResources.Value;

    public static SitrepPipeline Pipeline => LazyPipeline.Value;

    /// <summary>A report run through the whole pipeline.</summary>
    public static Document Report(string text, string? published = null, string name = "test.txt")
    {
        var doc = new Document(text, new DocumentSource { InputName = name, Published = published is null ? null : DateOnly.Parse(published) });
        return Pipeline.Run(doc);
    }

    /// <summary>A document with only the stages up to and including the given one.</summary>
    public static Document UpTo<T>(string text, string? published = null) where T : IAnnotator
    {
        var doc = new Document(text, new DocumentSource { Published = published is null ? null : DateOnly.Parse(published) });
        foreach (var stage in Pipeline.Stages)
        {
            stage.Annotate(doc);
            if (stage is T) break;
        }
        return doc;
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("Sitrep.slnx not found above the test binaries.");
        }
    }

    public static string Fixture(params string[] parts) => Path.Combine([RepositoryRoot, "tests", "fixtures", .. parts]);

    public static string SeedPath => Fixture("seed", "000_0eeb8bb35cc91d89.txt");

    public static Document Seed() => Report(File.ReadAllText(SeedPath), "2020-03-30", SeedPath);

    public static Entity Entity(this Document doc, string name) =>
        doc.Entities.Single(e => e.Name == name);

    public static string? NameOf(this Document doc, string? entityId) =>
        entityId is null ? null : doc.Entities.Single(e => e.Id == entityId).Name;

    public static IEnumerable<string> MentionTexts(this Document doc, Entity e) =>
        doc.Mentions.Where(m => m.EntityId == e.Id).Select(m => doc.TextOf(m.Span));

    public static string Text(this Document doc, TextSpan span) => doc.TextOf(span);

    public static string? QuantityText(this Document doc, Event e, string role) =>
        e.Quantities.FirstOrDefault(q => q.Role == role) is { } q ? doc.TextOf(doc.Quantities.Single(x => x.Id == q.QuantityId).Span) : null;

    public static string? TimeValue(this Document doc, Event e) => e.Date?.Value;
}
