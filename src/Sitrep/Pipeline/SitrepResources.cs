using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Quantities;
using Sitrep.Quotes;
using Sitrep.Reading;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

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

    public required EventLexicon Events { get; init; }

    public required Outlets Outlets { get; init; }

    private static readonly Lazy<SitrepResources> Shared = new(() => Load());

    /// <summary>The resources from the default data directory, loaded on first use.</summary>
    public static SitrepResources Default => Shared.Value;

    public static SitrepResources Load(string? dataDirectory = null)
    {
        var dir = dataDirectory ?? FindDataDirectory();
        string P(string file) => Path.Combine(dir, file);
        if (!File.Exists(P("actors.tsv")))
            throw new DirectoryNotFoundException($"No Sitrep data in '{dir}' (expected actors.tsv there).");
        var abbreviationTable = TsvTable.Load(P("abbreviations.tsv"));
        var abbreviations = new Abbreviations(
            abbreviationTable.Rows.Select(r => abbreviationTable.Required(r, "abbreviation")),
            abbreviationTable.Rows.Where(r => abbreviationTable.Get(r, "can_end") == "yes").Select(r => abbreviationTable.Required(r, "abbreviation")));
        return new SitrepResources
        {
            DataDirectory = dir,
            Abbreviations = abbreviations,
            Entities = EntityLexicon.Load(dir, abbreviations),
            Quantities = QuantityLexicon.Load(dir, abbreviations),
            TimeWords = TimeWords.Load(P("time-words.tsv")),
            SpeechVerbs = SpeechVerbs.Load(P("speech-verbs.tsv")),
            SpeakerWords = SpeakerWords.Load(P("speaker-words.tsv")),
            Events = EventLexicon.Load(dir, abbreviations),
            Outlets = Outlets.Load(P("outlets.tsv")),
        };
    }

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
