using Sitrep.Documents;
using Sitrep.Conversion;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

public sealed class PetrarchVerbsTests : IDisposable
{
    // Each test's files in a directory of its own, deleted after it.
    private readonly TemporaryDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string text)
    {
        var path = _files.File($"sitrep-cameo-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_verb_blocks_with_their_forms_codes_and_object_patterns()
    {
        var path = Write("""
            ####### SYNONYM SETS #######
            &TREATY
            +TREATY
            +PACT

            ####### VERB PATTERNS #######
            ---  RE_ESTABLISH   [---]  ---
            REOPEN
            RESTORE
            - * &TREATY                                           [030:030]     # REESTABLISH
            - * {DIPLOMATIC TIES}                                 [050]         # RESTORE
            - &MILITARY * EXERCISES                               [154]
            - * $ (TO BORDER)                                     [154]

            ---  ASK   [---]  ---
            +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
            QUERY {QUERYING QUERIES QUERIED}
            """);
        var reading = PetrarchVerbs.Read(path);
        var restore = reading.Blocks[0];
        Assert.Equal("RE_ESTABLISH", restore.Name);
        Assert.Null(restore.Code);
        Assert.Equal(["reopen", "reopens", "reopened", "reopening", "restore", "restores", "restored", "restoring"], restore.Forms);
        Assert.Equal(["treaty/pact → 030", "diplomatic ties → 050"], restore.Patterns.Select(p => $"{p} → {p.Code}"));
        Assert.Equal(2, reading.PatternsLeftOut);
        Assert.Equal(["ask for", "asked for", "asking for", "asks for"], reading.Blocks.Single(b => b.Name == "ASK/ASK_FOR").Forms);
        Assert.Equal("020", reading.Blocks.Single(b => b.Name == "ASK/ASK_FOR").Code);
    }

    [Fact]
    public void Maps_a_cameo_code_to_plover_by_its_nearest_listed_ancestor()
    {
        var map = CameoToPlover.Read(Path.Combine(Some.RepositoryRoot, "..", "shared", "data", "events", "CAMEO2PLOVER-2021.txt"));
        Assert.Equal(("RETREAT", "disarm"), CameoToPlover.Lookup(map, "0874"));
        Assert.Equal(("ASSAULT", "firearms"), CameoToPlover.Lookup(map, "193"));
        Assert.Null(CameoToPlover.Lookup(map, "010"));
    }
}
