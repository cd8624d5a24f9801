using Sitrep.Evaluation;


namespace Sitrep.Tests.Evaluation;

public sealed class EventWordLearnerTests
{
    private static PlvSentence S(int index, string text, string root) => new(index, text, null, null, root);

    [Fact]
    public void Keeps_a_lower_case_word_found_in_three_sentences_mostly_of_one_type()
    {
        var words = EventWordLearner.Learn(
        [
            S(0, "Kenya returned the artifacts to Peru.", "YIELD"),
            S(1, "Italy returned two statues to Libya.", "YIELD"),
            S(2, "The museum returned a painting to Spain.", "YIELD"),
            S(3, "Troops returned fire near the border.", "ASSAULT"),
            S(4, "The Returned were seen in Spain.", "ASSAULT"),
        ]);
        // "returned" is in four sentences, three of them YIELD (0.75 ≥ 0.7); "Returned" is capitalised, a
        // name's word; "the" is in two sentences of two types; "border" in one. "to" is kept: the event
        // stage takes only a verb or a noun of the tree as a trigger.
        Assert.Equal(
            [new EventWordLearner.LearnedWord("returned", "YIELD", 4, 3), new EventWordLearner.LearnedWord("to", "YIELD", 3, 3)],
            words);
    }

    [Fact]
    public void Writes_the_list_the_event_stage_reads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"event-words-{Guid.NewGuid():N}.tsv");
        try
        {
            EventWordLearner.Write(path, [new EventWordLearner.LearnedWord("alert", "MOBILIZE", 4, 4)], 840);
            var words = Sitrep.Events.EventWords.Load(path);
            Assert.Equal((1, "MOBILIZE", null), (words.Count, words.TypeOf("alert"), words.TypeOf("returned")));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Says_in_its_header_which_plv_fold_it_never_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"event-words-{Guid.NewGuid():N}.tsv");
        try
        {
            bool ReadFold(int fold) => EventWordLearner.ReadFold(File.ReadLines(path).Take(4), fold);
            EventWordLearner.Write(path, [new EventWordLearner.LearnedWord("alert", "MOBILIZE", 4, 4)], 840);
            Assert.Equal((false, true), (ReadFold(4), ReadFold(2)));
            EventWordLearner.Write(path, [new EventWordLearner.LearnedWord("alert", "MOBILIZE", 4, 4)], 840, heldOutFold: 2);
            Assert.Equal((true, false), (ReadFold(4), ReadFold(2)));
            EventWordLearner.Write(path, [new EventWordLearner.LearnedWord("alert", "MOBILIZE", 4, 4)], 1050, everySentence: true);
            Assert.Equal((true, true), (ReadFold(4), ReadFold(2)));
        }
        finally { File.Delete(path); }
    }
}
