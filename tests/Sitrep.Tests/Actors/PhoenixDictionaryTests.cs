using Sitrep.Tests.Support;
using Sitrep.Documents;
using Sitrep.Conversion;
using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

public class PhoenixDictionaryTests : IDisposable
{
    // Each test's files in a directory of its own, deleted after it.
    private readonly TemporaryDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string text)
    {
        var path = _files.File($"sitrep-phoenix-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_a_group_of_names_with_its_dated_codes_and_skips_an_unreadable_date()
    {
        var path = Write("""
            # comment
            IRAQ_  [IRQ]
            +IRAQI_
            +BAGHDAD
            BARHAM_SALIH_  # CountryInfo.txt
            	[IRQGOV 040801-090831]
            	[IRQOCC 1920030320-20060520]
            ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13
            +ADEN_ISLAMIC_ARMY_
            """);
        var (actors, skipped) = PhoenixDictionary.ReadActors(path);
        Assert.Equal(3, actors.Count);
        Assert.Equal(["IRAQ", "IRAQI", "BAGHDAD"], actors[0].Names);
        Assert.Equal("IRQ", actors[0].Codes.Single().ToString());
        Assert.Equal("IRQGOV@2004-08-01..2009-08-31", actors[1].Codes.Single().ToString());
        Assert.Equal(["ADEN ABYAN ISLAMIC ARMY", "ADEN ISLAMIC ARMY"], actors[2].Names);
        Assert.Single(skipped);
        Assert.Contains("1920030320-20060520", skipped[0]);
    }

    [Fact]
    public void Reads_open_ended_restrictions_in_eight_digit_dates()
    {
        Assert.Equal((null, new DateOnly(2003, 3, 20)), PhoenixDictionary.ParseRestriction("<20030320"));
        Assert.Equal((new DateOnly(2006, 5, 20), null), PhoenixDictionary.ParseRestriction(">20060520"));
        Assert.Equal((new DateOnly(1973, 7, 17), new DateOnly(2007, 7, 23)), PhoenixDictionary.ParseRestriction("730717-070723"));
        Assert.Null(PhoenixDictionary.ParseRestriction(">"));
    }

    [Fact]
    public void Expands_substitution_sets_and_forms_plurals_of_the_head_noun()
    {
        var path = Write("""
            !MINIST! = MINISTER, MINISTRY
            SOLDIER [~MIL]
            POLICE {} [~COP]
            THIEF {THIEVES} [~CRM]
            !MINIST! OF_DEFENCE [~GOVMIL]
            !MINIST! FOR_PUBLIC_SERVICE_AND_AD!MINIST!RATIVE_REFORM [~GOVDEV]
            """);
        var (agents, skipped) = PhoenixDictionary.ReadAgents(path);
        Assert.Equal(["SOLDIER", "SOLDIERS"], agents[0].Forms);
        Assert.Equal("MIL", agents[0].Code);
        Assert.Equal(["POLICE"], agents[1].Forms);
        Assert.Equal(["THIEF", "THIEVES"], agents[2].Forms);
        Assert.Equal(["MINISTER OF DEFENCE", "MINISTERS OF DEFENCE"], agents[3].Forms);
        Assert.Equal(["MINISTRY OF DEFENCE", "MINISTRIES OF DEFENCE"], agents[4].Forms);
        Assert.Equal("GOVMIL", agents[4].Code);
        Assert.Equal(5, agents.Count);
        Assert.Empty(skipped);
    }

    [Fact]
    public void The_converted_files_in_data_match_what_the_converter_writes_from_the_shared_dictionaries()
    {
        var shared = Path.Combine(Support.Some.RepositoryRoot, "..", "shared", "data", "events", "petrarch2");
        Assert.True(Directory.Exists(shared), $"{shared} is needed for this test");
        var outDir = _files.Path;
        var result = PhoenixConverter.Convert(shared, outDir);
        Assert.True(result.Actors > 20_000);
        foreach (var f in new[] { "phoenix-actors.tsv", "phoenix-agents.tsv" })
            Assert.True(File.ReadAllText(Path.Combine(outDir, f)) == File.ReadAllText(Path.Combine(Support.Some.RepositoryRoot, "data", f)), $"data/{f} is stale: run sitrep convert phoenix");
    }

    [Fact]
    public void The_converted_verb_file_in_data_matches_what_the_converter_writes_from_the_shared_dictionary()
    {
        var shared = Path.Combine(Support.Some.RepositoryRoot, "..", "shared", "data", "events");
        var outPath = _files.File("petrarch-verbs.tsv");
        var result = Sitrep.Conversion.PetrarchVerbConverter.Convert(Path.Combine(shared, "petrarch2", "CAMEO.2.0.txt"), Path.Combine(shared, "CAMEO2PLOVER-2021.txt"), outPath);
        Assert.True(result.Blocks > 300);
        Assert.True(File.ReadAllText(outPath) == File.ReadAllText(Path.Combine(Support.Some.RepositoryRoot, "data", "petrarch-verbs.tsv")), "data/petrarch-verbs.tsv is stale: run sitrep convert petrarch-verbs");
    }
}
