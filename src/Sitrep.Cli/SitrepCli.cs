using Sitrep.Documents;
using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Composition;

namespace Sitrep.Cli;

/// <summary>
/// The "sitrep" command. Exit codes: 0 everything worked; 1 some inputs could not be processed
/// (each named on standard error, the others still processed) or the store could not be used;
/// 2 the command line is wrong; 130 interrupted (Ctrl-C, SIGTERM) after saying how much was done.
/// </summary>
public static class SitrepCli
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> standardInput)
    {
        var root = new RootCommand("Sitrep reads news reports and turns them into a sourced, geocoded record of events, quotes and claims.");
        root.Add(ExtractCommand.Create(output, error, standardInput));
        root.Add(EvalCommand.Create(output, error));
        root.Add(ParseCommand.Create(output, error, standardInput));
        root.Add(TrainCommand.Create(output, error));
        root.Add(GazetteerCommand.Create(output, error));
        root.Add(ConvertCommand.Create(output, error));
        root.Add(IngestCommand.Create(output, error, standardInput));
        root.Add(StoreCommands.Query(output, error));
        root.Add(StoreCommands.Export(output, error));
        root.Add(StoreCommands.Timeline(output, error));
        root.Add(StoreCommands.Quotes(output, error));
        root.Add(StoreCommands.Fuse(output, error));
        root.Add(ServeCommand.Create(output, error));
        root.Add(WorkerCommand.Create(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"sitrep: {e.Message}");
            error.WriteLine("Run 'sitrep --help' for usage.");
            return UsageError;
        }
        try
        {
            // On Ctrl-C or SIGTERM a command gets up to 2 minutes (a report may take up to --max-seconds,
            // 60 s by default) to finish the batch it is writing and say how far it got.
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromMinutes(2) });
        }
        catch (UsageException e)
        {
            error.WriteLine($"sitrep: {e.Message}");
            return UsageError;
        }
    }

    /// <summary>Sitrep's dictionaries, models and gazetteer, or null after saying on <paramref name="error"/> why they cannot be read.</summary>
    public static SitrepResources? LoadResources(string? dataDirectory, TextWriter error, IReadOnlyList<string>? actorFiles = null)
    {
        try
        {
            return SitrepResources.Load(dataDirectory, actorFiles);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            error.WriteLine($"sitrep: cannot load the dictionaries, the models or the gazetteer: {e.Message}");
            return null;
        }
    }

    /// <summary>--max-seconds and --max-memory: what one report may take before it fails alone.</summary>
    public sealed class LimitOptions
    {
        public readonly Option<int> Seconds = new Option<int>("--max-seconds")
        {
            Description = "Seconds one report may take; a report that takes longer fails alone, the others go on.",
            DefaultValueFactory = _ => (int)new WorkLimits().MaxTime.TotalSeconds,
        }.MustBeWithin(1, 86_400, "the seconds one report may take");

        public readonly Option<int> Memory = new Option<int>("--max-memory")
        {
            Description = "Megabytes one report may allocate; a report that needs more fails alone, the others go on.",
            DefaultValueFactory = _ => (int)(new WorkLimits().MaxAllocatedBytes >> 20),
        }.MustBeWithin(64, 1 << 20, "the megabytes one report may allocate");

        public void AddTo(Command command)
        {
            command.Add(Seconds);
            command.Add(Memory);
        }

        public WorkLimits Read(ParseResult parse) => new()
        {
            MaxTime = TimeSpan.FromSeconds(parse.GetValue(Seconds)),
            MaxAllocatedBytes = (long)parse.GetValue(Memory) << 20,
        };
    }

    /// <summary>--actors FILE…: the user's own actors or states, added to Sitrep's dictionaries.</summary>
    public static Option<string[]> ActorsOption() => new("--actors")
    {
        Description = "Extra actors or states: a TSV file in the format of data/actors.tsv or data/countries.tsv (an iso3 column); repeat for several.",
    };
}

/// <summary>A command-line value that parses but makes no sense ("--published yesterday-ish").</summary>
public sealed class UsageException(string message) : Exception(message);
