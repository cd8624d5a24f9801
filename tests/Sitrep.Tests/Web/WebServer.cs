using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Sitrep.Ingest;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Tests.Store;
using Sitrep.Tests.Support;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Tests.Web;

/// <summary>
/// A real Sitrep server for one test class: Kestrel on 127.0.0.1 (a free port), on a fresh store
/// of either dialect, holding the seed and the two other reports of the K1 handover. It can be
/// stopped and started again on the same store, as a restart would.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly TestStore _store;
    private WebApplication? _app;

    public static readonly string[] HandoverReports =
    [
        Some.SeedPath,
        Some.Fixture("handover", "kurdistan-monitor.txt"),
        Some.Fixture("handover", "gulf-wire.txt"),
    ];

    private WebServer(TestStore store, string? token)
    {
        _store = store;
        Token = token;
    }

    public string? Token { get; }

    public string Url { get; private set; } = "";

    public string StoreTarget => _store.Target;

    public HttpClient Client { get; private set; } = new();

    /// <summary>A server on a store holding the handover reports (and any others given), merged.</summary>
    public static async Task<WebServer> StartAsync(string dialect = "sqlite", string? token = null, IEnumerable<(string Text, string Name, string Published)>? more = null)
    {
        var server = new WebServer(new TestStore(dialect), token);
        using (var store = server._store.Open())
        {
            var items = new List<IngestItem>
            {
                new(HandoverReports[0]) { Bytes = File.ReadAllBytes(HandoverReports[0]), Published = new DateOnly(2020, 3, 30) },
                new(HandoverReports[1]) { Bytes = File.ReadAllBytes(HandoverReports[1]), Published = new DateOnly(2020, 3, 30), Outlet = "Kurdistan Monitor" },
                new(HandoverReports[2]) { Bytes = File.ReadAllBytes(HandoverReports[2]), Published = new DateOnly(2020, 3, 29), Outlet = "Gulf Wire" },
            };
            foreach (var (text, name, published) in more ?? []) items.Add(new IngestItem(name) { Text = text, Published = DateOnly.Parse(published) });
            var report = new Ingester(Some.Resources, store, new ReaderOptions()) { Workers = 1 }.Run(items);
            Assert.Equal(0, report.Totals.Failed);
            store.Fuse();
        }
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same store, as after a restart.</summary>
    public async Task StartAgainAsync()
    {
        if (_app is not null) await StopAsync();
        _app = SitrepWebApp.Build(new WebOptions { Store = _store.Target, Resources = Some.Resources, Urls = ["http://127.0.0.1:0"], Token = Token, MaxBodyBytes = 256 * 1024 });
        await _app.StartAsync();
        Url = SitrepWebApp.Addresses(_app).Single().TrimEnd('/');
        Client = new HttpClient { BaseAddress = new Uri(Url) };
        if (Token is not null) Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        Client.Dispose();
    }

    public ISitrepStore OpenStore() => _store.Open();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _store.Dispose();
    }
}
