using Sitrep.Tests.Hostile;
using Sitrep.Tests.Support;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>The rules' cues only skip work: a report searched with them yields exactly what a search of every rule yields.</summary>
public sealed class TimeRecognizerCueTests
{
    [Fact]
    public void Skipping_rules_by_their_cues_finds_the_same_times_in_real_reports()
    {
        var words = Some.Resources.TimeWords;
        var cued = new TimeRecognizer(words);
        var full = new TimeRecognizer(words, skipByCues: false);
        // BBC News from ../shared/data where it is present (else the repository's own reports), and
        // sentences that hold a time of every rule, each alone so that its cue is the one deciding.
        string[] samples =
        [
            "The deal was signed on 2020-03-29.", "The deal was signed on 29/03/2020.", "The talks ran from March 3-5, 2020.", "The raids came 3 to 5 March.", "between January and March 2019", "from 2015-2017",
            "at 10 a.m. on Monday", "Monday at noon", "on 29 March 2020", "on March 29, 2020", "March this year", "in early March 2019",
            "every Monday", "Mondays", "last March", "on Sunday morning", "early this morning", "three days ago", "the following day",
            "two weeks later", "the year-earlier quarter", "over the weekend", "the latest quarter", "in the past three months",
            "in recent weeks", "the third quarter of 2019", "Q3 2019", "the first half of 2019", "fiscal 2019", "FY19", "last summer",
            "the spring of 2019", "next week", "in 2018", "in nineteen ninety-one", "the 19th century", "the 1990s", "the nineties",
            "for three years", "for years", "at 14:30 GMT", "at present", "twice a week", "quarterly",
        ];
        foreach (var sample in samples)
            Assert.NotEmpty(full.Find(sample));
        foreach (var text in HostileInputs.Articles(Some.RepositoryRoot, perSection: 60).Concat(samples))
            Assert.Equal(full.Find(text), cued.Find(text));
    }
}
