using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Places;

namespace Sitrep.Actors;

/// <summary>A named actor's codes as the code book holds them, with the row they came from.</summary>
public sealed record CodedActor(string Name, IReadOnlyList<DatedCode> Codes, string Source)
{
    /// <summary>
    /// The code valid on the day; without a day, the one undated code. A dated role that does not
    /// cover the day gives nothing: a former minister is not coded as the government.
    /// </summary>
    public DatedCode? On(DateOnly? day) =>
        day is { } d ? Codes.FirstOrDefault(c => c.Dated && c.ValidOn(d)) ?? Codes.FirstOrDefault(c => !c.Dated)
        : Codes.FirstOrDefault(c => !c.Dated);
}

/// <summary>A sector an agent noun gives ("soldiers" → MIL), with its row.</summary>
public sealed record AgentCode(string Phrase, string Code, string Source);

/// <summary>
/// The CAMEO codes of named actors and agent nouns (data/phoenix-actors.tsv, data/phoenix-agents.tsv and
/// Sitrep's own data/agent-nouns.tsv for the nouns Phoenix lacks),
/// looked up by name case-, accent- and hyphen-blind. The 27,000 actors are read once into flat
/// arrays keyed by a 64-bit hash of each folded name; an actor's codes are parsed only when it
/// is looked up, so loading costs one pass over the file and no string per name.
/// </summary>
public sealed class ActorCodeBook
{
    private readonly Dictionary<ulong, int> _firstByName;
    private readonly int[] _nextSameName;
    private readonly int[] _actorOfEntry;
    private readonly string[] _actorNames;
    private readonly string[] _actorCodes;
    private readonly string[] _actorSources;
    private readonly string[] _actorFiles;
    private readonly Dictionary<string, AgentCode> _agents;

    private ActorCodeBook(Dictionary<ulong, int> firstByName, int[] nextSameName, int[] actorOfEntry, string[] names, string[] codes, string[] sources, string[] files, Dictionary<string, AgentCode> agents)
    {
        _firstByName = firstByName;
        _nextSameName = nextSameName;
        _actorOfEntry = actorOfEntry;
        _actorNames = names;
        _actorCodes = codes;
        _actorSources = sources;
        _actorFiles = files;
        _agents = agents;
        LongestAgent = agents.Count == 0 ? 0 : agents.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public static ActorCodeBook Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>The most words an agent phrase has.</summary>
    public int LongestAgent { get; }

    /// <summary>Reads the named actors and the agent nouns of each file in turn; the first row for a phrase wins.</summary>
    public static ActorCodeBook Load(string actorsPath, params string[] agentsPaths) => Load([actorsPath], agentsPaths);

    /// <summary>
    /// Reads the named actors of each file (columns names, codes and source, as data/phoenix-actors.tsv;
    /// or name and aliases, as data/persons.tsv, whose source is the file), then the agent nouns.
    /// </summary>
    public static ActorCodeBook Load(IReadOnlyList<string> actorsPaths, params string[] agentsPaths)
    {
        var firstByName = new Dictionary<ulong, int>();
        var next = new List<int>();
        var actorOf = new List<int>();
        var names = new List<string>();
        var codes = new List<string>();
        var sources = new List<string>();
        var files = new List<string>();
        foreach (var actorsPath in actorsPaths)
        {
            string file = Path.GetFileName(actorsPath);
            bool header = true;
            int namesColumn = -1, nameColumn = -1, aliasesColumn = -1, codesColumn = -1, sourceColumn = -1;
            foreach (var line in File.ReadLines(actorsPath))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cells = line.Split('\t');
                if (header)
                {
                    namesColumn = Array.IndexOf(cells, "names");
                    nameColumn = Array.IndexOf(cells, "name");
                    aliasesColumn = Array.IndexOf(cells, "aliases");
                    codesColumn = Array.IndexOf(cells, "codes");
                    sourceColumn = Array.IndexOf(cells, "source");
                    if (namesColumn < 0 && nameColumn < 0 || codesColumn < 0) throw new InvalidDataException($"{actorsPath}: expected the columns names (or name and aliases) and codes.");
                    header = false;
                    continue;
                }
                int actor = names.Count;
                string Cell(int column) => column >= 0 && column < cells.Length ? cells[column] : "";
                var nameList = (namesColumn >= 0 ? Cell(namesColumn) : Cell(aliasesColumn).Length > 0 ? Cell(nameColumn) + "|" + Cell(aliasesColumn) : Cell(nameColumn)).AsSpan();
                names.Add(nameList[..Math.Max(0, nameList.IndexOf('|') is var bar && bar >= 0 ? bar : nameList.Length)].ToString());
                codes.Add(Cell(codesColumn));
                sources.Add(sourceColumn >= 0 ? Cell(sourceColumn) : "");
                files.Add(file);
                foreach (var range in nameList.Split('|'))
                {
                    ulong key = PlaceNameKey.Hash(nameList[range]);
                    int entry = actorOf.Count;
                    actorOf.Add(actor);
                    next.Add(firstByName.TryGetValue(key, out int first) ? first : -1);
                    firstByName[key] = entry;
                }
            }
        }
        var agents = new Dictionary<string, AgentCode>(StringComparer.Ordinal);
        foreach (var agentsPath in agentsPaths)
        {
            var agentTable = TsvTable.Load(agentsPath);
            string agentFile = Path.GetFileName(agentsPath);
            foreach (var row in agentTable.Rows)
            {
                var forms = agentTable.List(row, "forms");
                var code = new AgentCode(forms[0], agentTable.Required(row, "code"), $"{agentFile}:{forms[0]} ({agentTable.Required(row, "source")})");
                // The first row for a phrase wins, as in PETRARCH.
                foreach (var form in forms) agents.TryAdd(PlaceNameKey.Normalise(form), code);
            }
        }
        return new ActorCodeBook(firstByName, next.ToArray(), actorOf.ToArray(), names.ToArray(), codes.ToArray(), sources.ToArray(), files.ToArray(), agents);
    }

    /// <summary>Actors of that name; several when the dictionaries list the name more than once.</summary>
    public IReadOnlyList<CodedActor> Named(string name)
    {
        if (!_firstByName.TryGetValue(PlaceNameKey.Hash(name), out int entry)) return [];
        var found = new List<CodedActor>();
        var seen = new List<int>(2);
        for (; entry >= 0; entry = _nextSameName[entry])
        {
            int a = _actorOfEntry[entry];
            // One actor may list a name twice ("AFGHAN" and "AFGHAN_"); a hash collision of two names is not checked, as in the gazetteer.
            if (seen.Contains(a)) continue;
            seen.Add(a);
            var codes = _actorCodes[a].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(DatedCode.Parse).ToArray();
            found.Add(new CodedActor(_actorNames[a], codes, _actorSources[a].Length > 0 ? $"{_actorFiles[a]}:{_actorNames[a]} ({_actorSources[a]})" : $"{_actorFiles[a]}:{_actorNames[a]}"));
        }
        found.Reverse();
        return found;
    }

    public AgentCode? Agent(string phrase) => _agents.GetValueOrDefault(PlaceNameKey.Normalise(phrase));
}
