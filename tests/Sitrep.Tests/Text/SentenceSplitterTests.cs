using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = new Document(text);
        new TokenAnnotator(Some.Resources.Abbreviations, Some.Resources.Entities.ClosedClass).Annotate(doc);
        return doc.Sentences.Select(s => doc.TextOf(s.Span)).ToArray();
    }

    [Fact]
    public void Does_not_split_after_titles_and_initials()
    {
        Assert.Equal(["Gen. Vincent Barker met Col. Myles B. Caggins III in Erbil.", "They flew on."],
            Sentences("Gen. Vincent Barker met Col. Myles B. Caggins III in Erbil. They flew on."));
    }

    [Fact]
    public void Keeps_a_closing_quotation_mark_with_its_sentence()
    {
        Assert.Equal(["He said the transfer had been planned for “several months.”", "Kurds disagree."],
            Sentences("He said the transfer had been planned for “several months.” Kurds disagree."));
    }

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_a_sentence_before_a_new_one()
    {
        Assert.Equal(["The troops came from the U.S.", "The base is in Iraq."], Sentences("The troops came from the U.S. The base is in Iraq."));
    }

    [Fact]
    public void Ends_sentences_at_blank_lines_even_without_punctuation()
    {
        Assert.Equal(["In Rudaw", "US-led coalition will still partner with Iraqi forces", "The coalition said so."],
            Sentences("In Rudaw\n\nUS-led coalition will still partner with Iraqi forces\n\nThe coalition said so."));
    }

    [Fact]
    public void Separates_an_agency_dateline_from_the_first_sentence()
    {
        Assert.Equal(["QAMISHLI, Syria, Oct. 14 (Reuters) -", "A Turkish drone strike killed three fighters."],
            Sentences("QAMISHLI, Syria, Oct. 14 (Reuters) - A Turkish drone strike killed three fighters."));
    }

    [Fact]
    public void Separates_a_town_in_capitals_before_a_dash_or_an_agency_from_the_first_sentence()
    {
        Assert.Equal(["BOGOTA -", "Police in Colombia's second-largest city have arrested a California man."],
            Sentences("BOGOTA - Police in Colombia's second-largest city have arrested a California man."));
        Assert.Equal(["JERUSALEM (AP) --", "An Israeli court has set a 60-day deadline."],
            Sentences("JERUSALEM (AP) -- An Israeli court has set a 60-day deadline."));
        // Capitals joined to the next word are no dateline.
        Assert.Equal(["NATO-led forces withdrew."], Sentences("NATO-led forces withdrew."));
    }

    [Fact]
    public void Numbers_paragraphs_for_each_sentence()
    {
        var doc = new Document("One. Two.\n\nThree.");
        new TokenAnnotator(Some.Resources.Abbreviations, Some.Resources.Entities.ClosedClass).Annotate(doc);
        Assert.Equal([0, 0, 1], doc.Sentences.Select(s => s.Paragraph).ToArray());
    }
}
