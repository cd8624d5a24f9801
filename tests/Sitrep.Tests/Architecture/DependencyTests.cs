using System.Xml.Linq;
using Mono.Cecil;

namespace Sitrep.Tests.Architecture;

/// <summary>
/// The walls between Sitrep's parts: the extraction library knows no storage, feed, console or
/// web; the store knows no command line; no two folders of one project use each other in a loop;
/// the document model uses no stage. Read from the project files and from the compiled IL.
/// </summary>
public sealed class DependencyTests
{
    private static readonly string Root = FindRoot();

    /// <summary>Projects and packages each part may never reference, directly or through the compiled assembly.</summary>
    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "Sitrep.Core", ["Sitrep.Store", "Sitrep.Ingest", "Sitrep.Evaluation", "Sitrep.Cli", "sitrep", "Sitrep.Web", "Npgsql", "Microsoft.Data.Sqlite", "Dapper",
            "CodeHollow.FeedReader", "System.ServiceModel.Syndication", "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore", "NATS",
            "System.Net.Http", "System.Data.Common", "System.Console"] },
        { "Sitrep.Store", ["Sitrep.Ingest", "Sitrep.Evaluation", "Sitrep.Cli", "sitrep", "Sitrep.Web", "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore", "System.Console"] },
        { "Sitrep.Ingest", ["Sitrep.Evaluation", "Sitrep.Cli", "sitrep", "Sitrep.Web", "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore"] },
        // The web process sits on the store's interface and the extraction library, never on SQL or the command line.
        { "Sitrep.Web", ["Sitrep.Evaluation", "Sitrep.Cli", "sitrep", "Npgsql", "Microsoft.Data.Sqlite", "Dapper", "System.CommandLine", "Spectre.Console", "System.Console"] },
        // Workers on a broker sit on the store's interface and the ingest loop, never on SQL, the web or the command line.
        { "Sitrep.Queue", ["Sitrep.Evaluation", "Sitrep.Web", "Sitrep.Cli", "sitrep", "Npgsql", "Microsoft.Data.Sqlite", "Dapper", "System.CommandLine", "Microsoft.AspNetCore", "System.Console"] },
        { "Sitrep.Evaluation", ["Sitrep.Store", "Sitrep.Ingest", "Sitrep.Cli", "sitrep", "Sitrep.Web", "Npgsql", "Microsoft.Data.Sqlite", "Dapper", "System.CommandLine"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void AProjectFileReferencesNothingItsWallForbids(string project, string[] forbidden)
    {
        var found = ProjectReferences(project).Where(r => forbidden.Any(f => Matches(r, f))).ToList();
        Assert.True(found.Count == 0, $"{project}.csproj references {string.Join(", ", found)}, which it may not.");
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void ACompiledAssemblyReferencesNothingItsWallForbids(string project, string[] forbidden)
    {
        using var module = ModuleDefinition.ReadModule(AssemblyPath(project));
        var found = module.AssemblyReferences.Select(a => a.Name).Where(r => forbidden.Any(f => Matches(r, f))).ToList();
        Assert.True(found.Count == 0, $"{project}.dll references {string.Join(", ", found)}, which it may not.");
    }

    [Theory]
    [InlineData("Sitrep.Core")]
    [InlineData("Sitrep.Store")]
    [InlineData("Sitrep.Ingest")]
    [InlineData("Sitrep.Evaluation")]
    [InlineData("Sitrep.Web")]
    [InlineData("Sitrep.Queue")]
    [InlineData("sitrep")]
    public void NoTwoFoldersOfAProjectUseEachOtherInALoop(string assembly)
    {
        var deps = CodeDependencies.Read(AssemblyPath(assembly));
        var cycles = deps.Cycles();
        Assert.True(cycles.Count == 0, $"{assembly}: folders in a loop: " + string.Join(" | ", cycles.Select(deps.Describe)));
    }

    [Fact]
    public void TheDocumentModelUsesNoStage()
    {
        var deps = CodeDependencies.Read(AssemblyPath("Sitrep.Core"));
        var uses = deps.Edges["Sitrep.Documents"];
        Assert.True(uses.Count == 0, "Documents uses " + string.Join(", ", uses.Select(u => $"{u.Key} ({u.Value})")));
    }

    [Fact]
    public void EveryFolderOfTheCoreIsSeenByTheCheck()
    {
        // The checks above are only as good as the namespaces they see: every folder of
        // src/Sitrep.Core with code is a namespace of the compiled assembly.
        var deps = CodeDependencies.Read(AssemblyPath("Sitrep.Core"));
        var folders = Directory.GetDirectories(Path.Combine(Root, "src", "Sitrep.Core"))
            .Where(d => Directory.EnumerateFiles(d, "*.cs").Any()).Select(d => "Sitrep." + Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, deps.Namespaces.Where(n => folders.Contains(n)).Order(StringComparer.Ordinal).ToList());
        Assert.Contains("Sitrep.Documents", folders);
    }

    [Fact]
    public void ALoopBetweenTwoFoldersIsFound()
    {
        // The check itself must be able to fail: the test assembly has a deliberate loop
        // between two namespaces of its own (Architecture/LoopFixture.cs).
        var deps = CodeDependencies.Read(typeof(DependencyTests).Assembly.Location);
        var loop = Assert.Single(deps.Cycles(), c => c.Contains("Sitrep.Tests.Architecture.LoopA"));
        Assert.Equal(["Sitrep.Tests.Architecture.LoopA", "Sitrep.Tests.Architecture.LoopB"], loop);
    }

    private static bool Matches(string reference, string forbidden) =>
        reference.Equals(forbidden, StringComparison.Ordinal) || reference.StartsWith(forbidden + ".", StringComparison.Ordinal);

    /// <summary>Package ids and referenced projects' names of one project file.</summary>
    private static IEnumerable<string> ProjectReferences(string project)
    {
        var xml = XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"));
        foreach (var e in xml.Descendants())
        {
            var include = e.Attribute("Include")?.Value;
            if (include is null) continue;
            if (e.Name.LocalName is "PackageReference" or "FrameworkReference" or "Reference") yield return include;
            else if (e.Name.LocalName == "ProjectReference") yield return Path.GetFileNameWithoutExtension(include);
        }
    }

    private static string AssemblyPath(string assembly) => Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sitrep.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
