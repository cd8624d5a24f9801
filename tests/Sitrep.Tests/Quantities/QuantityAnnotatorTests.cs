using Sitrep.Documents;
using Sitrep.Quantities;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quantities;

public sealed class QuantityAnnotatorTests
{
    private static Quantity[] Read(string text, out Sitrep.Documents.Document doc)
    {
        doc = Some.UpTo<QuantityAnnotator>(text, "2020-03-30");
        return doc.Quantities.ToArray();
    }

    [Theory]
    [InlineData("The withdrawal of 300 troops from the base.", "300 troops", 300, "troops", QuantityKind.Count, false)]
    [InlineData("Some 7,500 coalition troops are in Iraq.", "Some 7,500 coalition troops", 7500, "troops", QuantityKind.Count, true)]
    [InlineData("He noted the four billion dollars given.", "four billion dollars", 4_000_000_000, "USD", QuantityKind.Money, false)]
    [InlineData("There have been 20 missile attacks on bases.", "20 missile attacks", 20, "attacks", QuantityKind.Count, false)]
    [InlineData("The aid was worth $4.5 million.", "$4.5 million", 4_500_000, "USD", QuantityKind.Money, false)]
    [InlineData("They paid 300 million Iraqi dinars.", "300 million Iraqi dinars", 300_000_000, "IQD", QuantityKind.Money, false)]
    [InlineData("At least 12 people were wounded.", "At least 12 people", 12, "people", QuantityKind.Count, false)]
    [InlineData("Twenty-five civilians died.", "Twenty-five civilians", 25, "civilians", QuantityKind.Count, false)]
    [InlineData("The convoy drove 40 km north.", "40 km", 40, "km", QuantityKind.Measure, false)]
    [InlineData("Turnout was 44 percent.", "44 percent", 44, "percent", QuantityKind.Percent, false)]
    [InlineData("Troops killed 15 'Islamic State' militants near Haditha.", "15 'Islamic State' militants", 15, "fighters", QuantityKind.Count, false)]
    public void Reads_a_number_with_what_it_counts(string text, string span, double value, string unit, QuantityKind kind, bool approximate)
    {
        var q = Read(text, out var doc).Single();
        Assert.Equal((span, value, unit, kind, approximate), (doc.TextOf(q.Span), q.Value, q.Unit, q.Kind, q.Approximate));
    }

    [Fact]
    public void Reads_hundreds_of_Humvees_and_trucks_as_an_approximate_count_of_at_least_200_vehicles()
    {
        var q = Read("We have transferred hundreds of Humvees and trucks.", out var doc).Single();
        Assert.Equal(("hundreds of Humvees and trucks", 200, "vehicles", true, "at_least", "Humvees and trucks"),
            (doc.TextOf(q.Span), q.Value, q.Unit, q.Approximate, q.Bound, q.Noun));
    }

    [Fact]
    public void Reads_the_third_scaleback_as_an_ordinal()
    {
        var q = Read("It marks the third scaleback of US troops.", out var doc).Single(x => x.Kind == QuantityKind.Ordinal);
        Assert.Equal(("third scaleback", 3, "scaleback"), (doc.TextOf(q.Span), q.Value, q.Unit));
    }

    [Fact]
    public void Keeps_the_word_between_number_and_noun_as_the_modifier()
    {
        var q = Read("Some 7,500 coalition troops are in Iraq.", out _).Single();
        Assert.Equal("coalition", q.Modifier);
    }

    [Theory]
    [InlineData("Suicide bomber kills 15 in attack on Iraq forces", "15", 15, "dead")]
    [InlineData("The blast killed 20, police said.", "20", 20, "dead")]
    [InlineData("Car bomb wounds 30 in Kirkuk", "30", 30, "injured")]
    [InlineData("Gunmen killed 15 soldiers near Mosul.", "15 soldiers", 15, "troops")]
    public void Counts_the_victims_of_a_bare_number_after_a_verb_of_killing_or_wounding(string text, string span, double value, string unit)
    {
        var q = Read(text, out var doc).Single();
        Assert.Equal((span, value, unit), (doc.TextOf(q.Span), q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Iraqi army senior officer killed in Al-Anbar province - military spokesman", "Iraqi army senior officer", "dead")]
    [InlineData("Jihadists execute rights activist in Iraq", "rights activist", "dead")]
    [InlineData("Iraq TV journalist killed north of Baghdad: employer", "Iraq TV journalist", "dead")]
    [InlineData("A soldier was killed in Basra on Monday.", "soldier", "dead")]
    [InlineData("Gunmen wounded a policeman in Kirkuk.", "a policeman", "injured")]
    public void Counts_one_victim_named_by_a_singular_noun_of_people(string text, string span, string unit)
    {
        var q = Read(text, out var doc).Single();
        Assert.Equal((span, 1.0, unit, "casualties"), (doc.TextOf(q.Span), q.Value, q.Unit, q.Category));
    }

    [Theory]
    [InlineData("The officer killed two people in Basra.")]
    [InlineData("Bomb kills police chief of Iraq's troubled Anbar")]
    [InlineData("Gunmen killed policemen and soldiers in Mosul.")]
    [InlineData("A suicide bomber killed 15 in Kabul.")]
    public void Counts_no_one_victim_where_the_noun_acts_or_is_plural_or_not_the_head(string text)
    {
        Assert.DoesNotContain(Read(text, out _), q => q.Value == 1 && q.Category == "casualties");
    }

    [Fact]
    public void Leaves_numbers_that_count_nothing_alone()
    {
        Assert.Empty(Read("Resolution 2254 and COVID-19 were discussed on Sunday.", out _));
    }
}
