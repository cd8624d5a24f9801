using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Sitrep.Corrections;
using Sitrep.Export;
using Sitrep.Store;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Api;

/// <summary>Merged events: the filtered list, one with its reports, and the map's GeoJSON.</summary>
public static class EventsApi
{
    public const int MaxPage = 1000;
    public const int MaxMapFeatures = 50_000;

    public static void MapEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Events");

        group.MapGet("/events", Results<Ok<EventPage>, ValidationProblem> ([AsParameters] EventQuery query, StorePool stores) =>
        {
            var (filter, errors) = query.Read(MaxPage);
            if (filter is null) return TypedResults.ValidationProblem(errors);
            int limit = query.Limit ?? EventQuery.DefaultLimit, offset = query.Offset ?? 0;
            return TypedResults.Ok(stores.Use(store =>
            {
                var page = store.FindFusedPage(filter, offset, limit);
                var merged = MergedEvent.Read(store, page.Items.ToList(), query.Machine);
                return new EventPage(page.Total, offset, limit, merged.Select(EventSummary.Of).ToList());
            }));
        }).WithSummary("Merged events that match the filters of 'sitrep query', a page at a time, in date order (undated last); corrected unless view=machine.");

        group.MapGet("/events/{id:long}", Results<Ok<EventDetail>, ProblemHttpResult> (long id, string? view, StorePool stores) =>
        {
            var detail = stores.Use(store => store.FindFusedById(id) is { } fused ? EventDetail.Of(MergedEvent.Read(store, [fused], view == "machine")[0]) : null);
            return detail is null ? NotFound($"No merged event has the id {id} (ids change when the events are merged again after an ingest).") : TypedResults.Ok(detail);
        }).WithSummary("One merged event with every report behind it, its evidence, figures, contradictions and corrections.");

        group.MapGet("/events/by-day", Results<Ok<IReadOnlyList<DayCount>>, ValidationProblem> ([AsParameters] EventQuery query, StorePool stores) =>
        {
            var (filter, errors) = query.Read(MaxPage);
            if (filter is null) return TypedResults.ValidationProblem(errors);
            return TypedResults.Ok(stores.Use(store => store.CountByDay(filter)));
        }).WithSummary("How many matching merged events begin on each day, for the timeline chart (the point filter counts by its box).");

        group.MapGet("/places", Results<ContentHttpResult, ValidationProblem> ([AsParameters] EventQuery query, StorePool stores, HttpResponse response) =>
        {
            var (filter, errors) = query.Read(MaxMapFeatures);
            if (filter is null) return TypedResults.ValidationProblem(errors);
            var (json, total) = stores.Use(store =>
            {
                var page = store.FindFusedPage(filter, query.Offset ?? 0, query.Limit ?? 10_000);
                // Events an analyst rejected are not on the map (the machine's view shows them).
                var merged = MergedEvent.Read(store, page.Items.ToList(), query.Machine).Where(e => e.Verdict != "rejected");
                return (System.Text.Json.JsonSerializer.Serialize(StoreExport.GeoJsonCollection(merged)), page.Total);
            });
            // How many merged events match in all, so a page can say when it shows only some.
            response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Content(json, "application/geo+json");
        }).WithSummary("The matching merged events that have a place, as a GeoJSON FeatureCollection, a page at a time in date order (X-Total-Count: how many match; geo_precision: 1 a town or site, 2 part of a region, 3 a province or the country); none an analyst rejected.");
    }

    internal static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
