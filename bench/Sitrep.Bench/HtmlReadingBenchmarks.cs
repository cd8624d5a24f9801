using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Reading;

namespace Sitrep.Bench;

/// <summary>What the depth limiter's scan adds to reading a page: the scan alone against the whole read of the same page.</summary>
[MemoryDiagnoser]
public class HtmlReadingBenchmarks
{
    private byte[] _page = [];
    private readonly DocumentReader _reader = new(new ReaderOptions());

    [GlobalSetup]
    public void Setup()
    {
        // A news page's shape: navigation, scripts, an article of BBC paragraphs with links and emphasis, a footer.
        var paragraphs = Inputs.NewsSample(2).SelectMany(f => File.ReadAllText(f).Split("\n\n")).Take(60);
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>T</title><script>var a = '<p>';</script></head><body><nav><ul>");
        for (int i = 0; i < 40; i++) sb.Append("<li><a href=\"/s").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        sb.Append("</ul></nav><div class=\"main\"><article><h1>Headline</h1>");
        foreach (var p in paragraphs) sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append(" <a href=\"/x\"><b>more</b></a></p>");
        sb.Append("</article></div><footer><p>Copyright</p></footer></body></html>");
        _page = Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Benchmark]
    public int LimiterScan() => HtmlDepthLimiter.Limit(_page).Dropped;

    [Benchmark(Baseline = true)]
    public int ReadPage() => _reader.Read(_page, "page.html").Text.Length;
}
