using Sitrep.Documents;
using Sitrep.Training;
using Sitrep.Conversion;
using Sitrep.Export;
using Sitrep.Cli;

return SitrepCli.Run(args, Console.Out, Console.Error, Console.OpenStandardInput);
