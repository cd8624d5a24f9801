using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Everything the entity stages know from data/: the referents (actors, countries, places,
/// facilities, groups) by id and by name, nationalities, titles, roles, force nouns, descriptors
/// and the word lists that keep common words from being read as names.
/// </summary>
public sealed class EntityLexicon
{
    private readonly Dictionary<string, Referent> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Referent> _governmentOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string, string), List<Referent>> _bySector = [];

    public required CountryTable Countries { get; init; }

    public required PhraseTrie<DictionaryEntry> Names { get; init; }

    public required PhraseTrie<Nationality> Nationalities { get; init; }

    public required TitleLexicon Titles { get; init; }

    public required PhraseSet<RoleNoun> RoleNouns { get; init; }

    public required PhraseSet<ForceNoun> ForceNouns { get; init; }

    public required PhraseSet<Descriptor> Descriptors { get; init; }

    public required WordList FirstNames { get; init; }

    /// <summary>data/given-name-genders.tsv: a given name's gender, 'm' or 'f' (lower case), where its lists agree.</summary>
    public IReadOnlyDictionary<string, char> GivenNameGenders { get; init; } = new Dictionary<string, char>();

    public required WordList ClosedClass { get; init; }

    public required WordList AmbiguousPlaceNames { get; init; }

    public required IReadOnlyDictionary<string, string> Directions { get; init; }

    /// <summary>Last words of names that say what kind of thing is named ("Ministry", "Brigades", "Hospital").</summary>
    public required IReadOnlyDictionary<string, (EntityKind Kind, string? FacilityKind)> OrgHeads { get; init; }

    /// <summary>Capitalised words that are not names: languages, holidays, diseases, sentence adverbs.</summary>
    public required WordList NotNames { get; init; }

    /// <summary>Nouns after "capital" that make it money, not a city (data/money-nouns.txt).</summary>
    public WordList MoneyNouns { get; init; } = new([]);

    public IReadOnlyCollection<Referent> Referents => _byId.Values;

    public Referent? ById(string? id) => id is not null && _byId.TryGetValue(id, out var r) ? r : null;

    /// <summary>The city a country's row names as its capital ("IQ" → Baghdad), if any.</summary>
    public Referent? CapitalOf(string? iso2) => iso2 is not null && _capitalOf.TryGetValue(iso2, out var id) ? ById(id) : null;

    private readonly Dictionary<string, string> _capitalOf = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The named government actor of a country ("IQ-GOV"), if the dictionary has one.</summary>
    public Referent? GovernmentOf(string? iso2) => iso2 is not null && _governmentOf.TryGetValue(iso2, out var r) ? r : null;

    /// <summary>
    /// The dictionary actor for a country's sector ("IQ", "MIL" -> Iraqi Security Forces), or for
    /// its branch when one is named ("army" -> Iraqi Army).
    /// </summary>
    public Referent? ActorFor(string iso2, string sector, string? branch, EntityKind kind)
    {
        if (!_bySector.TryGetValue((iso2.ToUpperInvariant(), sector), out var list)) return null;
        if (branch is not null && list.FirstOrDefault(r => r.Name.Contains(BranchWord(branch), StringComparison.OrdinalIgnoreCase)) is { } b)
            return b;
        // The top of the sector: an actor whose parent lies outside it (the ISF under the government, not the army under the ISF).
        return list.FirstOrDefault(r => r.Kind == kind && (r.ParentId is null || ById(r.ParentId)?.Sector != sector));
    }

    private static string BranchWord(string branch) => branch switch
    {
        "army" => "Army",
        "air_force" => "Air Force",
        "navy" => "Navy",
        _ => branch,
    };

    /// <summary>
    /// data/given-name-genders.tsv (a "name", "gender" header, then one name a line), read line by line
    /// straight into the lookup: 65,000 rows kept as table rows first cost start-up time and memory for nothing.
    /// </summary>
    private static Dictionary<string, char> LoadGivenNameGenders(string path)
    {
        var genders = new Dictionary<string, char>(70_000, StringComparer.Ordinal);
        bool header = true;
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            int tab = raw.IndexOf('\t');
            if (header)
            {
                if (raw != "name\tgender") throw new InvalidDataException($"{path}:{line}: expected the header 'name<TAB>gender'.");
                header = false;
                continue;
            }
            if (tab <= 0 || tab + 1 >= raw.Length || raw[tab + 1] is not ('m' or 'f')) throw new InvalidDataException($"{path}:{line}: expected a name, a tab and m or f.");
            genders[raw[..tab]] = raw[tab + 1];
        }
        return genders;
    }

    /// <param name="extraFiles">
    /// The user's own actors and states, in the format of data/actors.tsv or of data/countries.tsv
    /// (told apart by an iso3 column), read after Sitrep's own.
    /// </param>
    public static EntityLexicon Load(string dataDirectory, Abbreviations abbreviations, IReadOnlyList<string>? extraFiles = null)
    {
        string P(string file) => Path.Combine(dataDirectory, file);
        var extra = (extraFiles ?? []).Select(f => (Path: f, Table: TsvTable.Load(f))).ToList();
        var countries = new CountryTable(CountryTable.Read(P("countries.tsv"), "data/countries.tsv")
            .Concat(extra.Where(x => x.Table.HasColumn("iso3")).SelectMany(x => CountryTable.Read(x.Path, x.Path))));
        var actors = new ActorDictionary(ActorDictionary.Load(P("actors.tsv")).Actors.Concat(ActorDictionary.Load(P("persons.tsv"), "data/persons.tsv").Actors)
            .Concat(extra.Where(x => !x.Table.HasColumn("iso3")).SelectMany(x => ActorDictionary.Load(x.Path, x.Path).Actors)));
        var places = PlaceTable.Load(P("places.tsv"), P("facilities.tsv"), P("natural-features.tsv"), P("named-areas.tsv"));
        var groups = GroupTable.Load(P("groups.tsv"));
        var names = new PhraseTrie<DictionaryEntry>();
        var nationalities = new PhraseTrie<Nationality>();
        var lexicon = new EntityLexicon
        {
            Countries = countries,
            Names = names,
            Nationalities = nationalities,
            Titles = TitleLexicon.Load(P("titles.tsv"), abbreviations),
            RoleNouns = LoadRoleNouns(P("role-nouns.tsv"), abbreviations),
            ForceNouns = LoadForceNouns(P("force-nouns.tsv"), abbreviations),
            Descriptors = LoadDescriptors(P("descriptors.tsv"), abbreviations),
            FirstNames = WordList.Load(P("first-names.txt")),
            GivenNameGenders = LoadGivenNameGenders(P("given-name-genders.tsv")),
            ClosedClass = WordList.Load(P("closed-class-words.txt")),
            AmbiguousPlaceNames = WordList.Load(P("ambiguous-names.txt"), ignoreCase: false),
            OrgHeads = TsvTable.Load(P("org-heads.tsv")) is var h
                ? h.Rows.ToDictionary(r => h.Required(r, "head"), r => (EntityKinds.Parse(h.Required(r, "kind")), h.Get(r, "facility_kind")), StringComparer.Ordinal)
                : [],
            NotNames = WordList.Load(P("not-names.txt"), ignoreCase: false),
            MoneyNouns = WordList.Load(P("money-nouns.txt")),
            Directions = TsvTable.Load(P("directions.tsv")) is var d
                ? d.Rows.ToDictionary(r => d.Required(r, "word"), r => d.Required(r, "direction"), StringComparer.OrdinalIgnoreCase)
                : [],
        };

        void AddName(Referent r, string text, MentionForm form, string? context)
        {
            var tokens = PhraseTokens.Split(text, abbreviations);
            if (tokens.Length == 0) return;
            if (form != MentionForm.Name && IsAcronym(text)) form = MentionForm.Acronym;
            names.Add(tokens, new DictionaryEntry(r, form, context, tokens));
        }

        foreach (var (actor, aliases) in actors.Actors)
        {
            lexicon._byId[actor.Id] = actor;
            AddName(actor, actor.Name, IsAcronym(actor.Name) ? MentionForm.Acronym : MentionForm.Name, null);
            foreach (var a in aliases) AddName(actor, a.Text, MentionForm.Alias, a.Context);
            if (actor.Kind == EntityKind.Government && actor.Sector == "GOV" && actor.ParentId is null && actor.Country is { } iso)
                lexicon._governmentOf.TryAdd(iso, actor);
            if (actor.Country is { } c && actor.Sector is { } sector
                && actor.Kind is EntityKind.Military or EntityKind.Police or EntityKind.Government)
            {
                if (!lexicon._bySector.TryGetValue((c, sector), out var list)) lexicon._bySector[(c, sector)] = list = [];
                list.Add(actor);
            }
        }
        foreach (var place in places.Places)
        {
            lexicon._byId[place.Id] = place;
            AddName(place, place.Name, MentionForm.Name, null);
            foreach (var a in place.Aliases) AddName(place, a, MentionForm.Alias, null);
        }
        foreach (var country in countries.All)
        {
            var r = countries.ToReferent(country);
            lexicon._byId[r.Id] = r;
            AddName(r, country.Name, MentionForm.Name, null);
            foreach (var a in country.Aliases) AddName(r, a, MentionForm.Alias, null);
            foreach (var dem in country.Demonyms)
                nationalities.Add(PhraseTokens.Split(dem, abbreviations), new Nationality(dem, country, null, IsPeopleNoun(dem, country)));
            foreach (var noun in country.PeopleNouns)
                nationalities.Add(PhraseTokens.Split(noun, abbreviations), new Nationality(noun, country, null, IsPeopleNoun: true));
        }
        // Capitals stand for their governments ("Washington and Tehran"); a capital missing from
        // places.tsv still becomes a city without coordinates.
        foreach (var country in countries.All)
        {
            if (country.Capital is null) continue;
            var standsFor = lexicon.GovernmentOf(country.Iso2)?.Id ?? country.ReferentId;
            var existing = lexicon._byId.Values.FirstOrDefault(r => r.Kind == EntityKind.City && r.Country == country.Iso2
                && string.Equals(r.Name, country.Capital, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                lexicon._byId[existing.Id] = existing with { StandsFor = standsFor };
                lexicon._capitalOf[country.Iso2] = existing.Id;
                continue;
            }
            var capital = new Referent($"{country.Iso2}-CAPITAL", country.Capital, EntityKind.City)
            {
                Country = country.Iso2,
                StandsFor = standsFor,
                Aliases = country.CapitalAliases,
                Place = new PlaceInfo(country.Iso2, null, null, null, "city") { Source = "data/countries.tsv" },
                Source = "data/countries.tsv",
            };
            lexicon._byId[capital.Id] = capital;
            lexicon._capitalOf[country.Iso2] = capital.Id;
            AddName(capital, capital.Name, MentionForm.Name, null);
            foreach (var a in country.CapitalAliases) AddName(capital, a, MentionForm.Alias, null);
        }
        foreach (var (group, adjectives) in groups.Groups)
        {
            lexicon._byId[group.Id] = group;
            AddName(group, group.Name, MentionForm.Name, null);
            foreach (var a in group.Aliases) AddName(group, a, MentionForm.Alias, null);
            foreach (var adj in adjectives)
                nationalities.Add(PhraseTokens.Split(adj, abbreviations), new Nationality(adj, null, group, false));
        }
        return lexicon;
    }

    /// <summary>Rebinds trie entries to the final referents (capitals gained StandsFor after they were indexed).</summary>
    public Referent Current(Referent r) => _byId.GetValueOrDefault(r.Id) ?? r;

    private static bool IsPeopleNoun(string demonym, Country country) =>
        demonym.EndsWith('s') && country.Demonyms.Any(d => d.Length < demonym.Length && demonym.StartsWith(d, StringComparison.Ordinal));

    public static bool IsAcronym(string text)
    {
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2;
    }

    private static PhraseSet<RoleNoun> LoadRoleNouns(string path, Abbreviations abbreviations)
    {
        var t = TsvTable.Load(path);
        var set = new PhraseSet<RoleNoun>();
        foreach (var r in t.Rows) set.Add(t.Required(r, "noun"), new RoleNoun(t.Required(r, "noun"), t.Required(r, "kind")), abbreviations);
        return set;
    }

    private static PhraseSet<ForceNoun> LoadForceNouns(string path, Abbreviations abbreviations)
    {
        var t = TsvTable.Load(path);
        var set = new PhraseSet<ForceNoun>();
        foreach (var r in t.Rows)
        {
            var noun = t.Required(r, "noun");
            set.Add(noun, new ForceNoun(noun, t.Required(r, "sector"), t.Get(r, "branch"), EntityKinds.Parse(t.Required(r, "kind")),
                t.Get(r, "relation") == "backer"), abbreviations);
        }
        return set;
    }

    private static PhraseSet<Descriptor> LoadDescriptors(string path, Abbreviations abbreviations)
    {
        var t = TsvTable.Load(path);
        var set = new PhraseSet<Descriptor>();
        foreach (var r in t.Rows)
        {
            var phrase = t.Required(r, "phrase");
            set.Add(phrase, new Descriptor(phrase, t.List(r, "kinds").Select(EntityKinds.Parse).ToArray(), t.List(r, "facility_kinds")), abbreviations);
        }
        return set;
    }
}
