using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Quantities;

namespace Sitrep.Events;

/// <summary>
/// Whether a name in an event's frame is where it happened or who took part: "Iraq attacks",
/// "Iraq market car bomb", "the Astana talks" say where; "US air strikes", "Syrian and Russian
/// air strikes" say who.
/// </summary>
public sealed class PlaceOrParty(EventLexicon lexicon, QuantityLexicon quantities)
{
    private static readonly string[] Parties = ["actor", "target"];

    /// <summary>
    /// "Iraq attacks kill 10 people", "Two Baghdad car bombs kill 28", "Nine dead in Iraq attacks":
    /// a place named just before a noun of violence (data/violence-nouns.txt; for a town or region
    /// also any attack noun or weapon) is where it happened, not who did it. A country before a
    /// state's deed ("US air strikes") and a nationality ("Turkish attacks") still act.
    /// </summary>
    public void WhereNotWho(DocumentIndex index, Sentence sentence, Frame frame, int trigger, bool isVerb)
    {
        foreach (var role in Parties)
        {
            if (frame[role].Count == 0) continue;
            var fillers = frame[role].ToList();
            // A city attacked is where the attack was, even a capital that elsewhere speaks for its government.
            var moved = fillers.Where(f => f.Mention is { } m && (ModifiesViolence(index, sentence, m, trigger, isVerb) || BeforePlaceNoun(index, sentence, m)
                || role == "target" && index.KindOf(m) is { } kind && kind.IsPlace() && kind != EntityKind.Country)).ToList();
            if (moved.Count == 0) continue;
            frame.Remove(role);
            frame.AddAll(role, fillers.Except(moved));
            foreach (var f in moved)
                if (!frame["place"].Any(p => p.EntityId == f.EntityId))
                    frame.Add("place", role == "target" ? f : f with { Via = f.Mention is { } pm && BeforePlaceNoun(index, sentence, pm) ? "a place named before a noun of places" : "a place named before the noun of violence" });
        }
        // "Iraq hospital bombing kills 14": a name that ends in a noun of places ("Iraq hospital", coded as the health
        // sector) right before the noun of violence is the site attacked, not the attacker (the target, where it has none).
        if (frame["actor"].Where(f => f.Mention is { } m && index.KindOf(m) is { } kind && !kind.IsPlace() && EndsInPlaceNoun(index.Document, m)
                                      && index.Document.TokenAtOrAfter(m.Span.End) is var after && after <= trigger
                                      && (after == trigger || IsAttackNoun(index.Document, after, sentence.EndToken))).ToList() is { Count: > 0 } sites)
        {
            var rest = frame["actor"].Except(sites).ToList();
            frame.Remove("actor");
            frame.AddAll("actor", rest);
            if (frame["target"].Count == 0 && !frame.Unnamed.ContainsKey("target")) frame.AddAll("target", sites.Select(f => f with { Via = "a site named before the noun of violence" }));
        }
        // "killed in Syrian and Russian air strikes": the states whose air strikes they were act; they are no place.
        if (frame["actor"].Count == 0 && frame["place"].Any(f => f.Mention is { } m && StateBeforeAirStrike(index, sentence, m)))
        {
            var places = frame["place"].ToList();
            var states = places.Where(f => f.Mention is { } m && StateBeforeAirStrike(index, sentence, m)).ToList();
            frame.Remove("place");
            frame.AddAll("place", places.Except(states));
            foreach (var f in states) frame.Add("actor", f with { Via = "the state whose air or missile strikes they were" });
        }
        if (isVerb) AttackedInSubject(index, sentence, frame, trigger);
        if (isVerb || frame["place"].Count > 0) return;
        // The noun trigger's own modifier: "in Iraq attacks", "Baghdad car bombs".
        var doc = index.Document;
        for (int k = trigger - 1; k >= Math.Max(sentence.FirstToken, trigger - 3); k--)
            if (index.Mentions.EndingAt(doc.Tokens[k].End).FirstOrDefault() is { } m)
            {
                if (ModifiesViolence(index, sentence, m, trigger, isVerb)) frame.Add("place", new Filler(m.Span, m, null), "a place named before the noun of violence");
                break;
            }
    }

