using System.Net.Http.Json;
using System.Text.Json;

namespace Sitrep.Tests.Web;

/// <summary>A report whose text carries markup and script is shown as text, and runs nothing, in real Chromium.</summary>
public sealed class HostileReportTests : IAsyncLifetime
{
    private const string Hostile =
        "Gunmen attack checkpoint in Mosul <script>window.__pwned = 'title'</script>\n\n"
        + "Gunmen attacked a police checkpoint in Mosul on Tuesday, killing two policemen <img src=x onerror=\"window.__pwned = 'img'\">, "
        + "police said. <a href=\"javascript:window.__pwned = 'link'\">Read more</a> <svg onload=\"window.__pwned = 'svg'\"></svg>";

    private WebServer _server = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await WebServer.StartAsync(more: [(Hostile, "hostile.txt", "2020-03-05")]);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ScriptTagsHandlersAndJavascriptLinksInAReportAreShownAsTextAndRunNothing()
    {
        var list = await _server.Client.GetFromJsonAsync<JsonElement>("/api/events?text=checkpoint");
        long id = list.GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt64();
        var page = await _browser.OpenAsync(_server.Url);
        await page.ClickAsync($"#event-list button[data-event='{id}']");
        await page.WaitForSelectorAsync("#detail .report .report-text");
        await page.WaitForTimeoutAsync(500);
        var text = await page.InnerTextAsync("#detail .report .report-text");
        Assert.Contains("<script>window.__pwned = 'title'</script>", text);
        Assert.Contains("<img src=x onerror=\"window.__pwned = 'img'\">", text);
        Assert.Contains("<a href=\"javascript:window.__pwned = 'link'\">Read more</a>", text);
        Assert.Equal(0, await page.Locator("#detail script, #detail img, #detail svg, #detail a[href^='javascript']").CountAsync());
        // Pasted into the reading box as well.
        await page.FillAsync("#paste-text", Hostile);
        await page.ClickAsync("#paste-form button");
        await page.WaitForSelectorAsync("#paste-events li");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator("#paste-result script, #paste-result img, #paste-result svg").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("String(window.__pwned ?? 'none')"));
    }
}
