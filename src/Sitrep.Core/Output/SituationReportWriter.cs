using Sitrep.Documents;
using System.Globalization;
using System.Text;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Output;

/// <summary>
/// A short situation report a person reads: what happened where and when, what is planned, what
/// one side claims, who said what, what is disputed, who and where, and warnings. Each item
/// quotes the words it rests on.
/// </summary>
public static class SituationReportWriter
{
    private const int Width = 100;

    /// <param name="explain">Under each event, why it was coded so (sitrep extract --explain).</param>
    public static string Write(Document doc, bool explain = false)
    {
        var sb = new StringBuilder();
        var entities = doc.Entities.ToDictionary(e => e.Id);
        string Name(string? id) => id is not null && entities.TryGetValue(id, out var e) ? e.Name : "";

        sb.AppendLine("SITUATION REPORT");
        if (doc.Source.Title is { } title) sb.AppendLine(title);
        var line = new List<string>();
        if (doc.Source.Outlet is { } outlet) line.Add(outlet);
        line.Add(doc.Source.Published is { } p ? "published " + Iso(p) : "publication date unknown: relative dates are unresolved");
        if (doc.Source.Url is { } url) line.Add(url);
        line.Add(doc.Source.InputName);
        sb.AppendLine(string.Join(" · ", line));

        Section(sb, "WHAT HAPPENED", doc.Events.Where(e => e.Status == EventStatus.Reported), doc, Name, explain);
        Section(sb, "PLANNED OR ANNOUNCED", doc.Events.Where(e => e.Status == EventStatus.Planned), doc, Name, explain);
        Section(sb, "CLAIMED BY ONE SIDE (not reported independently)", doc.Events.Where(e => e.Status == EventStatus.Claimed), doc, Name, explain);
        Section(sb, "HYPOTHETICAL, NEGATED OR DENIED", doc.Events.Where(e => e.Status is EventStatus.Hypothetical or EventStatus.Negated or EventStatus.Denied), doc, Name, explain);

        var direct = doc.Quotes.Where(q => q.Direct).ToList();
        if (direct.Count > 0)
        {
            sb.AppendLine().AppendLine("WHO SAID WHAT");
            foreach (var q in direct)
            {
                string who = q.SpeakerId is null ? q.SpeakerSpan is { } s ? doc.TextOf(s) : "(speaker not given)" : Describe(entities[q.SpeakerId], entities);
                string when = q.TimeId is { } t && doc.Times.FirstOrDefault(x => x.Id == t)?.Value is { } v ? $", {v}" : "";
                sb.AppendLine($"  {who}{when}:");
                Wrap(sb, Clip(doc.TextOf(q.Span), 400), "     ");
            }
        }

        var disputes = doc.Claims.Where(c => c.Status == EventStatus.Denied).ToList();
        if (disputes.Count > 0)
        {
            sb.AppendLine().AppendLine("DISPUTED");
            foreach (var denial in disputes)
            {
                var claim = doc.Claims.FirstOrDefault(c => c.Id == denial.DeniesId);
                if (claim is not null)
                {
                    sb.AppendLine($"  {Name(claim.ById)} claims:");
                    Wrap(sb, Clip(doc.TextOf(claim.Span), 300), "     ");
                }
                sb.AppendLine($"  {(denial.ById is null ? "Someone" : Name(denial.ById))} {(claim is null ? "denies" : "denies it")}:");
                Wrap(sb, Clip(doc.TextOf(denial.Span), 300), "     ");
            }
        }

        sb.AppendLine().AppendLine("WHO AND WHERE");
        Group(sb, "People", doc.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => Describe(e, entities)));
        Group(sb, "Forces, groups and bodies", doc.Entities.Where(e => e.Kind.IsActor() && e.Kind != EntityKind.Person && e.Kind != EntityKind.Media)
            .Select(e => e.Code is { } c && c.Length > 3 ? $"{e.Name} [{c}]" : e.Name));
        Group(sb, "Places", doc.Entities.Where(e => e.IsPlace).Select(e => DescribePlace(e, entities)));

        var times = doc.Times.Where(t => t.Value is not null).ToList();
        if (times.Count > 0)
        {
            sb.AppendLine().AppendLine("WHEN");
            foreach (var t in times) sb.AppendLine($"  {doc.TextOf(t.Span),-32} = {TimeText(t)}");
        }

