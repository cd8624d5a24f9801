using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the event coder on sentence-level gold: PLV (the main event's PLOVER root, its source
/// and target), PETRARCH validation records (CAMEO codings with actor codes) and PLOVER records
/// (type, mode, actor codes, counts, place). Each gold sentence runs through the whole pipeline
/// on its own.
/// </summary>
public sealed class EventEvaluation(SitrepPipeline pipeline)
{
    /// <summary>The root a PLV gold file uses: CONCEDE and RETREAT are both YIELD there.</summary>
    public static string PlvRoot(string ploverType) => SentenceType.RootOf(ploverType);

    public const string NoEvent = "NONE";

    /// <summary>
    /// Scores PLV. <paramref name="classifier"/> with <paramref name="coder"/> "classifier" takes the
    /// sentence's root from the classifier alone; "together" takes the root from the classifier and
    /// source and target from the rules' event of that root where they found one, else from their
    /// main event; "fallback" is the rules' main event and, where they find none, the classifier's
    /// root (what the pipeline loses to sentences it reads no event in; not its own reading);
    /// "rules" (the default) is the pipeline alone. Source and target are always the
    /// rules' (the classifier names no actors).
    /// </summary>
    public EvalReport EvaluatePlv(IReadOnlyList<PlvSentence> sentences, ICollection<string> problems, EventClassifier? classifier = null, string coder = "rules", TextWriter? outcomes = null)
    {
        var confusion = new List<(string Gold, string Predicted)>();
        int sourceGold = 0, sourceFound = 0, targetGold = 0, targetFound = 0;
        var runs = new TimedRuns(pipeline, problems);
        foreach (var s in sentences)
        {
            if (runs.Run(s.Text, new DocumentSource { InputName = $"sentence {s.Index}" }, $"sentence {s.Index}") is not { } doc) continue;
            var main = MainEvent(doc, s.Source, s.Target);
            var root = main is null ? NoEvent : PlvRoot(main.Type);
            // Fallback: every PLV sentence reports an event; where the rules find none, the classifier's type stands in.
            if (classifier is not null && coder == "fallback" && main is null) root = classifier.Predict(s.Text, allowNone: false).Label;
            if (classifier is not null && coder is "classifier" or "together")
            {
                root = classifier.Predict(s.Text, allowNone: false).Label;
                // Together: the classifier says what happened, the rules who did it to whom — from
                // their event of that type when they found one.
                if (coder == "together" && MainEvent(doc, s.Source, s.Target, root) is { } agreeing) main = agreeing;
            }
            confusion.Add((s.Root, root));

            bool? sourceHit = null, targetHit = null;
            if (s.Source is { } source)
            {
                sourceGold++;
                sourceHit = main is not null && ActorSpans(doc, main).Any(m => m.Overlaps(source));
                if (sourceHit == true) sourceFound++;
            }
            if (s.Target is { } target)
            {
                targetGold++;
                targetHit = main is not null && TargetMentions(doc, main).Any(m => m.Overlaps(target));
                if (targetHit == true) targetFound++;
            }
            if (outcomes is not null) PlvOutcome(outcomes, s, doc, main, root, sourceHit, targetHit);
        }
        var labels = confusion.Select(c => c.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
        var byLabel = labels.ToDictionary(l => l, l => (IReadOnlyDictionary<string, double>)LabelScores(confusion, l));
        return new EvalReport("events", "plv")
        {
            Documents = runs.Documents,
            Sentences = runs.Documents,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["accuracy"] = confusion.Count == 0 ? 0 : confusion.Count(c => c.Gold == c.Predicted) / (double)confusion.Count,
                ["macro_f1"] = byLabel.Count == 0 ? 0 : byLabel.Values.Average(v => v["f1"]),
                ["source_found"] = sourceGold == 0 ? 0 : sourceFound / (double)sourceGold,
                ["target_found"] = targetGold == 0 ? 0 : targetFound / (double)targetGold,
            },
            ByLabel = byLabel,
            Counts = new Dictionary<string, int> { ["sentences"] = confusion.Count, ["no_event"] = confusion.Count(c => c.Predicted == NoEvent), ["sources"] = sourceGold, ["targets"] = targetGold },
            Notes =
            [
                "the main event is the one whose actor is the marked source, else whose target is the marked target, else the sentence's first; CONCEDE and RETREAT count as YIELD; a sentence without an event counts as NONE; an actor or target the text does not name counts by its words.",
                $"coder: {coder}{(coder == "rules" ? " (the pipeline)" : coder == "classifier" ? " (the PLV classifier alone; source and target are the rules')" : coder == "fallback" ? " (the rules' main event; where they find none, the classifier's root, not the pipeline's own reading)" : " (the classifier's root, the rules' parties)")}.",
            ],
        };
    }

    public EvalReport EvaluatePetrarch(IReadOnlyList<PetrarchSentence> sentences, ICollection<string> problems, TextWriter? outcomes = null)
    {
        int gold = 0, predicted = 0, matched = 0, code = 0, source = 0, target = 0, empty = 0, emptyCorrect = 0;
        var runs = new TimedRuns(pipeline, problems);
        foreach (var s in sentences)
        {
            if (runs.Run(s.Text, new DocumentSource { InputName = $"sentence {s.Id}", Published = s.Date }, $"sentence {s.Id}") is not { } doc) continue;
            var codes = doc.Entities.ToDictionary(e => e.Id, e => e.Code, StringComparer.Ordinal);
            var coded = doc.Events.Where(e => e.Cameo is { Length: >= 2 }).ToList();
            gold += s.Codings.Count;
            predicted += coded.Count;
            if (s.Codings.Count == 0)
            {
                empty++;
                if (coded.Count == 0) emptyCorrect++;
                if (outcomes is not null) PetrarchOutcome(outcomes, s, doc, codes, coded, []);
                continue;
            }
            var used = new HashSet<Event>(ReferenceEqualityComparer.Instance);
            var hits = new List<Event?>();
            foreach (var g in s.Codings)
            {
                var root = Root(g.EventCode);
                // Same root, the full code and actor codes agreeing preferred.
                var match = coded.Where(e => !used.Contains(e) && Root(e.Cameo!) == root)
                    .OrderByDescending(e => (e.Cameo == g.EventCode ? 2 : 0) + (Same(CodeOf(codes, e.ActorId), g.SourceCode) ? 1 : 0)).FirstOrDefault();
                hits.Add(match);
                if (match is null) continue;
                used.Add(match);
                matched++;
                if (match.Cameo == g.EventCode) code++;
                if (Same(CodeOf(codes, match.ActorId), g.SourceCode)) source++;
                if (Same(CodeOf(codes, match.TargetId ?? match.RecipientId), g.TargetCode)) target++;
            }
            if (outcomes is not null) PetrarchOutcome(outcomes, s, doc, codes, coded, hits);
        }
        return new EvalReport("events", "petrarch")
        {
            Documents = runs.Documents,
            Sentences = runs.Documents,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["root_precision"] = Scores.Precision(matched, predicted),
                ["root_recall"] = Scores.Recall(matched, gold),
                ["root_f1"] = Scores.F1(matched, predicted, gold),
                ["code_accuracy"] = matched == 0 ? 0 : code / (double)matched,
                ["source_accuracy"] = matched == 0 ? 0 : source / (double)matched,
                ["target_accuracy"] = matched == 0 ? 0 : target / (double)matched,
                ["empty_correct"] = empty == 0 ? 0 : emptyCorrect / (double)empty,
            },
            Counts = new Dictionary<string, int> { ["gold_codings"] = gold, ["predicted_codings"] = predicted, ["matched"] = matched, ["empty_sentences"] = empty },
            Notes = ["codings match one to one by CAMEO root (first two digits); code, source and target accuracy are over matched codings; actor codes compare as written (a gold code counts when Sitrep's starts with it, e.g. IRQ for IRQMIL)."],
        };
    }

    /// <summary>
    /// The record's main event among Sitrep's, chosen without looking at the gold type: the one
    /// whose actor the gold source names, else whose target or recipient the gold target names,
    /// else the first.
    /// </summary>
    private static Event? PloverMainEvent(Document doc, PloverRecord r)
    {
        bool Names(string? entityId, IEnumerable<string?> texts) =>
            entityId is not null && doc.Mentions.Any(m => m.EntityId == entityId && texts.Any(t => t is not null && (doc.TextOf(m.Span).Contains(t, StringComparison.OrdinalIgnoreCase) || t.Contains(doc.TextOf(m.Span), StringComparison.OrdinalIgnoreCase))));
        var sources = r.Source.Select(a => a.Text).ToList();
        var targets = r.Target.Select(a => a.Text).ToList();
        return doc.Events.FirstOrDefault(e => sources.Count > 0 && Names(e.ActorId, sources))
               ?? doc.Events.FirstOrDefault(e => targets.Count > 0 && (Names(e.TargetId, targets) || Names(e.RecipientId, targets)))
               ?? doc.Events.FirstOrDefault();
    }

    public EvalReport EvaluatePlover(IReadOnlyList<PloverRecord> records, ICollection<string> problems)
    {
        int type = 0, modeGold = 0, mode = 0, sourceGold = 0, source = 0, targetGold = 0, target = 0, countsGold = 0, counts = 0, placeGold = 0, place = 0;
        var runs = new TimedRuns(pipeline, problems);
        foreach (var r in records)
        {
            if (runs.Run(r.Text, new DocumentSource { InputName = $"record {r.Id}", Published = DateOnly.TryParse(r.Date, out var d) ? d : null }, $"record {r.Id}") is not { } doc) continue;
            var codes = doc.Entities.ToDictionary(e => e.Id, e => e.Code, StringComparer.Ordinal);
            var main = PloverMainEvent(doc, r);
            if (main?.Type == r.Event) type++;
            if (r.Mode is { } m)
            {
                modeGold++;
                if (string.Equals(main?.Mode, m, StringComparison.OrdinalIgnoreCase)) mode++;
            }
            var sourceCodes = r.Source.Select(a => a.Code).OfType<string>().ToList();
            if (sourceCodes.Count > 0)
            {
                sourceGold++;
                if (main is not null && sourceCodes.Any(c => Same(CodeOf(codes, main.ActorId), c))) source++;
            }
            var targetCodes = r.Target.Select(a => a.Code).OfType<string>().ToList();
            if (targetCodes.Count > 0)
            {
                targetGold++;
                if (main is not null && targetCodes.Any(c => Same(CodeOf(codes, main.TargetId ?? main.RecipientId), c))) target++;
            }
            if (r.Dead is not null || r.Injured is not null || r.Size is not null)
            {
                countsGold++;
                if (main is not null && Count(doc, main, "fatalities") == r.Dead && Count(doc, main, "injured") == r.Injured && (r.Size is null || Count(doc, main, "size") == r.Size)) counts++;
            }
            if (r.Location is { } loc)
            {
                placeGold++;
                if (main is not null && EventLocation.Of(doc, main)?.Place is { } p && (Same(p.Name, loc) || doc.Mentions.Any(x => x.EntityId == p.Id && Same(doc.TextOf(x.Span), loc)))) place++;
            }
        }
        int n = runs.Documents;
        static double Share(int hit, int of) => of == 0 ? 0 : hit / (double)of;
        return new EvalReport("events", "plover")
        {
            Documents = n,
            Sentences = n,
            Tokens = runs.Tokens,
            TokensPerSecond = runs.TokensPerSecond,
            Scores = new Dictionary<string, double>
            {
                ["type_accuracy"] = Share(type, n),
                ["mode_accuracy"] = Share(mode, modeGold),
                ["source_accuracy"] = Share(source, sourceGold),
                ["target_accuracy"] = Share(target, targetGold),
                ["counts_exact"] = Share(counts, countsGold),
                ["location_match"] = Share(place, placeGold),
            },
            Counts = new Dictionary<string, int> { ["records"] = n, ["with_mode"] = modeGold, ["with_source"] = sourceGold, ["with_target"] = targetGold, ["with_counts"] = countsGold, ["with_location"] = placeGold },
            Notes = ["the main event is the one whose actor the gold source names, else whose target the gold target names, else the first (never chosen by type); each score is over the records whose gold gives that field; counts must all be equal (dead, injured and, when given, size)."],
        };
    }

    private static readonly System.Text.Json.JsonSerializerOptions OutcomeJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line per PETRARCH record: its gold codings, each with the coding Sitrep matched to it (or null), and every coding Sitrep gave.</summary>
    private static void PetrarchOutcome(TextWriter output, PetrarchSentence s, Document doc, Dictionary<string, string?> codes, List<Event> coded, List<Event?> hits)
    {
        object Coding(Event e) => new Dictionary<string, object?>
        {
            ["cameo"] = e.Cameo,
            ["type"] = e.Type,
            ["trigger"] = doc.TextOf(e.Trigger),
            ["source"] = CodeOf(codes, e.ActorId),
            ["target"] = CodeOf(codes, e.TargetId ?? e.RecipientId),
            ["decided_by"] = e.DecidedBy,
        };
        var line = new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["text"] = s.Text,
            ["gold"] = s.Codings.Select((g, i) => new Dictionary<string, object?>
            {
                ["cameo"] = g.EventCode,
                ["source"] = g.SourceCode,
                ["target"] = g.TargetCode,
                ["matched"] = i < hits.Count && hits[i] is { } hit ? Coding(hit) : null,
            }).ToList(),
            ["predicted"] = coded.Select(Coding).ToList(),
        };
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(line, OutcomeJson));
    }

    /// <summary>One line of what became of a PLV sentence: gold and predicted root, the main event and whether its parties were the marked ones.</summary>
    private static void PlvOutcome(TextWriter output, PlvSentence s, Document doc, Event? main, string root, bool? sourceHit, bool? targetHit)
    {
        string? Text(TextSpan? span) => span is { } x ? doc.TextOf(x) : null;
        string? Party(string? id, TextSpan? words) => id is not null ? doc.Entities.FirstOrDefault(x => x.Id == id)?.Name : Text(words);
        var line = new Dictionary<string, object?>
        {
            ["index"] = s.Index,
            ["text"] = s.Text,
            ["gold"] = s.Root,
            ["predicted"] = root,
            ["classifier"] = doc.SentenceTypes.Count > 0 ? $"{doc.SentenceTypes[0].Label} {doc.SentenceTypes[0].Margin:0.0}" : null,
            ["gold_source"] = Text(s.Source),
            ["gold_target"] = Text(s.Target),
            ["trigger"] = main is null ? null : doc.TextOf(main.Trigger),
            ["decided_by"] = main?.DecidedBy,
            ["actor"] = main is null ? null : Party(main.ActorId, main.ActorWords),
            ["target"] = main is null ? null : Party(main.TargetId ?? main.RecipientId, main.TargetWords),
            ["source_found"] = sourceHit,
            ["target_found"] = targetHit,
            ["events"] = doc.Events.Select(e => $"{e.Type} '{doc.TextOf(e.Trigger)}'").ToList(),
        };
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(line, OutcomeJson));
    }

    /// <summary>The event the gold is about: the one whose actor is the marked source, else whose target is the marked target, else the first.</summary>
    /// <summary>The sentence's main event among the rules' events (of one root, when given): the one whose actor is the gold source, else whose target is the gold target, else the first.</summary>
    private static Event? MainEvent(Document doc, TextSpan? source, TextSpan? target, string? root = null)
    {
        var events = root is null ? doc.Events : doc.Events.Where(e => PlvRoot(e.Type) == root).ToList();
        if (events.Count == 0) return null;
        if (source is { } s && events.FirstOrDefault(e => ActorSpans(doc, e).Any(m => m.Overlaps(s))) is { } bySource) return bySource;
        if (target is { } t && events.FirstOrDefault(e => TargetMentions(doc, e).Any(m => m.Overlaps(t))) is { } byTarget) return byTarget;
        return events[0];
    }

    /// <summary>What the event is done to: its target or recipient (named, or in words), else the place it is about ("withdraw from Kirkuk").</summary>
    private static IEnumerable<TextSpan> TargetMentions(Document doc, Event e) =>
        e.TargetId is not null || e.RecipientId is not null ? Mentions(doc, e.TargetId).Concat(Mentions(doc, e.RecipientId))
        : e.TargetWords is { } words ? [words] : Mentions(doc, e.PlaceId);

    /// <summary>Who did it: the actor's mentions, or its words when the text names no one ("a court in Venezuela").</summary>
    private static IEnumerable<TextSpan> ActorSpans(Document doc, Event e) =>
        e.ActorWords is { } words ? [words] : Mentions(doc, e.ActorId);

    private static IEnumerable<TextSpan> Mentions(Document doc, string? entityId) =>
        entityId is null ? [] : doc.Mentions.Where(m => m.EntityId == entityId).Select(m => m.Span);

    private static Dictionary<string, double> LabelScores(List<(string Gold, string Predicted)> confusion, string label)
    {
        int tp = confusion.Count(c => c.Gold == label && c.Predicted == label);
        int predicted = confusion.Count(c => c.Predicted == label), gold = confusion.Count(c => c.Gold == label);
        return new Dictionary<string, double>
        {
            ["precision"] = Scores.Precision(tp, predicted),
            ["recall"] = Scores.Recall(tp, gold),
            ["f1"] = Scores.F1(tp, predicted, gold),
            ["gold"] = gold,
            ["predicted"] = predicted,
        };
    }

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    private static string? CodeOf(Dictionary<string, string?> codes, string? entityId) => entityId is null ? null : codes.GetValueOrDefault(entityId);

    /// <summary>Actor codes agree when Sitrep's starts with the gold's ("IRQ" for IRQMIL), or names when equal ignoring case.</summary>
    private static bool Same(string? ours, string? gold) =>
        !string.IsNullOrEmpty(ours) && !string.IsNullOrEmpty(gold) && (ours.StartsWith(gold, StringComparison.OrdinalIgnoreCase) || string.Equals(ours, gold, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of the event's quantity in a role ("fatalities", "injured"; "size" for any size), or null.</summary>
    internal static int? Count(Document doc, Event e, string role)
    {
        var q = e.Quantities.FirstOrDefault(x => role == "size" ? x.Role.EndsWith("size", StringComparison.Ordinal) : x.Role == role);
        return q is null ? null : doc.Quantities.FirstOrDefault(x => x.Id == q.QuantityId) is { } quantity ? (int)quantity.Value : null;
    }

}
