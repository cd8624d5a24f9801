using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ner;

/// <summary>How the trained tagger's names merge with what the dictionaries and rules found.</summary>
public sealed class NerAnnotatorTests
{
    private static (string Entity, EntityKind Kind, string Mention, int Start, string DecidedBy)[] Names(string text)
    {
        var doc = Some.Report(text, "2020-03-30");
        return doc.Entities.SelectMany(e => doc.Mentions.Where(m => m.EntityId == e.Id && m.Form == MentionForm.Name)
            .Select(m => (e.Name, e.Kind, doc.TextOf(m.Span), m.Span.Start, m.DecidedBy))).ToArray();
    }

    [Fact]
    public void Finds_a_person_no_dictionary_lists()
    {
        Assert.Contains(("Melanne Verveer", EntityKind.Person, "Melanne Verveer", 39, "entities/ner:PER"),
            Names("Secretary of State Hillary Clinton met Melanne Verveer in Washington on Tuesday."));
    }

    [Fact]
    public void Leaves_who_holds_a_place_out_of_the_places_name()
    {
        // UCDP headlines: the tagger read "Islamic State-controlled Mosul" as an organisation and "IS-held Fallujah" as one place.
        var mosul = Some.Report("Kurdish forces fire into Islamic State-controlled Mosul", "2015-02-01");
        var fire = Assert.Single(mosul.Events);
        Assert.Equal(("Mosul", EntityKind.City), (mosul.NameOf(fire.PlaceId), mosul.Entity("Mosul").Kind));
        Assert.DoesNotContain(mosul.Entities, e => e.Name.Contains("controlled", StringComparison.Ordinal));
        var fallujah = Some.Report("Iraqi officials: Suicide attacks, clashes kill 17 government troops outside IS-held Fallujah", "2015-02-01");
        Assert.Equal("Fallujah", fallujah.NameOf(Assert.Single(fallujah.Events).PlaceId));
    }

    [Fact]
    public void Leaves_a_title_s_words_to_the_person_rule()
    {
        var names = Names("Secretary of State Hillary Clinton met Melanne Verveer in Washington on Tuesday.");
        Assert.Contains(("Hillary Clinton", EntityKind.Person, "Secretary of State Hillary Clinton", 0, "entities/persons:title"), names);
        Assert.DoesNotContain(names, n => n.Mention == "State");
    }

    [Fact]
    public void Reads_a_dictionary_word_inside_a_person_s_name_as_part_of_the_name()
    {
        var names = Names("Police arrested Ines Wagner in Buenos Aires on Monday.");
        Assert.Contains(("Ines Wagner", EntityKind.Person, "Ines Wagner", 16, "entities/ner:PER"), names);
        Assert.DoesNotContain(names, n => n.Entity == "Wagner Group");
    }

    [Fact]
    public void Gives_the_same_words_the_reading_the_model_gave_them_elsewhere_in_the_document()
    {
        Assert.Equal(
        [
            ("Zorlu Holding", EntityKind.Organisation, "Zorlu Holding", 10, "entities/ner:ORG:same-name"),
            ("Zorlu Holding", EntityKind.Organisation, "Zorlu Holding", 63, "entities/ner:ORG"),
        ], Names("Shares of Zorlu Holding fell 3 percent in Istanbul on Monday.\n\nZorlu Holding said demand had weakened.").Where(n => n.Entity == "Zorlu Holding"));
        Assert.DoesNotContain(Names("Shares of Zorlu Holding fell 3 percent in Istanbul on Monday.\n\nZorlu Holding said demand had weakened."), n => n.Kind == EntityKind.Person);
    }

    [Fact]
    public void Takes_a_sentence_initial_common_word_as_the_name_read_in_another_sentence()
    {
        var names = Names("Shares of Apple fell 3 percent in New York on Monday after the company cut its forecast.\n\nApple said demand for its phones in China had weakened. Rockets hit the city overnight.");
        Assert.Equal([10, 90], names.Where(n => n.Entity == "Apple").Select(n => n.Start));
        Assert.DoesNotContain(names, n => n.Mention == "Rockets");
    }
}