        if (doc.Warnings.Count > 0)
        {
            sb.AppendLine().AppendLine("WARNINGS");
            foreach (var w in doc.Warnings) Wrap(sb, "! " + w.Message, "  ");
        }
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string heading, IEnumerable<Event> events, Document doc, Func<string?, string> name, bool explain)
    {
        var list = events.ToList();
        if (list.Count == 0) return;
        sb.AppendLine().AppendLine(heading);
        foreach (var e in list)
        {
            string where = e.PlaceId is null ? "place not given" : name(e.PlaceId);
            sb.AppendLine($"  {EventDescriber.Date(e.Date),-22} {where}");
            Wrap(sb, EventDescriber.Describe(doc, e), "     ");
            var codes = new List<string> { e.Mode is null ? e.Type : $"{e.Type}/{e.Mode}" };
            if (e.Cameo is not null) codes.Add("CAMEO " + e.Cameo);
            if (e.AcledEventType is not null) codes.Add($"ACLED {e.AcledEventType}: {e.AcledSubEventType}");
            if (e.ClaimedById is not null) codes.Add((e.Status == EventStatus.Denied ? "denied by " : "according to ") + name(e.ClaimedById));
            else if (e.ClaimedByWords is { } words) codes.Add("according to " + doc.TextOf(words));
            if (e.DeniedByClaimId is { } d && doc.Claims.FirstOrDefault(c => c.Id == d) is { } denial) codes.Add("DISPUTED by " + name(denial.ById));
            sb.AppendLine("     " + string.Join(" · ", codes));
            Wrap(sb, "“" + Clip(doc.TextOf(e.Evidence[0]).Trim('“', '”', '"'), 220) + "”" + (e.Evidence.Count > 1 ? $" [+{e.Evidence.Count - 1} more in the text]" : ""), "     ");
            if (!explain) continue;
            sb.AppendLine($"     why ({e.Id}):");
            foreach (var reason in e.Explanation) Wrap(sb, "- " + reason, "       ");
        }
    }

    private static string Describe(Entity e, Dictionary<string, Entity> entities)
    {
        var bits = new List<string>();
        if (e.Role is not null && e.Role != e.Title) bits.Add(e.Role);
        if (e.AffiliationId is { } a && entities.TryGetValue(a, out var aff) && (e.Role is null || !e.Role.Contains(aff.Name))) bits.Add(aff.Name);
        string name = e.Title is null ? e.Name : $"{e.Title} {e.Name}";
        return bits.Count == 0 ? name : $"{name} ({string.Join(", ", bits)})";
    }

    private static string DescribePlace(Entity e, Dictionary<string, Entity> entities)
    {
        var bits = new List<string> { e.Kind.ToJson() };
        if (e.Description is { } d) bits.Add(d);
        else if (e.WithinId is { } w && entities.TryGetValue(w, out var within)) bits.Add("in " + within.Name);
        else if (e.Place?.Country is { } c && e.Kind != EntityKind.Country) bits.Add(c);
        if (e.Place is { Latitude: { } lat, Longitude: { } lon }) bits.Add(string.Create(CultureInfo.InvariantCulture, $"{lat:0.00}, {lon:0.00}"));
        if (e.StandsFor is { } sf) bits.Add("standing for " + sf.Name);
        return $"{e.Name} ({string.Join("; ", bits)})";
    }

    private static string TimeText(TimeExpression t)
    {
        var s = t.Value ?? "";
        if (t.Mod is "START") s = "early " + s;
        else if (t.Mod is "END") s = "late " + s;
        else if (t.Mod is "MID") s = "mid " + s;
        if (t.Value == "FUTURE_REF" && t.Start is { } fs) s = $"the future, after {Iso(fs.AddDays(-1))}";
        else if (t.Mod == "AFTER" && t.Start is { } st) s = $"from {Iso(st)}" + (t.End is { } en ? $" to {Iso(en)}" : "");
        if (t.Anchor == "speech" && t.AnchorDate is { } d) s += $" (as said on {Iso(d)})";
        return s;
    }

    private static void Group(StringBuilder sb, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        Wrap(sb, $"{label}: {string.Join(" · ", list)}", "  ");
    }

    private static void Wrap(StringBuilder sb, string text, string indent)
    {
        var words = text.Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder(indent);
        foreach (var word in words)
        {
            if (line.Length + word.Length + 1 > Width && line.Length > indent.Length)
            {
                sb.AppendLine(line.ToString());
                line.Clear().Append(indent).Append("  ");
            }
            if (line.Length > indent.Length && line[^1] != ' ') line.Append(' ');
            line.Append(word);
        }
        if (line.Length > indent.Length) sb.AppendLine(line.ToString());
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
