using Sitrep.Documents;
using Sitrep.Conversion;
using System.CommandLine;
using Sitrep.Actors;
using Sitrep.Events;

namespace Sitrep.Cli;

/// <summary>
/// sitrep convert phoenix DIR: turns the dictionaries other coders publish into Sitrep's own data
/// files under data/, where they are reviewed like the rest. The outputs are committed; the
/// command is here so anyone can regenerate them and see the diff.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("convert", "Convert other event coders' dictionaries into Sitrep's data files.");
        var source = new Argument<string>("DIR") { Description = "PETRARCH2's dictionary directory (../shared/data/events/petrarch2).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "events", "petrarch2") };
        var outDir = new Option<string>("--out") { Description = "The data directory to write into.", DefaultValueFactory = _ => "data" };
        var phoenix = new Command("phoenix", "Phoenix actor and agent dictionaries → data/phoenix-actors.tsv and data/phoenix-agents.tsv.") { source, outDir };
        phoenix.SetAction(parse =>
        {
            var dir = parse.GetValue(source)!;
            foreach (var f in PhoenixConverter.ActorFiles.Append(PhoenixConverter.AgentFile))
                if (!File.Exists(Path.Combine(dir, f)))
                {
                    error.WriteLine($"sitrep: {Path.Combine(dir, f)}: not found.");
                    return SitrepCli.SomeInputsFailed;
                }
            var result = PhoenixConverter.Convert(dir, parse.GetValue(outDir)!);
            output.WriteLine($"{result.Actors} actors with {result.Names} names, {result.Agents} agents; {result.Skipped.Count} lines skipped:");
            foreach (var s in result.Skipped) output.WriteLine("  " + s);
            return SitrepCli.Ok;
        });
        command.Add(phoenix);
        var verbsSource = new Argument<string>("DIR") { Description = "The shared events directory (../shared/data/events), with petrarch2/CAMEO.2.0.txt and CAMEO2PLOVER-2021.txt.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "events") };
        var verbsOut = new Option<string>("--out") { Description = "The data directory to write into.", DefaultValueFactory = _ => "data" };
        var verbs = new Command("petrarch-verbs", "PETRARCH2's CAMEO verb dictionary, mapped to PLOVER → data/petrarch-verbs.tsv.") { verbsSource, verbsOut };
        verbs.SetAction(parse =>
        {
            var dir = parse.GetValue(verbsSource)!;
            string cameo = Path.Combine(dir, "petrarch2", "CAMEO.2.0.txt"), table = Path.Combine(dir, "CAMEO2PLOVER-2021.txt");
            foreach (var f in new[] { cameo, table })
                if (!File.Exists(f))
                {
                    error.WriteLine($"sitrep: {f}: not found.");
                    return SitrepCli.SomeInputsFailed;
                }
            var r = PetrarchVerbConverter.Convert(cameo, table, Path.Combine(parse.GetValue(verbsOut)!, "petrarch-verbs.tsv"));
            output.WriteLine($"{r.Blocks} verb blocks, {r.Forms} verb forms, {r.Patterns} object patterns ({r.PatternsLeftOut} patterns left out: subject-side or parse-dependent); {r.Unmapped} codes without a PLOVER type");
            return SitrepCli.Ok;
        });
        command.Add(verbs);
        var npmDir = new Argument<string>("DIR") { Description = $"The directory of npm tarballs with {GivenNameGenders.Tarball} (scripts/fetch-data.sh fetches it).", DefaultValueFactory = _ => Path.Combine("artifacts", "npm") };
        var namesOut = new Option<string>("--out") { Description = "The data directory to write into.", DefaultValueFactory = _ => "data" };
        var names = new Command("given-names", "Given names' genders from the npm package gender-detection-from-name → data/given-name-genders.tsv.") { npmDir, namesOut };
        names.SetAction(parse =>
        {
            var tarball = Path.Combine(parse.GetValue(npmDir)!, GivenNameGenders.Tarball);
            if (!File.Exists(tarball))
            {
                error.WriteLine($"sitrep: {tarball}: not found (scripts/fetch-data.sh fetches it).");
                return SitrepCli.SomeInputsFailed;
            }
            var dataDir = parse.GetValue(namesOut)!;
            var exclusions = Path.Combine(dataDir, "given-name-exclusions.txt");
            var excluded = File.Exists(exclusions)
                ? File.ReadLines(exclusions).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            var r = GivenNameGenders.Convert(tarball, Path.Combine(dataDir, "given-name-genders.tsv"), excluded);
            output.WriteLine($"{r.Kept} given names with their gender; {r.Conflicting} left out where their entries disagree");
            return SitrepCli.Ok;
        });
        command.Add(names);
        return command;
    }
}
