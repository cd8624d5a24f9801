using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Lexicons;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Data;

/// <summary>The dictionaries under data/ are reviewed like code: these checks keep them well formed.</summary>
public sealed class DataFileTests
{
    private static string Data(string file) => Path.Combine(Some.RepositoryRoot, "data", file);

    [Theory]
    [InlineData("actors.tsv", "id")]
    [InlineData("places.tsv", "id")]
    [InlineData("facilities.tsv", "id")]
    [InlineData("countries.tsv", "iso2")]
    [InlineData("countries.tsv", "iso3")]
    [InlineData("groups.tsv", "id")]
    public void Ids_are_unique(string file, string column)
    {
        var t = TsvTable.Load(Data(file));
        var ids = t.Rows.Select(r => t.Required(r, column)).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Every_facility_names_its_source_and_coordinates_in_range()
    {
        var t = TsvTable.Load(Data("facilities.tsv"));
        Assert.All(t.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Get(r, "source")));
            Assert.InRange(double.Parse(t.Required(r, "lat"), System.Globalization.CultureInfo.InvariantCulture), -90, 90);
            Assert.InRange(double.Parse(t.Required(r, "lon"), System.Globalization.CultureInfo.InvariantCulture), -180, 180);
        });
    }

    [Fact]
    public void Actor_parents_and_facility_towns_exist()
    {
        var lexicon = Some.Resources.Entities;
        Assert.All(lexicon.Referents.Where(r => r.ParentId is not null), r => Assert.NotNull(lexicon.ById(r.ParentId)));
    }

    [Fact]
    public void Every_event_trigger_maps_to_a_PLOVER_type()
    {
        string[] plover = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
        var t = TsvTable.Load(Data("event-triggers.tsv"));
        Assert.All(t.Rows, r => Assert.Contains(t.Required(r, "type"), plover));
    }

    [Fact]
    public void Covers_the_region_s_states_forces_and_armed_groups()
    {
        var lexicon = Some.Resources.Entities;
        foreach (var id in new[] { "IQ-GOV", "IQ-ISF", "IQ-PESH", "IQ-PMF", "SY-GOV", "SY-SAA", "SY-SDF", "IR-GOV", "IR-IRGC", "TR-GOV", "TR-TAF", "TR-PKK", "IMG-ISIS", "COAL-OIR" })
            Assert.NotNull(lexicon.ById(id));
        Assert.True(lexicon.Referents.Count(r => r.Kind == EntityKind.City && r.Country == "IQ") >= 40);
        Assert.True(lexicon.Referents.Count(r => r.Kind == EntityKind.Country) >= 190);
    }

    [Fact]
    public void Every_speech_verb_has_a_known_kind_and_no_form_twice()
    {
        string[] kinds = ["say", "confirm", "claim", "deny", "believe", "evidence"];
        var t = TsvTable.Load(Data("speech-verbs.tsv"));
        Assert.All(t.Rows, r => Assert.Contains(t.Required(r, "kind"), kinds));
        var forms = t.Rows.Select(r => t.Required(r, "form").ToLowerInvariant()).ToArray();
        Assert.Equal(forms.Length, forms.Distinct().Count());
    }

    [Fact]
    public void Every_speaker_word_belongs_to_one_class()
    {
        var t = TsvTable.Load(Data("speaker-words.tsv"));
        var words = t.Rows.Select(r => t.Required(r, "word").ToLowerInvariant()).ToArray();
        Assert.Equal(words.Length, words.Distinct().Count());
        Assert.NotNull(SpeakerWordsLoaded());
    }

    private static Sitrep.Quotes.SpeakerWords SpeakerWordsLoaded() => Sitrep.Quotes.SpeakerWords.Load(Data("speaker-words.tsv"));
}
