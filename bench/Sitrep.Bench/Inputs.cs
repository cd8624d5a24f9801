using Sitrep.Documents;
namespace Sitrep.Bench;

/// <summary>Finds the repository's test reports (the seed and the ten fixtures) from wherever the benchmark runs.</summary>
public static class Inputs
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("Run the benchmarks from inside the Sitrep repository.");
        }
    }

    public static string Seed => File.ReadAllText(Path.Combine(Root, "tests", "fixtures", "seed", "000_0eeb8bb35cc91d89.txt"));

    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>
    /// The first articles of each BBC News section in ../shared/data (read from there, never
    /// copied into the repository), or the seed and the test reports when the shared data is absent.
    /// </summary>
    public static IReadOnlyList<string> NewsSample(int perSection)
    {
        var bbc = Path.Combine(Root, "..", "shared", "data", "corpora", "bbc", "data_raw");
        if (Directory.Exists(bbc))
            return Directory.EnumerateDirectories(bbc).Order(StringComparer.Ordinal)
                .SelectMany(section => Directory.EnumerateFiles(section, "*.txt").Order(StringComparer.Ordinal).Take(perSection)).ToList();
        return [Path.Combine(Root, "tests", "fixtures", "seed", "000_0eeb8bb35cc91d89.txt"),
            .. Directory.EnumerateFiles(Path.Combine(Root, "tests", "fixtures", "reports"), "*.txt").Order(StringComparer.Ordinal)];
    }
}
