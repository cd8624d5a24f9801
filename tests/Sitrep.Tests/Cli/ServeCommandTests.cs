using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>sitrep serve as a user runs it: a process of its own, on a store ingested by the command.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServeSaysWhereItListensAnswersTheApiAndStopsCleanlyOnSigterm()
    {
        using var dir = new TemporaryDirectory();
        var db = dir.File("s.db");
        var (code, _, error) = SitrepCommand.Run("", "ingest", Some.SeedPath, "--published", "2020-03-30", "--db", db);
        Assert.True(code == 0, error);
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        using var p = SitrepCommand.Start(["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"]);
        var stderr = p.StandardError.ReadToEndAsync();
        var line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal($"sitrep serve: the page and the API on http://127.0.0.1:{port} (store {db}); no token: this machine only.", line);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var events = await http.GetFromJsonAsync<JsonElement>("/api/events?type=RETREAT&place=K1");
        Assert.Equal("US-led coalition", events.GetProperty("items")[0].GetProperty("actor").GetString());
        Assert.Contains("<title>Sitrep</title>", await http.GetStringAsync("/"));
        using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString()])) kill.WaitForExit();
        Assert.True(p.WaitForExit(30_000), "serve did not stop on SIGTERM");
        Assert.Equal(0, p.ExitCode);
        Assert.Equal("", await stderr);
    }

    [Fact]
    public void ServeOnAStoreThatCannotBeOpenedSaysWhy()
    {
        using var dir = new TemporaryDirectory();
        var notAStore = dir.File("notes.db");
        File.WriteAllText(notAStore, "these are my notes, not a database");
        var (code, _, error) = SitrepCommand.Run("", "serve", "--db", notAStore, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, code);
        Assert.StartsWith("sitrep: ", error);
        Assert.Contains("notes.db", error);
    }
}

/// <summary>sitrep fuse: merging on demand, incrementally or from scratch, with the same result.</summary>
public sealed class FuseCommandTests
{
    [Fact]
    public void FuseMergesWhatIsNewAndRebuildGivesTheSame()
    {
        using var dir = new TemporaryDirectory();
        var db = dir.File("s.db");
        var (code, _, error) = SitrepCommand.Run("", "ingest", Some.SeedPath, Some.Fixture("handover", "gulf-wire.txt"), "--published", "2020-03-30", "--db", db);
        Assert.True(code == 0, error);
        var (incremental, first, _) = SitrepCommand.Run("", "fuse", "--db", db);
        var (rebuilt, second, _) = SitrepCommand.Run("", "fuse", "--rebuild", "--db", db);
        Assert.Equal((0, 0), (incremental, rebuilt));
        Assert.StartsWith("20 merged events from 22 (0 contradictions), 7 timeline facts; ", first);
        Assert.Equal(first[..first.IndexOf(';')], second[..second.IndexOf(';')]);
    }
}
