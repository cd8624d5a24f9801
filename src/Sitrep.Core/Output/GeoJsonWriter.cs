using Sitrep.Documents;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Output;

/// <summary>
/// Documents' events and places as one GeoJSON FeatureCollection (RFC 7946: [longitude,
/// latitude], WGS 84): a point per located event, with what happened and the words that say so,
/// and a point per place with coordinates. Unlocated events and unresolved places are left out;
/// the JSON output keeps them.
/// </summary>
public sealed class GeoJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _w;

    public GeoJsonWriter(Stream stream)
    {
        _w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _w.WriteStartObject();
        _w.WriteString("type", "FeatureCollection");
        _w.WriteStartArray("features");
    }

    public static string ToGeoJson(params Document[] documents)
    {
        using var stream = new MemoryStream();
        using (var writer = new GeoJsonWriter(stream))
            foreach (var d in documents) writer.Add(d);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Add(Document doc)
    {
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        foreach (var e in doc.Events)
        {
            if (EventLocation.Of(doc, e) is not { } location) continue;
            Start(location.Longitude, location.Latitude);
            _w.WriteString("feature", "event");
            _w.WriteString("document", doc.Source.InputName);
            _w.WriteString("id", e.Id);
            _w.WriteString("type", e.Type);
            Str("mode", e.Mode);
            Str("cameo", e.Cameo);
            Str("acled_event_type", e.AcledEventType);
            Str("acled_sub_event_type", e.AcledSubEventType);
            _w.WriteString("summary", EventDescriber.Describe(doc, e));
            _w.WriteString("status", e.Status.ToJson());
            Str("claimed_by", EventDescriber.ClaimedBy(doc, e, names.GetValueOrDefault));
            Str("date", e.Date?.Value);
            Str("actor", e.ActorId is { } a ? names.GetValueOrDefault(a) : null);
            Str("target", (e.TargetId ?? e.RecipientId) is { } t ? names.GetValueOrDefault(t) : null);
            _w.WriteString("place", location.Place.Name);
            _w.WriteString("precision", location.Precision);
            _w.WriteNumber("geo_precision", location.GeoPrecision);
            // Where what it sends or commits to is, not where it was done.
            _w.WriteBoolean("place_of_deed", e.PlaceOfDeed);
            Str("evidence", e.Evidence.Count > 0 ? doc.TextOf(e.Evidence[0]) : null);
            End();
        }
        foreach (var p in doc.Entities)
        {
            if (!p.IsPlace || p.Place is not { Latitude: { } lat, Longitude: { } lon } place) continue;
            Start(lon, lat);
            _w.WriteString("feature", "place");
            _w.WriteString("document", doc.Source.InputName);
            _w.WriteString("id", p.Id);
            _w.WriteString("name", p.Name);
            _w.WriteString("kind", p.Kind.ToJson());
            _w.WriteString("precision", place.Precision);
            Str("country", place.Country is { Length: > 0 } c ? c : null);
            Str("admin1", place.Admin1);
            if (place.GeoNameId is { } id) _w.WriteNumber("geonames_id", id);
            Str("coordinates_from", place.Source);
            _w.WriteNumber("mentions", doc.Mentions.Count(m => m.EntityId == p.Id));
            End();
        }
    }

    private void Start(double lon, double lat)
    {
        _w.WriteStartObject();
        _w.WriteString("type", "Feature");
        _w.WriteStartObject("geometry");
        _w.WriteString("type", "Point");
        _w.WriteStartArray("coordinates");
        _w.WriteNumberValue(Math.Round(lon, 5));
        _w.WriteNumberValue(Math.Round(lat, 5));
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteStartObject("properties");
    }

    private void End()
    {
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    private void Str(string name, string? value)
    {
        if (value is not null) _w.WriteString(name, value);
    }

    public void Dispose()
    {
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Dispose();
    }
}