    /// <summary>
    /// "Fresh attack at Baghdad Shiite mosque kills 11", "Car bomb kills 12 in Shiite area of Baghdad", "Twin bombings
    /// outside Shi'ite mosque kill 17": a faith's community named before a noun of places in the phrase of where an attack
    /// struck is whom it struck, as "attacks on Shiite districts" are on Shiites — when the attack names no target and the
    /// phrase names one community. Not an ethnic group ("in a Kurdish town"), whose men may be fighters.
    /// </summary>
    public void CommunityOfSiteAttacked(DocumentIndex index, Sentence sentence, int trigger, Frame frame)
    {
        // (A bare count of the dead beside it is no one named: "Car bomb kills 12 in Shiite area of Baghdad"; a count of people
        // by a noun of their own is: "Car bomb kills 12 police in Shiite area of Baghdad".)
        if (frame["target"].Any(f => f.Quantity is not { } q || q.Category is "people" or "troops") || frame.Unnamed.ContainsKey("target")) return;
        var doc = index.Document;
        var (from, to) = SiteWindow(doc, sentence, trigger);
        Mention? community = null;
        for (int k = from; k < to && !Words.IsAny(doc, k, ";", ":"); k++)
        {
            if (!Words.IsAny(doc, k, "at", "in", "on", "outside", "inside")) continue;
            // Over an article and a place's name: "at Baghdad Shiite mosque", "in a Shi'ite area".
            for (int j = k + 1; j < Math.Min(to, k + 5); j++)
            {
                if (index.MentionAt(j) is not { } m)
                {
                    if (Words.IsAny(doc, j, "a", "an", "the", "major")) continue;
                    break;
                }
                int last = doc.TokenCovering(m.Span.End - 1);
                if (last < j) break;
                if (index.KindOf(m) is { } kind && kind.IsPlace()) { j = last; continue; }
                if (index.Entity(m.EntityId) is { Kind: EntityKind.Group, Sector: "religious" } && PlaceNounAfter(index, last, sentence.EndToken)
                    && !frame["actor"].Any(f => f.EntityId == m.EntityId))
                {
                    if (community is not null && community.EntityId != m.EntityId) return;
                    community = m;
                }
                break;
            }
        }
        if (community is not null) frame.Add("target", new Filler(community.Span, community, null), "the faith of the place attacked");
    }

    /// <summary>
    /// The tokens where an attack's site may be named: from up to eight before its trigger to twelve after, within the
    /// sentence and not back past a semicolon or colon (a headline's second clause: "...; attacks kill 21").
    /// </summary>
    public static (int From, int To) SiteWindow(Document doc, Sentence sentence, int trigger)
    {
        int from = trigger, to = Math.Min(sentence.EndToken, trigger + 12);
        while (from > sentence.FirstToken && from > trigger - 8 && !Words.IsAny(doc, from - 1, ";", ":")) from--;
        return (from, to);
    }

    /// <summary>One of the one or two lower-case words after <paramref name="last"/> (and a town's name) is a noun of places: "mosque", "pilgrim city", "Baghdad districts".</summary>
    private bool PlaceNounAfter(DocumentIndex index, int last, int end)
    {
        var doc = index.Document;
        // Over the town's name: "in Shiite Baghdad districts".
        if (index.MentionAt(last + 1) is { } town && index.KindOf(town) is { } kind && kind.IsPlace() && kind != EntityKind.Country) last = doc.TokenCovering(town.Span.End - 1);
        for (int k = last + 1; k < Math.Min(end, last + 3) && Words.IsLowerWord(doc, k) && !FrameReader.IsPreposition(doc.TokenString(k)) && !Words.IsAny(doc, k, "and", "or"); k++)
            if (lexicon.PlaceNouns.Contains(doc.TokenText(k))) return true;
        return false;
    }

