using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Composition;
using Sitrep.Web.Api;

using Sitrep.Web.Hosting;

namespace Sitrep.Web.Composition;

/// <summary>
/// The one place the web process is composed: Kestrel on the given addresses, the store pool, the
/// pipeline, the API features, the OpenAPI document, problem details for every error, the token
/// gate, the security headers, and the page's static files.
/// </summary>
public static class SitrepWebApp
{
    public static WebApplication Build(WebOptions options)
    {
        if (string.IsNullOrEmpty(options.Token) && options.Urls.Any(u => !WebOptions.IsLoopback(u)))
            throw new ArgumentException($"Listening beyond this machine ({string.Join(", ", options.Urls.Where(u => !WebOptions.IsLoopback(u)))}) needs a token: give --token.");
        if (!Directory.Exists(options.WebRoot))
            throw new DirectoryNotFoundException($"The page's files are not at {options.WebRoot}: run ./setup.sh (it fetches the front-end packages) and build again.");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { WebRootPath = options.WebRoot, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        var stores = new StorePool(options.Store);
        stores.Check();
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(options.Resources);
        builder.Services.AddSingleton(SitrepPipelines.Default(options.Resources));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseOriginGate(loopbackNamesOnly: string.IsNullOrEmpty(options.Token));
        if (!string.IsNullOrEmpty(options.Token)) app.UseTokenGate(options.Token);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(options.WebRoot) });
        app.MapOpenApi();
        app.MapEvents();
        app.MapCorrections();
        app.MapDocuments();
        app.MapExplore();
        app.MapGet("/login", () => TypedResults.PhysicalFile(Path.Combine(options.WebRoot, "login.html"), "text/html")).ExcludeFromDescription();
        app.Lifetime.ApplicationStopped.Register(stores.Dispose);
        return app;
    }

    /// <summary>The addresses the started server listens on (with the ports Kestrel picked for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
