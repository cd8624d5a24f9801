using Sitrep.Documents;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

public sealed class QuoteAnnotatorTests
{
    private static (string Content, bool Direct, string? Speaker, string? Cue)[] Quotes(string text)
    {
        var doc = Some.UpTo<QuoteAnnotator>(text, "2020-03-30");
        return doc.Quotes.Select(q => (doc.TextOf(q.Content), q.Direct, doc.NameOf(q.SpeakerId), q.Cue)).ToArray();
    }

    [Fact]
    public void Attributes_a_quote_to_the_speaker_named_after_it()
    {
        Assert.Equal([("What happened today is the Iraqi forces took back K1,", true, "Vincent Barker", "said")],
            Quotes("“What happened today is the Iraqi forces took back K1,” Gen. Vincent Barker said on Sunday."));
    }

    [Fact]
    public void Attributes_he_added_to_the_last_person_named()
    {
        var quotes = Quotes("Col. Myles Caggins spoke on Saturday.\n\n“In the coming days, you’ll see coalition forces move out of Kirkuk,” he added.");
        Assert.Equal(("In the coming days, you’ll see coalition forces move out of Kirkuk,", true, "Myles Caggins", "added"), quotes.Single());
    }

    [Fact]
    public void Attributes_a_quote_after_said_and_a_name()
    {
        Assert.Equal(("Our forces are ready to destroy any terrorist acts,", true, "Mohammed Fazel", "said"),
            Quotes("“Our forces are ready to destroy any terrorist acts,” said Mohammed Fazel, special envoy to Iraqi President Barham Salih.").Single());
    }

    [Fact]
    public void Attributes_a_quote_introduced_by_a_colon()
    {
        Assert.Equal(("We will not leave the city without a fight.", true, "Hassan Ali", "said"),
            Quotes("Militia commander Hassan Ali said: “We will not leave the city without a fight.”").Single());
    }

    [Fact]
    public void Attributes_a_quote_signed_with_a_dash()
    {
        Assert.Equal(("The road to Mosul is open again tonight.", true, "Mohammed Fazel", null),
            Quotes("Mohammed Fazel spoke.\n\n“The road to Mosul is open again tonight.” — Mohammed Fazel").Last());
    }

    [Fact]
    public void Continues_an_unclosed_quote_into_the_next_paragraph()
    {
        var doc = Some.UpTo<QuoteAnnotator>("“We have reached a point where the forces are ready.\n\n“They have proven it again and again,” he added, after Gen. Vincent Barker spoke.", "2020-03-30");
        var q = doc.Quotes.Single(x => x.Direct);
        Assert.StartsWith("We have reached a point", doc.TextOf(q.Content));
        Assert.EndsWith("again and again,", doc.TextOf(q.Content));
    }

    [Fact]
    public void Treats_a_short_quoted_phrase_as_part_of_reported_speech()
    {
        Assert.Equal([("the transfer of the base had been planned for “several months.”", false, "Myles Caggins", "said")],
            Quotes("Col. Myles Caggins said the transfer of the base had been planned for “several months.”"));
    }

    [Fact]
    public void Reads_reported_speech_with_that_and_a_trailing_attribution()
    {
        Assert.Equal(
        [
            ("the withdrawal will pose a threat to Kirkuk", false, "Kurds", "believe"),
            ("there is no fear of ISIS making a comeback", false, "Iraqi government", "said"),
        ], Quotes("Kurds in Kirkuk believe that the withdrawal will pose a threat to Kirkuk, but Iraqi authorities have said there is no fear of ISIS making a comeback."));
        Assert.Equal([("The coalition will continue to partner with Iraqi forces", false, null, "confirmed")],
            Quotes("The coalition will continue to partner with Iraqi forces, officials have confirmed."));
    }

    [Fact]
    public void Reads_according_to()
    {
        Assert.Equal([("the convoy was hit near Rutba", false, "Iraqi Security Forces", "according to")],
            Quotes("According to the Iraqi Security Forces, the convoy was hit near Rutba."));
    }

    [Fact]
    public void Turns_we_in_a_quote_into_the_speaker_s_organisation()
    {
        var doc = Some.UpTo<QuoteAnnotator>("The US-led coalition is leaving Iraq, Coalition spokesperson Col. Myles Caggins said.\n\n“We have transferred hundreds of Humvees,” he added.", "2020-03-30");
        Assert.Contains("We", doc.MentionTexts(doc.Entity("US-led coalition")));
    }

    [Fact]
    public void Keeps_a_statement_without_a_speaker_and_warns()
    {
        var doc = Some.UpTo<QuoteAnnotator>("“The city will fall within days, and nobody can stop it.”", "2020-03-30");
        Assert.Null(doc.Quotes.Single().SpeakerId);
        Assert.Contains(doc.Warnings, w => w.Kind == "quote-without-speaker");
    }

    [Fact]
    public void Reads_a_quote_s_speech_day_and_resolves_today_inside_it_to_that_day()
    {
        var doc = Some.UpTo<Sitrep.Time.SpeechTimeAnchor>("“What happened today is the Iraqi forces took back K1,” Gen. Vincent Barker said on Sunday.", "2020-03-30");
        var today = doc.Times.Single(t => doc.TextOf(t.Span) == "today");
        Assert.Equal(("2020-03-29", "speech"), (today.Value, today.Anchor));
    }

    private static (string Content, string? Speaker, string? SpeakerWords, string? Cue, string CueKind)[] Said(string text)
    {
        var doc = Some.UpTo<QuoteAnnotator>(text, "2020-03-30");
        return doc.Quotes.Select(q => (doc.TextOf(q.Content), doc.NameOf(q.SpeakerId), q.SpeakerSpan is { } s ? doc.TextOf(s) : null, q.Cue, q.CueKind)).ToArray();
    }