    /// <summary>
    /// "Bombs against Iraqi Sunnis kill 51", "Attacks on Shiites kill 18": the party an attack noun
    /// opening the sentence is against is the verb's target, not its subject.
    /// </summary>
    private void AttackedInSubject(DocumentIndex index, Sentence sentence, Frame frame, int trigger)
    {
        var doc = index.Document;
        // The attack noun opens the sentence, as a headline's subject does ("Iraq attacks on ...", "Fierce assaults on ...").
        for (int k = sentence.FirstToken; k + 2 < trigger && k <= sentence.FirstToken + 2; k++)
        {
            if (!Words.IsAny(doc, k + 1, "against", "on", "targeting") || index.MentionAt(k) is not null || !IsAttackNoun(doc, k, sentence.EndToken)) continue;
            // A short phrase, as a headline's subject is: a longer one holds clauses of its own ("persuaded Trump to ...").
            if (trigger - (k + 2) > 6) return;
            // Everything named between the preposition and the verb is inside the attack's phrase
            // ("attacks on police, Sunni militia kill 15"): none of it is the verb's subject.
            int from = doc.Tokens[k + 2].Start, to = doc.Tokens[trigger].Start;
            bool Inside(Filler f) => f.Span.Start >= from && f.Span.End <= to;
            var inside = frame["actor"].Where(Inside).ToList();
            if (inside.Count > 0)
            {
                var rest = frame["actor"].Except(inside).ToList();
                frame.Remove("actor");
                frame.AddAll("actor", rest);
            }
            if (frame["target"].Any(f => f.Mention is not null)) return;
            for (int at = k + 2; at < trigger; at++)
                if (index.MentionAt(at) is { } m && doc.TokenAtOrAfter(m.Span.End) <= trigger && index.KindOf(m) is { } kind && !kind.IsPlace())
                {
                    frame.Add("target", new Filler(m.Span, m, null), $"the '{doc.TokenString(k + 1)}' phrase of the attack before the verb");
                    break;
                }
            return;
        }
    }

    private bool IsAttackNoun(Document doc, int k, int end) =>
        doc.Tokens[k].Kind == TokenKind.Word && (lexicon.ViolenceNouns.Contains(doc.TokenText(k)) || quantities.Units.LongestAt(doc, k, end).Value is { Category: "weapons" or "attacks" }
            || lexicon.Triggers.MatchesAt(doc, k, end).LastOrDefault().Values is { } rows && rows.Any(r => r.Type == "ASSAULT" && !r.IsVerb));

    /// <summary>
    /// A country or its demonym right before an air or missile strike, alone or coordinated with
    /// another ("Syrian and Russian air strikes"): the state's deed (the modifier's ACLED sub-event type).
    /// </summary>
    private bool StateBeforeAirStrike(DocumentIndex index, Sentence sentence, Mention m)
    {
        if (index.KindOf(m) != EntityKind.Country) return false;
        var doc = index.Document;
        int k = doc.TokenCovering(m.Span.End - 1) + 1;
        bool demonyms = m.Form == MentionForm.Demonym;
        // Over "and Russian", ", Turkish and": the other states of the same strikes, never a comma before anything else.
        for (int hops = 0; hops < 4 && k + 1 < sentence.EndToken; hops++)
        {
            if ((Words.IsAny(doc, k, "and", "or") || Words.IsPunct(doc, k, ',')) && index.MentionAt(k + 1) is { } other && index.KindOf(other) == EntityKind.Country)
            {
                demonyms &= other.Form == MentionForm.Demonym;
                k = doc.TokenCovering(other.Span.End - 1) + 1;
                continue;
            }
            break;
        }
        // Only a state has an air force ("US air strikes"); shelling or a mortar after a country's
        // name says where ("killed in Iraq mortar attack"), after its demonym whose ("Turkish shelling").
        return k > 0 && k < sentence.EndToken && lexicon.AttackModifiers.TryGetValue(doc.TokenString(k), out var how)
               && (how.AcledSubEventType == "Air/drone strike" || how.AcledSubEventType == "Shelling/artillery/missile attack" && demonyms);
    }

