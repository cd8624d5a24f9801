using Sitrep.Places;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Ner;

/// <summary>
/// The entity tagger as a pipeline stage: it tags each sentence and proposes the persons,
/// organisations, places and groups that the dictionaries and rules missed. Where they overlap,
/// dictionary actors and rule-found persons win; a longer name the model found around a
/// dictionary place ("New York Yankees", "University of Washington") wins, keeping the place
/// inside as a nested mention; a pattern's unlinked guess gives way to the model.
/// </summary>
public sealed class NerAnnotator(NerModel model, EntityLexicon lexicon, float minimumMargin = NerAnnotator.DefaultMinimumMargin) : IAnnotator
{
    /// <summary>
    /// The world gazetteer, when built: a name the tagger calls an organisation that is exactly a
    /// country's or a first-level division's name ("the allocation to Tamil Nadu") is that place.
    /// </summary>
    public WorldGazetteer? Places { get; init; }

    /// <summary>US states and Canadian provinces by newspapers' abbreviations ("Calif.", "N.B."), which the world gazetteer does not spell.</summary>
    public StateAbbreviations? States { get; init; }

    /// <summary>Words of places' names ("Sea", "Camp"): a name with one is a place the model may guess at.</summary>
    public PlaceWords? PlaceWords { get; init; }

    public const int ModelPriority = 3;

    /// <summary>
    /// Least mean margin per token (see <see cref="NerModel.Decode(ReadOnlySpan{int}, int, Span{int}, Span{float})"/>)
    /// for a name to be proposed. Tuned on WikiANN dev for the committed model (F1 unchanged,
    /// precision 0.678 → 0.694); margins scale with training, so retune after retraining.
    /// </summary>
    public const float DefaultMinimumMargin = 45;

    /// <summary>
    /// The margin a place name the world gazetteer lacks needs, unless the words call it a place.
    /// At 80, against none: GeoWebNews place F1 0.817 → 0.824, accuracy@161 km 0.913 → 0.919,
    /// unresolved 78 → 63; entities F1 GMB held-out 0.787 → 0.785, WikiANN 0.640 → 0.638,
    /// wikigold 0.653 → 0.657. At 100 places gained a little more and GMB and WikiANN lost more.
    /// </summary>
    public const float UnknownPlaceMinimumMargin = 80;

    public string Name => "entities/ner";

    public Layer Requires => Layer.Tokens | Layer.MentionCandidates;

    public Layer Produces => Layer.MentionCandidates;

