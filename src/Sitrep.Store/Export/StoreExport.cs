using Sitrep.Documents;
using Sitrep.Rows;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
        "target", "target_code", "recipient", "recipient_code", "place", "admin1", "country", "lat", "lon", "geo_precision", "status", "claimed_by",
        "fatalities", "summary", "evidence", "outlet", "published", "url", "input",
    ];

    private static object?[] EventValues(EventView e) =>
    [
        e.Id, e.FusedId, e.DateValue, e.DateStart, e.DateEnd, e.Type, e.Mode, e.Cameo, e.AcledType, e.AcledSubType, e.Actor, e.ActorCode, e.Associated,
        e.Target, e.TargetCode, e.Recipient, e.RecipientCode, e.Place, e.Admin1, e.Country, e.Lat, e.Lon, e.GeoPrecision, e.Status, e.ClaimedBy,
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

    /// <summary>One line per merged event: what every report says, and where they disagree.</summary>
    public static void FusedJsonLines(TextWriter w, IEnumerable<FusedEvent> fused)
    {
        foreach (var (id, members, contradictions) in fused)
        {
            var first = members[0];
            var row = new Dictionary<string, object?>
            {
                ["fused_id"] = id,
                ["type"] = first.Type,
                ["mode"] = members.Select(m => m.Mode).FirstOrDefault(m => m is not null),
                ["date"] = BestDate(members),
                ["actor"] = members.Select(m => m.Actor).FirstOrDefault(m => m is not null),
                ["target"] = members.Select(m => m.Target).FirstOrDefault(m => m is not null),
                ["recipient"] = members.Select(m => m.Recipient).FirstOrDefault(m => m is not null),
                ["place"] = members.Select(m => m.Place).FirstOrDefault(m => m is not null),
                ["lat"] = members.Select(m => m.Lat).FirstOrDefault(m => m is not null),
                ["lon"] = members.Select(m => m.Lon).FirstOrDefault(m => m is not null),
                ["sources"] = members.Select(m => new { report = m.Input, m.Outlet, m.Published, m.Url, m.Status, m.Summary, m.Evidence, quantities = JsonDocument.Parse(m.Quantities).RootElement.Clone() }).ToList(),
                ["contradictions"] = contradictions.Select(c => new { c.Kind, c.About, sides = JsonDocument.Parse(c.Sides).RootElement.Clone() }).ToList(),
            };
            w.WriteLine(JsonSerializer.Serialize(row.Where(x => x.Value is not null).ToDictionary(), Json));
        }
    }

    public static readonly string[] AcledColumns =
        ["event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"];

    /// <summary>
    /// ACLED-like rows, one per merged event that happened and has an ACLED type; notes quote the
    /// evidence and name the reports' disagreements, sources name every report, fatalities take
    /// the lowest figure reported (ACLED's conservative rule).
    /// </summary>
    public static void Acled(TextWriter w, IEnumerable<FusedEvent> fused)
    {
        Csv(w, AcledColumns);
        foreach (var (_, members, contradictions) in fused)
        {
            // ACLED codes what happened: planned, hypothetical, negated and only-denied events are left out.
            var typed = members.FirstOrDefault(m => m.AcledType is not null && m.Status is "reported" or "claimed");
            if (typed is null) continue;
            var date = BestDate(members);
            var located = members.FirstOrDefault(m => m.Lat is not null);
            var notes = string.Join(" ", members.Select(m => m.Evidence).Distinct().Take(3));
            if (contradictions.Count > 0) notes += " [Reports disagree: " + string.Join("; ", contradictions.Select(c => c.About)) + "]";
            var fatalities = members.Select(m => m.Fatalities).Where(f => f is not null).DefaultIfEmpty(0).Min();
            Csv(w,
            [
                date, typed.AcledType, typed.AcledSubType, members.Select(m => m.Actor).FirstOrDefault(a => a is not null), typed.Associated,
                members.Select(m => m.Target ?? m.Recipient).FirstOrDefault(a => a is not null), located?.Admin1, located?.Place ?? typed.Place,
                located?.Lat, located?.Lon, located?.GeoPrecision, TimePrecision(date),
                string.Join("; ", members.Select(m => m.Outlet ?? m.Input).Distinct()), notes, fatalities,
            ]);
        }
    }

    /// <summary>One GeoJSON feature per merged event that has a location.</summary>
    public static void GeoJson(TextWriter w, IEnumerable<FusedEvent> fused)
    {
        var features = new List<object>();
        foreach (var (id, members, contradictions) in fused)
        {
            var located = members.FirstOrDefault(m => m.Lat is not null);
            if (located is null) continue;
            features.Add(new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { located.Lon!.Value, located.Lat!.Value } },
                properties = new Dictionary<string, object?>
                {
                    ["fused_id"] = id, ["type"] = members[0].Type, ["mode"] = members[0].Mode, ["date"] = BestDate(members),
                    ["actor"] = members.Select(m => m.Actor).FirstOrDefault(a => a is not null),
                    ["target"] = members.Select(m => m.Target ?? m.Recipient).FirstOrDefault(a => a is not null),
                    ["place"] = located.Place, ["geo_precision"] = located.GeoPrecision, ["status"] = members[0].Status,
                    ["sources"] = members.Select(m => m.Outlet ?? m.Input).Distinct().ToList(),
                    ["summary"] = members[0].Summary, ["evidence"] = members.Select(m => m.Evidence).Distinct().ToList(),
                    ["contradictions"] = contradictions.Select(c => c.About).ToList(),
                },
            });
        }
        w.WriteLine(JsonSerializer.Serialize(new { type = "FeatureCollection", features }));
    }

    private static string? BestDate(List<EventView> members) => EventView.MostPreciseDate(members);

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
            var s = v switch { null => "", double d => d.ToString("0.#####", CultureInfo.InvariantCulture), IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => v.ToString() ?? "" };
            if (s.IndexOfAny([',', '"', '\n', '\r']) >= 0) sb.Append('"').Append(s.Replace("\"", "\"\"")).Append('"');
            else sb.Append(s);
        }
        w.WriteLine(sb.ToString());
    }
}
