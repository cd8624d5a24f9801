using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Quantities;

/// <summary>
/// Finds numbers with what they count: "Some 7,500 coalition troops", "four billion dollars",
/// "hundreds of Humvees and trucks", "20 missile attacks", and ordinals of events ("the third
/// scaleback"). A number with nothing counted is left alone: a bare "19" is not a quantity.
/// </summary>
public sealed class QuantityAnnotator(QuantityLexicon lexicon, WordList closedClass, Func<string, bool> isEventNoun) : IAnnotator
{
    private readonly NumberReader _numbers = new(lexicon.Numbers);

    private static readonly string[][] Approximators =
    [
        ["some"], ["about"], ["around"], ["approximately"], ["nearly"], ["almost"], ["roughly"], ["an", "estimated"],
        ["up", "to"], ["as", "many", "as"], ["at", "least"], ["more", "than"], ["over"], ["fewer", "than"], ["less", "than"], ["close", "to"],
    ];

    public string Name => "quantities";

    public Layer Requires => Layer.Tokens | Layer.Times;

    public Layer Produces => Layer.Quantities;

    public void Annotate(Document document)
    {
        var result = new List<Quantity>();
        var inTime = TimeCoverage.Of(document);
        foreach (var sentence in document.Sentences)
        {
            document.Budget.Check();
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (inTime[document.Tokens[i].Start]) continue;
                var q = ReadAt(document, i, end, sentence.FirstToken, result.Count + 1) ?? OneVictimAt(document, i, end, sentence.FirstToken, result.Count + 1);
                if (q is null) continue;
                result.Add(q.Value.Quantity);
                i = q.Value.LastToken;
            }
        }
        document.SetQuantities(result);
    }

    private (Quantity Quantity, int LastToken)? ReadAt(Document doc, int i, int end, int sentenceStart, int number)
    {
        int start = i;
        string? currency = null;
        var (curLength, cur) = lexicon.CurrenciesBefore.LongestAt(doc, i, end);
        if (cur is not null)
        {
            currency = cur;
            i += curLength;
        }
        var reading = _numbers.ReadAt(doc, i, end);
        if (reading is not { } r) return null;
        int j = i + r.TokenCount;
        var (approximate, bound, approxStart) = Approximation(doc, start, sentenceStart);
        if (r.Kind == Quantities.NumberWordKind.Vague) { approximate = true; bound ??= "at_least"; }

        if (r.Kind == Quantities.NumberWordKind.Ordinal)
        {
            if (j >= end || doc.Tokens[j].Kind != TokenKind.Word || !isEventNoun(doc.TokenString(j))) return null;
            if (j + 1 < end && doc.TokenText(j + 1) is "of" && !isEventNoun(doc.TokenString(j))) return null;
            var span = TextSpan.FromBounds(doc.Tokens[start].Start, doc.Tokens[j].End);
            return (new Quantity($"q{number}", span, r.Value, QuantityKind.Ordinal)
            {
                Unit = doc.TokenString(j).ToLowerInvariant(),
                Noun = doc.TokenString(j),
                NumberSpan = NumberSpan(doc, i, r),
            }, j);
        }

        // "hundreds of Humvees", "millions of dollars"
        if (j < end && doc.TokenText(j) is "of" && r.Kind == Quantities.NumberWordKind.Vague) j++;

        if (j < end && (doc.TokenText(j) is "%" || lexicon.Units.LongestAt(doc, j, end).Value is { Category: "other", Unit: "percent" }))
        {
            int last = doc.TokenText(j) is "%" ? j : j + lexicon.Units.LongestAt(doc, j, end).Length - 1;
            return (Make(doc, number, approxStart ?? start, last, r, i, QuantityKind.Percent, "percent", "percent", null, null, approximate, bound), last);
        }

        // Up to two words between the number and what it counts: "7,500 coalition troops". The
        // counted noun is the last of a compound: "20 missile attacks" counts attacks, not missiles.
        // Quotation marks around a name do not count among them: "15 'Islamic State' militants".
        int gap = 0;
        for (int at = j; at < end; at++)
        {
            // The word before this one is a modifier, and counts among the two.
            if (at > j && !IsQuoteMark(doc, at - 1))
            {
                if (!IsModifier(doc, at - 1)) break;
                gap++;
            }
            if (gap > 2) break;
            if (IsQuoteMark(doc, at)) continue;
            var (cl, code) = lexicon.CurrenciesAfter.LongestAt(doc, at, end);
            if (code is not null && (gap == 0 || currency is null))
            {
                int last = at + cl - 1;
                return (Make(doc, number, approxStart ?? start, last, r, i, QuantityKind.Money, currency ?? code, "money",
                    doc.TextOf(TextSpan.FromBounds(doc.Tokens[at].Start, doc.Tokens[last].End)), Modifier(doc, j, at), approximate, bound), last);
            }
            var (ul, unit) = lexicon.Units.LongestAt(doc, at, end);
            if (unit is null) continue;
            int unitEnd = at + ul;
            // (A verb of dying after the noun is no noun: "Twenty-five civilians died" counts civilians.)
            if (unitEnd < end && gap < 2 && lexicon.Units.LongestAt(doc, unitEnd, end).Value is not null && !(doc.TokenText(unitEnd) is "die" or "died")) continue;
            {
                int last = unitEnd - 1;
                // "Humvees and trucks": a coordinated noun of the same kind joins the span.
                if (last + 2 < end && doc.TokenText(last + 1) is "and" or "or"
                    && lexicon.Units.LongestAt(doc, last + 2, end) is { Length: > 0, Value: { } other } && other.Category == unit.Category)
                    last += 1 + lexicon.Units.LongestAt(doc, last + 2, end).Length;
                var kind = unit.Category is "distance" or "area" ? QuantityKind.Measure : currency is not null ? QuantityKind.Money : QuantityKind.Count;
                return (Make(doc, number, approxStart ?? start, last, r, i, kind, currency ?? unit.Unit, currency is not null ? "money" : unit.Category,
                    doc.TextOf(TextSpan.FromBounds(doc.Tokens[at].Start, doc.Tokens[last].End)), Modifier(doc, j, at), approximate, bound), last);
            }
        }
        // "Bomb kills 15 in Baghdad", "kill at least 14", "kill 17 Islamic State elements": a number
        // after a verb of killing or wounding counts its victims when no counted noun of its own
        // follows (a name may: who the victims were, not what is counted).
        int first = approxStart ?? start;
        // 'kill "14" Islamic State elements': a quotation mark may open the count.
        int verbAt = first - 1;
        if (verbAt > sentenceStart && doc.TokenText(verbAt) is "\"" or "“" or "'" or "‘") verbAt--;
        if (currency is null && verbAt >= sentenceStart && lexicon.CountingVerbs.TryGetValue(doc.TokenText(verbAt), out var victims)
            && (j >= end || doc.Tokens[j].Kind != TokenKind.Word || closedClass.Contains(doc.TokenText(j)) || NameWord(doc, j) || InTime(doc, j)
                // "Attacks kill 12 south of Baghdad": a word that opens an 'of' phrase is where, not what is counted.
                || j + 1 < end && doc.TokenText(j + 1) is "of"))
        {
            // The victims' name and the noun it qualifies belong to the count: "70 ISIS gunmen";
            // not a day ("killed 15 Tuesday night") nor a title-case word ("Kills 15 In Baghdad").
            int last = j - 1;
            // The closing mark of 'kill "more than 100" Islamic State militants' belongs to the count, and the victims' name after it.
            if (verbAt < first - 1 && j < end && doc.TokenText(j) is "\"" or "”" or "'" or "’") last = j;
            while (last + 1 < end && NameWord(doc, last + 1)) last++;
            if (last >= j && last + 1 < end && doc.Tokens[last + 1].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[last + 1].Start]) && !closedClass.Contains(doc.TokenText(last + 1))) last++;
            return (Make(doc, number, last >= j ? verbAt + 1 : first, last, r, i, QuantityKind.Count, victims.Unit, victims.Category, null, null, approximate, bound), last);
        }
        // "Death toll from Baghdad car bombs rises to 47": the figure a toll reaches counts the dead.
        if (currency is null && TollReaches(doc, first, sentenceStart))
            return (Make(doc, number, first, j - 1, r, i, QuantityKind.Count, "dead", "casualties", null, null, approximate, bound), j - 1);
        if (currency is not null)
        {
            int last = j - 1;
            return (Make(doc, number, start, last, r, i, QuantityKind.Money, currency, "money", null, null, approximate, bound), last);
        }
        return null;
    }

    /// <summary>
    /// The number follows a toll verb ("rises to", "reaches", "tops") with "toll" at most eight
    /// words before, not a period's or a whole war's toll ("year's toll", "January toll", "conflict toll reaches 366").
    /// </summary>
    private bool TollReaches(Document doc, int first, int sentenceStart)
    {
        int verb = first - 1;
        if (verb > sentenceStart && Is(doc, verb, "to")) verb--;
        if (verb <= sentenceStart || !lexicon.TollVerbs.Contains(doc.TokenText(verb))) return false;
        for (int k = verb - 1; k >= Math.Max(sentenceStart, verb - 8); k--)
        {
            if (!Is(doc, k, "toll")) continue;
            int before = k - 1;
            if (before >= sentenceStart && Is(doc, before, "death")) before--;
            bool period = before >= sentenceStart && (InTime(doc, before) || PeriodTollWords.Any(w => Is(doc, before, w)));
            return !period;
        }
        return false;
    }

    /// <summary>Words before "toll" that make it a period's or a whole war's: "the conflict toll", "the year's toll".</summary>
    private static readonly string[] PeriodTollWords = ["conflict", "war", "overall", "total", "cumulative", "monthly", "weekly", "annual", "yearly", "'s", "’s"];

    /// <summary>
    /// One person killed or wounded, counted by a singular noun of people (data/units.tsv): after a
    /// verb of killing, as its object's head ("execute rights activist", "kills journalist in Mosul"),
    /// or before a passive one ("Iraqi army senior officer killed in Al-Anbar", "A soldier was killed
    /// in Basra") — the dead a coder counts as 1. The span runs over the noun's modifiers, so that the
    /// victim the event names is the one counted; a following noun makes the head another word
    /// ("kills police chief": no count), and a plural or mass noun counts no one.
    /// </summary>
    private (Quantity Quantity, int LastToken)? OneVictimAt(Document doc, int i, int end, int sentenceStart, int number)
    {
        // After the verb: an article, up to three modifiers, the noun, and nothing of the phrase after it.
        if (i > sentenceStart && lexicon.CountingVerbs.TryGetValue(doc.TokenText(i - 1), out var verb))
        {
            int first = i;
            if (Is(doc, i, "a") || Is(doc, i, "an") || Is(doc, i, "the")) i++;
            for (int head = i; head < Math.Min(end, i + 4); head++)
            {
                if (doc.Tokens[head].Kind != TokenKind.Word || closedClass.Contains(doc.TokenText(head)) || InTime(doc, head)) return null;
                if (SingularPerson(doc, head, end) is { } unit && EndsPhrase(doc, head + 1, end))
                    return (One(doc, number, first, head, verb, unit), head);
            }
            return null;
        }
        // Before a passive verb of killing: "senior officer killed", "a soldier was killed". The verb is
        // looked for first: this runs at every word no number starts, and few are followed by one.
        {
            int v = i + 1;
            if (v < end && (Is(doc, v, "was") || Is(doc, v, "is"))) v++;
            else if (v + 1 < end && (Is(doc, v, "has") || Is(doc, v, "had")) && Is(doc, v + 1, "been")) v += 2;
            if (v >= end || !doc.TokenText(v).EndsWith("ed", StringComparison.Ordinal) || !lexicon.CountingVerbs.TryGetValue(doc.TokenText(v), out var passive)
                || SingularPerson(doc, i, end) is not { } person) return null;
            // Passive, not active: no object after the verb ("the officer killed two people" is who killed).
            // ("A suicide bomber killed 15 Afghan Army trainees": a number after it is its object too.)
            if (v + 1 < end && doc.Tokens[v + 1].Kind is TokenKind.Word or TokenKind.Number && !closedClass.Contains(doc.TokenText(v + 1))
                && !doc.TokenText(v + 1).EndsWith("ing", StringComparison.Ordinal) && !InTime(doc, v + 1) && !(v + 2 < end && Is(doc, v + 2, "of"))) return null;
            int first = i;
            while (first - 1 >= sentenceStart && first > i - 4 && doc.Tokens[first - 1].Kind == TokenKind.Word && !closedClass.Contains(doc.TokenText(first - 1))
                   && !InTime(doc, first - 1) && _numbers.ReadAt(doc, first - 1, end) is null) first--;
            if (first - 1 >= sentenceStart && _numbers.ReadAt(doc, first - 1, end) is not null) return null;
            return (One(doc, number, first, i, passive, person), i);
        }
    }

    /// <summary>The unit of a singular noun of people or troops at k: "officer", "woman", not "officers", "policemen", "personnel".</summary>
    private UnitNoun? SingularPerson(Document doc, int k, int end)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || !char.IsLower(doc.Text[doc.Tokens[k].Start])) return null;
        var (length, unit) = lexicon.Units.LongestAt(doc, k, end);
        if (length != 1 || unit is not { Category: "people" or "troops" }) return null;
        var word = doc.TokenText(k);
        bool plural = word.EndsWith('s') || word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("children", StringComparison.Ordinal)
                      || word.Equals(unit.Unit.AsSpan(), StringComparison.Ordinal) || word is "personnel" or "police" or "staff";
        return plural ? null : unit;
    }

    /// <summary>The noun phrase ends before k: punctuation, the sentence's end, a function word or a time, not another noun.</summary>
    private bool EndsPhrase(Document doc, int k, int end) =>
        k >= end || doc.Tokens[k].Kind != TokenKind.Word || closedClass.Contains(doc.TokenText(k)) || InTime(doc, k) || k + 1 < end && Is(doc, k + 1, "of");

    private static Quantity One(Document doc, int number, int first, int head, UnitNoun verb, UnitNoun person) =>
        new($"q{number}", TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[head].End), 1, QuantityKind.Count)
        {
            Unit = verb.Unit,
            Category = verb.Category,
            Noun = doc.TokenText(head).ToString(),
            NumberSpan = TextSpan.FromBounds(doc.Tokens[head].Start, doc.Tokens[head].End),
        };

    private static bool Is(Document doc, int k, string word) => doc.TokenText(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A capitalised word of a name: not a closed-class word, not inside a time expression.</summary>
    private bool NameWord(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[k].Start]) && !closedClass.Contains(doc.TokenText(k)) && !InTime(doc, k);

    private static bool InTime(Document doc, int k) => doc.Times.Any(t => t.Span.Contains(doc.Tokens[k].Start));

    private static Quantity Make(Document doc, int number, int first, int last, NumberReading r, int numberToken, QuantityKind kind,
        string unit, string category, string? noun, string? modifier, bool approximate, string? bound) =>
        new($"q{number}", TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[last].End), r.Value, kind)
        {
            Unit = unit,
            Category = category,
            Noun = noun,
            Modifier = modifier,
            Approximate = approximate,
            Bound = bound,
            NumberSpan = NumberSpan(doc, numberToken, r),
        };

    private static TextSpan NumberSpan(Document doc, int i, NumberReading r) =>
        TextSpan.FromBounds(doc.Tokens[i].Start, doc.Tokens[i + r.TokenCount - 1].End);

    private static bool IsQuoteMark(Document doc, int i) => doc.Tokens[i].Kind == TokenKind.Quote;

    private bool IsModifier(Document doc, int i)
    {
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Word) return false;
        var text = doc.TokenText(i);
        // An acronym is a name, even one spelt like a closed-class word: "70 IS fighters".
        if (text.Length >= 2 && !text.ContainsAnyExceptInRange('A', 'Z')) return true;
        return !closedClass.Contains(text) && text is not ("of" or "and" or "or");
    }

    private static string? Modifier(Document doc, int from, int to) =>
        to > from ? doc.TextOf(TextSpan.FromBounds(doc.Tokens[from].Start, doc.Tokens[to - 1].End)) : null;

    /// <summary>"some", "about", "at least", "more than" just before the number.</summary>
    private static (bool Approximate, string? Bound, int? Start) Approximation(Document doc, int i, int sentenceStart)
    {
        foreach (var words in Approximators)
        {
            int s = i - words.Length;
            if (s < sentenceStart) continue;
            bool all = true;
            for (int k = 0; k < words.Length && all; k++)
                all = doc.TokenText(s + k).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            if (!all) continue;
            string key = string.Join(' ', words);
            string? bound = key switch
            {
                "at least" or "more than" or "over" => "at_least",
                "up to" or "as many as" or "fewer than" or "less than" => "at_most",
                _ => null,
            };
            return (bound is null, bound, s);
        }
        return (false, null, null);
    }
}
