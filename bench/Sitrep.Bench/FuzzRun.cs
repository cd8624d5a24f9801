using Sitrep.Composition;
using Sitrep.Tests.Hostile;

namespace Sitrep.Bench;

/// <summary>The long hostile-input campaign: COUNT generated inputs (default 10,000) through extract and a fifth as many through ingest, from SEED. Prints its figures; a defect makes the exit code 1.</summary>
public static class FuzzRun
{
    /// <summary>fuzz-dump SEED FROM TO DIR: writes the generated documents FROM..TO of a seed to DIR, to replay one with sitrep extract.</summary>
    public static int Dump(string[] args)
    {
        int seed = int.Parse(args[0]), from = int.Parse(args[1]), to = int.Parse(args[2]);
        Directory.CreateDirectory(args[3]);
        var generator = new HostileInputs(HostileInputs.Articles(Inputs.Root, 20), seed);
        for (int i = 0; i <= to; i++)
        {
            var input = generator.NextDocument(i);
            if (i >= from) File.WriteAllBytes(Path.Combine(args[3], input.Name), input.Bytes);
        }
        return 0;
    }

    public static int Run(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        int seed = args.Length > 1 ? int.Parse(args[1]) : 1;
        var resources = SitrepResources.Load(Inputs.DataDirectory);
        var work = Directory.CreateTempSubdirectory("sitrep-fuzz-").FullName;
        try
        {
            var figures = FuzzCampaign.Run(resources, HostileInputs.Articles(Inputs.Root, 20), count, seed, count / 5, work, Console.WriteLine);
            Console.WriteLine(figures);
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            Console.WriteLine($"peak working set of the process: {self.PeakWorkingSet64 / 1048576.0:0} MB");
            return figures.Defects.Count == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
