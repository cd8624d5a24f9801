using Sitrep.Documents;
using Sitrep.Rows;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Output;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Store;

/// <summary>Turns a processed document into what the store keeps: rows for its events and quotes, its JSON, its hashes.</summary>
public static class StoredDocumentBuilder
{
    /// <summary>SHA-256 of the text with line ends and outer space normalised: the same report read twice hashes the same.</summary>
    public static string ContentHash(string text)
    {
        var normal = text.Replace("\r\n", "\n").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    /// <summary>The document's rows, numbered from 0: the writer gives the ids, in ingest order.</summary>
    public static StoredDocument Build(Document doc, long simHash)
    {
        var source = doc.Source;
        var stored = new StoredDocument(0, ContentHash(doc.Text), source.InputName ?? "", doc.Text)
        {
            Url = source.Url,
            Title = source.Title,
            Outlet = source.Outlet,
            Published = source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SimHash = simHash,
        };
        var name = doc.Entities.ToDictionary(e => e.Id, e => e, StringComparer.Ordinal);
        string? Name(string? entityId) => entityId is not null && name.TryGetValue(entityId, out var e) ? e.Name : null;
        string? Code(string? entityId) => entityId is not null && name.TryGetValue(entityId, out var e) ? e.Code : null;
        var quantities = doc.Quantities.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var events = new List<EventRow>();
        foreach (var e in doc.Events)
        {
            var location = EventLocation.Of(doc, e);
            var place = location?.Place ?? (e.PlaceId is not null && name.TryGetValue(e.PlaceId, out var p) ? p : null);
            var figures = e.Quantities.Where(q => quantities.ContainsKey(q.QuantityId)).Select(q => (q.Role, Q: quantities[q.QuantityId])).ToList();
            events.Add(new EventRow
            {
                Id = events.Count,
                LocalId = e.Id,
                Type = e.Type,
                Mode = e.Mode,
                Cameo = e.Cameo,
                AcledType = e.AcledEventType,
                AcledSubType = e.AcledSubEventType,
                Actor = Name(e.ActorId),
                ActorCode = Code(e.ActorId),
                Associated = e.AssociatedActorIds.Count == 0 ? null : string.Join("; ", e.AssociatedActorIds.Select(Name).OfType<string>()),
                Target = Name(e.TargetId),
                TargetCode = Code(e.TargetId),
                Recipient = Name(e.RecipientId),
                RecipientCode = Code(e.RecipientId),
                Place = place?.Name,
                Admin1 = place?.Place?.Admin1,
                Country = place?.Place?.Country,
                Lat = location?.Latitude,
                Lon = location?.Longitude,
                GeoPrecision = location?.GeoPrecision,
                PlaceOfDeed = e.PlaceOfDeed && place is not null,
                DateValue = e.Date?.Value,
                DateStart = e.Date?.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateEnd = e.Date?.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Status = e.Status.ToJson(),
                ClaimedBy = EventDescriber.ClaimedBy(doc, e, id => Name(id)),
                Summary = EventDescriber.Describe(doc, e),
                Evidence = string.Join(" … ", e.Evidence.Select(doc.TextOf)),
                Quantities = JsonSerializer.Serialize(figures.Select(f => new { role = f.Role, text = doc.TextOf(f.Q.Span), value = f.Q.Value, unit = f.Q.Unit, approximate = f.Q.Approximate })),
                Fatalities = EventToll.Total(doc, e, "fatalities"),
            });
        }
        var quotes = doc.Quotes.Select((q, i) => new QuoteRow(i, 0, Name(q.SpeakerId), doc.TextOf(q.Content))).ToList();
        return stored with { Events = events, Quotes = quotes, Result = SitrepJsonWriter.ToJson(doc, indented: false, explain: true) };
    }
}
