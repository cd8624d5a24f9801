using Sitrep.Documents;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

// dotnet run -c Release --project bench/Sitrep.Bench -- corpus DIR...   end-to-end throughput and peak memory
// dotnet run -c Release --project bench/Sitrep.Bench -- fuzz [COUNT] [SEED]  the hostile-input campaign (scripts/fuzz.sh)
// dotnet run -c Release --project bench/Sitrep.Bench -- fuse-growth BASE.db DIR REPORTS COPIES...  merging new reports as the store grows
// dotnet run -c Release --project bench/Sitrep.Bench -- fuse STORE  merging every stored event: the scan against the indexes, and the rebuild
// dotnet run -c Release --project bench/Sitrep.Bench -- web BASE.db COPIES TARGET.db  the API's latency on a large store (ab) and the page's first paint
// dotnet run -c Release --project bench/Sitrep.Bench -- repeated          time per byte on repeated-token inputs against news
// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*'     BenchmarkDotNet hot paths
if (args.Length > 0 && args[0] == "corpus") return CorpusRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "ingest") return IngestRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "fuzz") return FuzzRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "minilm") return Sitrep.Bench.Encoder.MiniLmRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "fuzz-dump") return FuzzRun.Dump(args[1..]);
if (args.Length > 0 && args[0] == "fuse") return FuseRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "fuse-growth") return FuseGrowthRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "web-screens") return Sitrep.Bench.Web.ScreenshotsRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "web") return Sitrep.Bench.Web.WebLatencyRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "repeated") return RepeatedTokenRun.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(CorpusRun).Assembly).Run(args);
return 0;
