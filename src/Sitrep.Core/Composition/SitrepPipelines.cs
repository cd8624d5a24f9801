using Sitrep.Documents;
using Sitrep.Syntax;
using Sitrep.Geocoding;
using Sitrep.Lexicons;
using Sitrep.Actors;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Ner;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Reading;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Composition;

/// <summary>The one place the stages are composed, in order.</summary>
public static class SitrepPipelines
{
    /// <summary>A builder holding the standard stages, to change before building.</summary>
    public static PipelineBuilder DefaultBuilder(SitrepResources r)
    {
        var e = r.Entities;
        bool IsEventNoun(string word) => r.Events.Triggers.Find([word]) is { } t && t.Any(x => !x.IsVerb);
        var builder = new PipelineBuilder()
            .Add(new TokenAnnotator(r.Abbreviations, e.ClosedClass))
            .Add(new HeaderAnnotator(r.Outlets))
            .Add(new TimeAnnotator(new TimeRecognizer(r.TimeWords), r.Quantities.Units))
            .Add(new QuantityAnnotator(r.Quantities, e.ClosedClass, IsEventNoun))
            .Add(new DictionaryMentionFinder(e))
            .Add(new ForcePhraseFinder(e, r.Abbreviations, r.ActorCodes))
            .Add(new CapitalPhraseFinder(e))
            .Add(new PersonNameFinder(e, r.SpeechVerbs, r.TimeWords))
            .Add(new NamePatternFinder(e) { Places = r.Places, PlaceWords = r.PlaceWords });
        // The tagger proposes what the dictionaries and rules did not (skipped when no model is installed).
        if (r.Ner is { } ner) builder.Add(new NerAnnotator(ner, e) { Places = r.Places, States = r.StateAbbreviations, PlaceWords = r.PlaceWords });
        builder
            .Add(new MentionResolver(e))
            .Add(new NameVariantDetector(e, r.TimeWords))
            .Add(new EntityBuilder(e, r.Abbreviations));
        // Places go on the map when the world gazetteer is built (scripts/fetch-data.sh).
        if (r.Places is { } places) builder.Add(new Geocoder(places, r.StateAbbreviations, r.PlaceWords, e.Directions));
        builder
            .Add(new ActorCoder(r.ActorCodes, e))
            .Add(new PronounResolver(e.GivenNameGenders));
        // The classifier reads each sentence as an event type or none (skipped when no model is installed).
        if (r.EventTypes is { } eventTypes) builder.Add(new SentenceTypeAnnotator(eventTypes));
        // Statements and events are read from trees when the parser is installed; only sentences
        // with a verb of speech or attitude, or that the classifier reads as an event, are parsed.
        TreeStatements? statements = null;
        if (r.Syntax is { } syntax)
        {
            statements = new TreeStatements(r.SpeechVerbs, r.AttitudeVerbs, r.AttributionNouns, r.SpeakerWords, e);
            var withStatements = statements;
            // Also a report's first sentence when short, its headline: the classifier reads many a headline as no
            // event ("Iraq retakes town from jihadists"), and the rows' requirements read the tree.
            builder.Add(new SyntaxAnnotator(syntax, (doc, sentence) => sentence.Index == 0 && sentence.TokenCount <= HeadlineTokens || withStatements.MayHaveStatement(doc, sentence)
                || doc.SentenceTypes.Count > sentence.Index && doc.SentenceTypes[sentence.Index].IsEvent));
            // The sentences read as events are read again with their trees: which event each one is.
            if (r.EventTypes is { } withTrees) builder.Add(new SentenceTreeTypeAnnotator(withTrees));
        }
        return builder
            .Add(new QuoteAnnotator(r.SpeechVerbs, e, r.SpeakerWords, statements))
            .Add(new SpeechTimeAnchor())
            .Add(new EventCoder(r.Events, r.Quantities, r.EventTypes, r.ActorCodes, r.Entities.OrgHeads.Where(h => h.Value.Kind.IsActor()).Select(h => h.Key.ToLowerInvariant()).ToHashSet(), r.SpeakerWords))
            .Add(new EventMerger())
            .Add(new ClaimAnnotator());
    }

    /// <summary>A first sentence this short is a headline, parsed whatever else reads it (a long lead usually has its "said").</summary>
    private const int HeadlineTokens = 20;

    public static SitrepPipeline Default(SitrepResources resources) => DefaultBuilder(resources).Build();

    /// <summary>Tokens, then tags and trees: what sitrep parse prints.</summary>
    public static SitrepPipeline Syntax(SitrepResources r, SyntaxModel model) => Syntax(r.Abbreviations, r.Entities.ClosedClass, model);

    /// <summary>The same from the few parts it needs, for a caller that loads nothing else (the classifier's training).</summary>
    public static SitrepPipeline Syntax(Abbreviations abbreviations, WordList closedClass, SyntaxModel model) =>
        new PipelineBuilder().Add(new TokenAnnotator(abbreviations, closedClass)).Add(new SyntaxAnnotator(model)).Build();
}
