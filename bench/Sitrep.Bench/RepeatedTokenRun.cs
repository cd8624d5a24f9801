using System.Diagnostics;
using System.Text;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Reading;

namespace Sitrep.Bench;

/// <summary>
/// Time per byte of inputs that repeat one token (abbreviations, cue words, quotes, names) at
/// 50 KB and 400 KB, against normal news: a stage that rescans a sentence per token shows as time
/// per byte growing with size. Prints its figures; asserts nothing.
/// </summary>
public static class RepeatedTokenRun
{
    private static readonly string[] Tokens =
    [
        "Mr. ", "U.S. ", "Gen. ", "according to ", "said ", "killed ", "attacked ", "the ", "\"", "(", ": ", "5 ", "x ",
        "Baghdad ", "Iraq, ", "on Monday ", "five soldiers ", "he said that ", "John Smith, ", "in Baghdad on Monday, ", "He said: \"x\" ",
    ];

    public static int Run(string[] args)
    {
        var pipeline = SitrepPipelines.Default(SitrepResources.Load(Inputs.DataDirectory)).WithLimits(WorkLimits.None);
        var reader = new DocumentReader(new ReaderOptions());
        var news = Inputs.NewsSample(20).Select(File.ReadAllBytes).ToList();
        foreach (var n in news.Take(5)) pipeline.Run(reader.Read(n, "warm.txt"));
        var clock = Stopwatch.StartNew();
        foreach (var n in news) pipeline.Run(reader.Read(n, "news.txt"));
        double newsPerByte = clock.Elapsed.TotalMicroseconds / news.Sum(n => n.Length);
        Console.WriteLine($"normal news: {newsPerByte:0.00} µs/byte ({news.Count} BBC articles)");
        Console.WriteLine($"{"token",-26} {"50 KB µs/B",10} {"400 KB µs/B",11} {"x news",7} {"MB alloc/400 KB",15}");
        foreach (var token in Tokens)
        {
            var (small, _) = Measure(pipeline, reader, token, 50_000);
            var (large, allocated) = Measure(pipeline, reader, token, 400_000);
            Console.WriteLine($"{Escape(token),-26} {small,10:0.00} {large,11:0.00} {large / newsPerByte,7:0.0} {allocated / 1048576.0,15:0}");
        }
        return 0;
    }

    private static (double MicrosPerByte, long Allocated) Measure(Sitrep.Pipeline.SitrepPipeline pipeline, DocumentReader reader, string token, int bytes)
    {
        var text = new StringBuilder();
        while (text.Length < bytes) text.Append(token);
        var input = Encoding.UTF8.GetBytes(text.ToString());
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var doc = pipeline.Run(reader.Read(input, "r.txt"));
        _ = Sitrep.Output.SitrepJsonWriter.ToJson(doc, indented: false);
        return (clock.Elapsed.TotalMicroseconds / input.Length, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Escape(string s) => "'" + s.Replace("\n", "\\n") + "'";
}
