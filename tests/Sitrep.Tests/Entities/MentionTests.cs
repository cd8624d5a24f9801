using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Entities;

/// <summary>Which words become mentions, and of what, after the finders and the resolver.</summary>
public sealed class MentionTests
{
    private static (string Text, EntityKind Kind, string? Referent)[] Mentions(string text, string published = "2020-03-30")
    {
        var doc = Some.UpTo<MentionResolver>(text, published);
        return doc.Mentions.Where(m => !m.Nested).Select(m => (doc.TextOf(m.Span), m.Kind, m.Referent?.Id)).ToArray();
    }

    [Fact]
    public void Finds_actors_by_name_alias_and_acronym()
    {
        Assert.Equal(
        [
            ("Popular Mobilization Forces", EntityKind.ArmedGroup, "IQ-PMF"), ("PMF", EntityKind.ArmedGroup, "IQ-PMF"),
            ("Hashd al-Shaabi", EntityKind.ArmedGroup, "IQ-PMF"), ("ISIS", EntityKind.ArmedGroup, "IMG-ISIS"), ("Daesh", EntityKind.ArmedGroup, "IMG-ISIS"),
        ], Mentions("The Popular Mobilization Forces (PMF), known as Hashd al-Shaabi, fought ISIS, also called Daesh."));
    }

    [Fact]
    public void Matches_acronyms_only_in_capitals()
    {
        Assert.DoesNotContain(Mentions("He told us that is what he saw."), m => m.Referent is "C-US" or "IMG-ISIS");
    }

    [Fact]
    public void Reads_demonym_and_force_noun_as_that_state_s_forces()
    {
        Assert.Equal(
        [
            ("Egyptian army", EntityKind.Military, "EG-MIL-ARMY"), ("Turkish troops", EntityKind.Military, "TR-TAF"), ("Iraqi army", EntityKind.Military, "IQ-ARMY"),
        ], Mentions("The Egyptian army, Turkish troops and the Iraqi army took part."));
    }

    [Fact]
    public void Reads_a_region_s_adjective_as_no_country_s_demonym()
    {
        var mentions = Mentions("Central American migrants reached the border. Latin American leaders met in Lima.");
        Assert.DoesNotContain(mentions, m => m.Referent is "C-US" or "US-GOV" || m.Kind == EntityKind.Region);
        Assert.Equal(["GRP-LATIN-AMERICANS", "GRP-LATIN-AMERICANS"], mentions.Where(m => m.Text.EndsWith("American", StringComparison.Ordinal)).Select(m => m.Referent));
    }

    [Fact]
    public void Splits_coordinated_demonyms_into_one_mention_each()
    {
        Assert.Equal(
        [
            ("Iraqi", EntityKind.Military, "IQ-ISF"), ("Kurdish forces", EntityKind.ArmedGroup, "IQ-PESH"),
        ], Mentions("The coalition will partner with Iraqi and Kurdish forces in Kirkuk.").Where(m => m.Kind != EntityKind.City).ToArray());
    }

    [Fact]
    public void Reads_Kurdish_forces_by_the_country_the_report_is_about()
    {
        Assert.Contains(("Kurdish forces", EntityKind.ArmedGroup, "SY-SDF"), Mentions("In Raqqa and Hasakah, Kurdish forces clashed with rebels in northern Syria."));
        Assert.Contains(("Kurdish forces", EntityKind.ArmedGroup, "IQ-PESH"), Mentions("In Kirkuk and Erbil, Kurdish forces took positions in northern Iraq."));
    }

