using Sitrep.Documents;
using Sitrep.Reading;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Reading;

public sealed class HeaderAnnotatorTests
{
    [Fact]
    public void Reads_an_In_Outlet_line_and_a_headline()
    {
        var doc = Some.UpTo<HeaderAnnotator>("In Kurdistan 24\n\nPeshmerga and Iraqi army open joint centres\n\nThe two forces agreed on Sunday.");
        Assert.Equal(("Kurdistan 24", "Peshmerga and Iraqi army open joint centres"), (doc.Source.Outlet, doc.Source.Title));
    }

    [Fact]
    public void Reads_the_agency_of_a_dateline()
    {
        var doc = Some.UpTo<HeaderAnnotator>("BAGHDAD, March 29 (Reuters) - Rockets hit the Green Zone.");
        Assert.Equal(("Reuters", "Reuters"), (doc.Source.Outlet, doc.TextOf(doc.Source.OutletSpan!.Value)));
    }

    [Fact]
    public void Does_not_take_a_first_sentence_for_a_headline()
    {
        var doc = Some.UpTo<HeaderAnnotator>("Rockets hit the Green Zone on Sunday.\n\nNo one was hurt.");
        Assert.Null(doc.Source.Title);
    }
}
