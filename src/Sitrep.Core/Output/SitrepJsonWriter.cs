using Sitrep.Documents;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Output;

/// <summary>
/// Writes a document's result as one "sitrep/1" JSON object. Every item carries its span as
/// {start, length, text}; fields the text does not give are left out, never written as guesses.
/// </summary>
public static class SitrepJsonWriter
{
    public const string Schema = "sitrep/1";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="explain">Each event carries "explanation": why it was coded so (sitrep extract --explain).</param>
    public static string ToJson(Document doc, bool indented = true, bool explain = false)
    {
        using var stream = new MemoryStream();
        Write(stream, doc, indented, explain);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, Document doc, bool indented = true, bool explain = false)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        WriteSource(w, doc);
        WriteEntities(w, doc);
        WriteQuantities(w, doc);
        WriteTimes(w, doc);
        WriteQuotes(w, doc);
        WriteClaims(w, doc);
        WriteEvents(w, doc, explain);
        w.WriteStartArray("warnings");
        foreach (var warning in doc.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("kind", warning.Kind);
            w.WriteString("message", warning.Message);
            w.WriteStartArray("spans");
            foreach (var s in warning.Spans) Span(w, null, doc, s);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Document doc)
    {
        var s = doc.Source;
        w.WriteStartObject("source");
        w.WriteString("input", s.InputName);
        w.WriteString("format", s.Format switch { InputFormat.Html => "html", InputFormat.Markdown => "markdown", _ => "text" });
        Str(w, "outlet", s.Outlet);
        if (s.OutletSpan is { } os) Span(w, "outlet_span", doc, os);
        Str(w, "title", s.Title);
        if (s.TitleSpan is { } ts) Span(w, "title_span", doc, ts);
        if (s.Url is null) w.WriteNull("url"); else w.WriteString("url", s.Url);
        if (s.Published is { } p) w.WriteString("published", Iso(p)); else w.WriteNull("published");
        Str(w, "published_from", s.PublishedFrom);
        w.WriteNumber("characters", doc.Text.Length);
        w.WriteNumber("sentences", doc.Sentences.Count);
        w.WriteEndObject();
    }

