using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Groups mentions into entities: by dictionary referent ("ISF" = "Iraqi security forces"),
/// persons by name ("Gen. Vincent Barker" = "Gen. Barker" = "Barker"), unknown names by their
/// words. Then links definite descriptions to the last entity they fit ("the base" -> K1 Air
/// Base, "the terror group" -> ISIS) and reads what the text says about each entity: a person's
/// title, role and affiliation, what a group is part of, where a place lies.
/// </summary>
public sealed class EntityBuilder(EntityLexicon lexicon, Abbreviations abbreviations) : IAnnotator
{
    private readonly PersonRoleReader _roles = new(lexicon);

    public string Name => "entities/build";

    public Layer Requires => Layer.Mentions;

    public Layer Produces => Layer.Entities;

    private sealed class Draft(EntityKind kind, Referent? referent)
    {
        public EntityKind Kind { get; } = kind;
        public Referent? Referent { get; } = referent;
        public List<int> Mentions { get; } = [];
        public string? Given;
        public string? Family;
        public string? FullName;
        public string? Title;
        public string Key = "";
        public int LastPosition;
    }

    public void Annotate(Document document)
    {
        var mentions = document.Mentions.ToList();
        mentions.AddRange(Descriptors(document, mentions));
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));

        var drafts = new List<Draft>();
        var byKey = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var assignment = new Draft?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            document.Budget.Check();
            var m = mentions[i];
            Draft? d = m.Kind == EntityKind.Person && m.Referent is null ? PersonDraft(m, drafts) : null;
            if (d is null)
            {
                string key = m.Referent is { } r ? "ref:" + r.Id : "text:" + Normalise(document.TextOf(m.Span));
                if (!byKey.TryGetValue(key, out d))
                {
                    d = new Draft(m.Referent?.Kind ?? m.Kind, m.Referent) { Key = key };
                    byKey[key] = d;
                    drafts.Add(d);
                }
            }
            else if (!drafts.Contains(d))
            {
                drafts.Add(d);
            }
            // A person the dictionary names ("Mohammed bin Salman", data/persons.tsv) is found again by family name ("Bin Salman said").
            if (m.Referent is { Kind: EntityKind.Person } named && d.Family is null && named.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts)
                (d.Given, d.Family) = (parts[0], parts[^1]);
            if (m.Kind == EntityKind.Person && m.Person is { } p)
            {
                d.Given ??= p.Given;
                d.Family ??= p.Family;
                d.Title ??= p.Title;
                if (p.Given is not null && m.Form != MentionForm.Variant && (d.FullName is null || p.Full.Length > d.FullName.Length)) d.FullName = p.Full;
                if (d.Key.Length == 0) d.Key = "person:" + drafts.Count;
            }
            d.Mentions.Add(i);
            d.LastPosition = m.Span.Start;
            assignment[i] = d;
        }

        // Ids in order of first mention.
        var ordered = drafts.Where(d => d.Mentions.Count > 0).OrderBy(d => mentions[d.Mentions[0]].Span.Start).ToList();
        var ids = new Dictionary<Draft, string>();
        for (int k = 0; k < ordered.Count; k++) ids[ordered[k]] = $"e{k + 1}";
        for (int i = 0; i < mentions.Count; i++)
            if (assignment[i] is { } d) mentions[i] = mentions[i] with { EntityId = ids[d] };

        var lookup = new MentionLookup(document, mentions);
        var entities = ordered.Select(d => Describe(document, d, ids[d], mentions, lookup, ids, byKey)).ToList();
        document.SetMentions(mentions);
        document.SetEntities(entities);
    }

    /// <summary>Joins a person mention to the person it names: same family name and a compatible given name.</summary>
    private static Draft? PersonDraft(Mention m, List<Draft> drafts)
    {
        var p = m.Person;
        if (p?.Family is null) return null;
        var core = PersonName.StripParticle(p.Family);
        Draft? best = null;
        foreach (var d in drafts)
        {
            if (d.Kind != EntityKind.Person || d.Family is null) continue;
            if (!string.Equals(PersonName.StripParticle(d.Family), core, StringComparison.OrdinalIgnoreCase)) continue;
            if (p.Given is not null && d.Given is not null && Words.EditDistance(p.Given, d.Given, 2) > 2) continue;
            if (best is null || d.LastPosition > best.LastPosition) best = d;
        }
        if (best is null && m.Form == MentionForm.Variant) return null;
        return best ?? new Draft(EntityKind.Person, null) { Family = p.Family, Given = p.Given, Key = "person:" + core.ToLowerInvariant() + ":" + drafts.Count };
    }

    /// <summary>
    /// "the base", "the terror group", "Coalition spokesperson": descriptions that refer back to
    /// the latest entity they fit. Generic ones need "the"; an actor's own descriptors need it
    /// named earlier in the document.
    /// </summary>
    private IEnumerable<Mention> Descriptors(Document doc, List<Mention> mentions)
    {
        var covered = new bool[doc.Text.Length];
        foreach (var m in mentions)
            for (int k = m.Span.Start; k < m.Span.End; k++) covered[k] = true;
        var own = new PhraseSet<Referent>();
        foreach (var r in mentions.Where(m => m.Referent is not null).Select(m => m.Referent!).DistinctBy(r => r.Id))
            foreach (var d in r.Descriptors)
                own.Add(d, r, abbreviations);
        var found = new List<Mention>();
        // The country the report is about, read only when "the country" needs it.
        var focus = new Lazy<string?>(() => DocumentFocus.Country(mentions.Where(m => m.Referent is not null)));
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            var t = doc.Tokens[i];
            if (covered[t.Start]) continue;
            int sentenceEnd = doc.Sentences[doc.SentenceAt(t.Start)].EndToken;
            bool definite = Words.Is(doc, i, "the");
            int at = definite ? i + 1 : i;
            if (at >= sentenceEnd || covered[doc.Tokens[at].Start]) continue;
            var (ownLength, referent) = own.LongestAt(doc, at, sentenceEnd);
            if (referent is not null && EarlierMention(mentions, found, referent.Id, t.Start) is not null && !FollowedByName(doc, at + ownLength, sentenceEnd))
            {
                var span = TextSpan.FromBounds(t.Start, doc.Tokens[at + ownLength - 1].End);
                found.Add(new Mention(span, referent.Kind, MentionForm.Descriptor, "entities/descriptor:" + referent.Id) { Referent = referent });
                i = at + ownLength - 1;
                continue;
            }
            if (!definite) continue;
            var (length, descriptor) = lexicon.Descriptors.LongestAt(doc, i, sentenceEnd);
            if (descriptor is null || FollowedByName(doc, i + length, sentenceEnd)) continue;
            // "in the town of Kobanî", "the city of Raqqa": a place description with a name after "of" names its own
            // place; it refers back to no earlier town.
            if (descriptor.Kinds.All(k => k.IsPlace()) && Words.Is(doc, i + length, "of") && FollowedByName(doc, i + length + 1, sentenceEnd)) continue;
            var fitting = mentions.Concat(found)
                .Where(m => m.Span.End <= t.Start && !m.Nested && m.Referent is not null && Fits(descriptor, m))
                .OrderByDescending(m => m.Span.Start);
            var target = fitting.FirstOrDefault();
            // "the country": the country the report is about, if the last three sentences name or evoke it ("a Macedonian
            // woman ... surrendered in the country's north", in a report on Syria); else the latest named, not one an
            // adjective only evoked; else the adjective's.
            if (target?.Referent?.Kind == EntityKind.Country)
            {
                int sentence = doc.SentenceAt(t.Start);
                target = fitting.FirstOrDefault(m => m.Referent!.Kind == EntityKind.Country && m.Referent.Country == focus.Value && doc.SentenceAt(m.Span.Start) >= sentence - 3)
                    ?? fitting.FirstOrDefault(m => m.Referent!.Kind == EntityKind.Country && m.Form != MentionForm.Demonym) ?? target;
            }
            if (target?.Referent is null) continue;
            var dspan = TextSpan.FromBounds(t.Start, doc.Tokens[i + length - 1].End);
            found.Add(new Mention(dspan, target.Referent.Kind, MentionForm.Descriptor, "entities/descriptor:" + descriptor.Phrase) { Referent = target.Referent });
            i += length - 1;
        }
        return found;
    }

    /// <summary>"the Iraqi government" is a name; "the government." is a description.</summary>
    private static bool FollowedByName(Document doc, int next, int end) => next < end && Words.IsCapitalised(doc, next);

    private static Mention? EarlierMention(List<Mention> mentions, List<Mention> found, string referentId, int before) =>
        mentions.Concat(found).FirstOrDefault(m => m.Referent?.Id == referentId && m.Span.End <= before);

    private static bool Fits(Descriptor d, Mention m)
    {
        if (!d.Kinds.Contains(m.Kind)) return false;
        if (m.Kind == EntityKind.Facility && d.FacilityKinds.Count > 0)
            return m.Referent?.Place?.FacilityKind is { } fk && d.FacilityKinds.Contains(fk);
        return true;
    }

    private static string OneLine(string name) =>
        name.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 && !name.Contains("  ", StringComparison.Ordinal)
            ? name
            : string.Join(' ', name.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private Entity Describe(Document doc, Draft d, string id, List<Mention> mentions, MentionLookup lookup, Dictionary<Draft, string> ids, Dictionary<string, Draft> byKey)
    {
        var mine = d.Mentions.Select(i => mentions[i]).ToList();
        var r = d.Referent;
        // A name broken over two lines of a wire story ("Charles\nBlackburn") is one name.
        string name = OneLine(r?.Name ?? (d.Kind == EntityKind.Person ? d.FullName ?? d.Family ?? doc.TextOf(mine[0].Span) : Strip(doc.TextOf(mine[0].Span))));
        var aliases = mine.Where(m => m.Form is MentionForm.Name or MentionForm.Alias or MentionForm.Acronym)
            .Select(m => OneLine(doc.TextOf(m.Span)))
            .Where(t => !t.Equals(name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // A name no dictionary knows, read as a place more often than as what it was read as first,
        // is a place: "IMMOKALEE" once an organisation (a capitalised dateline), twice a place.
        var kind = d.Kind;
        if (r is null && kind != EntityKind.Person && !kind.IsPlace() && mine.Count > 1)
        {
            var places = mine.Where(m => m.Kind.IsPlace()).ToList();
            if (places.Count > mine.Count(m => m.Kind == kind)) kind = places.GroupBy(m => m.Kind).MaxBy(g => g.Count())!.Key;
        }
        var entity = new Entity(id, kind, name)
        {
            Referent = r,
            Country = r?.Country,
            Sector = r?.Sector,
            Title = d.Title,
            Aliases = aliases,
            Place = r?.Place,
            StandsFor = r?.StandsFor is { } sf ? lexicon.ById(sf) : null,
        };
        string? IdOf(Mention? m) => m?.EntityId;
        if (kind == EntityKind.Person)
        {
            foreach (var m in mine.Where(m => m.Form == MentionForm.Name))
            {
                var role = _roles.Read(doc, m, lookup);
                if (role is null) continue;
                entity = entity with { Role = role.Role, RoleSpan = role.Span, AffiliationId = IdOf(role.Affiliation) };
                break;
            }
        }
        else if (!kind.IsPlace())
        {
            var parent = PartOf(doc, mine, lookup);
            if (parent is null && r?.ParentId is { } pid && byKey.TryGetValue("ref:" + pid, out var pd) && ids.TryGetValue(pd, out var pidEntity))
                entity = entity with { PartOfId = pidEntity };
            else if (parent is not null)
                entity = entity with { PartOfId = parent };
        }
        else
        {
            var (description, span, within) = Location(doc, mine, lookup);
            entity = entity with { Description = description, DescriptionSpan = span, WithinId = within };
            if (within is null && r?.ParentId is { } parentId && byKey.TryGetValue("ref:" + parentId, out var pd2) && ids.TryGetValue(pd2, out var inId))
                entity = entity with { WithinId = inId };
        }
        return entity;
    }

    /// <summary>"Kataib Hezbollah, a member of the Iran-backed Popular Mobilization Forces".</summary>
    private static string? PartOf(Document doc, List<Mention> mine, MentionLookup mentions)
    {
        foreach (var m in mine.Where(m => m.Form != MentionForm.Pronoun))
        {
            int i = doc.TokenAtOrAfter(m.Span.End);
            if (!Words.IsPunct(doc, i, ',')) continue;
            int j = i + 1;
            if (Words.IsAny(doc, j, "a", "an", "the", "part")) j++;
            if (!Words.IsAny(doc, j - 1, "part") && !Words.IsAny(doc, j, "member", "faction", "wing", "branch", "unit", "affiliate", "part", "component")) continue;
            int limit = Math.Min(doc.Tokens.Count, j + 8);
            for (int k = j + 1; k < limit; k++)
            {
                var target = mentions.StartingAt(doc.Tokens[k].Start).FirstOrDefault(x => !x.Nested && x.Kind.IsActor() && x.Kind != EntityKind.Person);
                if (target is not null && target.EntityId != m.EntityId) return target.EntityId;
            }
        }
        return null;
    }

    /// <summary>"al-Qaim base, on the Syrian border," and "Qayyarah base in western Iraq".</summary>
    private static (string? Description, TextSpan? Span, string? WithinId) Location(Document doc, List<Mention> mine, MentionLookup mentions)
    {
        foreach (var m in mine.Where(m => m.Form is MentionForm.Name or MentionForm.Alias && !m.Nested))
        {
            int i = doc.TokenAtOrAfter(m.Span.End);
            int sentenceEnd = doc.Sentences[doc.SentenceAt(m.Span.Start)].EndToken;
            bool comma = Words.IsPunct(doc, i, ',');
            int j = comma ? i + 1 : i;
            if (!Words.IsAny(doc, j, "on", "near", "in", "at", "along", "outside", "north", "south", "east", "west")) continue;
            var place = mentions.Between(doc.Tokens[j].End, doc.Tokens[Math.Min(j + 3, doc.Tokens.Count - 1)].Start + 1)
                .FirstOrDefault(x => x.Kind.IsPlace() && !x.Nested);
            if (place is null) continue;
            if (!comma && !Words.IsAny(doc, j, "in", "near")) continue;
            var span = TextSpan.FromBounds(doc.Tokens[j].Start, place.Span.End);
            if (doc.TokenAtOrAfter(place.Span.End) > sentenceEnd) continue;
            return (span.Of(doc.Text), span, place.EntityId);
        }
        return (null, null, null);
    }

    private static string Normalise(string text) => Strip(text).ToLowerInvariant();

    private static string Strip(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
}