    /// <summary>The name's last word is a lower-case noun of places: "Iraq hospital", "Baghdad mosque".</summary>
    private bool EndsInPlaceNoun(Document doc, Mention m) =>
        doc.TokenCovering(m.Span.End - 1) is int last and >= 0 && Words.IsLowerWord(doc, last) && lexicon.PlaceNouns.Contains(doc.TokenText(last));

    /// <summary>"Iraqi town", "Iraq cafe", "Baghdad market": a country, place or demonym right before a noun of places says where.</summary>
    public bool BeforePlaceNoun(DocumentIndex index, Sentence sentence, Mention m)
    {
        if (index.KindOf(m) is not { } kind || !kind.IsPlace()) return false;
        var doc = index.Document;
        int next = doc.TokenCovering(m.Span.End - 1) + 1;
        if (next > 0 && next < sentence.EndToken && Words.IsLowerWord(doc, next) && lexicon.PlaceNouns.Contains(doc.TokenText(next))) return true;
        // "an assault on Iraq's Samarra", "attack Iraq's largest oil refinery": a country's possessive before one of its
        // places, named or a noun of places after a few adjectives, says where, not whom.
        if (kind != EntityKind.Country || next <= 0 || next + 1 >= sentence.EndToken || !Words.IsAny(doc, next, "'s", "’s")) return false;
        // (Not a facility: "missiles on Syria's Shayrat airbase" were fired at Syria's forces.)
        if (index.MentionAt(next + 1) is { } place && index.KindOf(place) is { } placeKind && placeKind.IsPlace() && placeKind != EntityKind.Facility) return true;
        for (int k = next + 1; k < Math.Min(sentence.EndToken, next + 5) && Words.IsLowerWord(doc, k); k++)
            if (lexicon.PlaceNouns.Contains(doc.TokenText(k))) return true;
        return false;
    }

    private bool ModifiesViolence(DocumentIndex index, Sentence sentence, Mention m, int trigger, bool triggerIsVerb)
    {
        if (index.KindOf(m) is not { } kind || !kind.IsPlace() || m.Form is MentionForm.Demonym or MentionForm.Descriptor or MentionForm.Pronoun) return false;
        var doc = index.Document;
        int last = doc.TokenCovering(m.Span.End - 1);
        if (last < 0) return false;
        for (int k = last + 1; k <= last + 2 && k < sentence.EndToken; k++)
        {
            if (!Words.IsLowerWord(doc, k) || k == trigger && triggerIsVerb) return false;
            // "US drone attack", "Turkey air strikes": an air or missile strike (the modifier's ACLED
            // sub-event type) says it is the state's deed; a car bomb or an IED does not.
            if (kind == EntityKind.Country && lexicon.AttackModifiers.TryGetValue(doc.TokenString(k), out var how)
                && how.AcledSubEventType is "Air/drone strike" or "Shelling/artillery/missile attack") return false;
            if (lexicon.ViolenceNouns.Contains(doc.TokenText(k))) return true;
            if (kind != EntityKind.Country && (quantities.Units.LongestAt(doc, k, sentence.EndToken).Value is { Category: "weapons" or "attacks" }
                || lexicon.Triggers.MatchesAt(doc, k, sentence.EndToken).LastOrDefault().Values is { } rows && rows.Any(r => r.Type == "ASSAULT" && !r.IsVerb))) return true;
        }
        return false;
    }