    [Fact]
    public void A_phrase_after_a_preposition_with_no_verb_is_what_the_verb_concerns_not_what_was_said()
    {
        Assert.Empty(Said("The government conceded to the demands of the striking teachers."));
        Assert.Equal("the talks had failed", Said("The minister conceded that the talks had failed.").Single().Content);
    }

    [Fact]
    public void Reads_straight_quotation_marks()
    {
        Assert.Equal(("We will not leave the city without a fight,", "Hassan Ali", "Hassan Ali", "said", "say"),
            Said("\"We will not leave the city without a fight,\" said Hassan Ali, a militia commander.").Single());
    }

    [Fact]
    public void Reads_newswire_double_apostrophes_as_quotation_marks()
    {
        Assert.Equal(("The bridge will reopen within a week,", "Hassan Ali", "Hassan Ali", "said", "say"),
            Said("''The bridge will reopen within a week,'' Hassan Ali said.").Single());
    }

    [Fact]
    public void Keeps_a_quote_inside_a_quote_in_the_same_marks_as_one_quote()
    {
        Assert.Equal("I would rather live in what he calls “hell” than live under his rule.",
            Said("“I would rather live in what he calls “hell” than live under his rule.” ― Adriana Rodarte").Single().Content);
    }

    [Fact]
    public void Attributes_a_quote_signed_with_a_horizontal_bar_to_the_words_after_it()
    {
        Assert.Equal(("Adriana Rodarte", "Adriana Rodarte"), Said("“I would rather live anywhere than under his rule.” ― Adriana Rodarte").Select(q => (q.Speaker, q.SpeakerWords)).Single());
    }

    [Fact]
    public void Joins_a_quote_and_its_continuation_after_he_said_into_one_statement()
    {
        var doc = Some.UpTo<QuoteAnnotator>("Gen. Vincent Barker visited the base.\n\n“The base is ready,” he said. “We will leave next week.”", "2020-03-30");
        var (first, second) = (doc.Quotes[0], doc.Quotes[1]);
        Assert.Equal(("Vincent Barker", "Vincent Barker", "u1", "quotes/continuation+pronoun"),
            (doc.NameOf(first.SpeakerId), doc.NameOf(second.SpeakerId), second.ContinuesId, second.DecidedBy));
    }

    [Fact]
    public void Takes_the_person_before_a_describing_phrase_as_the_speaker()
    {
        Assert.Equal(("the hospital had run out of blood", "Ahmed Saleh", "Ahmed Saleh, a doctor at the main hospital", "said", "say"),
            Said("Ahmed Saleh, a doctor at the main hospital, said the hospital had run out of blood.").Single());
    }

    [Fact]
    public void Gives_the_spokesperson_to_the_last_person_named_with_that_role()
    {
        var quotes = Said("Coalition spokesperson Col. Myles Caggins spoke to reporters on Sunday.\n\nThe spokesperson said that the base would close within days.");
        Assert.Equal(("the base would close within days", "Myles Caggins", "The spokesperson"), (quotes.Single().Content, quotes.Single().Speaker, quotes.Single().SpeakerWords));
    }

    [Fact]
    public void Gives_the_official_to_the_last_office_holder_named()
    {
        var quotes = Said("Deputy Minister Ali Hassan visited Mosul on Sunday. The official said that the power station would reopen.");
        Assert.Equal(("Ali Hassan", "The official"), (quotes.Single().Speaker, quotes.Single().SpeakerWords));
    }

    [Fact]
    public void Keeps_a_speaker_the_text_does_not_name_as_words_without_an_entity()
    {
        Assert.Equal(("the road to the airport was closed", null, "A local council member", "said", "say"),
            Said("A local council member said the road to the airport was closed.").Single());
    }

    [Theory]
    [InlineData("Gen. Vincent Barker added that the base would close.", "added", "say")]
    [InlineData("Gen. Vincent Barker told reporters that the base would close.", "told", "say")]
    [InlineData("Gen. Vincent Barker warned that the base would close.", "warned", "say")]
    [InlineData("Gen. Vincent Barker denied that the base would close.", "denied", "deny")]
    [InlineData("Gen. Vincent Barker confirmed that the base would close.", "confirmed", "confirm")]
    public void Reads_the_cue_verb_and_its_kind(string text, string cue, string kind)
    {
        Assert.Equal(("the base would close", "Vincent Barker", cue, kind), Said(text).Select(q => (q.Content, q.Speaker, q.Cue, q.CueKind)).Single());
    }

    [Fact]
    public void Gives_quoted_words_inside_a_sentence_to_its_subject()
    {
        var quotes = Said("Chancellor Angela Merkel condemned “such a murderous attack on innocent people” in a statement.");
        Assert.Equal(("such a murderous attack on innocent people", "Angela Merkel"), (quotes.Single().Content, quotes.Single().Speaker));
    }

    [Fact]
    public void Reads_a_finding_without_that_as_an_attitude_and_a_finding_with_that_as_an_assertion()
    {
        // What was found is the content (PolNeAR marks it so), but the finding asserts nothing: events in it are not the finders' claims.
        Assert.Equal([("the bodies near the river", null, "Investigators", "found", "refer")], Said("Investigators found the bodies near the river on Sunday."));
        Assert.Equal(("support for the deal has fallen", "A new poll", "found", "evidence"),
            Said("A new poll found that support for the deal has fallen.").Select(q => (q.Content, q.SpeakerWords, q.Cue, q.CueKind)).Single());
    }
}
