using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Geoparsing scores in the manner of Gritta et al. 2019 ("A pragmatic guide to geoparsing
/// evaluation"): toponym recognition by exact span and by overlap, then, for each gold toponym
/// matched by overlap, the distance from Sitrep's coordinates to the gold's. A matched toponym
/// Sitrep left unresolved counts as the largest error on Earth (20,039 km). Only gold toponyms
/// with coordinates count; a Sitrep toponym over a gold one without coordinates (a demonym or
/// a name used as no place) counts neither way.
/// </summary>
public sealed class PlaceEvaluation(SitrepPipeline pipeline, WorldGazetteer? gazetteer, PlaceWords words, StateAbbreviations? states = null, EntityLexicon? lexicon = null)
{
    /// <summary>Half the Earth's circumference: the largest possible error.</summary>
    public const double MaxErrorKm = 20039;

    /// <summary>A toponym Sitrep found: where, and where it put it (null when unresolved).</summary>
    public sealed record PredictedToponym(TextSpan Span, double? Latitude, double? Longitude, string Precision);

    /// <param name="outcomeLines">When given: one JSON object per gold toponym with coordinates (right, wrong, unresolved, missed) and per Sitrep toponym no gold one matches (spurious).</param>
    public EvalReport Evaluate(IReadOnlyList<ToponymDocument> documents, string format, ICollection<string> problems, TextWriter? outcomeLines = null)
    {
        int gold = 0, predicted = 0, exact = 0, overlapping = 0;
        var errors = new List<double>();
        var byPrecision = new Dictionary<string, (int Count, int Within161)>(StringComparer.Ordinal);
        var runs = new TimedRuns(pipeline, problems);
        // LGL and TR-News mark no buildings or streets; GeoWebNews marks them.
        bool buildingsLeftOut = format == "lgl";
        foreach (var d in documents)
        {
            if (runs.Run(d.Text, new DocumentSource { InputName = d.Id }, $"article {d.Id}") is not { } doc) continue;
            var goldWith = d.Toponyms.Where(t => t.HasCoordinates).ToList();
            var goldWithout = d.Toponyms.Where(t => !t.HasCoordinates).ToList();
            var found = Toponyms(doc, gazetteer, words, states, lexicon).Where(p => !goldWithout.Any(g => g.Span.Overlaps(p.Span)) || goldWith.Any(g => g.Span.Overlaps(p.Span)))
                .Where(p => !(buildingsLeftOut && IsBuilding(doc, p))).ToList();
            gold += goldWith.Count;
            predicted += found.Count;
            exact += goldWith.Count(g => found.Any(p => p.Span == g.Span));
            // One to one by overlap: each gold toponym takes the first unused Sitrep toponym over it, exact spans first.
            var used = new HashSet<int>();
            foreach (var g in goldWith)
            {
                int k = found.FindIndex(p => p.Span == g.Span);
                if (k < 0 || used.Contains(k)) k = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used.Contains(i) && found[i].Span.Overlaps(g.Span), -1);
                if (k < 0)
                {
                    outcomeLines?.WriteLine(Outcome(d, "missed", g, null, null));
                    continue;
                }
                used.Add(k);
                overlapping++;
                var p = found[k];
                double error = p.Latitude is { } lat && p.Longitude is { } lon ? GeoDistance.Km(lat, lon, g.Latitude!.Value, g.Longitude!.Value) : MaxErrorKm;
                errors.Add(error);
                var bucket = byPrecision.GetValueOrDefault(p.Precision);
                byPrecision[p.Precision] = (bucket.Count + 1, bucket.Within161 + (error < 161 ? 1 : 0));
                outcomeLines?.WriteLine(Outcome(d, p.Latitude is null ? "unresolved" : error < 161 ? "right" : "wrong", g, p, p.Latitude is null ? null : error));
            }
            if (outcomeLines is not null)
                for (int i = 0; i < found.Count; i++)
                    if (!used.Contains(i) && !goldWith.Any(g => g.Span.Overlaps(found[i].Span)))
                        outcomeLines.WriteLine(Outcome(d, "spurious", null, found[i], null));
        }
        errors.Sort();
        return new EvalReport("places", format)
        {
            Documents = runs.Documents,
            Sentences = runs.Sentences,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["precision"] = Scores.Precision(exact, predicted),
                ["recall"] = Scores.Recall(exact, gold),
                ["f1"] = Scores.F1(exact, predicted, gold),
                ["overlap_f1"] = Scores.F1(overlapping, predicted, gold),
                ["accuracy_161km"] = errors.Count == 0 ? 0 : errors.Count(e => e < 161) / (double)errors.Count,
                ["mean_error_km"] = errors.Count == 0 ? 0 : errors.Average(),
                ["median_error_km"] = Median(errors),
                ["auc"] = Auc(errors),
            },
            ByLabel = byPrecision.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
            {
                ["matched"] = kv.Value.Count,
                ["accuracy_161km"] = kv.Value.Count == 0 ? 0 : kv.Value.Within161 / (double)kv.Value.Count,
            }),
            Counts = new Dictionary<string, int>
            {
                ["gold"] = gold, ["predicted"] = predicted, ["exact"] = exact, ["overlap"] = overlapping,
                ["unresolved"] = errors.Count(e => e >= MaxErrorKm),
            },
            Notes =
            [
                "recognition: exact span (precision, recall, f1) and one-to-one overlap (overlap_f1), over gold toponyms with coordinates.",
                "geocoding: over gold toponyms matched by overlap; an unresolved match counts as 20,039 km; auc as Gritta et al. 2019 (sorted ln(1+km), trapezoids, over ln 20039); by_label splits matches by Sitrep's precision.",
                .. (buildingsLeftOut ? (string[])["lgl: buildings, streets and sites Sitrep finds (a facility, or a name with a building word of data/place-words.tsv: 'Third Presbyterian Church', 'Royal Street') are not counted, for LGL and TR-News mark none."] : []),
            ],
        };
    }

    /// <summary>
    /// The toponyms Sitrep finds: names of places (and demonyms, as the country they name), with
    /// the entity's coordinates; for a descriptive actor ("U.S. officials") its place-name modifier.
    /// </summary>
    private static string Outcome(ToponymDocument d, string outcome, GoldToponym? g, PredictedToponym? p, double? errorKm) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["article"] = d.Id,
            ["outcome"] = outcome,
            ["gold"] = g is null ? null : new Dictionary<string, object?> { ["text"] = g.Name, ["start"] = g.Span.Start, ["lat"] = g.Latitude, ["lon"] = g.Longitude },
            ["sitrep"] = p is null ? null : new Dictionary<string, object?>
            {
                ["text"] = d.Text.Substring(p.Span.Start, p.Span.End - p.Span.Start), ["start"] = p.Span.Start,
                ["lat"] = p.Latitude is { } lat ? Math.Round(lat, 4) : null, ["lon"] = p.Longitude is { } lon ? Math.Round(lon, 4) : null, ["precision"] = p.Precision,
            },
            ["error_km"] = errorKm is { } e ? Math.Round(e, 1) : null,
        });

    public static List<PredictedToponym> Toponyms(Document doc, WorldGazetteer? gazetteer, PlaceWords words, StateAbbreviations? states = null, EntityLexicon? lexicon = null)
    {
        var entities = doc.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var result = new List<PredictedToponym>();
        // "Fresno, Calif.", "Sacramento, California": the state after the comma is a toponym of its own.
        var deferred = new List<PredictedToponym>();
        // Where the article's own towns are: a small town inside a name near them is local ("Slidell PD").
        var local = EmbeddedPlaces.LocalPlaces.Of(doc);
        bool NamesCountry(string word) => lexicon?.Names.Find([word])?.Any(x => x.Referent.Kind == EntityKind.Country) == true;
        void Qualified(TextSpan place, PlaceInfo? info)
        {
            if (gazetteer is null || states is null || PlaceQualifier.After(doc, place, gazetteer, states) is not { } q) return;
            var which = q.Places.FirstOrDefault(x => x.Country == info?.Country && (x.Feature == GazetteerFeature.Country || x.Name == info?.Admin1), q.Places[0]);
            deferred.Add(new PredictedToponym(q.Span, which.Latitude, which.Longitude, which.Precision));
        }
        foreach (var m in doc.Mentions)
        {
            if (m.Form is MentionForm.Pronoun or MentionForm.Descriptor) continue;
            var entity = m.EntityId is { } id ? entities.GetValueOrDefault(id) : null;
            var place = entity?.Place ?? m.Referent?.Place;
            var named = NerEvaluation.NamedPart(m, doc);
            if (m.Kind.IsPlace())
            {
                var span = named is { } n ? n.Span : m.Span;
                // "northern Syria", "the Iraqi border": the gold sets mark the name inside ("Syria",
                // "Iraqi") as the country, at the country's point; Sitrep's region is finer than that.
                if (span != m.Span && entity?.WithinId is { } within && entities.GetValueOrDefault(within)?.Place is { } outer) place = outer;
                // "Sacramento, California" read as one name: the town, then its state.
                // (A name the dictionary reads alone, "Washington" of "Washington, New York and Boston", comes first.)
                int comma = doc.Text.AsSpan(span.Start, span.Length).IndexOf(',');
                var toponym = new PredictedToponym(comma > 0 ? new TextSpan(span.Start, comma) : span, place?.Latitude, place?.Longitude, place?.Latitude is null ? "unresolved" : place.Precision);
                (comma > 0 ? deferred : result).Add(toponym);
                Qualified(toponym.Span, place);
                continue;
            }
            if (gazetteer is null) continue;
            // "the EU", "EU leaders": a union of states named as an actor stands for its states' land,
            // as GeoWebNews marks it (data/world-regions.tsv has the unions with a point; the UN has none).
            if (entity is { IsPlace: false } && m.Form is MentionForm.Name or MentionForm.Alias or MentionForm.Acronym
                && gazetteer.Find(entity.Name).FirstOrDefault(r => r.Feature == GazetteerFeature.Region) is { Name: not null } union)
            {
                result.Add(new PredictedToponym(m.Span, union.Latitude, union.Longitude, union.Precision));
                continue;
            }
            // "University of California", "The Washington Post": a well-known place inside a name.
            if (named is { Label.Length: 0 } && m.Kind != EntityKind.Person && m.Form is MentionForm.Name or MentionForm.Alias)
                foreach (var (span, p) in EmbeddedPlaces.In(doc, m, gazetteer, words, local, NamesCountry))
                    result.Add(new PredictedToponym(span, p.Latitude, p.Longitude, p.Precision));
            // "Russian officials", "the Syrian army": the country an actor is named by, at that country's point.
            if ((entity?.Country ?? m.Referent?.Country) is not { } iso2 || gazetteer.Country(iso2) is not { } country) continue;
            if (m.Form == MentionForm.Demonym) result.Add(new PredictedToponym(m.Span, country.Latitude, country.Longitude, "country"));
            else if (named is { Label.Length: > 0 } modifier) result.Add(new PredictedToponym(modifier.Span, country.Latitude, country.Longitude, "country"));
        }
        foreach (var d in deferred)
            if (!result.Any(p => p.Span.Overlaps(d.Span))) result.Add(d);
        // "Russian-backed", "the Nigerian Army", "European leaders": demonyms name their place, as GeoWebNews marks them.
        if (lexicon is not null && gazetteer is not null)
            foreach (var d in DemonymToponyms.In(doc, lexicon, gazetteer))
                if (!result.Any(p => p.Span.Overlaps(d.Span))) result.Add(d);
        return result.DistinctBy(p => p.Span).OrderBy(p => p.Span.Start).ToList();
    }

    /// <summary>A building, street or site: a curated facility, or a name the gazetteer does not know that begins or ends with a building word ("Holy Redeemer Church", "Royal Street"; not "Overland Park").</summary>
    private bool IsBuilding(Document doc, PredictedToponym p)
    {
        if (p.Precision == "facility") return true;
        // A town named with such a word is a town: "Overland Park", "College Station".
        if (gazetteer?.Contains(doc.TextOf(p.Span)) == true) return false;
        return words.NamesBuilding(doc.TextOf(p.Span));
    }

    /// <summary>Area under the curve of sorted ln(1 + error), by trapezoids, over the largest possible: 0 is perfect, 1 the worst.</summary>
    public static double Auc(IReadOnlyList<double> sortedErrors)
    {
        if (sortedErrors.Count == 0) return 0;
        var logs = sortedErrors.Select(e => Math.Log(1 + e)).ToArray();
        if (logs.Length == 1) return logs[0] / Math.Log(MaxErrorKm);
        double area = 0;
        for (int i = 1; i < logs.Length; i++) area += (logs[i - 1] + logs[i]) / 2;
        return area / (Math.Log(MaxErrorKm) * (logs.Length - 1));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
