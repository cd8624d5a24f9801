using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Rows;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Api;

/// <summary>A timeline fact: who held a place, how many troops were there, from when to when, and the reports behind it.</summary>
public sealed record StateFact(string Subject, string Predicate, string Value, string? ValidFrom, string? ValidTo, string? DateUnknown, long? FusedEvent, IReadOnlyList<string> Sources)
{
    public static StateFact Of(StateView s) => new(s.Subject, s.Predicate, s.Value, s.ValidFrom, s.ValidTo,
        s.UnknownBound is { } b ? (b == "to" ? "valid_to" : "valid_from") : null, s.FusedId,
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(s.Sources) ?? []);
}

public sealed record SearchResponse(IReadOnlyList<DocumentHit> Reports, IReadOnlyList<QuoteView> Quotes);

/// <summary>The timeline of a place or actor, the parties named in events, and full-text search.</summary>
public static class ExploreApi
{
    public static void MapExplore(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Explore");

        group.MapGet("/timeline", Results<Ok<IReadOnlyList<StateFact>>, ValidationProblem> (string? place, string? actor, StorePool stores) =>
        {
            if (string.IsNullOrWhiteSpace(place) && string.IsNullOrWhiteSpace(actor))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["place"] = ["Name a place or an actor."] });
            return TypedResults.Ok<IReadOnlyList<StateFact>>(stores.Use(store =>
                store.States(string.IsNullOrWhiteSpace(place) ? null : place.Trim(), string.IsNullOrWhiteSpace(actor) ? null : actor.Trim()).Select(StateFact.Of).ToList()));
        }).WithSummary("How things stood over time at a place or for an actor: who controlled it, troops reported, with the reports behind each fact.");

        group.MapGet("/entities", Results<Ok<IReadOnlyList<ActorCount>>, ValidationProblem> (string? name, int? limit, StorePool stores) =>
        {
            if (limit is < 1 or > 1000) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["From 1 to 1000."] });
            return TypedResults.Ok(stores.Use(store => store.Actors(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), limit ?? 100)));
        }).WithSummary("The parties named in events (part of a name or a code), most often named first, with how often as actor, target and recipient.");

        group.MapGet("/search", Results<Ok<SearchResponse>, ValidationProblem> (string? q, int? limit, StorePool stores) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["The words to search for."] });
            if (limit is < 1 or > 1000) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["From 1 to 1000."] });
            int n = limit ?? 50;
            return TypedResults.Ok(stores.Use(store => new SearchResponse(store.SearchDocuments(q.Trim(), n), store.FindQuotes(q.Trim(), null, n))));
        }).WithSummary("Full-text search over the reports (title and text) and the quotes.");
    }
}