    [Fact]
    public void Ends_an_institution_s_name_at_its_head_unless_a_connector_goes_on()
    {
        var found = Mentions("The Zambian Foreign Ministry Saturday thanked the Supreme Council for Islamic Affairs.").Select(m => m.Text).ToArray();
        Assert.Contains("Zambian Foreign Ministry", found);
        Assert.Contains("Supreme Council for Islamic Affairs", found);
        Assert.DoesNotContain(found, m => m.Contains("Saturday", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_country_s_possessive_institution_as_that_state_s_body()
    {
        Assert.Contains(("Iraq's Ministry of Defence", EntityKind.Government, "IQ-MOD"), Mentions("Iraq's Ministry of Defence denied the report."));
    }

    [Fact]
    public void Reads_Iranian_proxy_groups_as_armed_groups_backed_by_Iran()
    {
        var doc = Some.UpTo<MentionResolver>("Rockets were fired by Russian-backed fighters and Iranian proxy groups.", "2020-03-30");
        Assert.Equal([("Russian-backed fighters", "RU"), ("Iranian proxy groups", "IR")],
            doc.Mentions.Select(m => (doc.TextOf(m.Span), m.Referent!.Backer)).ToArray());
    }

    [Theory]
    [InlineData("Gen. Vincent Barker flew to the base.", "Gen. Vincent Barker", "General", "Vincent", "Barker")]
    [InlineData("Colonel Myles B. Caggins III said so.", "Colonel Myles B. Caggins III", "Colonel", "Myles", "Caggins")]
    [InlineData("Iraqi Prime Minister Mustafa al-Kadhimi visited.", "Prime Minister Mustafa al-Kadhimi", "Prime Minister", "Mustafa", "al-Kadhimi")]
    [InlineData("The attack was condemned, said Mohammed Fazel.", "Mohammed Fazel", null, "Mohammed", "Fazel")]
    [InlineData("Ahmed Mulla Talal, a spokesman, said it was calm.", "Ahmed Mulla Talal", null, "Ahmed", "Talal")]
    [InlineData("The plan was drafted by spokesman Farhad Shami.", "Farhad Shami", null, "Farhad", "Shami")]
    public void Finds_persons_from_titles_given_names_roles_and_speech(string text, string span, string? title, string given, string family)
    {
        var doc = Some.UpTo<MentionResolver>(text, "2020-03-30");
        var m = doc.Mentions.Single(x => x.Kind == EntityKind.Person);
        Assert.Equal((span, title, given, family), (doc.TextOf(m.Span), m.Person!.Title, m.Person.Given, m.Person.Family));
    }

    [Fact]
    public void Does_not_read_places_or_organisations_as_persons()
    {
        Assert.DoesNotContain(Mentions("Abu Dhabi hosted the Supreme Judicial Council in Tal Afar."), m => m.Kind == EntityKind.Person);
    }

    [Fact]
    public void Finds_unknown_organisations_and_places_by_their_shape()
    {
        Assert.Equal(
        [
            ("Supreme Judicial Council", EntityKind.Organisation, null), ("Hamam al-Alil", EntityKind.City, null),
        ], Mentions("The Supreme Judicial Council met in Hamam al-Alil.").Select(m => (m.Text, m.Kind, (string?)null)).ToArray());
    }

    [Fact]
    public void Finds_regions_by_compass_and_facilities_by_their_town()
    {
        Assert.Equal(
        [
            ("northeast Syria", EntityKind.Region), ("Taji base", EntityKind.Facility), ("western Iraq", EntityKind.Region),
        ], Mentions("Forces left northeast Syria for Taji base in western Iraq.").Select(m => (m.Text, m.Kind)).ToArray());
    }

    [Fact]
    public void Reads_a_place_of_two_words_joined_to_based_as_the_place_not_a_person_or_its_first_word()
    {
        var mentions = Mentions("The claim is against Los Angeles-based brokerage Wedbush Securities, and an Abu Dhabi-based fund joined a London-based bank.");
        Assert.Contains(("Los Angeles", EntityKind.Place, null), mentions);
        Assert.Contains(("Abu Dhabi", EntityKind.Place, null), mentions);
        Assert.DoesNotContain(mentions, m => m.Text is "Los" || m.Kind == EntityKind.Person);
        // After "in" too: the locative pattern leaves the name to the hyphenated one.
        Assert.Contains(("Los Angeles", EntityKind.Place, null), Mentions("Shares rose in Los Angeles-based firms on Monday."));
        // A Korean given name's lower-case second syllable is no participle: "Ban Ki-moon" stays one person.
        Assert.Contains(Mentions("Secretary-General Ban Ki-moon spoke on Monday."), m => m.Kind == EntityKind.Person && m.Text.EndsWith("Ban Ki-moon"));
    }

    [Fact]
    public void Reads_the_place_after_a_word_of_who_holds_it_but_no_town_after_a_firm_s_base()
    {
        // A town no dictionary knows, found by the locative pattern past the modifier.
        Assert.Contains(("Enerhodar", EntityKind.City, null), Mentions("Shelling hit homes in Russian-occupied Enerhodar on Monday."));
        Assert.DoesNotContain(Mentions("Fighting raged in Kurdish-held Kobani on Monday."), m => m.Text.Contains("Kurdish-held"));
        Assert.DoesNotContain(Mentions("Shares in Ireland-based Elan lost 70%."), m => m.Kind.IsPlace());
    }

    [Fact]
    public void Requires_a_place_preposition_for_names_that_are_common_words()
    {
        Assert.DoesNotContain(Mentions("Hit the road, he said."), m => m.Referent == "IQ-HIT");
        Assert.Contains(("Hit", EntityKind.City, "IQ-HIT"), Mentions("Clashes broke out in Hit on Sunday."));
    }
}
