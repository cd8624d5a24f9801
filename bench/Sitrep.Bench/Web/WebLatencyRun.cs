using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sitrep.Composition;
using Sitrep.Rows;
using Sitrep.Store;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Bench.Web;

/// <summary>
/// The API's latency on a large store and the page's first paint:
/// <c>bench web BASE.db COPIES TARGET.db [CLIENTS...]</c> copies the reports of BASE that have
/// events COPIES times into TARGET (each copy's dates moved back by a year per copy, so copies do
/// not merge), merges them, serves TARGET on 127.0.0.1, and drives it with ApacheBench
/// (<c>ab</c>, apache2-utils) at each number of concurrent clients: the events list, one event,
/// and the map's GeoJSON. Then Chromium opens the page: first contentful paint, and the time until
/// the list, map and chart hold their data. TARGET is reused when it exists.
/// </summary>
public static partial class WebLatencyRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 3) { Console.Error.WriteLine("bench web BASE.db COPIES TARGET.db [CLIENTS...]"); return 2; }
        string source = args[0], target = args[2];
        int copies = int.Parse(args[1], CultureInfo.InvariantCulture);
        var clients = args.Length > 3 ? args[3..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 8, 32];
        if (!File.Exists(target)) Build(source, copies, target);
        using (var store = SitrepStore.OpenReadOnly(target))
            Console.WriteLine($"store: {store.Count(StoreTable.Documents):N0} reports, {store.Count(StoreTable.Events):N0} events, {store.Count(StoreTable.FusedEvents):N0} merged events, {new FileInfo(target).Length / 1e6:F0} MB");
        var app = SitrepWebApp.Build(new WebOptions { Store = target, Resources = SitrepResources.Load(), Urls = ["http://127.0.0.1:0"] });
        app.StartAsync().GetAwaiter().GetResult();
        var url = SitrepWebApp.Addresses(app).Single().TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        long middle = http.GetFromJsonAsync<JsonElement>("/api/events?limit=1&offset=5000").Result.GetProperty("items")[0].GetProperty("id").GetInt64();
        var paths = new (string Name, string Path)[]
        {
            ("events list (100, first page)", "/api/events?limit=100"),
            ("events list, type filter, page 20", "/api/events?type=ASSAULT&limit=100&offset=2000"),
            ("one event", $"/api/events/{middle}"),
            ("map GeoJSON (10,000 events)", "/api/places?limit=10000"),
        };
        Console.WriteLine("| request | clients | requests | p50 ms | p95 ms | p99 ms | max ms | requests/s | bytes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, path) in paths)
            foreach (int c in clients)
            {
                int n = path.Contains("places") ? Math.Max(10, c * 2) : Math.Max(50, c * 10);
                var r = ApacheBench(url + path, c, n);
                Console.WriteLine($"| {name} | {c} | {n} | {r.P50} | {r.P95} | {r.P99} | {r.Max} | {r.Rate:F0} | {r.Bytes:N0} |");
            }
        FirstPaint(url).GetAwaiter().GetResult();
        app.StopAsync().GetAwaiter().GetResult();
        return 0;
    }

    internal static void Build(string source, int copies, string target)
    {
        var clock = Stopwatch.StartNew();
        using var from = SitrepStore.OpenReadOnly(source);
        using var to = SitrepStore.Open(target);
        var events = from.FindEvents(new EventFilter()).GroupBy(e => e.DocumentId).ToList();
        for (int k = 0; k < copies; k++)
        {
            var batch = new List<StoredDocument>();
            foreach (var g in events)
            {
                var d = from.Document(g.Key)!;
                batch.Add(new StoredDocument(0, StoredDocumentBuilder.ContentHash($"copy {k}\n{d.Text}"), $"{d.Input}#copy{k}", d.Text)
                {
                    Url = d.Url is null ? null : $"{d.Url}#copy{k}", Title = d.Title, Outlet = d.Outlet, Published = Shift(d.Published, k), Result = d.Result,
                    Events = g.Select(e => (EventRow)e with { DateValue = Shift(e.DateValue, k), DateStart = Shift(e.DateStart, k), DateEnd = Shift(e.DateEnd, k) }).ToList(),
                });
                if (batch.Count == 500) { to.Write(batch); batch.Clear(); }
            }
            to.Write(batch);
            Console.Error.WriteLine($"copy {k + 1}/{copies}: {to.Count(StoreTable.Events):N0} events ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        var merge = Stopwatch.StartNew();
        var fused = to.Fuse();
        Console.WriteLine($"built in {clock.Elapsed.TotalSeconds:F0} s; merging {fused.Events:N0} events into {fused.Fused:N0}: {merge.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// "2020-03-29" → "2019-03-29" for k = 1: a copy's happenings a year apart, so they are not
    /// merged with the original's; earlier, as a store's past is (new reports tell of recent days).
    /// </summary>
    private static string? Shift(string? date, int k) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            ? (year - k).ToString("0000", CultureInfo.InvariantCulture) + date[4..] : date;

    private sealed record AbResult(int P50, int P95, int P99, int Max, double Rate, long Bytes);

    private static AbResult ApacheBench(string url, int clients, int requests)
    {
        var info = new ProcessStartInfo("ab") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-q", "-k", "-c", clients.ToString(CultureInfo.InvariantCulture), "-n", requests.ToString(CultureInfo.InvariantCulture), url }) info.ArgumentList.Add(a);
        using var ab = Process.Start(info) ?? throw new InvalidOperationException("ab (apache2-utils) is not installed: apt-get install apache2-utils");
        var output = ab.StandardOutput.ReadToEnd();
        ab.WaitForExit();
        int Percent(int p) => int.Parse(Regex.Match(output, $@"^\s*{p}%\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
        var failed = Regex.Match(output, @"Failed requests:\s+(\d+)").Groups[1].Value;
        var non2xx = Regex.Match(output, @"Non-2xx responses:\s+(\d+)");
        if (failed != "0" || non2xx.Success) throw new InvalidOperationException($"{url}: failed requests\n{output}");
        return new AbResult(Percent(50), Percent(95), Percent(99), Percent(100),
            double.Parse(Regex.Match(output, @"Requests per second:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(Regex.Match(output, @"Document Length:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static async Task FirstPaint(string url)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        });
        for (int run = 0; run < 3; run++)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(url);
            await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 120_000 });
            var ready = clock.ElapsedMilliseconds;
            var paint = await page.EvaluateAsync<double>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
            Console.WriteLine($"page, run {run + 1}: first contentful paint {paint:F0} ms; list, map (10,000 markers) and chart loaded {ready} ms");
            await page.CloseAsync();
        }
    }
}
