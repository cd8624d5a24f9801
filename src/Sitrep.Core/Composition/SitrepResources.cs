using Sitrep.Documents;
using Sitrep.Syntax;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Ner;
using Sitrep.Actors;
using Sitrep.Places;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Reading;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Composition;

/// <summary>
/// The dictionaries and word lists every stage reads, loaded once from the data directory and
/// shared read-only by all documents and threads.
/// </summary>
public sealed class SitrepResources
{
    public required string DataDirectory { get; init; }

    public required Abbreviations Abbreviations { get; init; }

    public required EntityLexicon Entities { get; init; }

    public required QuantityLexicon Quantities { get; init; }

    public required TimeWords TimeWords { get; init; }

    public required SpeechVerbs SpeechVerbs { get; init; }

    public required SpeakerWords SpeakerWords { get; init; }

    /// <summary>Verbs of stance and intention (data/attitude-verbs.tsv), read only through the tree.</summary>
    public required SpeechVerbs AttitudeVerbs { get; init; }

    /// <summary>Nouns of saying and attitude ("claim", "call", "criticism": data/attribution-nouns.tsv), read only through the tree.</summary>
    public required SpeechVerbs AttributionNouns { get; init; }

    public required EventLexicon Events { get; init; }

    public required Outlets Outlets { get; init; }

    /// <summary>Words in place names that name no place themselves (data/place-words.tsv).</summary>
    public required PlaceWords PlaceWords { get; init; }

    /// <summary>US states and Canadian provinces by the abbreviations newspapers use (data/us-states.tsv, data/ca-provinces.tsv).</summary>
    public required StateAbbreviations StateAbbreviations { get; init; }

    /// <summary>The world gazetteer (built by sitrep gazetteer build), or null when none is built.</summary>
    public WorldGazetteer? Places { get; init; }

    /// <summary>CAMEO codes of named actors and agent nouns (data/phoenix-actors.tsv, Sitrep's own data/persons.tsv for the leaders Phoenix lacks, data/phoenix-agents.tsv, and Sitrep's own data/agent-nouns.tsv).</summary>
    public required ActorCodeBook ActorCodes { get; init; }

    /// <summary>The PLV sentence classifier (models/events.bin), or null when none is trained: it checks the converted PETRARCH verbs.</summary>
    public EventClassifier? EventTypes { get; init; }

    /// <summary>The tagger and parser (models/parser.bin), read on the other core while the rest loads; null when none is trained.</summary>
    public SyntaxModel? Syntax { get; init; }

    /// <summary>The trained entity tagger (models/ner.bin), or null when no model is installed.</summary>
    public NerModel? Ner { get; init; }

    private static readonly Lazy<SitrepResources> Shared = new(() => Load());

    /// <summary>The resources from the default data directory, loaded on first use.</summary>
    public static SitrepResources Default => Shared.Value;

