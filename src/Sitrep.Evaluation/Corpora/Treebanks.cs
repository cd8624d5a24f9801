namespace Sitrep.Corpora;

/// <summary>
/// The treebanks in the shared data and how Sitrep uses them: GUM's train and test documents and
/// UD English-EWT's dev part to train; GUM's dev documents to tune (never trained on); EWT's test
/// part to report.
/// </summary>
public static class Treebanks
{
    public static string GumDirectory(string shared) => Path.Combine(shared, "syntax", "gum", "dep");

    public static string EwtDev(string shared) => Path.Combine(shared, "syntax", "ewt", "en_ewt-ud-dev.conllu");

    public static string EwtTest(string shared) => Path.Combine(shared, "syntax", "ewt", "en_ewt-ud-test.conllu");

    /// <summary>The documents listed under "## dev" in GUM's splits.md.</summary>
    public static HashSet<string> GumDev(string shared) => GumDevOf(Path.Combine(shared, "syntax", "gum", "splits.md"));

    /// <summary>The documents listed under "## dev" in a splits.md file.</summary>
    public static HashSet<string> GumDevOf(string splitsFile)
    {
        var dev = new HashSet<string>(StringComparer.Ordinal);
        bool inDev = false;
        foreach (var line in File.ReadLines(splitsFile))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) inDev = line.Trim() == "## dev";
            else if (inDev && line.Trim().StartsWith("* ", StringComparison.Ordinal)) dev.Add(line.Trim()[2..].Trim());
        }
        return dev;
    }

    /// <summary>GUM's files, split into those to train on and the dev files, in name order.</summary>
    public static (List<string> Train, List<string> Dev) GumFiles(string shared)
    {
        var dev = GumDev(shared);
        var files = Directory.GetFiles(GumDirectory(shared), "*.conllu").Order(StringComparer.Ordinal).ToList();
        return (files.Where(f => !dev.Contains(Path.GetFileNameWithoutExtension(f))).ToList(), files.Where(f => dev.Contains(Path.GetFileNameWithoutExtension(f))).ToList());
    }
}
