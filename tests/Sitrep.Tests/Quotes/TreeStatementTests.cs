using Sitrep.Documents;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

/// <summary>Statements read off the dependency tree, and what the tree corrects in the word-order rules.</summary>
public sealed class TreeStatementTests
{
    private static (string Content, string? SpeakerWords, string? Cue, string Kind, string How)[] Statements(string text)
    {
        var doc = Some.UpTo<QuoteAnnotator>(text, "2020-03-30");
        return doc.Quotes.Select(q => (doc.TextOf(q.Content), q.SpeakerSpan is { } s ? doc.TextOf(s) : null, q.Cue, q.CueKind, q.DecidedBy.Split('+')[0])).ToArray();
    }

    [Fact]
    public void Reads_the_agent_of_a_passive_as_the_source_and_its_subject_as_the_content()
    {
        Assert.Equal([("The attack on the convoy", "the White House", "condemned", "stance", "quotes/tree-passive")],
            Statements("The attack on the convoy was condemned by the White House on Monday."));
    }

    [Fact]
    public void Reads_an_intention_with_its_to_clause()
    {
        // "vow" is a verb of saying too, but without a clause said it is an intention, which asserts nothing.
        Assert.Equal([("to retaliate against the army", "The militants", "vowed", "intend", "quotes/tree-xcomp")],
            Statements("The militants vowed to retaliate against the army."));
    }

    [Fact]
    public void Ends_a_reported_statement_where_its_clause_ends_so_the_next_one_is_read_too()
    {
        Assert.Equal(
        [
            ("the politics surrounding the top of the ticket would be more intense", "Fowler", "said", "say", "quotes/subject-cue"),
            // Once the first statement ends, the word-order rules read the second.
            ("any change would occur a few weeks later in the campaign season", "he", "noted", "say", "quotes/subject-cue"),
        ], Statements("Fowler said the politics surrounding the top of the ticket would be more intense — and he noted that any change would occur a few weeks later in the campaign season."));
    }

    [Fact]
    public void Reads_a_noun_of_saying_with_its_clause_and_the_subject_of_its_verb()
    {
        Assert.Equal([("that the dam could fail", "The ministry", "warning", "say", "quotes/tree-noun-clause")],
            Statements("The ministry issued a warning that the dam could fail."));
    }

    [Fact]
    public void Does_not_take_a_noun_for_a_verb_of_saying()
    {
        Assert.Empty(Statements("Candidates in the early states faced smaller crowds than in 2012."));
    }

    [Fact]
    public void Attributes_a_headline_with_a_colon_and_a_headline_in_title_case()
    {
        Assert.Equal([("Gennifer Flowers Won’t Be at Debate", "Pence", null, "say", "quotes/headline-colon")],
            Statements("Pence: Gennifer Flowers Won’t Be at Debate.\n\nThe governor spoke on Sunday.").Take(1).ToArray());
        Assert.Equal([("Trump Could Address Clean Energy", "Lindsey Graham", "Says", "say", "quotes/headline-verb")],
            Statements("Lindsey Graham Says Trump Could Address Clean Energy.\n\nThe senator spoke on Sunday.").Take(1).ToArray());
    }

    [Fact]
    public void Attributes_transcript_lines_to_the_name_in_capitals()
    {
        Assert.Equal(
        [
            // The first line is also the headline, read the same way.
            ("Will Gennifer Flowers be at the debate tomorrow night", "WALLACE", null, "say", "quotes/headline-colon"),
            ("Gennifer Flowers will not be attending the debate tomorrow night", "PENCE", null, "say", "quotes/transcript"),
        ], Statements("WALLACE: Will Gennifer Flowers be at the debate tomorrow night?\n\nPENCE: Gennifer Flowers will not be attending the debate tomorrow night."));
    }

    [Fact]
    public void Pairs_a_straight_opening_mark_with_a_curly_closing_one()
    {
        Assert.Equal([("There are two people in this campaign with the knowledge and experience to do that,", "Rick Wilson", "said", "say", "quotes/cue-after")],
            Statements("\"There are two people in this campaign with the knowledge and experience to do that,” said Rick Wilson, a Florida-based Republican strategist."));
    }

    [Fact]
    public void Ends_a_quote_at_an_opening_mark_typed_where_the_closing_one_belongs()
    {
        const string text = "Its foreign minister said: “There is no cause for concern. Cyprus remains safe.“ The island expects three million tourists this year.";
        var quote = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("There is no cause for concern. Cyprus remains safe.", quote.Content(text).Of(text));
    }

    [Fact]
    public void Keeps_the_next_paragraph_of_a_quote_in_it_when_the_text_lost_its_paragraph_breaks()
    {
        // A quote running over two paragraphs leaves the first unclosed and opens the second; a feed's one-line body keeps
        // only the marks. The sentence may end inside a quote of its own.
        const string text = "“He told me: ‘You will lose your children.’ “I got emotional and started to cry.” Shikder is originally from Bangladesh.";
        var quote = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("He told me: ‘You will lose your children.’ “I got emotional and started to cry.", quote.Content(text).Of(text));
    }

    [Fact]
    public void Keeps_a_quote_nested_after_a_sentences_end_inside_the_quote_that_holds_it()
    {
        const string text = "“The war is over. “Never again” must be our promise,” he said.";
        var quote = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("The war is over. “Never again” must be our promise,", quote.Content(text).Of(text));
    }

