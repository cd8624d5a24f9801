using Sitrep.Documents;
namespace Sitrep.Evaluation;

/// <summary>The files an eval command reads: files as given, directories searched for the extension.</summary>
public static class GoldFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, string extension)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else throw new FileNotFoundException($"{path}: no such file or directory.");
        }
        return files;
    }
}
