using Sitrep.Documents;
using Sitrep.Actors;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Gives each actor that Sitrep's own dictionaries left without a code its CAMEO-style code, the
/// way PETRARCH reads the Phoenix dictionaries: a named actor by its name, with the role valid on
/// the report's date ("Kofi Annan" is IGOUNO in 2001, nothing in 2015); otherwise a country
/// ("Iraqi", or the state the person works for) joined to an agent noun in the name, title or
/// role ("Iraqi Defence Ministry" → IRQGOVMIL, "President Barham Salih" of Iraq → IRQGOV), "---"
/// when no country is given; otherwise, for a person who speaks for an organisation, its code.
/// Each code says where it came from. Places keep no code of their own: they act only through
/// the government they stand for.
/// </summary>
public sealed class ActorCoder(ActorCodeBook book, EntityLexicon lexicon) : IAnnotator
{
    public string Name => "actors/code";

    public Layer Requires => Layer.Tokens | Layer.Mentions | Layer.Entities | Layer.Metadata;

    public Layer Produces => Layer.Entities;

    public void Annotate(Document document)
    {
        if (document.Entities.Count == 0) return;
        var day = document.Source.Published;
        var entities = document.Entities.ToList();
        var byId = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var mentionsOf = document.Mentions.Where(m => m.EntityId is not null).ToLookup(m => m.EntityId!);
        // Organisations before people, and people before those who work for them: a spokesman takes
        // the code of what he speaks for, an envoy the state of the president who sent him.
        int Order(Entity e) => e.Kind != EntityKind.Person ? 0
            : e.AffiliationId is { } a && byId.TryGetValue(a, out int ai) && entities[ai].Kind == EntityKind.Person ? 2 : 1;
        foreach (int i in Enumerable.Range(0, entities.Count).OrderBy(i => Order(entities[i])).ToList())
        {
            var e = entities[i];
            if (e.Code is not null || e.IsPlace) continue;
            var names = mentionsOf[e.Id].Where(m => m.Form is MentionForm.Name or MentionForm.Alias).Select(m => document.TextOf(m.Span))
                .Prepend(e.Name).Concat(e.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var named = ByName(names, day);
            var assigned = named ?? ByAgent(document, e, mentionsOf[e.Id], entities, byId) ?? ByAffiliation(e, entities, byId);
            if (assigned is null) continue;
            // An organisation the dictionaries name as rebels or insurgents ("Taliban": AFGREB) is an armed group, whatever the tagger said.
            var kind = named is not null && e.Kind == EntityKind.Organisation && CameoCode.HasPart(named.Code, 1, "REB", "INS") ? EntityKind.ArmedGroup : e.Kind;
            entities[i] = e with { AssignedCode = assigned, Kind = kind };
        }
        document.SetEntities(entities);
    }

    private ActorCode? ByName(IReadOnlyList<string> names, DateOnly? day)
    {
        foreach (var name in names)
        {
            var found = book.Named(name).Select(a => (Actor: a, Code: a.On(day))).Where(x => x.Code is not null).ToList();
            // Two actors of one name with different codes: the name alone cannot say which.
            if (found.Count == 0 || found.Select(x => x.Code!.Code).Distinct().Count() > 1) continue;
            var (actor, code) = found[0];
            return new ActorCode(code!.Code, $"actors/{(actor.Source.StartsWith("phoenix-", StringComparison.Ordinal) ? "phoenix" : "dictionary")}:{actor.Source}" + (code.Dated ? $" valid {code}" : ""));
        }
        return null;
    }

    private ActorCode? ByAgent(Document document, Entity e, IEnumerable<Mention> mentions, List<Entity> entities, Dictionary<string, int> byId)
    {
        var phrases = new List<string> { e.Name };
        if (e.Title is { } title) phrases.Add(title);
        if (e.Role is { } role) phrases.Add(role);
        AgentCode? agent = null;
        foreach (var p in phrases)
            if (LongestAgent(p) is { } a) { agent = a; break; }
        if (agent is null) return null;
        var (country, from) = CountryOf(document, e, mentions, entities, byId);
        // A colonel of the coalition is the coalition's, not a soldier of no state.
        if (country is null && ByAffiliation(e, entities, byId) is { } affiliated) return affiliated;
        string code = (country ?? "---") + agent.Code;
        return new ActorCode(code, $"actors/agent:{agent.Source}" + (from is null ? "; no country given" : $" + {from}"));
    }

    /// <summary>The longest agent phrase in the words, preferring one that ends at the head (last word).</summary>
    private AgentCode? LongestAgent(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        AgentCode? best = null;
        int bestLength = 0;
        bool bestAtEnd = false;
        for (int start = 0; start < words.Length; start++)
            for (int n = Math.Min(book.LongestAgent, words.Length - start); n >= 1; n--)
            {
                if (book.Agent(string.Join(' ', words, start, n)) is not { } a) continue;
                bool atEnd = start + n == words.Length;
                if ((atEnd && !bestAtEnd) || (atEnd == bestAtEnd && n > bestLength)) (best, bestLength, bestAtEnd) = (a, n, atEnd);
                break;
            }
        return best;
    }

    /// <summary>The state the actor belongs to: its own country, a demonym or country in its name or just before a mention, or its affiliation's.</summary>
    private (string? Iso3, string? From) CountryOf(Document document, Entity e, IEnumerable<Mention> mentions, List<Entity> entities, Dictionary<string, int> byId)
    {
        if (lexicon.Countries.ByIso2(e.Country) is { } own) return (own.Iso3, $"country {own.Iso3}");
        foreach (var m in mentions)
        {
            int first = document.TokenAtOrAfter(m.Span.Start);
            if (first < 0) continue;
            // Words of the mention, then the two words before it ("Iraqi President Barham Salih").
            for (int t = Math.Max(0, first - 2); t < document.Tokens.Count && document.Tokens[t].Start < m.Span.End; t++)
                foreach (var (_, values) in lexicon.Nationalities.MatchesAt(document, t, Math.Min(document.Tokens.Count, t + 3)))
                    if (values.FirstOrDefault(v => v.Country is not null)?.Country is { } c)
                        return (c.Iso3, $"\"{document.TokenString(t)}\"");
        }
        if (e.AffiliationId is { } aff && byId.TryGetValue(aff, out int ai) && entities[ai] is var a)
        {
            if (lexicon.Countries.ByIso2(a.Country) is { } c) return (c.Iso3, $"affiliation {a.Name}");
            if (a.Code is { Length: >= 3 } code && lexicon.Countries.All.Any(x => x.Iso3 == code[..3])) return (code[..3], $"affiliation {a.Name}");
        }
        return (null, null);
    }

    private static ActorCode? ByAffiliation(Entity e, List<Entity> entities, Dictionary<string, int> byId) =>
        e.Kind == EntityKind.Person && e.AffiliationId is { } aff && byId.TryGetValue(aff, out int i) && entities[i].Code is { } code
            ? new ActorCode(code, $"actors/affiliation:{entities[i].Name}")
            : null;
}