    [Fact]
    public void Ends_a_quote_never_closed_in_a_text_without_paragraph_breaks_with_its_first_sentence_once_past_a_paragraphs_length()
    {
        string narration = string.Concat(Enumerable.Repeat("The minister spoke to reporters in the capital on Tuesday. ", 25));
        string text = "“As the Senate considers your nomination, will you enable the president? " + narration + "Protesters chanted outside.";
        var quote = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("As the Senate considers your nomination, will you enable the president?", quote.Content(text).Of(text));
        // A later quote after the narration is a quote of its own, not the first one reopened.
        string later = text + " “He will be a great secretary of state,” Trump wrote.";
        Assert.Equal(["As the Senate considers your nomination, will you enable the president?", "He will be a great secretary of state,"],
            QuoteMarks.Find(later).Select(q => q.Content(later).Of(later)));
    }

    [Fact]
    public void Keeps_a_curly_pair_inside_a_straight_quote_as_part_of_it()
    {
        const string text = "\"He called it “hell” on earth, and we believed him,\" she said.";
        var quote = Assert.Single(QuoteMarks.Find(text));
        Assert.Equal("He called it “hell” on earth, and we believed him,", quote.Content(text).Of(text));
    }

    [Fact]
    public void Keeps_a_short_quote_attributed_right_after_and_what_continues_it()
    {
        Assert.Equal(
        [
            ("It's heartbreaking,", "Ryan", "said", "say", "quotes/speaker-cue-after"),
            ("And this country has to find new ways of learning how to heal.", "Ryan", null, "say", "quotes/continuation"),
        ], Statements("\"It's heartbreaking,\" Ryan said. \"And this country has to find new ways of learning how to heal.\""));
    }

    [Fact]
    public void Gives_an_unattributed_quote_the_speaker_of_its_paragraph()
    {
        var statements = Statements("\"We have bigger problems in life,\" says Gloria Garcia, a nurse from Brownsville. She says people should be able to choose. \"It is their life; they are not hurting anybody.\"");
        Assert.Equal(("It is their life; they are not hurting anybody.", "She", "quotes/paragraph-speaker"), (statements[^1].Content, statements[^1].SpeakerWords, statements[^1].How));
    }

    [Fact]
    public void Takes_the_name_before_a_colon_after_a_dash_as_the_speaker_of_the_quote()
    {
        var statements = Statements("The first votes were cast on Monday.\n\nTURNOUT IN IOWA - Michael P. McDonald: “At long last the 2016 presidential nomination contests have finally started.”");
        Assert.Equal(("At long last the 2016 presidential nomination contests have finally started.", "Michael P. McDonald"), (statements[^1].Content, statements[^1].SpeakerWords));
    }

    [Fact]
    public void Takes_the_speaker_of_a_quote_after_a_colon_from_the_clause_before_it()
    {
        var statements = Statements("In response to the attack, Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”");
        Assert.Equal(("Republican presidential nominee Donald Trump", "quotes/tree-subject"), (statements.Single().SpeakerWords, statements.Single().How));
    }

    [Fact]
    public void An_attitude_makes_no_claim_of_the_events_in_its_content()
    {
        var doc = Some.Report("Baghdad, Oct. 11 - The government condemned the bombing of a market in Kirkuk that killed 12 people.", "2019-10-11");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("stance", false), (quote.CueKind, quote.Asserts));
        var bombing = Assert.Single(doc.Events, e => quote.Content.Contains(e.Trigger));
        Assert.Equal(EventStatus.Reported, bombing.Status);
    }

    [Fact]
    public void Dates_the_deed_not_the_saying_when_the_day_hangs_from_another_verb()
    {
        // Published on a Monday, so "on Friday" is 11 October, not the publication date.
        var doc = Some.Report("Hundreds of protesters rallied in Baghdad on Friday to demand the resignation of the government.", "2019-10-14");
        Assert.Null(Assert.Single(doc.Quotes).TimeId);
        Assert.Equal("2019-10-11", doc.Events.Single(e => e.Type == "PROTEST").Date!.Value);
    }

    [Fact]
    public void Reads_quotes_from_word_order_alone_when_no_parser_is_installed()
    {
        // The stages before the parser, then the quote stage without a tree, as a user without models/parser.bin runs it.
        var doc = Some.UpTo<Sitrep.Entities.PronounResolver>("“The bridge is closed,” Gen. Vincent Barker said on Sunday. The militants vowed to retaliate against the army. Officials said the bridge would reopen next week.", "2020-03-30");
        var r = Some.Resources;
        new QuoteAnnotator(r.SpeechVerbs, r.Entities, r.SpeakerWords).Annotate(doc);
        Assert.Null(doc.Syntax);
        Assert.Equal(
        [
            ("The bridge is closed,", "Gen. Vincent Barker", "said", "quotes/speaker-cue-after"),
            // Without a tree, "vowed to ..." is not read (the rules take a short "to" tail for where or when it was said).
            ("the bridge would reopen next week", "Officials", "said", "quotes/subject-cue"),
        ], doc.Quotes.Select(q => (doc.TextOf(q.Content), q.SpeakerSpan is { } s ? doc.TextOf(s) : null, q.Cue, q.DecidedBy.Split('+')[0])).ToArray());
    }

    [Fact]
    public void Parses_only_the_sentences_a_stage_reads_in_the_default_pipeline()
    {
        // The first sentence, short, is the report's headline: parsed whatever it says.
        var doc = Some.UpTo<QuoteAnnotator>("The river rose overnight. Officials said the bridge was closed. The water fell again by noon.", "2020-03-30");
        var syntax = doc.Syntax!;
        Assert.Equal((true, true, false), (syntax.IsParsed(doc.Sentences[0].FirstToken), syntax.IsParsed(doc.Sentences[1].FirstToken), syntax.IsParsed(doc.Sentences[2].FirstToken)));
        Assert.Equal(("Officials", "nsubj"), (doc.TokenString(doc.Sentences[1].FirstToken), syntax.Relations[doc.Sentences[1].FirstToken]));
    }
}