    /// <summary>The CAMEO-style code of an event's party, so a reader of the event needs no lookup.</summary>
    private static string? CodeOf(Document doc, string? entityId) =>
        entityId is null ? null : doc.Entities.FirstOrDefault(x => x.Id == entityId)?.Code;

    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("kind", e.Kind.ToJson());
            w.WriteString("name", e.Name);
            Str(w, "title", e.Title);
            Str(w, "role", e.Role);
            if (e.RoleSpan is { } rs) Span(w, "role_span", doc, rs);
            Str(w, "affiliation", e.AffiliationId);
            Str(w, "code", e.Code);
            Str(w, "code_from", e.AssignedCode?.DecidedBy);
            Str(w, "country", e.Country);
            Str(w, "sector", e.Sector);
            Str(w, "part_of", e.PartOfId);
            Str(w, "within", e.WithinId);
            Str(w, "description", e.Description);
            if (e.DescriptionSpan is { } ds) Span(w, "description_span", doc, ds);
            if (e.StandsFor is { } sf)
            {
                w.WriteStartObject("stands_for");
                w.WriteString("name", sf.Name);
                Str(w, "code", sf.Code);
                w.WriteEndObject();
            }
            if (e.Aliases.Count > 0)
            {
                w.WriteStartArray("aliases");
                foreach (var a in e.Aliases) w.WriteStringValue(a);
                w.WriteEndArray();
            }
            if (e.Place is { } p)
            {
                w.WriteStartObject("place");
                if (p.Latitude is { } lat) w.WriteNumber("lat", lat);
                if (p.Longitude is { } lon) w.WriteNumber("lon", lon);
                w.WriteString("country", p.Country);
                Str(w, "admin1", p.Admin1);
                w.WriteString("precision", p.Precision);
                Str(w, "facility_kind", p.FacilityKind);
                if (p.GeoNameId is { } gid) w.WriteNumber("geonames_id", gid);
                Str(w, "feature_code", p.FeatureCode);
                Str(w, "coordinates_from", p.Source);
                Str(w, "unresolved", p.Unresolved);
                w.WriteEndObject();
            }
            if (e.Referent is { } r)
            {
                w.WriteStartObject("dictionary");
                w.WriteString("id", r.Id);
                w.WriteString("source", r.Source);
                w.WriteEndObject();
            }
            w.WriteStartArray("mentions");
            foreach (var m in doc.Mentions.Where(m => m.EntityId == e.Id))
            {
                w.WriteStartObject();
                SpanFields(w, doc, m.Span);
                w.WriteString("form", m.Form.ToString().ToLowerInvariant());
                w.WriteString("decided_by", m.DecidedBy);
                Str(w, "note", m.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuantities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quantities");
        foreach (var q in doc.Quantities)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteNumber("value", q.Value);
            w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            Str(w, "unit", q.Unit);
            Str(w, "category", q.Category);
            Str(w, "noun", q.Noun);
            Str(w, "modifier", q.Modifier);
            w.WriteBoolean("approximate", q.Approximate);
            Str(w, "bound", q.Bound);
            Span(w, "span", doc, q.Span);
            Span(w, "number_span", doc, q.NumberSpan);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTimes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("type", t.Type.ToString().ToUpperInvariant());
            Str(w, "value", t.Value);
            w.WriteString("precision", t.Precision.ToString().ToLowerInvariant());
            Str(w, "mod", t.Mod);
            if (t.Start is { } s) w.WriteString("start", Iso(s));
            if (t.End is { } e) w.WriteString("end", Iso(e));
            w.WriteString("anchor", t.Anchor);
            if (t.AnchorDate is { } a && t.Anchor is "document" or "speech") w.WriteString("anchor_date", Iso(a));
            Span(w, "span", doc, t.Span);
            w.WriteString("decided_by", t.DecidedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteBoolean("direct", q.Direct);
            if (q.SpeakerId is null) w.WriteNull("speaker"); else w.WriteString("speaker", q.SpeakerId);
            if (q.SpeakerSpan is { } ss) Span(w, "speaker_span", doc, ss);
            Str(w, "cue", q.Cue);
            if (q.CueSpan is { } cs) Span(w, "cue_span", doc, cs);
            w.WriteString("cue_kind", q.CueKind);
            Str(w, "time", q.TimeId);
            Str(w, "continues", q.ContinuesId);
            Span(w, "span", doc, q.Span);
            Span(w, "content", doc, q.Content);
            w.WriteString("decided_by", q.DecidedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("claims");
        foreach (var c in doc.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("status", c.Status.ToJson());
            Str(w, "by", c.ById);
            if (c.ByWords is { } byWords) Span(w, "by_words", doc, byWords);
            Str(w, "quote", c.QuoteId);
            Str(w, "denies", c.DeniesId);
            Str(w, "denied_by", c.DeniedById);
            w.WriteStartArray("events");
            foreach (var id in c.EventIds) w.WriteStringValue(id);
            w.WriteEndArray();
            Str(w, "cue", c.Cue);
            Span(w, "span", doc, c.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, Document doc, bool explain)
    {
        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            Str(w, "mode", e.Mode);
            Str(w, "cameo", e.Cameo);
            if (e.AcledEventType is not null)
            {
                w.WriteStartObject("acled");
                w.WriteString("event_type", e.AcledEventType);
                Str(w, "sub_event_type", e.AcledSubEventType);
                w.WriteEndObject();
            }
            w.WriteString("summary", EventDescriber.Describe(doc, e));
            Str(w, "actor", e.ActorId);
            Str(w, "actor_code", CodeOf(doc, e.ActorId));
            if (e.ActorWords is { } actorWords) Span(w, "actor_words", doc, actorWords);
            Str(w, "actor_words_code", e.ActorWordsCode);
            if (e.AssociatedActorIds.Count > 0)
            {
                w.WriteStartArray("associated_actors");
                foreach (var a in e.AssociatedActorIds) w.WriteStringValue(a);
                w.WriteEndArray();
            }
            Str(w, "target", e.TargetId);
            Str(w, "target_code", CodeOf(doc, e.TargetId));
            if (e.TargetWords is { } targetWords) Span(w, "target_words", doc, targetWords);
            Str(w, "target_words_code", e.TargetWordsCode);
            Str(w, "recipient", e.RecipientId);
            Str(w, "recipient_code", CodeOf(doc, e.RecipientId));
            Str(w, "place", e.PlaceId);
            // Where what the event sends or commits to is ("agreed to expand its force in Afghanistan"), not where it was done.
            // (Said of every event with a place, as in the store's exports.)
            if (e.PlaceId is not null) w.WriteBoolean("place_of_deed", e.PlaceOfDeed);
            if (EventLocation.Of(doc, e) is { } location)
            {
                w.WriteStartObject("location");
                w.WriteString("name", location.Place.Name);
                w.WriteNumber("lat", location.Latitude);
                w.WriteNumber("lon", location.Longitude);
                w.WriteString("precision", location.Precision);
                w.WriteNumber("geo_precision", location.GeoPrecision);
                w.WriteEndObject();
            }
            if (e.Date is { } d)
            {
                w.WriteStartObject("date");
                Str(w, "value", d.Value);
                w.WriteString("precision", d.Precision.ToString().ToLowerInvariant());
                if (d.Start is { } s) w.WriteString("start", Iso(s));
                if (d.End is { } en) w.WriteString("end", Iso(en));
                w.WriteString("basis", d.Basis);
                Str(w, "time", d.TimeId);
                w.WriteEndObject();
            }
            w.WriteStartArray("quantities");
            foreach (var q in e.Quantities)
            {
                w.WriteStartObject();
                w.WriteString("id", q.QuantityId);
                w.WriteString("role", q.Role);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("status", e.Status.ToJson());
            Str(w, "claimed_by", e.ClaimedById);
            if (e.ClaimedByWords is { } claimedByWords) Span(w, "claimed_by_words", doc, claimedByWords);
            Str(w, "claim", e.ClaimId);
            Str(w, "denied_by", e.DeniedByClaimId);
            if (e.DeniesEventIds.Count > 0)
            {
                w.WriteStartArray("denies");
                foreach (var denied in e.DeniesEventIds) w.WriteStringValue(denied);
                w.WriteEndArray();
            }
            Span(w, "trigger", doc, e.Trigger);
            w.WriteStartArray("evidence");
            foreach (var s in e.Evidence) Span(w, null, doc, s);
            w.WriteEndArray();
            w.WriteString("decided_by", e.DecidedBy);
            if (explain)
            {
                w.WriteStartArray("explanation");
                foreach (var reason in e.Explanation) w.WriteStringValue(reason);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Span(Utf8JsonWriter w, string? name, Document doc, TextSpan span)
    {
        if (name is null) w.WriteStartObject(); else w.WriteStartObject(name);
        SpanFields(w, doc, span);
        w.WriteEndObject();
    }

    private static void SpanFields(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteString("text", doc.TextOf(span));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
