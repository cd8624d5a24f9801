using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;
using Sitrep.Pipeline;
using Sitrep.Syntax;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

/// <summary>What the tree tells the classifier: the words at the top of a sentence and what hangs on them.</summary>
public sealed class SentenceTreeFeaturesTests
{
    private static List<int> Features(string text, SentenceHints? hints = null)
    {
        var doc = SitrepPipelines.Syntax(Some.Resources, Some.Resources.Syntax!).Run(new Document(text));
        var list = new List<int>();
        SentenceTreeFeatures.Add(doc, doc.Sentences[0], 18, hints ?? SentenceHints.None, list);
        return list;
    }

    [Fact]
    public void Reads_the_root_and_its_object()
    {
        // condemned: its word, stem, stem at depth 0; the attack: with the verb and alone.
        var condemned = Features("Iran condemned the attack.");
        Assert.Equal(5, condemned.Count);
        // Another object changes only the object's two features; another verb all five.
        Assert.Equal(3, condemned.Intersect(Features("Iran condemned the bombing.")).Count());
        Assert.Empty(condemned.Intersect(Features("Iran praised the ceasefire.")));
        // Inflections meet at the stem: "condemns" shares the stem, the stem at depth 0 and both object features.
        Assert.Equal(4, condemned.Intersect(Features("Iran condemns the attack.")).Count());
    }

    [Fact]
    public void Adds_a_negation_a_modal_and_a_particle_to_the_verb_they_hang_on()
    {
        Assert.Equal(6, Features("Iran did not condemn the attack.").Count);
        Assert.Equal(6, Features("Iran will condemn the attack.").Count);
        // broke, its particle "off", and the talks.
        Assert.Equal(6, Features("The rebels broke off the talks.").Count);
    }

    [Fact]
    public void Reads_what_was_said_as_well_as_the_saying()
    {
        var said = Features("The army said it had withdrawn from the town.");
        // said (3); withdrawn at depth 1 (3), its "from" oblique (town with the verb, town alone, the preposition).
        Assert.Equal(9, said.Count);
        Assert.Equal(3, said.Intersect(Features("The army said it.")).Count());
    }

    [Fact]
    public void Gives_the_dictionary_types_of_the_top_word()
    {
        var hints = SentenceHints.FromDictionaries(Path.Combine(Some.RepositoryRoot, "data"));
        int types = hints.TypesOf("condemned").Count;
        Assert.True(types > 0);
        Assert.Equal(5 + types, Features("Iran condemned the attack.", hints).Count);
    }

    [Fact]
    public void Reads_nothing_of_an_unparsed_sentence()
    {
        var doc = new PipelineBuilder().Add(new TokenAnnotator(Some.Resources.Abbreviations, Some.Resources.Entities.ClosedClass))
            .Add(new SyntaxAnnotator(Some.Resources.Syntax!, (_, _) => false)).Build().Run(new Document("Iran condemned the attack."));
        Assert.NotNull(doc.Syntax);
        var list = new List<int>();
        SentenceTreeFeatures.Add(doc, doc.Sentences[0], 18, SentenceHints.None, list);
        Assert.Empty(list);
    }
}
