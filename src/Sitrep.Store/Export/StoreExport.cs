using Sitrep.Documents;
using Sitrep.Rows;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Corrections;
using Sitrep.Store;

namespace Sitrep.Export;

/// <summary>
/// Writes stored events for other tools: JSON Lines and CSV of reported events (one row per
/// report's event, with its merged event's id), and, of merged events (one per happening, with
/// every report behind it), JSON Lines, ACLED-like CSV and GeoJSON.
/// </summary>
public static class StoreExport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static readonly string[] EventColumns =
    [
        "id", "fused_id", "date", "date_start", "date_end", "type", "mode", "cameo", "acled_type", "acled_sub_type", "actor", "actor_code", "associated",
        "target", "target_code", "recipient", "recipient_code", "place", "place_of_deed", "admin1", "country", "lat", "lon", "geo_precision", "status", "claimed_by",
        "fatalities", "summary", "evidence", "outlet", "published", "url", "input",
    ];

    // Whether the place is where what the event sends or commits to is rather than where it was done: said of every event
    // with a place, in every format alike; an event without a place has none to say it of.
    private static bool? PlaceOfDeed(string? place, bool ofDeed) => place is null ? null : ofDeed;

    private static object?[] EventValues(EventView e) =>
    [
        e.Id, e.FusedId, e.DateValue, e.DateStart, e.DateEnd, e.Type, e.Mode, e.Cameo, e.AcledType, e.AcledSubType, e.Actor, e.ActorCode, e.Associated,
        e.Target, e.TargetCode, e.Recipient, e.RecipientCode, e.Place, PlaceOfDeed(e.Place, e.PlaceOfDeed), e.Admin1, e.Country, e.Lat, e.Lon, e.GeoPrecision, e.Status, e.ClaimedBy,
        e.Fatalities, e.Summary, e.Evidence, e.Outlet, e.Published, e.Url, e.Input,
    ];

    public static void EventsJsonLines(TextWriter w, IEnumerable<EventView> events)
    {
        foreach (var e in events)
        {
            var row = EventColumns.Zip(EventValues(e)).Where(x => x.Second is not null).ToDictionary(x => x.First, x => x.Second);
            row["quantities"] = JsonDocument.Parse(e.Quantities).RootElement.Clone();
            w.WriteLine(JsonSerializer.Serialize(row, Json));
        }
    }

    public static void EventsCsv(TextWriter w, IEnumerable<EventView> events)
    {
        Csv(w, EventColumns);
        foreach (var e in events) Csv(w, EventValues(e));
    }

    /// <summary>A readable table: date, type, who, to whom, where, status, reports.</summary>
    public static void EventsTable(TextWriter w, IEnumerable<EventView> events)
    {
        w.WriteLine($"{"date",-10}  {"type",-9}  {"actor",-24}  {"target/recipient",-24}  {"place",-20}  {"status",-9}  source");
        foreach (var e in events)
            w.WriteLine($"{Cut(e.DateValue ?? "", 10),-10}  {Cut(e.Type, 9),-9}  {Cut(e.Actor ?? "", 24),-24}  {Cut(e.Target ?? e.Recipient ?? "", 24),-24}  {Cut(e.Place ?? "", 20),-20}  {Cut(e.Status, 9),-9}  {e.Outlet ?? e.Input}");
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    /// <summary>One line per merged event: what every report says, where they disagree, and what analysts corrected (none they rejected).</summary>
    public static void FusedJsonLines(TextWriter w, IEnumerable<MergedEvent> merged)
    {
        foreach (var e in merged)
        {
            if (e.Verdict == "rejected") continue;
            var row = new Dictionary<string, object?>
            {
                ["fused_id"] = e.FusedId,
                ["type"] = e.Type,
                ["mode"] = e.Mode,
                ["date"] = e.Date,
                ["actor"] = e.Actor,
                ["target"] = e.Target,
                ["recipient"] = e.Recipient,
                ["place"] = e.Place,
                ["place_of_deed"] = PlaceOfDeed(e.Place, e.PlaceOfDeed),
                ["lat"] = e.Lat,
                ["lon"] = e.Lon,
                ["fatalities"] = e.Fatalities,
                ["verdict"] = e.Verdict,
                ["corrected"] = e.CorrectedFields.Count == 0 ? null : e.CorrectedFields,
                ["sources"] = e.Members.Select(m => new { report = m.Input, m.Outlet, m.Published, m.Url, m.Status, m.Summary, m.Evidence, quantities = JsonDocument.Parse(m.Quantities).RootElement.Clone() }).ToList(),
                ["contradictions"] = e.Contradictions.Select(c => new { c.Kind, c.About, sides = JsonDocument.Parse(c.Sides).RootElement.Clone() }).ToList(),
            };
            w.WriteLine(JsonSerializer.Serialize(row.Where(x => x.Value is not null).ToDictionary(), Json));
        }
    }

    public static readonly string[] AcledColumns =
        ["event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"];

    /// <summary>
    /// ACLED-like rows, one per merged event that happened and has an ACLED type; notes quote the
    /// evidence and name the reports' disagreements, sources name every report, fatalities take
    /// the lowest figure reported (ACLED's conservative rule) unless an analyst corrected it.
    /// Events an analyst rejected are left out.
    /// </summary>
    public static void Acled(TextWriter w, IEnumerable<MergedEvent> merged)
    {
        Csv(w, AcledColumns);
        foreach (var e in merged)
        {
            // ACLED codes what happened: planned, hypothetical, negated and only-denied events are left out.
            if (e.Verdict == "rejected" || e.AcledType is null || e.Status is not ("reported" or "claimed")) continue;
            var notes = string.Join(" ", e.Members.Select(m => m.Evidence).Distinct().Take(3));
            if (e.Contradictions.Count > 0) notes += " [Reports disagree: " + string.Join("; ", e.Contradictions.Select(c => c.About)) + "]";
            if (e.CorrectedFields.Count > 0) notes += " [Corrected by an analyst: " + string.Join(", ", e.CorrectedFields) + "]";
            if (e.PlaceOfDeed) notes += " [Location: where what was agreed, sent or withdrawn is; the reports do not say where it was done]";
            Csv(w,
            [
                e.Date, e.AcledType, e.AcledSubType, e.Actor, e.Associated, e.Target ?? e.Recipient, e.Admin1, e.Place,
                e.Lat, e.Lon, e.GeoPrecision, TimePrecision(e.Date),
                string.Join("; ", e.Members.Select(m => m.Outlet ?? m.Input).Distinct()), notes, e.Fatalities ?? 0,
            ]);
        }
    }

    /// <summary>One GeoJSON feature per merged event that has a location (none an analyst rejected).</summary>
    public static void GeoJson(TextWriter w, IEnumerable<MergedEvent> merged) =>
        w.WriteLine(JsonSerializer.Serialize(GeoJsonCollection(merged.Where(e => e.Verdict != "rejected"))));

    /// <summary>The GeoJSON FeatureCollection of merged events that have a location: the map's layer and the export.</summary>
    public static object GeoJsonCollection(IEnumerable<MergedEvent> merged)
    {
        var features = new List<object>();
        foreach (var e in merged)
        {
            if (e.Lat is not { } lat || e.Lon is not { } lon) continue;
            features.Add(new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { lon, lat } },
                properties = new Dictionary<string, object?>
                {
                    ["fused_id"] = e.FusedId, ["type"] = e.Type, ["mode"] = e.Mode, ["date"] = e.Date,
                    ["actor"] = e.Actor, ["target"] = e.Target ?? e.Recipient,
                    ["place"] = e.Place, ["place_of_deed"] = PlaceOfDeed(e.Place, e.PlaceOfDeed), ["geo_precision"] = e.GeoPrecision, ["status"] = e.Status, ["fatalities"] = e.Fatalities, ["verdict"] = e.Verdict,
                    ["sources"] = e.Members.Select(m => m.Outlet ?? m.Input).Distinct().ToList(),
                    ["summary"] = e.Summary, ["evidence"] = e.Members.Select(m => m.Evidence).Distinct().ToList(),
                    ["contradictions"] = e.Contradictions.Select(c => c.About).ToList(),
                },
            });
        }
        return new { type = "FeatureCollection", features };
    }

    /// <summary>
    /// PLOVER JSON records (a JSON array), one per merged event an analyst did not reject, in the
    /// form <c>sitrep eval events --format plover</c> reads: the evidence as text, the type, mode,
    /// parties, toll, place and date. Corrected events become gold for evaluation and training.
    /// </summary>
    public static void Plover(TextWriter w, IEnumerable<MergedEvent> merged)
    {
        var records = merged.Where(e => e.Verdict != "rejected").Select(e => new Dictionary<string, object?>
        {
            ["id"] = "sitrep-" + e.FusedId.ToString(CultureInfo.InvariantCulture),
            ["text"] = e.Members[0].Evidence,
            ["event"] = e.Type,
            ["mode"] = e.Mode,
            ["source"] = e.Actor is null ? Array.Empty<object>() : [new Dictionary<string, string?> { ["actorText"] = e.Actor, ["code"] = e.ActorCode }],
            ["target"] = (e.Target ?? e.Recipient) is { } target ? [new Dictionary<string, string?> { ["actorText"] = target, ["code"] = e.Target is null ? null : e.TargetCode }] : Array.Empty<object>(),
            ["dead"] = e.Fatalities,
            ["eventLoc"] = e.Place,
            ["date"] = e.Date,
            ["verdict"] = e.Verdict,
            ["corrected"] = e.CorrectedFields.Count == 0 ? null : e.CorrectedFields,
            ["sources"] = e.Members.Select(m => m.Url ?? m.Input).Distinct().ToList(),
        }.Where(x => x.Value is not null).ToDictionary()).ToList();
        w.WriteLine(JsonSerializer.Serialize(records, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>ACLED's time precision: 1 a day, 2 a week, 3 a month or less precise.</summary>
    private static int? TimePrecision(string? date) => date is null ? null : date.Length >= 10 ? 1 : date.Contains("-W", StringComparison.Ordinal) ? 2 : 3;

    public static void Csv(TextWriter w, IEnumerable<object?> values)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var v in values)
        {
            if (!first) sb.Append(',');
            first = false;
            var s = v switch { null => "", bool b => b ? "true" : "false", double d => d.ToString("0.#####", CultureInfo.InvariantCulture), IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => v.ToString() ?? "" };
            if (s.IndexOfAny([',', '"', '\n', '\r']) >= 0) sb.Append('"').Append(s.Replace("\"", "\"\"")).Append('"');
            else sb.Append(s);
        }
        w.WriteLine(sb.ToString());
    }
}
