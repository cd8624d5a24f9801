using Microsoft.Playwright;
using Sitrep.Composition;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Bench.Web;

/// <summary>
/// <c>bench web-screens STORE DIR</c>: serves STORE on 127.0.0.1 and saves a screenshot of each
/// view of the page into DIR (the README's pictures, from the store setup.sh builds).
/// </summary>
public static class ScreenshotsRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("bench web-screens STORE DIR"); return 2; }
        Directory.CreateDirectory(args[1]);
        var app = SitrepWebApp.Build(new WebOptions { Store = args[0], Resources = SitrepResources.Load(), Urls = ["http://127.0.0.1:0"] });
        app.StartAsync().GetAwaiter().GetResult();
        Shoot(SitrepWebApp.Addresses(app).Single().TrimEnd('/'), args[1]).GetAwaiter().GetResult();
        app.StopAsync().GetAwaiter().GetResult();
        return 0;
    }

    private static async Task Shoot(string url, string dir)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "page-map-list-timeline.png") });

        await page.Locator("#event-list button.event", new() { HasText = "withdrew from K1 Air Base" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#detail .report mark.evidence");
        await page.Locator("#detail .report button.secondary").First.ClickAsync();
        await page.Locator("#detail").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir, "page-event-evidence.png") });

        await page.FillAsync("#state-place", "K1 Air Base");
        await page.ClickAsync("#state-form button");
        await page.WaitForSelectorAsync("#state-result table");
        await page.Locator("#state-panel").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir, "page-state-timeline.png") });

        await page.FillAsync("#paste-text", "BAGHDAD, March 5, 2020 - Gunmen killed five soldiers at a checkpoint near Mosul on Tuesday, police said. "
            + "Hundreds of protesters marched in Basra on Wednesday to demand jobs.");
        await page.ClickAsync("#paste-form button");
        await page.WaitForSelectorAsync("#paste-events li");
        await page.Locator("#paste-panel").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir, "page-read-an-article.png") });
        Console.WriteLine($"screenshots in {dir}");
    }
}
