using Sitrep.Documents;
using System.Text;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

/// <summary>
/// docs/examples holds the seed's JSON and text report as sitrep prints them, so a change that
/// alters the output shows in review as a diff of those files. Regenerate them with
/// SITREP_UPDATE_EXAMPLES=1 ./test.sh.
/// </summary>
public sealed class ExampleFilesTests
{
    [Theory]
    [InlineData("json", "seed.sitrep.json")]
    [InlineData("text", "seed.report.txt")]
    public void The_documented_example_is_what_sitrep_prints_today(string format, string file)
    {
        var output = new StringWriter();
        // The input is named as the README's commands name it, so the example reads the same.
        Directory.SetCurrentDirectory(Some.RepositoryRoot);
        int code = SitrepCli.Run(["extract", Path.Combine("tests", "fixtures", "seed", "000_0eeb8bb35cc91d89.txt"), "--published", "2020-03-30", "--format", format],
            output, new StringWriter(), () => Stream.Null);
        Assert.Equal(0, code);
        var path = Path.Combine(Some.RepositoryRoot, "docs", "examples", file);
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_EXAMPLES") == "1") File.WriteAllText(path, output.ToString(), new UTF8Encoding(false));
        Assert.Equal(File.ReadAllText(path), output.ToString());
    }
}
