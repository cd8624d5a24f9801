using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Places;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geocoding;

/// <summary>
/// Puts the document's places on the map. Curated places and facilities keep their own
/// coordinates; countries get their country point; every other place name is looked up in the
/// world gazetteer and the candidate chosen by what the article says: an "X, Y" pattern
/// ("Alexandria, Louisiana"), the countries and divisions of the places it names, the country
/// it is about, then population and rank (country, division, capital). A name the gazetteer
/// lacks, or whose candidates nothing in the article tells apart, stays unresolved, and says so.
/// </summary>
/// <param name="directions">Compass words and the part they name (data/directions.tsv): "Southern" → south.</param>
public sealed class Geocoder(WorldGazetteer gazetteer, StateAbbreviations states, PlaceWords placeWords, IReadOnlyDictionary<string, string> directions) : IAnnotator
{
    public string Name => "places/geocode";

    public Layer Requires => Layer.Tokens | Layer.Mentions | Layer.Entities;

    public Layer Produces => Layer.Entities;

    public void Annotate(Document document)
    {
        if (document.Entities.Count == 0) return;
        var entities = document.Entities.ToList();
        var byId = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var context = new PlaceContext(document, entities);
        // Countries and curated places first: they are the context the rest is read in.
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].IsPlace && entities[i].Kind == EntityKind.Country) entities[i] = PlaceCountry(entities[i]);
        foreach (var e in entities.Where(e => e.IsPlace && e.Place is { Latitude: not null }))
            context.Add(e.Place!.Country, e.Place.Admin1);
        // Two passes: each name's best reading alone, then again beside where the others landed.
        var open = new List<int>();
        var candidates = new Dictionary<int, List<(GazetteerEntry Entry, double Score)>>();
        var insideOf = new Dictionary<int, int>();
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (!e.IsPlace || e.Kind == EntityKind.Country) continue;
            // A place said to lie in another ("the resort of Didim in south-west Turkey") is looked up
            // in that one's country; a part of it ("northern Iraq"), or one the gazetteer lacks there,
            // stands at the other's point (below).
            // (A division the tagger found, "Richmond in North Yorkshire", has no country yet: the second pass reads it.)
            string? withinCountry = null;
            if (e.WithinId is { } within)
            {
                if (NamePatternFinder.PartOf(e.Referent) is not null || !byId.TryGetValue(within, out int w)) continue;
                withinCountry = entities[w].Place?.Country ?? entities[w].Country;
                insideOf[i] = w;
            }
            bool contradicted = Contradicted(document, e);
            if (e.Place is { Latitude: not null } && !contradicted) continue;
            var found = Candidates(document, e, context, contradicted);
            if (withinCountry is { Length: > 0 })
            {
                found = found.Where(c => string.Equals(c.Entry.Country, withinCountry, StringComparison.OrdinalIgnoreCase)).ToList();
                if (found.Count == 0) continue;
            }
            open.Add(i);
            candidates[i] = found;
        }
        var provisional = open.Where(i => candidates[i].Count > 0).ToDictionary(i => i, i => candidates[i].MaxBy(c => c.Score).Entry);
        // The places already fixed, not those read again ("Paris, Texas" does not vote for France).
        var reread = open.ToHashSet();
        var fixedPoints = entities.Where((e, k) => !reread.Contains(k) && e.IsPlace && e.Kind is not EntityKind.Country && e.Place is { Latitude: not null, Precision: "city" or "facility" })
            .Select(e => ((double)e.Place!.Latitude!, (double)e.Place.Longitude!)).ToList();
        var fixedCountries = entities.Where((e, k) => !reread.Contains(k) && e.IsPlace && e.Place is { Latitude: not null, Country.Length: > 0 }).Select(e => e.Place!.Country).ToList();
        // Each name read again beside where the others landed in the first pass. (More rounds,
        // each beside the round before, changed no GeoWebNews toponym.)
        var chosen = new Dictionary<int, GazetteerEntry>();
        var insideOnly = new HashSet<int>();
        var unfit = new HashSet<int>();
        foreach (int i in open)
        {
            // States and provinces the article names ("Illinois" near "Springfield").
            var namedDivisions = provisional.Where(p => p.Key != i && p.Value.Feature == GazetteerFeature.Admin1).Select(p => (p.Value.Country, p.Value.Admin1Code)).ToHashSet();
            var others = fixedPoints.Concat(provisional.Where(p => p.Key != i && p.Value.Feature is GazetteerFeature.City or GazetteerFeature.Capital or GazetteerFeature.Admin1Seat or GazetteerFeature.Admin2)
                .Select(p => ((double)p.Value.Latitude, (double)p.Value.Longitude))).ToList();
            var countries = fixedCountries.Concat(provisional.Where(p => p.Key != i && p.Value.Country.Length > 0).Select(p => p.Value.Country)).ToList();
            // A village of no known size (a ZIP code's town) only in a country the article is in: "Sun",
            // "Tony" and "Holyrood" in a British story are no American hamlets.
            var fitting = candidates[i].Where(c => c.Entry.Population > 0 || c.Entry.Feature is not (GazetteerFeature.City or GazetteerFeature.Admin1Seat)
                || countries.Contains(c.Entry.Country) || InContext(c.Entry, context)).ToList();
            // "Richmond in North Yorkshire": only a town in the division the text puts it in (else it stands at the division's point, below).
            if (insideOf.TryGetValue(i, out int outer) && provisional.TryGetValue(outer, out var division))
            {
                fitting = fitting.Where(c => c.Entry.Country == division.Country && (division.Feature != GazetteerFeature.Admin1 || c.Entry.Admin1Code == division.Admin1Code)).ToList();
                if (fitting.Count == 0)
                {
                    insideOnly.Add(i);
                    continue;
                }
            }
            if (fitting.Count == 0 && candidates[i].Count > 0) unfit.Add(i);
            if (fitting.Count > 0)
                chosen[i] = fitting.MaxBy(c => c.Score + NearnessBonus(c.Entry, others) + CoherenceBonus(c.Entry, countries) + NamedDivisionBonus(c.Entry, namedDivisions, context.Admin1s)).Entry;
        }
        foreach (int i in open.Where(i => !insideOnly.Contains(i)))
            entities[i] = chosen.TryGetValue(i, out var place) ? Placed(entities[i], place)
                : Unresolved(entities[i], unfit.Contains(i) ? "only villages of unknown size have this name, in countries the article does not name" : "not in the gazetteer");
        StatesNamedLikeTowns(document, entities);
        for (int i = 0; i < entities.Count; i++)
            if (reread.Contains(i) && entities[i].Place is { Latitude: null } && CompassPart(entities[i], context) is { } part) entities[i] = part;
        var local = EmbeddedPlaces.LocalPlaces.Of(entities);
        for (int i = 0; i < entities.Count; i++)
            if (reread.Contains(i) && entities[i].Place is { Latitude: null } && TownOfBuilding(document, entities[i], local, context) is { } inTown) entities[i] = inTown;
        // "northern Iraq", "central Turkey": a point in that part of the country or division, where
        // its towns lie; a part of a town, or of a place without enough towns, stands at the place.
        // "The Saudi border" says neither which side nor where along it: it gets no point.
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (!e.IsPlace || e.Place is { Latitude: not null } || e.WithinId is not { } within || !byId.TryGetValue(within, out int w) || entities[w].Place is not { Latitude: not null } outer) continue;
            string? part = NamePatternFinder.PartOf(e.Referent);
            if (part == NamePatternFinder.BorderPart)
            {
                entities[i] = e with { Place = (e.Place ?? outer) with { Unresolved = "a border: which side, and where along it, the text does not say" } };
                continue;
            }
            // Only a whole country or first-level division ("Anbar"), not a named area filed under one ("Eastern Ghouta").
            string? code = outer.Precision == "admin1" && string.Equals(outer.Admin1, entities[w].Name, StringComparison.OrdinalIgnoreCase) ? AdminCode(outer) : null;
            bool whole = outer.Precision == "country" || code is not null;
            if (part is not null && whole && gazetteer.PartOf(outer.Country, code, part) is { } point)
            {
                entities[i] = e with
                {
                    Place = (e.Place ?? outer) with
                    {
                        Latitude = point.Latitude, Longitude = point.Longitude, Precision = "region", GeoNameId = null, FeatureCode = null,
                        Source = $"the {part} of {entities[w].Name}: its town nearest there (geonames cities500)",
                    },
                };
                continue;
            }
            entities[i] = e with { Place = (e.Place ?? outer) with { Latitude = outer.Latitude, Longitude = outer.Longitude, Source = outer.Source, GeoNameId = outer.GeoNameId, FeatureCode = outer.FeatureCode } };
        }
        document.SetEntities(entities);
    }

    /// <summary>
    /// "Colchester General Hospital", "South Ossett Church": a building or site the gazetteer lacks,
    /// named after a town, stands in or near that town, so it gets the town's point and says so
    /// (precision city: no finer point is known). The town must be well known or lie near the
    /// article's other towns (<see cref="EmbeddedPlaces"/>), so that "Holy Redeemer Church" is in no
    /// town called Holy, in a country the article is about or most of its places are in ("Victoria
    /// Station" in London is not in Hong Kong), and named alone in the article too or near its other
    /// towns ("Lincoln Center" is no building in Lincoln, Nebraska); a state or country inside the
    /// name gives no point ("Texas Stadium"), nor does a street's name ("London Road" in Brighton).
    /// </summary>
    private Entity? TownOfBuilding(Document document, Entity e, EmbeddedPlaces.LocalPlaces local, PlaceContext context)
    {
        if (!placeWords.NamesBuilding(e.Name) || placeWords.NamesStreet(e.Name)) return null;
        var mention = document.Mentions.FirstOrDefault(m => m.EntityId == e.Id && m.Form == MentionForm.Name);
        if (mention is null) return null;
        foreach (var (span, town) in EmbeddedPlaces.In(document, mention, gazetteer, placeWords, local))
        {
            if (town.Feature is not (GazetteerFeature.City or GazetteerFeature.Capital or GazetteerFeature.Admin1Seat) || !InContext(town, context) && town.Country != local.Country) return null;
            // The town is one the article is about: named alone too, or near its other towns. "Lincoln
            // Center" and "Jackson Memorial Hospital" are named after people, not Nebraska's or Mississippi's capitals.
            if (!context.NamesAlone(document.TextOf(span)) && !local.Points.Any(p => GeoDistance.Km(town.Latitude, town.Longitude, p.Lat, p.Lon) < EmbeddedPlaces.LocalKm)) return null;
            var placed = Placed(e, town);
            return placed with
            {
                Kind = e.Kind,
                Place = placed.Place! with { Precision = "city", GeoNameId = null, FeatureCode = null, Source = $"{town.Name}, the town it is named after: a building or site in or near it, at the town's point ({town.Source})" },
            };
        }
        return null;
    }

    /// <summary>
    /// "South Florida", "Northern California", "East Tennessee" named as one place the gazetteer
    /// lacks: that part of the state or country, at its town nearest there; "South Boston", a part of
    /// a city of 100,000 in a country the article is about, stands at the city. A continent's part
    /// the gazetteer lacks ("Northern Asia"; "Northern Europe" is a region of data/world-regions.tsv)
    /// and a part of anything smaller stay unresolved.
    /// </summary>
    private Entity? CompassPart(Entity e, PlaceContext context)
    {
        int space = e.Name.IndexOf(' ');
        if (space <= 0 || !directions.TryGetValue(e.Name[..space], out var direction)) return null;
        var rest = e.Name[(space + 1)..].Trim();
        // "the South East", "South West": directions alone, not the south of Cameroon's East Region.
        if (rest.Split(' ').All(w => directions.ContainsKey(w) || placeWords.IsGeneric(w))) return null;
        var whole = gazetteer.Find(rest)
            .Where(c => c.Feature is GazetteerFeature.Country or GazetteerFeature.Admin1
                || c.Feature is GazetteerFeature.City or GazetteerFeature.Capital or GazetteerFeature.Admin1Seat && c.Population >= EmbeddedPlaces.MinimumPopulation && InContext(c, context))
            .Where(c => PlaceNameKey.Hash(c.Name) == PlaceNameKey.Hash(rest) || c.Feature == GazetteerFeature.Country)
            .Select(c => (Entry: c, Score: Score(c, context, null)))
            .DefaultIfEmpty()
            .MaxBy(c => c.Score).Entry;
        if (whole.Name is null) return null;
        var placed = Placed(e, whole);
        bool division = whole.Feature is GazetteerFeature.Country or GazetteerFeature.Admin1;
        var point = division ? gazetteer.PartOf(whole.Country, whole.Feature == GazetteerFeature.Admin1 ? whole.Admin1Code : null, direction) : null;
        return placed with
        {
            Kind = EntityKind.Region,
            StandsFor = null,
            Place = placed.Place! with
            {
                Latitude = point?.Latitude ?? whole.Latitude, Longitude = point?.Longitude ?? whole.Longitude, Precision = "region", GeoNameId = null, FeatureCode = null,
                Source = point is null ? $"{rest}, the place it is part of ({whole.Source})" : $"the {direction} of {rest}: its town nearest there (geonames cities500)",
            },
        };
    }

    /// <summary>The GeoNames code of a first-level division placed by name ("Anbar" → IQ.01).</summary>
    private string? AdminCode(PlaceInfo division) =>
        division.Admin1 is { } name ? gazetteer.Find(name).FirstOrDefault(x => x.Feature == GazetteerFeature.Admin1 && x.Country == division.Country).Admin1Code : null;

    private Entity PlaceCountry(Entity e)
    {
        var iso2 = e.Place?.Country ?? e.Country;
        if (iso2 is null || gazetteer.Country(iso2) is not { } c) return e;
        return e with { Place = new PlaceInfo(iso2, null, c.Latitude, c.Longitude, "country") { Source = c.Source, FeatureCode = c.FeatureCode, GeoNameId = c.GeoNameId > 0 ? c.GeoNameId : null } };
    }

    /// <summary>Every gazetteer entry the entity's names could be, scored by what the article says.</summary>
    /// <param name="contradicted">The words after a comma put the place in another country than the dictionary's (<see cref="Contradicted"/>).</param>
    private List<(GazetteerEntry Entry, double Score)> Candidates(Document doc, Entity e, PlaceContext context, bool contradicted)
    {
        var names = doc.Mentions.Where(m => m.EntityId == e.Id && m.Form is MentionForm.Name or MentionForm.Alias or MentionForm.Variant)
            .Select(m => (Text: doc.TextOf(m.Span), m.Span)).Append((Text: e.Name, Span: default(TextSpan))).ToList();
        // A capital from the country table is that country's capital, wherever else the name exists.
        // ... unless the text says otherwise: "Paris, Texas".
        string? country = e.Place?.Country is { Length: > 0 } c0 && !contradicted ? c0 : null;
        var result = new List<(GazetteerEntry, double)>();
        var seen = new HashSet<int>();
        // The names looked up ("Atlantic" of "Atlantic, Iowa"): a town found by its own name among them is no other name's.
        var readings = new HashSet<ulong>();
        foreach (var (text, span) in names)
        {
            var qualifier = span.IsEmpty ? null : Qualifier(doc, span);
            // "N.J.", "Calif." named on their own: the state.
            // "Calif." ending a sentence: the tokenizer gave its dot to the sentence (after a town, or
            // a word that is no place itself: "the western town of Man." is in Côte d'Ivoire, not Manitoba).
            // A postal code only where a state is expected: after a place and a comma ("HORRY COUNTY, SC").
            bool afterPlace = !span.IsEmpty && PlacesBeforeComma(doc, span).Any();
            var abbreviation = states.Code(text, postal: afterPlace)
                ?? (!span.IsEmpty && span.End < doc.Text.Length && doc.Text[span.End] == '.' && (afterPlace || !gazetteer.Contains(text)) ? states.Code(text + ".", postal: false) : null);
            if (abbreviation is { } code && gazetteer.Admin1(code.Country, code.Code) is { } st && seen.Add(st.Index))
                result.Add((st, Score(st, context, null) + 5));
            // The first reading the gazetteer knows wins: "Kansas City" is the city, not Kansas read
            // without its last word; shorter readings are for names it does not know as written.
            foreach (var (name, inlineQualifier, part) in Readings(text))
            {
                if (result.Count > 0) break;
                readings.Add(PlaceNameKey.Hash(name));
                var found = gazetteer.Find(name);
                // A part of a longer name means the best-known town or state of that name or none
                // (counties are many and read by the article's context): "Manchester United" in a story
                // about America is neither Manchester, New Hampshire, nor Jamaica's Manchester Parish.
                long famous = part == NamePart.Whole ? 0 : found.Where(x => x.Feature != GazetteerFeature.Admin2).Select(x => x.Population).DefaultIfEmpty().Max();
                foreach (var c in found)
                {
                    if (part != NamePart.Whole && c.Feature is not (GazetteerFeature.Country or GazetteerFeature.Continent or GazetteerFeature.Region or GazetteerFeature.Admin2) && c.Population < famous) continue;
                    // A part is read only by a place's own name: "Manchester" of "Manchester United" is no old name of Richmond, Virginia.
                    if (part != NamePart.Whole && (!PartCanBe(c, part, context) || PlaceNameKey.Hash(c.Name) != PlaceNameKey.Hash(name))) continue;
                    if (!seen.Add(c.Index)) continue;
                    if (country is not null && c.Country != country) continue;
                    // A country named otherwise than the country table knows it ("Republic of Armenia").
                    if (c.Feature == GazetteerFeature.Country && country is not null) continue;
                    if (placeWords.IsGeneric(name)) continue;
                    // A country's capital is the town, not the division of the same name ("Hanoi").
                    if (country is not null && c.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Admin2) continue;
                    // A division named without its word ("Portland" for Portland Parish) is no more a division than the town of that name.
                    bool shortened = c.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Admin2 && IsShortFor(name, c.Name);
                    result.Add((c, Score(c, context, inlineQualifier ?? qualifier) - (shortened ? DivisionBonus(c.Feature) : 0)));
                }
            }
            if (result.Count > 0) break;
        }
        // A town known by another of its names gives way to a sea, region or country of that name:
        // "Atlantic" is the ocean, not East Rockaway, New York, which GeoNames also calls Atlantic.
        if (result.Any(c => c.Item1.Feature == GazetteerFeature.Country || c.Item1.Feature.IsExpanse()))
            result.RemoveAll(c => c.Item1.Feature is GazetteerFeature.City or GazetteerFeature.Admin1Seat && !readings.Contains(PlaceNameKey.Hash(c.Item1.Name)));
        // "Alexandria", "Baghdad", "Zurich", "Aleppo": the city, not the division named after it that
        // it is the seat of, unless the text names the division ("Alexandria governorate"). (Weighing
        // the city's share of the division's people kept "Quebec" the province but made "Zurich",
        // "Trabzon" and "Idlib" provinces in news that meant the towns.)
        if (e.Kind != EntityKind.Region)
            result.RemoveAll(d => d.Item1.Feature == GazetteerFeature.Admin1 && result.Any(t => t.Item1.Feature is GazetteerFeature.Capital or GazetteerFeature.Admin1Seat
                && t.Item1.Country == d.Item1.Country && t.Item1.Admin1Code == d.Item1.Admin1Code));
        return result;
    }

    /// <summary>The name is a division's own name without its first or last words: "Portland" for Portland Parish, "Benue" for Benue State.</summary>
    private static bool IsShortFor(string name, string divisionName) =>
        name.Length < divisionName.Length
        && (divisionName.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) || divisionName.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Tacoma, Washington", or "Washington" among Seattle and Tacoma, is the state, not the capital
    /// the dictionary knows: a dictionary town named like a first-level division of its country is
    /// that division when it stands after another place and a comma, or when two of the article's
    /// other places lie in that division and none in the town's own (one misread "Vancouver" in a
    /// Guardian story was not enough). It then no longer stands for the government.
    /// </summary>
    private void StatesNamedLikeTowns(Document doc, List<Entity> entities)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (!e.IsPlace || e.Place is not { Latitude: not null, Precision: "city", Country.Length: > 0 } town || town.Admin1 is null) continue;
            var key = PlaceNameKey.Hash(e.Name);
            if (gazetteer.Find(e.Name).FirstOrDefault(c => c.Feature == GazetteerFeature.Admin1 && c.Country == town.Country && PlaceNameKey.Hash(c.Name) == key) is not { Name: not null } division
                || division.Name == town.Admin1) continue;
            // (Not counting parts of the town itself: "central Washington".)
            int In(string admin1) => entities.Where((x, k) => k != i && x.IsPlace && x.WithinId != e.Id && x.Place is { Latitude: not null } q && q.Country == town.Country && q.Admin1 == admin1)
                .Select(x => x.Name).Distinct(StringComparer.Ordinal).Count();
            var mentions = doc.Mentions.Where(m => m.EntityId == e.Id).ToList();
            bool qualifies = mentions.Any(m => QualifiesATown(doc, entities, m.Span, division));
            // Listed among states, unless the article writes the town out ("Washington, D.C.", "Washington DC") or names places in it.
            bool listed = In(town.Admin1) == 0 && mentions.All(m => string.Equals(doc.TextOf(m.Span), e.Name, StringComparison.OrdinalIgnoreCase))
                && mentions.Any(m => ListedWithAState(doc, entities, m.Span, division));
            if (!qualifies && !listed && (In(division.Name) < 2 || In(town.Admin1) > 0)) continue;
            entities[i] = Placed(e, division) with { Kind = EntityKind.Region, StandsFor = null };
        }
    }

    /// <summary>
    /// The words stand after a town of the division's country and a comma as its state: "Tacoma,
    /// Washington" (not "Moscow, Washington and Beijing", nor "In Iraq, Washington is drawing down").
    /// </summary>
    private bool QualifiesATown(Document doc, List<Entity> entities, TextSpan words, GazetteerEntry division) =>
        PlacesBeforeComma(doc, words)
            .Where(m => entities.FirstOrDefault(x => x.Id == m.EntityId)?.Place is { Precision: "city" or "facility" or "admin2" } town && town.Country == division.Country)
            .Any(m => PlaceQualifier.After(doc, m.Span, gazetteer, states) is { } q && q.Span.Start == words.Start && q.Places.Any(p => p.Index == division.Index));

    /// <summary>
    /// The words stand in a list of states the sentence calls states: "western states such as
    /// California or Washington", "states like Oregon and Washington". Not "Talks between Texas and
    /// Washington" (the government), "In Texas, Washington is sending troops", nor "Florida and
    /// Washington, D.C." (whose own qualifier makes it the town).
    /// </summary>
    private bool ListedWithAState(Document doc, List<Entity> entities, TextSpan words, GazetteerEntry division)
    {
        if (Qualifier(doc, words) is not null) return false;
        int first = doc.TokenAtOrAfter(words.Start), last = doc.TokenCovering(words.End - 1);
        if (first < 0 || last < 0) return false;
        bool IsStateOfCountry(Mention m) => m.EntityId is { } id && entities.FirstOrDefault(x => x.Id == id)?.Place is { Precision: "admin1", Country: var c } && c == division.Country;
        bool CalledStates()
        {
            for (int t = Math.Max(0, first - 8); t < first; t++)
                if (doc.TokenString(t) is "states" or "States") return true;
            return false;
        }
        if (!CalledStates()) return false;
        static bool Joins(string word) => word is "and" or "or";
        if (first >= 2 && Joins(doc.TokenString(first - 1)) && doc.Mentions.Any(m => m.Span.End == doc.Tokens[first - 2].End && IsStateOfCountry(m))) return true;
        return last + 2 < doc.Tokens.Count && Joins(doc.TokenString(last + 1)) && doc.Mentions.Any(m => m.Span.Start == doc.Tokens[last + 2].Start && IsStateOfCountry(m));
    }

    /// <summary>The place mentions the words follow with a comma between: "HORRY COUNTY" of "HORRY COUNTY, SC", "Fresno" of "Fresno, Calif.".</summary>
    private static IEnumerable<Mention> PlacesBeforeComma(Document doc, TextSpan words)
    {
        int i = doc.TokenAtOrAfter(words.Start);
        if (i < 2 || doc.TokenText(i - 1) is not ",") return [];
        int end = doc.Tokens[i - 2].End;
        return doc.Mentions.Where(m => m.Span.End == end && m.Kind.IsPlace());
    }

    /// <summary>Words a place name can also be looked up by: "Mississippi State" as Mississippi, "Columbus, Ohio" as Columbus in Ohio, "Republic of Armenia" as Armenia.</summary>
    private IEnumerable<(string Name, IReadOnlyList<GazetteerEntry>? Qualifier, NamePart Part)> Readings(string text)
    {
        yield return (text, null, NamePart.Whole);
        int comma = text.IndexOf(',');
        if (comma > 0 && comma < text.Length - 1)
        {
            var after = text[(comma + 1)..].Trim();
            var qualifier = gazetteer.Find(after).Where(x => x.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Country).ToList();
            yield return (text[..comma].Trim(), qualifier.Count > 0 ? qualifier : null, NamePart.Whole);
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && placeWords.IsGenericLast(words[^1])) yield return (string.Join(' ', words[..^1]), null, NamePart.Whole);
        if (words.Length >= 3 && words[1].Equals("of", StringComparison.OrdinalIgnoreCase) && placeWords.IsGenericFirst(words[0])) yield return (string.Join(' ', words[2..]), null, NamePart.Whole);
        // A name the tagger ran on past the place: "Maiduguri Borno State", "Lagos April", "Montgomery
        // County Democrats"; then one it began early: "Baseball Toronto", "Nazi Germany". Longest
        // first; never a lone direction word or an abbreviation ("St."), and never the town inside a
        // church's, a river's or a lake's name ("Holy Redeemer Church", "Lake Manassas").
        if (words.Length < 2 || placeWords.IsFeature(words[0]) || placeWords.IsFeature(words[^1])) yield break;
        static bool Word(string w) => w.Length > 3 && !w.EndsWith('.');
        // Nor directions alone ("South West Edinburgh" is no South-West Region of Cameroon).
        bool Directions(IEnumerable<string> part) => part.All(w => placeWords.IsGeneric(w));
        for (int k = words.Length - 1; k >= 1; k--)
            if (!(k == 1 && !Word(words[0])) && !Directions(words[..k])) yield return (string.Join(' ', words[..k]), null, NamePart.Leading);
        // Not after a direction word: "Northern Syria" is a part of Syria the compass parts place, not Syria's point.
        for (int k = words.Length - 1; k >= 1; k--)
            if (!(k == 1 && !Word(words[^1])) && !Directions(words[^k..]) && !placeWords.IsGeneric(words[^(k + 1)]))
                yield return (string.Join(' ', words[^k..]), null, NamePart.Trailing);
    }

    /// <summary>Which words of a name a reading takes.</summary>
    private enum NamePart { Whole, Leading, Trailing }

    /// <summary>
    /// What a part of a longer name may be: a country, continent, region or state always
    /// ("Nazi Germany", "District of Massachusetts", "Lagos April"); a county or a city of
    /// 100,000 people only in a country the article is about or when the article names the place
    /// alone too ("Houston Rockets" under a HOUSTON dateline; not "Paris Match" or "Pax Americana" in
    /// a story from Syria); never a smaller town ("Carnegie Europe",
    /// "Zubayda Ismail" are no towns).
    /// </summary>
    private static bool PartCanBe(GazetteerEntry c, NamePart part, PlaceContext context) => c.Feature switch
    {
        GazetteerFeature.Country or GazetteerFeature.Continent or GazetteerFeature.Region or GazetteerFeature.Admin1 => true,
        GazetteerFeature.Admin2 => InContext(c, context) || context.NamesAlone(c.Name),
        _ => c.Population >= EmbeddedPlaces.MinimumPopulation && (InContext(c, context) || context.NamesAlone(c.Name)),
    };

    private static bool InContext(GazetteerEntry c, PlaceContext context) => context.Countries.Contains(c.Country) || context.Focus == c.Country;

    /// <summary>The words after a comma put a known place in another country: "Paris, Texas", "Alexandria, Louisiana".</summary>
    private bool Contradicted(Document doc, Entity e)
    {
        if (e.Place?.Country is not { Length: > 0 } country) return false;
        foreach (var m in doc.Mentions)
            if (m.EntityId == e.Id && m.Form is MentionForm.Name or MentionForm.Alias && Qualifier(doc, m.Span) is { } q && q.All(x => x.Country != country))
                return true;
        return false;
    }

    private Entity Placed(Entity e, GazetteerEntry b)
    {
        var admin1 = b.Feature == GazetteerFeature.Admin1 ? b.Name : b.Admin1Code is { } code ? gazetteer.Admin1(b.Country, code)?.Name : null;
        // Another country's town of the same name ("Paris, Texas") is not the dictionary's place, nor its government.
        if (e.Place?.Country is { Length: > 0 } was && was != b.Country)
            e = e with { Referent = null, StandsFor = null, Country = null, Place = e.Place with { Within = null, Admin1 = null } };
        return e with
        {
            Country = e.Country ?? (b.Country.Length > 0 ? b.Country : null),
            Place = new PlaceInfo(b.Country, admin1 ?? e.Place?.Admin1, b.Latitude, b.Longitude, b.Precision)
            {
                Within = e.Place?.Within,
                GeoNameId = b.GeoNameId > 0 ? b.GeoNameId : null,
                FeatureCode = b.FeatureCode,
                Source = b.Source,
            },
        };
    }

    private static Entity Unresolved(Entity e, string why) =>
        e with { Place = (e.Place ?? new PlaceInfo(e.Country ?? "", null, null, null, Precision(e))) with { Unresolved = why } };

    /// <summary>Nearness to the other places the article names: a town among them is likelier the one meant.</summary>
    private static double NearnessBonus(GazetteerEntry c, List<(double Lat, double Lon)> others)
    {
        if (others.Count == 0 || c.Feature == GazetteerFeature.Country || c.Feature.IsExpanse()) return 0;
        double nearest = others.Min(o => GeoDistance.Km(c.Latitude, c.Longitude, o.Lat, o.Lon));
        return nearest < 50 ? 3 : nearest < 200 ? 2 : nearest < 600 ? 1 : 0;
    }

    /// <summary>
    /// Where the article's other places lie: a candidate in the country most of them are in is
    /// likelier the one meant ("San Antonio" among Houston and California is the Texan city, not
    /// the Chilean province). Their divisions are not counted again: the first pass has them, and
    /// a second count made a village in a state the article names beat the state's famous city.
    /// </summary>
    private static double CoherenceBonus(GazetteerEntry c, List<string> countries)
    {
        if (countries.Count == 0 || c.Country.Length == 0) return 0;
        int same = 0;
        foreach (var country in countries)
            if (country == c.Country) same++;
        return CoherenceWeight * same / countries.Count;
    }

    private const double CoherenceWeight = 2.5;

    /// <summary>A town in a state or province the article names elsewhere ("Springfield" in an article that names Illinois), unless the first pass counted that division already.</summary>
    private double NamedDivisionBonus(GazetteerEntry c, HashSet<(string Country, string? Admin1)> named, IReadOnlySet<string> counted)
    {
        if (c.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Country || c.Feature.IsExpanse() || c.Admin1Code is null
            || !named.Contains((c.Country, c.Admin1Code))) return 0;
        var division = gazetteer.Admin1(c.Country, c.Admin1Code);
        return division is { } d && counted.Contains(PlaceContext.DivisionKey(c.Country, d.Name)) ? 0 : NamedDivisionWeight;
    }

    private const double NamedDivisionWeight = 1.5;

    /// <summary>
    /// What being a division adds to a candidate's score; a division found by a shorter name than
    /// its own ("Portland" for Portland Parish) does not get it: news names it with its word.
    /// </summary>
    private static double DivisionBonus(GazetteerFeature feature) => feature switch
    {
        GazetteerFeature.Admin1 => 3.5,
        GazetteerFeature.Admin2 => 2.5,
        _ => 0,
    };

    private static string Precision(Entity e) => e.Kind switch
    {
        EntityKind.Facility => "facility",
        EntityKind.Region => "admin1",
        _ => "city",
    };

    /// <summary>How well a candidate fits the article.</summary>
    private double Score(GazetteerEntry c, PlaceContext context, IReadOnlyList<GazetteerEntry>? qualifier)
    {
        double score = Math.Log10(c.Population + 10);
        score += c.Feature switch
        {
            GazetteerFeature.Continent or GazetteerFeature.Country or GazetteerFeature.Region => 8,
            // "Atlantic", "Pacific", "Thames" alone are the ocean and the river before a small town of
            // that name ("Atlantic, Iowa" in an American story); a city of 100,000 in the article's
            // country, with its neighbours' bonuses, still beats a river of its name.
            GazetteerFeature.Natural => 11,
            // "New England", "the Midlands": a region of its country before a village of that name; a
            // division of that name outranks it in the division's own country (Zimbabwe's Midlands in
            // a Zimbabwean story) and, when the article names no country, when it has 300,000 people.
            GazetteerFeature.Area => 8,
            GazetteerFeature.Capital => 2,
            GazetteerFeature.Admin1Seat => 1,
            _ => DivisionBonus(c.Feature),
        };
        if (context.Countries.Contains(c.Country)) score += 3;
        if (context.Focus == c.Country) score += 2;
        // A small place abroad, in an article about elsewhere, needs more than its name.
        if (context.Countries.Count > 0 && !context.Countries.Contains(c.Country) && !c.Feature.IsExpanse() && c.Population < 100_000) score -= 1.5;
        if (c.Admin1Code is not null && c.Feature != GazetteerFeature.Admin1 && gazetteer.Admin1(c.Country, c.Admin1Code) is { } division
            && context.Admin1s.Contains(PlaceContext.DivisionKey(c.Country, division.Name))) score += 1.5;
        // "Alexandria, Louisiana": the words after the comma settle it.
        if (qualifier is not null)
        {
            bool inside = qualifier.Any(q => q.Feature == GazetteerFeature.Country ? q.Country == c.Country
                : q.Feature == GazetteerFeature.Admin1 && q.Country == c.Country && q.Admin1Code == c.Admin1Code);
            score += inside ? 20 : -5;
        }
        return score;
    }

    /// <summary>The country or division named right after the place and a comma: "Alexandria, Louisiana", "Long Beach, CA".</summary>
    private IReadOnlyList<GazetteerEntry>? Qualifier(Document doc, TextSpan span) => PlaceQualifier.After(doc, span, gazetteer, states)?.Places;

    /// <summary>The countries and divisions of the places the article has placed so far, and the country it is about.</summary>
    private sealed class PlaceContext(Document doc, List<Entity> entities)
    {
        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Admin1s { get; } = new(StringComparer.Ordinal);

        public string? Focus { get; } = DocumentFocus.Country(doc.Mentions) ?? entities.FirstOrDefault(e => e.Kind == EntityKind.Country)?.Place?.Country;

        private readonly HashSet<ulong> _placeNames = entities.Where(e => e.IsPlace).Select(e => PlaceNameKey.Hash(e.Name)).ToHashSet();

        /// <summary>The article names a place by these words alone ("HOUSTON —" beside "the Houston Rockets").</summary>
        public bool NamesAlone(string name) => _placeNames.Contains(PlaceNameKey.Hash(name));

        /// <summary>How a division is filed here: its country and its name as the gazetteer keys names.</summary>
        public static string DivisionKey(string country, string name) => country + "." + PlaceNameKey.Normalise(name);

        public void Add(string? country, string? admin1)
        {
            if (string.IsNullOrEmpty(country)) return;
            Countries.Add(country);
            if (admin1 is not null) Admin1s.Add(DivisionKey(country, admin1));
        }
    }
}
