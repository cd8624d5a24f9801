using Microsoft.Playwright;

namespace Sitrep.Tests.Web;

/// <summary>
/// Real headless Chromium (Debian's, at /usr/bin/chromium; SITREP_CHROMIUM names another) driven by
/// Playwright, and a page on a server, with every console error and failed request kept so a test
/// can show them when it fails.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public List<string> Problems { get; } = [];

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"The browser tests need Chromium at {chromium} (apt-get install chromium; .ci/run installs it).");
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Args });
        return new Browser(playwright, browser);
    }

    /// <summary>A new page at the server's root, once the page says it has loaded its data.</summary>
    public async Task<IPage> OpenAsync(string url, int width = 1280, int height = 1400)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.Console += (_, m) => { if (m.Type == "error") Problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => Problems.Add("page error: " + e);
        page.RequestFailed += (_, r) => Problems.Add("request failed: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) Problems.Add($"{r.Status}: {r.Url}"); };
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 20_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
