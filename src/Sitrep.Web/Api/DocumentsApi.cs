using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Composition;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Store;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Api;

/// <summary>A stored report: its text, and its sitrep/1 JSON (entities, events, quotes with their spans), which the page highlights.</summary>
public sealed record DocumentResponse(long Id, string Input, string? Title, string? Outlet, string? Published, string? Url, long? DuplicateOf, string Text, JsonElement? Result);

/// <summary>What became of a posted report: its events, and the merged events they started or joined.</summary>
public sealed record IngestResponse(long? DocumentId, bool Stored, string? Reason, long Events, int Merged);

/// <summary>Reports: read one, ingest one, extract one without storing it.</summary>
public static class DocumentsApi
{
    public static void MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Reports");

        group.MapGet("/documents/{id:long}", Results<Ok<DocumentResponse>, ProblemHttpResult> (long id, StorePool stores) =>
        {
            var d = stores.Use(store => store.Document(id));
            if (d is null) return EventsApi.NotFound($"No stored report has the id {id}.");
            JsonElement? result = d.Result is null ? null : JsonDocument.Parse(d.Result).RootElement.Clone();
            return TypedResults.Ok(new DocumentResponse(d.Id, d.Input, d.Title, d.Outlet, d.Published, d.Url, d.DuplicateOf, d.Text, result));
        }).WithSummary("One stored report: its text and the sitrep/1 JSON of what was read in it, with every span.");

        group.MapPost("/extract", async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> (HttpRequest request, SitrepPipeline pipeline, CancellationToken cancel) =>
        {
            var (input, errors) = await ArticleInput.ReadAsync(request, cancel);
            if (input is null) return TypedResults.ValidationProblem(errors);
            try
            {
                var doc = pipeline.Run(new DocumentReader(input.Options).Read(input.Bytes, input.Name));
                return TypedResults.Content(SitrepJsonWriter.ToJson(doc, indented: false, explain: true), "application/json");
            }
            catch (Exception e) when (e is DocumentReadException or PipelineException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be read", detail: e.Message);
            }
        }).Accepts<ArticleRequest>("application/json", "text/plain", "text/html")
          .Produces(StatusCodes.Status200OK, contentType: "application/json")
          .WithSummary("Extract an article (JSON with text or html, or a text/plain or text/html body) and answer its sitrep/1 JSON, with the reasons; nothing is stored.");

        group.MapPost("/documents", async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ValidationProblem, ProblemHttpResult>> (HttpRequest request, StorePool stores, SitrepResources resources, CancellationToken cancel) =>
        {
            var (input, errors) = await ArticleInput.ReadAsync(request, cancel);
            if (input is null) return TypedResults.ValidationProblem(errors);
            string hash;
            try
            {
                hash = StoredDocumentBuilder.ContentHash(new DocumentReader(input.Options).Read(input.Bytes, input.Name).Text);
            }
            catch (DocumentReadException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be read", detail: e.Message);
            }
            var key = input.Options.Url ?? $"api:{hash[..16]}";
            var item = new IngestItem(key) { Bytes = input.Bytes, Url = input.Options.Url, Outlet = input.Options.Outlet, Published = input.Options.Published };
            return stores.Use<Results<Created<IngestResponse>, Ok<IngestResponse>, ValidationProblem, ProblemHttpResult>>(store =>
            {
                var report = new Ingester(resources, store, input.Options) { Workers = 1, BatchSize = 1 }.Run([item]);
                if (report.Failures.Count > 0)
                    return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be ingested", detail: report.Failures[0].Reason);
                var id = store.FindDocumentId(hash, input.Options.Url);
                if (report.Totals.Stored == 0) return TypedResults.Ok(new IngestResponse(id, false, "already stored (the same text or address)", 0, 0));
                var fused = store.Fuse();
                return TypedResults.Created($"/api/documents/{id}", new IngestResponse(id, true, report.Totals.NearDuplicates > 0 ? "a near-copy of a stored report: linked to it, its events not stored again" : null, report.Totals.Events, fused.Fused));
            });
        }).Accepts<ArticleRequest>("application/json", "text/plain", "text/html")
          .WithSummary("Ingest one report (as for /api/extract) into the store and merge the events again.");
    }
}
