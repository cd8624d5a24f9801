using System.Net;
using Sitrep.Tests.Support;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Tests.Web;

/// <summary>With --token, nothing is served to a request without it; beyond loopback a token is required to start at all.</summary>
public sealed class TokenTests
{
    private const string Token = "s3cret-token-for-tests";

    [Fact]
    public async Task WithATokenARequestWithoutItIsRefusedAndOneWithItIsServed()
    {
        await using var server = await WebServer.StartAsync(token: Token);
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.Url) };
        var refused = await anonymous.GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using var wrong = new HttpClient { BaseAddress = new Uri(server.Url) };
        wrong.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task ThePageSendsAStrangerToTheLoginFormWhichSetsAnHttpOnlyCookie()
    {
        await using var server = await WebServer.StartAsync(token: Token);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode);
        var failed = await browser.PostAsync("/login", new FormUrlEncodedContent([new("token", "guess")]));
        Assert.Equal("/login?failed=1", failed.Headers.Location!.OriginalString);
        var login = await browser.PostAsync("/login", new FormUrlEncodedContent([new("token", Token)]));
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        var setCookie = login.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/events")).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://192.168.1.5:8080")]
    [InlineData("http://+:8080")]
    public void ListeningBeyondLoopbackWithoutATokenIsRefused(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => SitrepWebApp.Build(new WebOptions { Store = "unused.db", Resources = Some.Resources, Urls = [url] }));
        Assert.Contains("needs a token", e.Message);
    }

    [Fact]
    public void TheCommandRefusesToServeBeyondLoopbackWithoutAToken()
    {
        using var dir = new TemporaryDirectory();
        var (code, _, error) = SitrepCommand.Run("", "serve", "--db", dir.File("s.db"), "--urls", "http://0.0.0.0:5999");
        Assert.Equal(2, code);
        Assert.Contains("give --token", error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://10.0.0.1:5000", false)]
    [InlineData("http://*:5000", false)]
    public void LoopbackIsOnlyThisMachine(string url, bool loopback) => Assert.Equal(loopback, WebOptions.IsLoopback(url));
}