    /// <param name="actorFiles">The user's own actors and states (data/actors.tsv or data/countries.tsv format).</param>
    public static SitrepResources Load(string? dataDirectory = null, IReadOnlyList<string>? actorFiles = null)
    {
        var dir = dataDirectory ?? FindDataDirectory();
        string P(string file) => Path.Combine(dir, file);
        if (!File.Exists(P("actors.tsv")))
            throw new DirectoryNotFoundException($"No Sitrep data in '{dir}' (expected actors.tsv there).");
        // The entity model is the largest file; read it on the other core meanwhile.
        var nerPath = NerModelPath(dir);
        var ner = Task.Run(() => File.Exists(nerPath) ? NerModel.Load(nerPath) : null);
        var syntax = Task.Run(() => File.Exists(ParserModelPath(dir)) ? SyntaxModel.Load(ParserModelPath(dir)) : null);
        var gazetteerPath = GazetteerPath(dir);
        var places = Task.Run(() => gazetteerPath is not null ? WorldGazetteer.Load(gazetteerPath) : null);
        var actorCodes = Task.Run(() => ActorCodeBook.Load([P("phoenix-actors.tsv"), P("persons.tsv")], P("phoenix-agents.tsv"), P("agent-nouns.tsv")));
        var eventTypes = Task.Run(() => File.Exists(EventClassifierPath(dir)) ? EventClassifier.Load(EventClassifierPath(dir)) : null);
        var abbreviations = LoadAbbreviations(dir);
        return new SitrepResources
        {
            DataDirectory = dir,
            Abbreviations = abbreviations,
            Entities = EntityLexicon.Load(dir, abbreviations, actorFiles),
            Quantities = QuantityLexicon.Load(dir, abbreviations),
            TimeWords = TimeWords.Load(P("time-words.tsv")),
            SpeechVerbs = SpeechVerbs.Load(P("speech-verbs.tsv")),
            SpeakerWords = SpeakerWords.Load(P("speaker-words.tsv")),
            AttitudeVerbs = SpeechVerbs.Load(P("attitude-verbs.tsv")),
            AttributionNouns = SpeechVerbs.Load(P("attribution-nouns.tsv")),
            Events = EventLexicon.Load(dir, abbreviations),
            Outlets = Outlets.Load(P("outlets.tsv")),
            Ner = ner.GetAwaiter().GetResult(),
            Places = places.GetAwaiter().GetResult(),
            ActorCodes = actorCodes.GetAwaiter().GetResult(),
            EventTypes = eventTypes.GetAwaiter().GetResult(),
            // Awaited with the other models: a damaged one is refused at load, not in the middle of a batch.
            Syntax = syntax.GetAwaiter().GetResult(),
            StateAbbreviations = StateAbbreviations.Load(P("us-states.tsv"), P("ca-provinces.tsv")),
            PlaceWords = PlaceWords.Load(P("place-words.tsv")),
        };
    }

    /// <summary>
    /// The world gazetteer: $SITREP_GAZETTEER, else artifacts/gazetteer/places.bin in the nearest
    /// folder above the data directory that has one (the repository, for the published program
    /// and the tests alike); null when none is built.
    /// </summary>
    public static string? GazetteerPath(string dataDirectory)
    {
        if (Environment.GetEnvironmentVariable("SITREP_GAZETTEER") is { Length: > 0 } env) return File.Exists(env) ? env : null;
        for (var d = new DirectoryInfo(Path.GetFullPath(dataDirectory)); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "artifacts", "gazetteer", "places.bin");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The tagger and parser: $SITREP_PARSER_MODEL, else models/parser.bin beside the data directory.</summary>
    public static string ParserModelPath(string dataDirectory) =>
        Environment.GetEnvironmentVariable("SITREP_PARSER_MODEL") is { Length: > 0 } env ? env
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "models", "parser.bin");

    /// <summary>The event classifier: models/events.bin beside the data directory.</summary>
    public static string EventClassifierPath(string dataDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "models", "events.bin");

    /// <summary>The abbreviations the sentence splitter knows (data/abbreviations.tsv).</summary>
    public static Abbreviations LoadAbbreviations(string dataDirectory)
    {
        var table = TsvTable.Load(Path.Combine(dataDirectory, "abbreviations.tsv"));
        return new Abbreviations(
            table.Rows.Select(r => table.Required(r, "abbreviation")),
            table.Rows.Where(r => table.Get(r, "can_end") == "yes").Select(r => table.Required(r, "abbreviation")));
    }

    /// <summary>The entity model: $SITREP_NER_MODEL, else models/ner.bin beside the data directory.</summary>
    public static string NerModelPath(string dataDirectory) =>
        Environment.GetEnvironmentVariable("SITREP_NER_MODEL") is { Length: > 0 } env ? env
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "models", "ner.bin");

    /// <summary>
    /// The data directory: $SITREP_DATA, else "data" beside the program (copied there by the
    /// build), else the nearest "data" folder above the working directory.
    /// </summary>
    public static string FindDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("SITREP_DATA") is { Length: > 0 } env) return env;
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(beside, "actors.tsv"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "actors.tsv"))) return candidate;
        }
        return beside;
    }
}
