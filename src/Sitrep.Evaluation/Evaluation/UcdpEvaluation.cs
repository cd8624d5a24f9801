using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Places;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the events Sitrep reads in UCDP GED's source headlines against UCDP's coding of them.
/// Each headline is read once as a report published on its source date; each gold row is matched
/// to the best violent event (ASSAULT, or any event with a death or injury toll) Sitrep gives
/// for any of its headlines: the one agreeing with the most of sides, place, date and toll.
/// A side matches when an actor, target, recipient or associated actor of the event (a city or
/// region is none; a country the coder holds as a party, "Iraq air strikes", is its state) has the
/// actor code the pipeline gives the side's name ("Government of Iraq" → IRQ…, "IS" →
/// IMGMUSISI, "Civilians" → CVL), a state's side matching the state's own code and those of its
/// soldiers, police and officials (named, or in words in an event placed in that state), or, when
/// the side gets no code, the same name; the conventions are in the report's notes.
/// </summary>
public sealed class UcdpEvaluation(SitrepPipeline pipeline)
{
    private const double PlaceKm = 50;

    /// <param name="outcomes">When given, one JSON line per gold row: its headlines and coding, the event matched (if any) and which fields agree.</param>
    public EvalReport Evaluate(IReadOnlyList<UcdpEvent> gold, ICollection<string> problems, TextWriter? outcomes = null)
    {
        var runs = new TimedRuns(pipeline, problems);
        var read = new Dictionary<(string, DateOnly?), Document?>();
        var sideCodes = new Dictionary<string, SideCode>(StringComparer.Ordinal);
        int found = 0, side = 0, place = 0, date = 0, toll = 0, rowToll = 0, withToll = 0;
        // What each headline reports in UCDP's terms: the deaths of all the rows it is a source of
        // ("Iraq violence kills 14" is the day's total of events UCDP codes apart, 8 and 6).
        var headlineTotals = new Dictionary<(string, DateOnly?), (int Best, int Low, int High)>();
        foreach (var row in gold)
            foreach (var key in row.Sources.Distinct())
            {
                var (b, l, h) = headlineTotals.GetValueOrDefault(key);
                headlineTotals[key] = (b + row.Best, l + row.Low, h + row.High);
            }
        var byPrecision = new Dictionary<string, (int Events, int Within)>(StringComparer.Ordinal);
        foreach (var row in gold)
        {
            var candidates = new List<(Document Doc, Event Event, (int, int, int) Total)>();
            foreach (var (headline, published) in row.Sources)
            {
                if (!read.TryGetValue((headline, published), out var doc))
                    read[(headline, published)] = doc = runs.Run(headline, new DocumentSource { InputName = headline, Published = published }, $"UCDP {row.Id}: {headline}");
                if (doc is not null) candidates.AddRange(doc.Events.Where(e => IsViolent(doc, e)).Select(e => (doc, e, headlineTotals[(headline, published)])));
            }
            if (row.Best > 0) withToll++;
            if (candidates.Count == 0)
            {
                if (outcomes is not null) Outcome(outcomes, row, null);
                continue;
            }
            found++;
            var best = candidates.Select(c => Judge(c.Doc, c.Event, row, c.Total, sideCodes)).OrderByDescending(j => j.Count).First();
            if (outcomes is not null) Outcome(outcomes, row, best);
            var precision = best.Precision ?? "none";
            var (n0, w0) = byPrecision.GetValueOrDefault(precision);
            byPrecision[precision] = (n0 + 1, w0 + (best.Place ? 1 : 0));
            if (best.Side) side++;
            if (best.Place) place++;
            if (best.Date) date++;
            if (best.Toll) toll++;
            if (best.RowToll) rowToll++;
        }
        int n = gold.Count;
        static double Share(int hit, int of) => of == 0 ? 0 : hit / (double)of;
        return new EvalReport("events", "ucdp")
        {
            Documents = runs.Documents,
            Sentences = runs.Sentences,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["event_found"] = Share(found, n),
                ["side_match"] = Share(side, n),
                ["place_50km"] = Share(place, n),
                ["date_match"] = Share(date, n),
                ["toll_match"] = Share(toll, withToll),
                ["toll_match_row"] = Share(rowToll, withToll),
            },
            // Where the matched events were placed: how precisely, and how often within 50 km.
            ByLabel = byPrecision.OrderByDescending(x => x.Value.Events).ToDictionary(x => "place:" + x.Key,
                x => (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["events"] = x.Value.Events, ["place_50km"] = Share(x.Value.Within, x.Value.Events) }),
            Counts = new Dictionary<string, int> { ["events"] = n, ["headlines"] = read.Count, ["found"] = found, ["with_toll"] = withToll },
            Notes =
            [
                "each gold row is matched to the best violent event (ASSAULT, or any event with a death or injury toll) Sitrep reads in any of its headlines, each headline read as a report published on its source date; several sources in one row are split at ';'.",
                "event_found, side_match, place_50km and date_match are over all rows (a row without an event counts as a miss for each); toll_match over the rows with deaths (best > 0): Sitrep's fatalities equal best or lie within low–high, of the row or of all the rows whose source the headline is (\"Iraq violence kills 14\" reports a day UCDP codes as several events: 14 is right for each of them, as the headline's total); toll_match_row counts the row's own figures only.",
                "a side matches when a party of the event (not a city or region; a country held as a party is its state: \"Iraq air strikes\" → IRQ) has the actor code the pipeline gives the side's name, the state's own code or one of its soldiers, police or officials for 'Government of X' (IRQ, IRQMIL, IRQGOV; not IRQUAF or IRQCVL) — and soldiers, police or officials the text names by no country (MIL, COP, GOV, SPY, LEG, JUD: \"nine policemen\") in an event placed in X —, or the same name when the side gets no code; in an event placed in Iraq and dated before 29 June 2014 al-Qaeda is IS (al-Qaeda in Iraq, which Phoenix codes as IS, until it named itself the Islamic State); 'Civilians' matches a party whose code ends in CVL, PPL or REL, named or in words (civilians, residents, people, worshippers: UCDP counts the unnamed people one-sided violence kills as civilians), or a community named by its faith (Shiites, Yazidis, Christians; not an ethnic group, whose men may be fighters); a date matches when the event's dates overlap date_start–date_end (an event dated only by the publication date overlaps when the gold period ends on or before it).",
            ],
        };
    }

    /// <param name="Toll">The fatalities agree with the row's figures or with the headline's total (<see cref="RowToll"/>: the row's alone).</param>
    private sealed record Judgement(Document Doc, Event Event, bool Side, bool Place, bool Date, bool Toll, bool RowToll, string? Precision, string? PlaceName, double? Km, int? Dead)
    {
        public int Count => (Side ? 1 : 0) + (Place ? 1 : 0) + (Date ? 1 : 0) + (Toll ? 1 : 0);
    }

    private Judgement Judge(Document doc, Event e, UcdpEvent row, (int Best, int Low, int High) headlineTotal, Dictionary<string, SideCode> sideCodes)
    {
        var entities = doc.Entities.ToDictionary(x => x.Id);
        // A place is no side, but a country the event holds as a party is its state: "Iraq air strikes kill 17" (IRQ), as the
        // pipeline codes it; "Iraq violence kills 14" names only where (the coder holds Iraq as its place, no party).
        var parties = new[] { e.ActorId, e.TargetId, e.RecipientId }.Concat(e.AssociatedActorIds).OfType<string>()
            .Select(id => entities.GetValueOrDefault(id)).OfType<Entity>().Where(x => !x.IsPlace || x.Kind == EntityKind.Country).ToList();
        // Parties the text names only in words count by their agent code ("12 security personnel" → MIL, "11 people" → PPL).
        var wordCodes = new[] { e.ActorWordsCode, e.TargetWordsCode }.OfType<string>().ToList();
        var at = EventLocation.Of(doc, e);
        bool side = Matches(row.SideA, parties, wordCodes, at, row.Start, sideCodes) || Matches(row.SideB, parties, wordCodes, at, row.Start, sideCodes);
        bool place = row.Latitude is { } lat && row.Longitude is { } lon && at is not null && GeoDistance.Km(at.Latitude, at.Longitude, lat, lon) <= PlaceKm;
        bool date = e.Date is { } d && Overlaps(d.Start, d.End, row.Start, row.End);
        int? dead = Fatalities(doc, e);
        bool rowToll = row.Best > 0 && dead is { } k && (k == row.Best || row.Low <= k && k <= row.High);
        bool toll = rowToll || row.Best > 0 && dead is { } t && (t == headlineTotal.Best || headlineTotal.Low <= t && t <= headlineTotal.High);
        double? km = row.Latitude is { } la && row.Longitude is { } lo && at is not null ? Math.Round(GeoDistance.Km(at.Latitude, at.Longitude, la, lo)) : null;
        return new Judgement(doc, e, side, place, date, toll, rowToll, at?.Precision, at?.Place.Name, km, dead);
    }

    private static readonly JsonWriterOptions OutcomeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Outcome(TextWriter output, UcdpEvent row, Judgement? best)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, OutcomeJson))
        {
            w.WriteStartObject();
            w.WriteString("id", row.Id);
            w.WriteString("kind", best is null ? "missed" : "found");
            w.WriteString("headline", string.Join(" ; ", row.Sources.Select(s => s.Headline)));
            w.WriteString("side_a", row.SideA);
            w.WriteString("side_b", row.SideB);
            w.WriteNumber("best", row.Best);
            w.WriteNumber("where_prec", row.WherePrecision);
            if (best is not null)
            {
                var (doc, e) = (best.Doc, best.Event);
                string? Name(string? id) => id is null ? null : doc.Entities.FirstOrDefault(x => x.Id == id) is { } x ? x.Name + (x.Code is { Length: > 0 } c ? " [" + c + "]" : "") : null;
                w.WriteString("type", e.Type);
                w.WriteString("trigger", doc.TextOf(e.Trigger));
                w.WriteString("actor", Name(e.ActorId) ?? (e.ActorWords is { } aw ? "(" + doc.TextOf(aw) + ")" + (e.ActorWordsCode is { } ac ? " [" + ac + "]" : "") : null));
                w.WriteString("target", Name(e.TargetId) ?? (e.TargetWords is { } tw ? "(" + doc.TextOf(tw) + ")" + (e.TargetWordsCode is { } tc ? " [" + tc + "]" : "") : null));
                w.WriteString("place", best.PlaceName);
                w.WriteString("precision", best.Precision);
                if (best.Km is { } km) w.WriteNumber("km", km);
                if (best.Dead is { } dead) w.WriteNumber("dead", dead);
                w.WriteBoolean("side_match", best.Side);
                w.WriteBoolean("place_50km", best.Place);
                w.WriteBoolean("date_match", best.Date);
                w.WriteBoolean("toll_match", best.Toll);
                w.WriteBoolean("toll_match_row", best.RowToll);
            }
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Agent codes of people UCDP counts as civilians when one-sided violence kills them: civilians, residents, people, worshippers.</summary>
    private static readonly string[] CivilianCodes = ["CVL", "PPL", "REL"];

    /// <summary>
    /// A community named by its faith or as civilians ("Shiites", "Yazidis", "residents"; data/groups.tsv,
    /// religious or social): the people one-sided violence kills for who they are, whom UCDP counts as
    /// civilians. Not an ethnic group: "Iraq Kurds" killed in a battle for a dam were fighters.
    /// </summary>
    private static bool IsCommunity(Entity party) => party.Kind == EntityKind.Group && party.Sector is "religious" or "social";

    /// <summary>Agent codes of a state's own people: its soldiers, police, officials, spies, lawmakers and judges.</summary>
    private static readonly string[] StateCodes = ["MIL", "COP", "GOV", "SPY", "LEG", "JUD"];

    private bool Matches(string side, List<Entity> parties, List<string> wordCodes, EventLocation? at, DateOnly? when, Dictionary<string, SideCode> sideCodes)
    {
        if (side.Length == 0) return false;
        if (side == "Civilians" && (wordCodes.Any(c => CivilianCodes.Contains(c)) || parties.Any(p => p.Code is { } pc && CivilianCodes.Any(c => pc.EndsWith(c, StringComparison.Ordinal)) || IsCommunity(p)))) return true;
        if (!sideCodes.TryGetValue(side, out var sideCode))
            sideCodes[side] = sideCode = CodeOfName(side);
        var code = sideCode.Code;
        bool state = side.StartsWith("Government of ", StringComparison.Ordinal);
        // "Suicide bomber kills nine police in Mosul": soldiers, police or officials the text names by
        // no country, hit or acting in the state's own land, are that state's, as UCDP counts them.
        if (state && sideCode.Country is { } country && at?.Place.Country == country
            && (wordCodes.Any(IsStateCode) || parties.Any(p => p.Country is null && p.Code is { } pc && IsStateCode(pc)))) return true;
        foreach (var p in parties)
        {
            if (p.Code is { } ours && code is not null)
            {
                // "Qaeda claims wave of Iraq attacks": in Iraq al-Qaeda is al-Qaeda in Iraq, the Islamic State
                // of Iraq, which Phoenix's own dictionary codes as IS (AQI: IMGMUSISI) and UCDP counts as IS.
                // Until it named itself the Islamic State (29 June 2014).
                if (code == IslamicState && ours.StartsWith(AlQaeda, StringComparison.Ordinal) && at?.Place.Country == "IQ" && when < IslamicStateNamed) return true;
                // A state's side: the state itself ("IRQ") or its own people, its soldiers, police, officials
                // ("IRQMIL", "IRQKRDMIL"), not its militants or civilians ("IRQUAF", "IRQCVL").
                if (state)
                {
                    if (code.Length >= 3 && ours.StartsWith(code[..3], StringComparison.Ordinal) && (ours.Length == 3 || HasStateSector(ours))) return true;
                }
                else if (ours.StartsWith(code, StringComparison.Ordinal) || code.StartsWith(ours, StringComparison.Ordinal)) return true;
            }
            else if (code is null && (string.Equals(p.Name, side, StringComparison.OrdinalIgnoreCase) || p.Aliases.Contains(side, StringComparer.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private const string IslamicState = "IMGMUSISI", AlQaeda = "IMGMUSAQD";

    private static readonly DateOnly IslamicStateNamed = new(2014, 6, 29);

    /// <summary>A 3-letter part after the country names a state sector ("IRQKRDMIL": MIL).</summary>
    private static bool HasStateSector(string code) => CameoCode.HasPart(code, 1, StateCodes);

    private static bool IsStateCode(string code) => StateCodes.Any(s => code.StartsWith(s, StringComparison.Ordinal));

    /// <summary>A side's actor code and the country of its state, as the pipeline reads the name on its own.</summary>
    private sealed record SideCode(string? Code, string? Country);

    /// <summary>The actor code the pipeline gives a side's name read on its own ("Government of Iraq." → IRQGOV, of Iraq, IQ).</summary>
    private SideCode CodeOfName(string side)
    {
        var doc = pipeline.Run(new Document(side + "."));
        var named = doc.Entities.FirstOrDefault(x => !string.IsNullOrEmpty(x.Code));
        return new SideCode(named?.Code, named?.Country);
    }

    private static bool IsViolent(Document doc, Event e) => e.Type == "ASSAULT" || Fatalities(doc, e) is > 0 || e.Quantities.Any(q => q.Role == "injured");

    private static int? Fatalities(Document doc, Event e) => Sitrep.Events.EventToll.Total(doc, e, "fatalities");

    private static bool Overlaps(DateOnly? start, DateOnly? end, DateOnly? goldStart, DateOnly? goldEnd) =>
        (start ?? DateOnly.MinValue) <= (goldEnd ?? DateOnly.MaxValue) && (goldStart ?? DateOnly.MinValue) <= (end ?? DateOnly.MaxValue);
}
