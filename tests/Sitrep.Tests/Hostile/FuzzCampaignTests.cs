using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// A short, seeded run of the hostile-input campaign in every test run (the long one:
/// <c>scripts/fuzz.sh</c>). SITREP_FUZZ_SEED replays another seed, SITREP_FUZZ_COUNT runs more.
/// </summary>
public sealed class FuzzCampaignTests(ITestOutputHelper output)
{
    [Fact]
    public void Generated_hostile_inputs_are_extracted_or_refused_with_a_reason_and_never_crash_extract_or_ingest()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_SEED"), out var s) ? s : 20261203;
        int count = int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_COUNT"), out var n) ? n : 240;
        using var dir = new TemporaryDirectory();
        var figures = FuzzCampaign.Run(Some.Resources, HostileInputs.Articles(Some.RepositoryRoot, 4), count, seed, ingestCount: Math.Max(30, count / 5), dir.Path);
        output.WriteLine(figures.ToString());
        Assert.True(figures.Defects.Count == 0, figures.ToString());
        Assert.Equal(count, figures.Extracted + figures.Refused);
        // No generated input comes near the 30 s per report the campaign allows.
        Assert.Equal(0, figures.OverBudget);
        Assert.True(figures.IngestStored > 0, figures.ToString());
        // Ingest again: everything is already stored.
        Assert.Equal(0, figures.IngestStoredOnRerun);
    }
}
