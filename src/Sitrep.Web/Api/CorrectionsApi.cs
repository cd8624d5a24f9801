using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Corrections;
using Sitrep.Rows;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Api;

/// <summary>What an analyst sends to correct a merged event: a verdict and/or new values (absent: unchanged), and why.</summary>
public sealed record CorrectionRequest(
    string? Author, string? Verdict, string? Type, string? Actor, string? Target, string? Place, double? Lat, double? Lon,
    string? Date, int? Fatalities, string? Note);

/// <summary>Corrections: kept as their own rows beside the machine's reading, never overwriting it.</summary>
public static class CorrectionsApi
{
    /// <summary>PLOVER's event types.</summary>
    public static readonly string[] Types =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    private const int MaxField = 300;

    public static void MapCorrections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Corrections");

        group.MapPost("/events/{id:long}/corrections", Results<Created<EventDetail>, ValidationProblem, ProblemHttpResult> (long id, CorrectionRequest request, StorePool stores) =>
        {
            var errors = Check(request);
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            var detail = stores.Use(store =>
            {
                if (store.FindFusedById(id) is not { } fused) return null;
                store.AddCorrection(new CorrectionRow
                {
                    // The first report's event anchors it: its id survives a rebuild of the merged events.
                    EventId = fused.Members.Min(m => m.Id),
                    Author = Clean(request.Author) ?? "analyst",
                    Created = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    Note = Clean(request.Note),
                    Verdict = Clean(request.Verdict)?.ToLowerInvariant(),
                    Type = Clean(request.Type)?.ToUpperInvariant(),
                    Actor = Clean(request.Actor), Target = Clean(request.Target), Place = Clean(request.Place),
                    Lat = request.Lat, Lon = request.Lon, Date = Clean(request.Date), Fatalities = request.Fatalities,
                });
                return EventDetail.Of(MergedEvent.Read(store, [store.FindFusedById(id)!])[0]);
            });
            return detail is null ? EventsApi.NotFound($"No merged event has the id {id}.") : TypedResults.Created($"/api/events/{id}", detail);
        }).WithSummary("Confirm or reject a merged event, or change its type, actor, target, place, date or toll; stored beside the machine's reading.");

        group.MapGet("/corrections", (StorePool stores) => TypedResults.Ok(stores.Use(store => store.Corrections())))
            .WithSummary("Every correction, oldest first: who, when, what changed, and why.");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static Dictionary<string, string[]> Check(CorrectionRequest r)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Clean(r.Verdict) is { } v && v.ToLowerInvariant() is not ("confirmed" or "rejected")) errors["verdict"] = ["'confirmed' or 'rejected'."];
        if (Clean(r.Type) is { } t && !Types.Contains(t.ToUpperInvariant())) errors["type"] = [$"A PLOVER type: {string.Join(", ", Types)}."];
        if (Clean(r.Date) is { } d && !(DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || DateOnly.TryParseExact(d + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || DateOnly.TryParseExact(d + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            errors["date"] = ["YYYY-MM-DD, YYYY-MM or YYYY."];
        if (r.Fatalities is < 0 or > 10_000_000) errors["fatalities"] = ["A count from 0."];
        if ((r.Lat is null) != (r.Lon is null)) errors["lat"] = ["Give both lat and lon, or neither."];
        if (r.Lat is { } lat && Math.Abs(lat) > 90) errors["lat"] = ["Degrees from -90 to 90."];
        if (r.Lon is { } lon && Math.Abs(lon) > 180) errors["lon"] = ["Degrees from -180 to 180."];
        if (r.Lat is not null && Clean(r.Place) is null) errors["place"] = ["Name the place the point is."];
        foreach (var (name, value) in new[] { ("author", r.Author), ("actor", r.Actor), ("target", r.Target), ("place", r.Place), ("note", r.Note) })
            if (value is { Length: > MaxField } && name != "note" || value is { Length: > 4000 }) errors[name] = [$"At most {(name == "note" ? 4000 : MaxField)} characters."];
        bool changes = Clean(r.Verdict) is not null || Clean(r.Type) is not null || Clean(r.Actor) is not null || Clean(r.Target) is not null
            || Clean(r.Place) is not null || Clean(r.Date) is not null || r.Fatalities is not null;
        if (!changes && errors.Count == 0) errors["verdict"] = ["A correction confirms, rejects or changes something: give a verdict or a field."];
        return errors;
    }
}
