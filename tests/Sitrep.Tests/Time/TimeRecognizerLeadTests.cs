using Sitrep.Tests.Support;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>
/// A rule's optional leading words are read behind the word the rule needs (for speed); the span
/// still starts at them, a framing "in"/"for" is still left out, and what they say is still read.
/// </summary>
public sealed class TimeRecognizerLeadTests
{
    private static readonly TimeRecognizer Recognizer = new(Some.Resources.TimeWords);

    private static string Only(string text)
    {
        var found = Assert.Single(Recognizer.Find(text));
        return text.Substring(found.Span.Start, found.Span.Length);
    }

    [Theory]
    [InlineData("Exports fell in early March 2019, the ministry said.", "early March 2019")]
    [InlineData("The factory has been closed since 1998.", "since 1998")]
    [InlineData("The strike went on for about three years.", "about three years")]
    [InlineData("The raid came on Monday, March 30, before dawn.", "on Monday, March 30")]
    [InlineData("Fighting resumed on the 4th of July in Raqqa.", "on the 4th of July")]
    [InlineData("Talks ran from March 3 to 5 in Geneva.", "from March 3 to 5")]
    [InlineData("Output doubled over the past three months.", "over the past three months")]
    [InlineData("The tanker left the port last Thursday.", "last Thursday")]
    [InlineData("Profit rose in the third quarter of 1987.", "the third quarter of 1987")]
    [InlineData("The fund was set up in the year two thousand.", "the year two thousand")]
    public void A_rules_leading_words_are_part_of_its_span(string text, string expected) =>
        Assert.Equal(expected, Only(text));

    [Fact]
    public void What_the_leading_words_say_is_read()
    {
        var since = Assert.Single(Recognizer.Find("The factory has been closed since 1998."));
        Assert.True(since.Spec.Since);
        var last = Assert.Single(Recognizer.Find("The tanker left the port last Thursday."));
        Assert.Equal(-1, last.Spec.Offset);
        var early = Assert.Single(Recognizer.Find("Exports fell in early March 2019."));
        Assert.Equal("START", early.Spec.Mod);
    }

    [Fact]
    public void May_after_in_is_the_month_and_a_spelled_year_needs_its_frame()
    {
        Assert.Equal("May", Only("The vote was held in May."));
        Assert.Empty(Recognizer.Find("They may vote again."));
        Assert.Empty(Recognizer.Find("Nineteen ninety-one people came."));
    }
}