    /// <summary>
    /// "IS mortar attack kills one Iraqi Kurdish fighter, wounds seven near Arbil": a headline — a
    /// report's short first sentence — that names one town or region tells what happened there,
    /// wherever in the line it stands; not with two places named, nor a place one of the event's
    /// parties holds. With no town or region, an attack's one country named by name is where it was,
    /// at the country's precision (UCDP place_50km 0.234 → 0.240): a headline names the country of
    /// every story, and the attacks it tells of were in it.
    /// </summary>
    public static void OnlyPlaceOfHeadline(DocumentIndex index, Sentence sentence, Frame frame, bool attack)
    {
        if (sentence.Index != 0 || sentence.TokenCount > HeadlineTokens) return;
        if (frame["place"].Any(f => f.Mention is { } pm && index.KindOf(pm) is { } pk && pk.IsPlace())) return;
        if (OnlyOne(index, sentence, frame, kind => kind.IsPlace() && kind != EntityKind.Country, out var town))
        {
            // Not the dateline's town ("KANDAHAR - Afghan police arrested ..."): the report was filed there.
            if (town is not null && town.Span.End <= NonPartyWords.DatelineEnd(index.Document, sentence)) return;
            if (town is not null) frame.Add("place", new Filler(town.Span, town, null), "the one town or region the headline names");
            // No town or region: an attack in a headline that names one country by its name ("Iraq PM warns of
            // sectarian war as 148 killed", "Gunmen kill 10 Iraq security forces members") was in that country.
            else if (attack && OnlyOne(index, sentence, frame, kind => kind == EntityKind.Country, out var country) && country is not null)
                frame.Add("place", new Filler(country.Span, country, null), "the one country the headline names");
        }
    }

    /// <summary>
    /// The one place of the kind the sentence names by name (not a demonym or a pronoun), or none; false when
    /// it names two, or one the event's parties hold.
    /// </summary>
    private static bool OnlyOne(DocumentIndex index, Sentence sentence, Frame frame, Func<EntityKind, bool> fits, out Mention? only)
    {
        only = null;
        foreach (var m in index.Mentions.Between(sentence.Span.Start, sentence.Span.End))
        {
            if (index.KindOf(m) is not { } kind || !fits(kind) || m.Form is MentionForm.Demonym or MentionForm.Pronoun) continue;
            // (A place no entity was built for has no id: its words say which it is.)
            if (frame.Roles.Any(r => frame[r].Any(f => m.EntityId is not null && f.EntityId == m.EntityId || f.Span.Overlaps(m.Span)))) return false;
            if (only is not null && (m.EntityId is null || only.EntityId is null ? !index.Document.TextOf(m.Span).Equals(index.Document.TextOf(only.Span), StringComparison.OrdinalIgnoreCase) : only.EntityId != m.EntityId)) return false;
            only = m;
        }
        return true;
    }

    private const int HeadlineTokens = 16;

    /// <summary>
    /// "The Vienna talks", "the Geneva conference": a town right before a noun of meeting is where,
    /// not who (a country still meets: "Turkish talks"). Only for meetings: a place lent to a weak
    /// noun of another type ("the Minsk agreement") was merged into unrelated events of that type.
    /// </summary>
    public static void TownBeforeNoun(DocumentIndex index, Sentence sentence, Frame frame, int trigger)
    {
        var doc = index.Document;
        int before = trigger - 1;
        // One modifier between, a noun or adjective of the tree: "the Sochi peace talks"; not a verb
        // ("Moscow welcomed talks") nor a preposition ("travel to Paris for talks").
        if (before >= sentence.FirstToken && Words.IsLowerWord(doc, before) && doc.Syntax is { } tree && tree.IsParsed(before) && tree.Upos[before] is "NOUN" or "ADJ") before--;
        if (before < sentence.FirstToken || index.Mentions.EndingAt(doc.Tokens[before].End).FirstOrDefault() is not { } m
            || index.KindOf(m) is not { } kind || !kind.IsPlace() || kind == EntityKind.Country) return;
        var rest = frame["actor"].Where(f => f.Mention is null || f.Mention.Span != m.Span).ToList();
        frame.Remove("actor");
        frame.AddAll("actor", rest);
        if (frame["place"].Count == 0) frame.Add("place", new Filler(m.Span, m, null), "the town named before the noun");
    }
}
