using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Export;
using Sitrep.Corrections;
using Sitrep.Store;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Tests.Web;

/// <summary>The HTTP API on SQLite, the embedded default.</summary>
public sealed class ApiTests() : ApiBehaviour("sqlite");

/// <summary>The HTTP API on a real PostgreSQL server on 127.0.0.1.</summary>
public sealed class ApiOnPostgresTests() : ApiBehaviour("postgres");

/// <summary>The HTTP API on a real server on 127.0.0.1, over the seed and the two other reports of the K1 handover.</summary>
public abstract class ApiBehaviour(string dialect) : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync() => _server = await WebServer.StartAsync(dialect);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> Get(string path)
    {
        var response = await _server.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<long> HandoverId()
    {
        var page = await Get("/api/events?type=RETREAT&place=K1");
        return page.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("reports").GetInt32() == 3).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task TheHandoverIsOneMergedEventOfThreeReportsAtK1()
    {
        var page = await Get("/api/events?type=RETREAT&place=K1");
        var handover = page.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("reports").GetInt32() == 3);
        Assert.Equal("US-led coalition", handover.GetProperty("actor").GetString());
        Assert.Equal("Iraqi Army", handover.GetProperty("recipient").GetString());
        Assert.Equal("K1 Air Base", handover.GetProperty("place").GetString());
        Assert.Equal("2020-03-29", handover.GetProperty("date").GetString());
        Assert.Equal(1, handover.GetProperty("geo_precision").GetInt32());
    }

    [Fact]
    public async Task TheListPagesAndCountsEveryMatch()
    {
        var all = await Get("/api/events?limit=1000");
        long total = all.GetProperty("total").GetInt64();
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());
        var first = await Get("/api/events?limit=2");
        var second = await Get("/api/events?limit=2&offset=2");
        Assert.Equal(total, first.GetProperty("total").GetInt64());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(all.GetProperty("items").EnumerateArray().Take(4).Select(e => e.GetProperty("id").GetInt64()), ids);
        var assaults = await Get("/api/events?type=ASSAULT");
        Assert.All(assaults.GetProperty("items").EnumerateArray(), e => Assert.Equal("ASSAULT", e.GetProperty("type").GetString()));
        Assert.True(assaults.GetProperty("total").GetInt64() < total);
    }

    [Fact]
    public async Task OneEventGivesEveryReportWithItsEvidenceAndWhereTheyDisagree()
    {
        var detail = await Get($"/api/events/{await HandoverId()}");
        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["Gulf Wire", "Kurdistan Monitor", "Rudaw"], reports.Select(r => r.GetProperty("outlet").GetString()).Order());
        var seed = reports.Single(r => r.GetProperty("outlet").GetString() == "Rudaw");
        Assert.Contains("He supervised the withdrawal of coalition forces from the base", seed.GetProperty("evidence").GetString());
        Assert.NotEmpty(detail.GetProperty("contradictions").EnumerateArray());
        // The report's text and its annotations, where the page finds the evidence's spans.
        var doc = await Get($"/api/documents/{seed.GetProperty("document_id").GetInt64()}");
        var text = doc.GetProperty("text").GetString()!;
        var ev = doc.GetProperty("result").GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == seed.GetProperty("local_id").GetString());
        var span = ev.GetProperty("evidence")[0];
        Assert.Equal(span.GetProperty("text").GetString(), text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        Assert.NotEmpty(ev.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public async Task TheMapGetsGeoJsonWithPrecision()
    {
        var response = await _server.Client.GetAsync("/api/places?type=RETREAT");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var geo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var k1 = geo.GetProperty("features").EnumerateArray().First(f => f.GetProperty("properties").GetProperty("place").GetString() == "K1 Air Base");
        Assert.Equal(44.28, k1.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(35.52, k1.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
        Assert.Equal(1, k1.GetProperty("properties").GetProperty("geo_precision").GetInt32());
    }

    [Fact]
    public async Task TheK1TimelineShowsTheCoalitionThenTheIraqiArmy()
    {
        var facts = (await Get("/api/timeline?place=K1%20Air%20Base")).EnumerateArray().Where(f => f.GetProperty("predicate").GetString() == "controlled by").ToList();
        Assert.Equal(["US-led coalition", "Iraqi Army"], facts.Select(f => f.GetProperty("value").GetString()));
        Assert.Equal("2020-03-29", facts[0].GetProperty("valid_to").GetString());
        Assert.Equal("2020-03-29", facts[1].GetProperty("valid_from").GetString());
    }

    [Fact]
    public async Task SearchFindsReportsAndQuotesAndEntitiesAreCounted()
    {
        var hits = await Get("/api/search?q=Kirkuk");
        Assert.Contains(hits.GetProperty("reports").EnumerateArray(), r => r.GetProperty("outlet").GetString() == "Kurdistan Monitor");
        var entities = await Get("/api/entities?name=IGOMIL");
        Assert.Equal("US-led coalition", entities[0].GetProperty("name").GetString());
        Assert.True(entities[0].GetProperty("as_actor").GetInt64() >= 3);
    }

    [Fact]
    public async Task ExtractAnswersSitrepJsonAndStoresNothing()
    {
        long before = (await Get("/api/events")).GetProperty("total").GetInt64();
        var response = await _server.Client.PostAsJsonAsync("/api/extract", new { text = "Gunmen killed five soldiers in Mosul on Tuesday, police said.", published = "2020-03-05" });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sitrep/1", json.GetProperty("schema").GetString());
        var ev = json.GetProperty("events").EnumerateArray().Single();
        Assert.Equal("ASSAULT", ev.GetProperty("type").GetString());
        Assert.Equal("2020-03-03", ev.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(before, (await Get("/api/events")).GetProperty("total").GetInt64());
        var plain = await _server.Client.PostAsync("/api/extract", new StringContent("Protesters marched in Basra on Friday.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Fact]
    public async Task APostedReportIsIngestedMergedAndNotStoredTwice()
    {
        var article = new { text = "Iraqi forces arrested 12 Islamic State suspects in Mosul on Monday, the interior ministry said.", published = "2020-04-07", outlet = "Test Wire" };
        var first = await _server.Client.PostAsJsonAsync("/api/documents", article);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stored = await first.Content.ReadFromJsonAsync<JsonElement>();
        long id = stored.GetProperty("document_id").GetInt64();
        Assert.True(stored.GetProperty("stored").GetBoolean());
        Assert.Equal("Test Wire", (await Get($"/api/documents/{id}")).GetProperty("outlet").GetString());
        Assert.Contains((await Get("/api/events?outlet=Test%20Wire")).GetProperty("items").EnumerateArray(), e => e.GetProperty("date").GetString() == "2020-04-06");
        var again = await _server.Client.PostAsJsonAsync("/api/documents", article);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var skipped = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(skipped.GetProperty("stored").GetBoolean());
        Assert.Equal(id, skipped.GetProperty("document_id").GetInt64());
    }

    [Fact]
    public async Task AnAgreementPlacedWhereWhatItCommitsToIsSaysSo()
    {
        var article = new { text = "The NATO alliance agreed on Thursday to an expansion of its peacekeeping force in Afghanistan.", published = "2003-10-06", outlet = "Deed Wire" };
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostAsJsonAsync("/api/documents", article)).StatusCode);
        var agreed = Assert.Single((await Get("/api/events?outlet=Deed%20Wire")).GetProperty("items").EnumerateArray());
        Assert.Equal(("Afghanistan", true), (agreed.GetProperty("place").GetString(), agreed.GetProperty("place_of_deed").GetBoolean()));
        var detail = await Get($"/api/events/{agreed.GetProperty("id").GetInt64()}");
        Assert.True(Assert.Single(detail.GetProperty("reports").EnumerateArray()).GetProperty("place_of_deed").GetBoolean());
    }

    [Theory]
    [InlineData("/api/events?from=30-03-2020", "from")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?near=95,10", "near")]
    [InlineData("/api/events?status=rumoured", "status")]
    [InlineData("/api/timeline", "place")]
    [InlineData("/api/search?q=%20", "q")]
    public async Task ABadParameterGetsAProblemNamingIt(string path, string parameter)
    {
        var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AnUnknownEventOrReportIsAProblemNotFound()
    {
        foreach (var path in new[] { "/api/events/99999", "/api/documents/99999" })
        {
            var response = await _server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWith413()
    {
        var big = new string('a', 300 * 1024);
        var response = await _server.Client.PostAsync("/api/extract", new StringContent(big, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task EveryAnswerCarriesAContentSecurityPolicyWithoutInlineScript()
    {
        foreach (var path in new[] { "/", "/api/events", "/app.js" })
        {
            var response = await _server.Client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryFeature()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/events/by-day", "/api/places", "/api/timeline", "/api/entities", "/api/search",
                     "/api/documents/{id}", "/api/documents", "/api/extract", "/api/events/{id}/corrections", "/api/corrections" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task ACorrectionIsKeptBesideTheMachineReadingAndSurvivesARebuildAndARestart()
    {
        long id = await HandoverId();
        var response = await _server.Client.PostAsJsonAsync($"/api/events/{id}/corrections",
            new { author = "J. Analyst", verdict = "confirmed", date = "2020-03-28", note = "The ceremony was on Saturday per the base commander." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2020-03-28", corrected.GetProperty("event").GetProperty("date").GetString());
        Assert.Equal("confirmed", corrected.GetProperty("event").GetProperty("verdict").GetString());
        Assert.Equal(["date"], corrected.GetProperty("event").GetProperty("corrected").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("2020-03-29", corrected.GetProperty("machine").GetProperty("date").GetString());
        Assert.Equal("2020-03-29", (await Get($"/api/events/{id}?view=machine")).GetProperty("event").GetProperty("date").GetString());

        // A rebuild of the merged events, then a restart: the correction follows its event.
        using (var store = _server.OpenStore()) store.Fuse();
        await _server.StartAgainAsync();
        long after = await HandoverId();
        var detail = await Get($"/api/events/{after}");
        Assert.Equal("2020-03-28", detail.GetProperty("event").GetProperty("date").GetString());
        var note = detail.GetProperty("corrections").EnumerateArray().Single();
        Assert.Equal("J. Analyst", note.GetProperty("author").GetString());
        Assert.Equal("The ceremony was on Saturday per the base commander.", note.GetProperty("note").GetString());

        // The exports give the corrected view, and the machine's on request.
        using (var store = _server.OpenStore())
        {
            var filter = new EventFilter { Type = "RETREAT", Place = "K1" };
            var writer = new StringWriter();
            StoreExport.FusedJsonLines(writer, MergedEvent.Read(store, store.FindFused(filter)));
            Assert.Contains("\"date\":\"2020-03-28\"", writer.ToString());
            writer = new StringWriter();
            StoreExport.FusedJsonLines(writer, MergedEvent.Read(store, store.FindFused(filter), machineOnly: true));
            Assert.DoesNotContain("2020-03-28", writer.ToString());
        }
    }

    [Fact]
    public async Task ARejectedEventLeavesTheExportsAndCorrectedEventsBecomePloverGold()
    {
        long id = await HandoverId();
        var assault = (await Get("/api/events?type=ASSAULT")).GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostAsJsonAsync($"/api/events/{assault}/corrections", new { verdict = "rejected" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostAsJsonAsync($"/api/events/{id}/corrections", new { target = "Iraqi Security Forces", fatalities = 0 })).StatusCode);
        using var dir = new Support.TemporaryDirectory();
        var path = dir.File("gold.json");
        using (var store = _server.OpenStore())
        using (var w = new StreamWriter(path))
            StoreExport.Plover(w, MergedEvent.Read(store, store.FindFused(new EventFilter())));
        var records = EventGold.ReadPlover(path);
        Assert.DoesNotContain(records, r => r.Id == $"sitrep-{assault}");
        var handover = records.Single(r => r.Id == $"sitrep-{id}");
        Assert.Equal("RETREAT", handover.Event);
        Assert.Equal("US-led coalition", handover.Source.Single().Text);
        Assert.Equal("Iraqi Security Forces", handover.Target.Single().Text);
        Assert.Equal(0, handover.Dead);
        Assert.Equal("K1 Air Base", handover.Location);
        // Not on the map, and not in the merged events' export either.
        var geo = await Get("/api/places?type=ASSAULT&limit=1000");
        Assert.DoesNotContain(geo.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("fused_id").GetInt64() == assault);
        using (var store = _server.OpenStore())
        {
            var fused = new StringWriter();
            StoreExport.FusedJsonLines(fused, MergedEvent.Read(store, store.FindFused(new EventFilter { Type = "ASSAULT" })));
            Assert.DoesNotContain($"\"fused_id\":{assault},", fused.ToString());
        }
    }

    [Fact]
    public async Task AWriteFromAnotherSiteIsRefusedAndAScriptsIsNot()
    {
        long id = await HandoverId();
        foreach (var (header, value) in new[] { ("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site"), ("Origin", "null") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/corrections") { Content = new StringContent("{\"verdict\":\"rejected\"}", Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation(header, value);
            var refused = await _server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using var plain = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("Gunmen attacked a checkpoint in Mosul on Tuesday.", Encoding.UTF8, "text/plain") };
        plain.Headers.TryAddWithoutValidation("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Client.SendAsync(plain)).StatusCode);
        using (var store = _server.OpenStore()) Assert.Equal(0, store.Count(StoreTable.Corrections));
        // The page's own origin, and a script that sends none, may write.
        using var own = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/corrections") { Content = new StringContent("{\"verdict\":\"confirmed\"}", Encoding.UTF8, "application/json") };
        own.Headers.TryAddWithoutValidation("Origin", _server.Url);
        own.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task WithoutATokenOnlyLoopbackNamesAreAnswered()
    {
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        rebound.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await _server.Client.SendAsync(rebound)).StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        local.Headers.Host = "localhost";
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.SendAsync(local)).StatusCode);
    }

    [Theory]
    [InlineData("{\"verdict\":\"maybe\"}", "verdict")]
    [InlineData("{\"type\":\"RIOT\"}", "type")]
    [InlineData("{\"date\":\"29/03/2020\"}", "date")]
    [InlineData("{\"fatalities\":-1}", "fatalities")]
    [InlineData("{\"note\":\"only a note\"}", "verdict")]
    [InlineData("{\"place\":\"Kirkuk\",\"lat\":35.4}", "lat")]
    public async Task AWrongCorrectionIsRefusedAndNothingIsStored(string body, string field)
    {
        long id = await HandoverId();
        var response = await _server.Client.PostAsync($"/api/events/{id}/corrections", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        using var store = _server.OpenStore();
        Assert.Equal(0, store.Count(StoreTable.Corrections));
    }
}