    public void Annotate(Document document)
    {
        var known = new MentionLookup(document, document.MentionCandidates.Where(m => !m.Nested));
        var found = new List<Mention>();
        var withdrawn = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        var tags = new int[64];
        var margins = new float[64];
        var features = new int[64 * NerFeatures.PerToken];
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int n = sentence.EndToken - sentence.FirstToken;
            if (n == 0) continue;
            var (view, starts, lengths) = SentenceTokens(document, sentence);
            if (tags.Length < n)
            {
                tags = new int[n * 2];
                margins = new float[n * 2];
                features = new int[n * 2 * NerFeatures.PerToken];
            }
            model.Features.Extract(view, features);
            model.Decode(features, n, tags, margins);
            int datelineEnd = DatelinePlace(document, sentence, view, starts, lengths);
            if (datelineEnd > 0)
            {
                // The dateline's town in capitals, which the model reads as an acronym: a place, whatever it says.
                for (int i = 0; i < datelineEnd; i++) tags[i] = 0;
                var text = TextSpan.FromBounds(starts[0], starts[datelineEnd - 1] + lengths[datelineEnd - 1]);
                if (!known.Covers(text.Start))
                    found.Add(new Mention(text, EntityKind.Place, MentionForm.Name, DatelineReading) { Priority = ModelPriority });
            }
            foreach (var tagged in Spans(tags.AsSpan(0, n)))
            {
                // A dash the tagger took into the name is the wire's credit line's: "Baghdad -sources".
                int last = tagged.End - 1;
                while (last > tagged.Start && IsDash(document.Text.AsSpan(starts[last], lengths[last]))) last--;
                var span = tagged with { End = last + 1 };
                // "IS-held Fallujah", "Islamic State-controlled Mosul": who holds a place is no part of its name, and what is
                // held is a place, whatever label the model gave the whole.
                for (int i = span.End - 2; i >= span.Start; i--)
                    if (Words.HoldsTerritory(document.Text.AsSpan(starts[i], lengths[i])))
                    {
                        span = new NerSpan(i + 1, span.End, NerLabels.Location);
                        break;
                    }
                // The model is unsure: its own features barely prefer a name here.
                float margin = 0;
                for (int i = span.Start; i < span.End; i++) margin += margins[i];
                if (margin / (span.End - span.Start) < minimumMargin) continue;
                var text = TextSpan.FromBounds(starts[span.Start], starts[span.End - 1] + lengths[span.End - 1]);
                // A place the world gazetteer does not know needs a surer guess, or words that say it is a
                // place: the model's weak guesses at unknown names were mostly people and firms
                // ("Wavepiston", "Pietrewicz", "Ruaa"), not "the village of Baghuz" or "west of the Euphrates".
                if (span.Label == NerLabels.Location && margin / (span.End - span.Start) < UnknownPlaceMinimumMargin
                    && !KnownPlaceIn(document.TextOf(text), text.End < document.Text.Length && document.Text[text.End] == '.')
                    && !SaidToBePlace(document, sentence.FirstToken + span.Start, sentence.FirstToken + span.End)) continue;
                // "Her Dutch husband, Yago Riedijk, 27, said": a name with an age after it is a person's, whatever the tagger read.
                string label = span.Label is NerLabels.Organisation or NerLabels.Location && AgeFollows(document, sentence.FirstToken + span.End, sentence.EndToken) ? NerLabels.Person : span.Label;
                if (Mention(document, text, label, view, span with { Label = label }) is not { } m) continue;
                var overlapping = known.Between(Math.Max(0, text.Start - MaxMentionLength), text.End).Where(k => k.Span.Overlaps(text)).ToList();
                // Dictionary actors win, except a word of a longer person's name ("Wagner" in "Carlos E.M. Wagner");
                // so does a rule's person when the model reads the same words as a person too.
                bool InsidePerson(Mention k) => m.Kind == EntityKind.Person && k.Kind != EntityKind.Person && !k.Kind.IsPlace() && text.Contains(k.Span) && k.Span != text;
                if (overlapping.Any(k => k.Referent is { } r && !InsidePerson(k) && (!r.Kind.IsPlace() || !text.Contains(k.Span) || k.Span == text))) continue;
                if (overlapping.Any(k => k.Referent is null && k.Kind == EntityKind.Person && m.Kind == EntityKind.Person)) continue;
                // A rule's unlinked mention of the same words ("in Hamam al-Alil", a town) rests on more than the model's guess,
                // and so does one around them: "State" inside "Secretary of State Hillary Clinton" is part of a title.
                // Not a person guessed only from a speech verb: "Zorlu Holding said" is the model's organisation.
                if (overlapping.Any(k => k.Referent is null && k.Span.Contains(text) && k.DecidedBy != SpeechPerson)) continue;
                found.Add(m);
                RememberName(names, document, sentence.FirstToken + span.Start, sentence.FirstToken + span.End, label);
                // "northern Syria" names Syria too; "New Mexico", "Northern Ireland" and "North America", places of their own by the whole name, name no country inside.
                if (!(m.Kind.IsPlace() && Places?.NamesAWhole(document.Text.AsSpan(text.Start, text.Length)) == true))
                    found.AddRange(overlapping.Where(k => k.Referent is not null && !InsidePerson(k)).Select(k => k with { Nested = true }));
                foreach (var k in overlapping.Where(k => k.Referent is null || InsidePerson(k))) withdrawn.Add(k);
            }
        }
        FamilyNamesOfPersons(document, found, names);
        if (names.Count > 0) found.AddRange(SameNamesElsewhere(document, names, found, withdrawn));
        if (withdrawn.Count > 0) document.RemoveMentionCandidates(withdrawn);
        document.AddMentionCandidates(found);
    }

    /// <summary>", 27," or ", aged 27," right after a name: a person's age (places and firms have none told so).</summary>
    private static bool AgeFollows(Document doc, int next, int end)
    {
        if (next + 2 >= end || !Words.IsPunct(doc, next, ',')) return false;
        int k = next + 1;
        if (Words.IsAny(doc, k, "aged", "now")) k++;
        return k + 1 < end && doc.Tokens[k].Kind == TokenKind.Number && int.TryParse(doc.TokenText(k), out int age) && age is >= 1 and <= 110
            && (Words.IsPunct(doc, k + 1, ',') || Words.IsPunct(doc, k + 1, '.'));
    }

    /// <summary>
    /// "Sultana's family believed she had been killed", "Mistura said": one word the model read as a
    /// place that is the family name of a person the report names in full ("Kadiza Sultana",
    /// "Staffan de Mistura") is that person — not a town of that name in California —, unless the
    /// word names a country, a division, a capital or a large city ("Washington" beside "George
    /// Washington" stays as the model read it). Not a word read as an organisation: a firm is often
    /// named after a founder the report names ("Michael Bloomberg ... Bloomberg reported").
    /// </summary>
    private void FamilyNamesOfPersons(Document doc, List<Mention> found, Dictionary<string, string?> names)
    {
        // Most reports have no place the model found alone: nothing to read again.
        if (!found.Any(IsModelPlace)) return;
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.MentionCandidates.Concat(found))
            if (m.Kind == EntityKind.Person && m.Person is { Given: { } given, Family: { Length: > 1 } family }
                // (a name the model made of other words is none: "Call Canon", "Sunni Muslim")
                && !IsCommonWord(given) && !OpensWithNationality(doc, m.Span)) families.Add(family);
        if (families.Count == 0) return;
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            if (!IsModelPlace(m)) continue;
            string word = doc.TextOf(m.Span);
            // Not an acronym, a faith or a people ("AMS", "Muslim"), nor a word the news writes in lower case ("Canon").
            if (!families.Contains(word) || MajorPlace(word) || EntityLexicon.IsAcronym(word) || IsCommonWord(word) || OpensWithNationality(doc, m.Span)) continue;
            found[k] = new Mention(m.Span, EntityKind.Person, MentionForm.Name, "entities/ner:PER, the family name of a person named in full")
            {
                Priority = ModelPriority,
                Person = new PersonName(word) { Family = word },
            };
            if (names.ContainsKey(word)) names[word] = NerLabels.Person;
        }
    }

    /// <summary>A place name the model read on its own (not a dateline's, nor one kept inside a longer name).</summary>
    private bool IsModelPlace(Mention m) =>
        m.Kind == EntityKind.Place && !m.Nested && m.Form == MentionForm.Name && m.DecidedBy.StartsWith(Name + ":", StringComparison.Ordinal) && m.DecidedBy != DatelineReading;

    /// <summary>The words begin with a people's or a faith's name ("Sunni Muslim", "Muslim").</summary>
    private bool OpensWithNationality(Document doc, TextSpan span) =>
        lexicon.Nationalities.LongestAt(doc, doc.TokenAtOrAfter(span.Start), doc.Tokens.Count).Length > 0;

    /// <summary>The world gazetteer knows the name as a country, a first-level division, a capital or a city of 100,000 (and, if asked, a second-level division or a continent).</summary>
    private bool MajorPlace(string name, bool divisionsAndContinents = false) => Places is not null && Places.Find(name).Any(c =>
        c.Feature is GazetteerFeature.Country or GazetteerFeature.Admin1 or GazetteerFeature.Capital || c.Population >= 100_000
        || divisionsAndContinents && c.Feature is GazetteerFeature.Admin2 or GazetteerFeature.Continent);

    /// <summary>
    /// The words around a name say it is a place (data/place-words.tsv): a preposition of place
    /// before it ("along the", "west of the"), a noun of a kind of place and "of" ("the village of",
    /// "the port of"), or a word of a place's name in it ("Aegean Sea", "Camp Roj").
    /// </summary>
    private bool SaidToBePlace(Document doc, int first, int end)
    {
        if (PlaceWords is null) return false;
        for (int t = first; t < end; t++)
            if (PlaceWords.IsFeature(doc.TokenString(t))) return true;
        int k = first - 1;
        if (k >= 0 && Words.Is(doc, k, "the")) k--;
        if (k < 0) return false;
        if (PlaceWords.IsCue(doc.TokenString(k))) return true;
        return Words.Is(doc, k, "of") && k > 0 && (lexicon.Directions.ContainsKey(doc.TokenString(k - 1)) || PlaceWords.IsKind(doc.TokenString(k - 1)));
    }

    /// <summary>
    /// The world gazetteer knows the words as a place, or a place they begin or end with as the
    /// geocoder reads them: "Boise, Idaho", "Calif.", "Oaxaca State", "Montgomery County Democrats".
    /// </summary>
    private bool KnownPlaceIn(string text, bool dotAfter)
    {
        if (Places is null) return true;
        if (Places.Contains(text) || States?.Code(dotAfter ? text + "." : text, postal: false) is not null) return true;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (Places.Contains(part)) return true;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = 1; k < words.Length; k++)
            if (Major(string.Join(' ', words[..k])) || Major(string.Join(' ', words[^k..]))) return true;
        return false;
        bool Major(string part) => !lexicon.Directions.ContainsKey(part) && MajorPlace(part, divisionsAndContinents: true);
    }

    /// <summary>
    /// "TORONTO —", "DURBAN, South Africa (CNN) -", "HORRY COUNTY, SC": how many tokens of capitals
    /// opening a paragraph, followed by a dash, a comma or a bracket, the tagger's or the world
    /// gazetteer knows as a place; 0 if none.
    /// </summary>
    private int DatelinePlace(Document doc, Sentence sentence, TokenView tokens, int[] starts, int[] lengths)
    {
        int start = doc.Tokens[sentence.FirstToken].Start;
        if (start > 0 && doc.Text[start - 1] != '\n' || tokens.Count < 2) return 0;
        int j = 0;
        while (j < tokens.Count && j < 3 && IsCapitals(tokens[j])) j++;
        if (j == 0 || j >= tokens.Count || tokens[j] is not ("—" or "–" or "-" or "--" or "," or "(")) return 0;
        Span<GazetteerKind> kinds = stackalloc GazetteerKind[j];
        Span<bool> begins = stackalloc bool[j];
        model.Gazetteer.Match(new TokenView(doc.Text, starts[..j], lengths[..j]), kinds, begins);
        bool known = true;
        for (int i = 0; i < j; i++)
            known &= (kinds[i] & GazetteerKind.Place) != 0;
        // Or a division the world gazetteer has: "HORRY COUNTY, SC (WMBF) -".
        if (!known && (Places is null || !Places.Find(doc.Text.AsSpan(starts[0], starts[j - 1] + lengths[j - 1] - starts[0])).Any(p => p.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Admin2))) return 0;
        return j;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter && word.Length >= 3;
    }

    /// <summary>The person finder's weakest reading: capitalised words before a speech verb.</summary>
    private const string SpeechPerson = "entities/persons:speech";

    private const string FamilyNamePerson = "entities/persons:family-name";

    private const string DatelineReading = "entities/ner:dateline";

    /// <summary>Longest name, in tokens, looked for again elsewhere in the document.</summary>
    private const int MaxRepeatedNameTokens = 6;

    private static void RememberName(Dictionary<string, string?> names, Document doc, int first, int end, string label)
    {
        if (end - first > MaxRepeatedNameTokens) return;
        var key = string.Join(' ', Enumerable.Range(first, end - first).Select(doc.TokenString));
        // A name the model read two ways in one document is not propagated either way.
        names[key] = names.TryGetValue(key, out var known) && known != label ? null : label;
    }

    /// <summary>
    /// One name, one reading per document: where the model named "Zorlu Holding" an organisation
    /// in one sentence, the same words elsewhere that no finder claimed are that name too, though
    /// the model's features there ("Zorlu Holding's shares") were too weak on their own.
    /// </summary>
    private IEnumerable<Mention> SameNamesElsewhere(Document doc, Dictionary<string, string?> names, List<Mention> found, HashSet<Mention> withdrawn)
    {
        var firstWords = names.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Persons guessed from a speech verb or from a family name seen before ("Holding" after "Zorlu Holding said")
        // give way to the name the model read in another sentence.
        static bool Guessed(Mention m) => m.DecidedBy is SpeechPerson or FamilyNamePerson;
        var guessedSpeakers = doc.MentionCandidates.Where(m => Guessed(m) && !withdrawn.Contains(m)).ToList();
        var claimed = new MentionLookup(doc, doc.MentionCandidates.Where(m => !m.Nested && !withdrawn.Contains(m) && !Guessed(m)).Concat(found.Where(m => !m.Nested)));
        var added = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            int n = sentence.EndToken - sentence.FirstToken;
            for (int i = 0; i < n; i++)
            {
                if (!firstWords.Contains(doc.TokenText(sentence.FirstToken + i)) || claimed.Covers(doc.Tokens[sentence.FirstToken + i].Start)) continue;
                for (int length = Math.Min(MaxRepeatedNameTokens, n - i); length >= 1; length--)
                {
                    int first = sentence.FirstToken + i, end = first + length;
                    var key = string.Join(' ', Enumerable.Range(first, length).Select(doc.TokenString));
                    if (!names.TryGetValue(key, out var label) || label is null) continue;
                    var text = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
                    if (claimed.Between(Math.Max(0, text.Start - MaxMentionLength), text.End).Any(k => k.Span.Overlaps(text))) break;
                    var view = SentenceTokens(doc, sentence).View;
                    if (Mention(doc, text, label, view, new NerSpan(i, i + length, label), namedElsewhere: true) is not { } m) break;
                    m = m with { DecidedBy = m.DecidedBy + ":same-name" };
                    added.Add(m);
                    claimed.Add(m);
                    foreach (var k in guessedSpeakers.Where(k => k.Span.Overlaps(text))) withdrawn.Add(k);
                    i += length - 1;
                    break;
                }
            }
        }
        return added;
    }

    /// <summary>A sentence's tokens as the tagger reads them, with their offsets in the text.</summary>
    private static (TokenView View, int[] Starts, int[] Lengths) SentenceTokens(Document doc, Sentence sentence)
    {
        int n = sentence.EndToken - sentence.FirstToken;
        var starts = new int[n];
        var lengths = new int[n];
        for (int i = 0; i < n; i++) (starts[i], lengths[i]) = (doc.Tokens[sentence.FirstToken + i].Start, doc.Tokens[sentence.FirstToken + i].Length);
        return (new TokenView(doc.Text, starts, lengths), starts, lengths);
    }

    private bool IsDescription(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > 64) return false;
        word.ToLowerInvariant(lower);
        return lexicon.Descriptors.Find("the", lower.ToString()) is not null;
    }

    /// <summary>The word occurs in lower case in the news the word classes were learnt from.</summary>
    private bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (model.Clusters is not { } clusters || word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return clusters.Contains(lower);
    }

    private IEnumerable<NerSpan> Spans(ReadOnlySpan<int> ids)
    {
        var tags = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++) tags[i] = model.Tags[ids[i]];
        return NerSpans.FromTags(tags);
    }

    private static bool IsDash(ReadOnlySpan<char> w) => w is "-" or "–" or "—";

    /// <summary>Lower-case words a name may hold: "University of Washington", "Abu Bakr al-Baghdadi".</summary>
    private static bool IsConnector(ReadOnlySpan<char> w) =>
        w is "of" or "the" or "and" or "for" or "de" or "du" or "la" or "le" or "al" or "bin" or "ibn" or "van" or "von" or "der" or "&" or "-" or "'s" or "’s" or "on" or "upon" or "in"
        || w.StartsWith("al-") || w.StartsWith("el-");

    /// <param name="namedElsewhere">The same words were read as this name in another sentence: a capital at the sentence start proves nothing either way then.</param>
    private Mention? Mention(Document doc, TextSpan span, string label, TokenView tokens, NerSpan tokenSpan, bool namedElsewhere = false)
    {
        // A name starts with a capital or a digit and holds no other lower-case words than connectors.
        if (!char.IsUpper(doc.Text[span.Start]) && !char.IsDigit(doc.Text[span.Start])) return null;
        for (int i = tokenSpan.Start; i < tokenSpan.End; i++)
            if (tokens[i] is { Length: > 0 } w && char.IsLower(w[0]) && !IsConnector(w)) return null;
        // A common word capitalised because it opens the sentence ("Rockets hit ...") is no name.
        if (!namedElsewhere && tokenSpan.Start == 0 && tokenSpan.End == 1 && IsCommonWord(tokens[0])) return null;
        // "Coalition spokesperson ...": a capitalised description of an entity named elsewhere ("the coalition"), not a new one.
        if (tokenSpan.End - tokenSpan.Start == 1 && IsDescription(tokens[tokenSpan.Start])) return null;
        switch (label)
        {
            case NerLabels.Person:
                var words = Enumerable.Range(tokenSpan.Start, tokenSpan.End - tokenSpan.Start).Select(i => tokens[i].ToString())
                    .Where(w => !(w.Length == 2 && w[1] == '.')).ToList();
                if (words.Count == 0) return null;
                return new Mention(span, EntityKind.Person, MentionForm.Name, "entities/ner:PER")
                {
                    Priority = ModelPriority,
                    Person = new PersonName(doc.TextOf(span)) { Given = words.Count > 1 ? words[0] : null, Family = words[^1] },
                };
            case NerLabels.Organisation:
                if (IsDivisionOrCountry(doc.Text.AsSpan(span.Start, span.Length)))
                    return new Mention(span, EntityKind.Place, MentionForm.Name, "entities/ner:ORG, a division's or country's name") { Priority = ModelPriority };
                return new Mention(span, EntityKind.Organisation, MentionForm.Name, "entities/ner:ORG") { Priority = ModelPriority };
            case NerLabels.Location:
                return new Mention(span, EntityKind.Place, MentionForm.Name, "entities/ner:LOC") { Priority = ModelPriority };
            case NerLabels.Group:
                return new Mention(span, EntityKind.Group, MentionForm.Name, "entities/ner:NORP") { Priority = ModelPriority };
            default:
                return null;
        }
    }

    private bool IsDivisionOrCountry(ReadOnlySpan<char> name)
    {
        if (Places is null || name.Length < 4) return false;
        foreach (var c in Places.Find(name))
            if (c.Feature is GazetteerFeature.Admin1 or GazetteerFeature.Country && c.Name.AsSpan().Equals(name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>No dictionary or rule mention is longer than this many characters.</summary>
    private const int MaxMentionLength = 200;
}
