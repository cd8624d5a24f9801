using System.CommandLine;
using Sitrep.Store;
using Sitrep.Web.Composition;
using Sitrep.Web.Hosting;

namespace Sitrep.Cli;

/// <summary>sitrep serve: the HTTP API and the analyst's page on a store, from one process.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var urls = new Option<string[]>("--urls")
        {
            Description = "Addresses to listen on (default http://127.0.0.1:5000); any address beyond this machine needs --token.",
            DefaultValueFactory = _ => ["http://127.0.0.1:5000"],
            AllowMultipleArgumentsPerToken = true,
        };
        var token = new Option<string?>("--token") { Description = "A secret every request must carry (Authorization: Bearer TOKEN, or the login form's cookie); also read from SITREP_TOKEN." };
        var maxBody = new Option<int>("--max-body-kb") { Description = "The largest request body in KB; larger ones are refused with 413.", DefaultValueFactory = _ => 2048 }.MustBeWithin(1, 1 << 20, "the largest request body in KB");
        var data = new Option<string?>("--data") { Description = "The dictionaries' directory (default: the data/ shipped with sitrep)." };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the analyst's page: map, timeline, events with their evidence, corrections.") { db, urls, token, maxBody, data };
        command.SetAction(async (parse, cancel) =>
        {
            var addresses = parse.GetValue(urls)!.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            foreach (var u in addresses)
                if (!Uri.TryCreate(u.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new UsageException($"--urls: '{u}' is not an address like http://127.0.0.1:5000.");
            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("SITREP_TOKEN");
            if (string.IsNullOrEmpty(secret) && addresses.Any(u => !WebOptions.IsLoopback(u)))
                throw new UsageException($"listening on {string.Join(", ", addresses.Where(u => !WebOptions.IsLoopback(u)))} would open the store beyond this machine: give --token (or SITREP_TOKEN).");
            if (SitrepCli.LoadResources(parse.GetValue(data), error) is not { } resources) return SitrepCli.SomeInputsFailed;
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = SitrepWebApp.Build(new WebOptions
                {
                    Store = parse.GetValue(db)!, Resources = resources, Urls = addresses, Token = string.IsNullOrEmpty(secret) ? null : secret,
                    MaxBodyBytes = parse.GetValue(maxBody) * 1024L,
                });
            }
            catch (Exception e) when (e is StoreException or DirectoryNotFoundException)
            {
                error.WriteLine($"sitrep: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or UriFormatException)
            {
                error.WriteLine($"sitrep: the store {parse.GetValue(db)}: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                error.WriteLine($"sitrep: cannot listen on {string.Join(", ", addresses)}: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
            var bound = SitrepWebApp.Addresses(app);
            output.WriteLine($"sitrep serve: the page and the API on {string.Join(", ", bound)} (store {parse.GetValue(db)}); "
                + (string.IsNullOrEmpty(secret) ? "no token: this machine only." : "a token is required (Bearer header, or log in at /login)."));
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            return SitrepCli.Ok;
        });
        return command;
    }
}
