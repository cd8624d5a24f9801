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
/// The CAMEO codes of named actors and agent nouns (data/phoenix-actors.tsv, data/phoenix-agents.tsv),
/// looked up by name case-, accent- and hyphen-blind.
/// </summary>
public sealed class ActorCodeBook
{
    private readonly Dictionary<string, List<CodedActor>> _byName;
    private readonly Dictionary<string, AgentCode> _agents;

    private ActorCodeBook(Dictionary<string, List<CodedActor>> byName, Dictionary<string, AgentCode> agents)
    {
        _byName = byName;
        _agents = agents;
        LongestAgent = agents.Count == 0 ? 0 : agents.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public static ActorCodeBook Empty { get; } = new([], []);

    public int NameCount => _byName.Count;

    public int AgentCount => _agents.Count;

    /// <summary>The most words an agent phrase has.</summary>
    public int LongestAgent { get; }

    public static ActorCodeBook Load(string actorsPath, string agentsPath)
    {
        var byName = new Dictionary<string, List<CodedActor>>(StringComparer.Ordinal);
        var actors = TsvTable.Load(actorsPath);
        string file = Path.GetFileName(actorsPath);
        foreach (var row in actors.Rows)
        {
            var names = actors.List(row, "names");
            var codes = actors.List(row, "codes").Select(DatedCode.Parse).ToArray();
            var actor = new CodedActor(names[0], codes, $"{file}:{names[0]} ({actors.Required(row, "source")})");
            foreach (var name in names)
            {
                var key = PlaceNameKey.Normalise(name);
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                list.Add(actor);
            }
        }
        var agents = new Dictionary<string, AgentCode>(StringComparer.Ordinal);
        var agentTable = TsvTable.Load(agentsPath);
        string agentFile = Path.GetFileName(agentsPath);
        foreach (var row in agentTable.Rows)
        {
            var forms = agentTable.List(row, "forms");
            var code = new AgentCode(forms[0], agentTable.Required(row, "code"), $"{agentFile}:{forms[0]} ({agentTable.Required(row, "source")})");
            // The first row for a phrase wins, as in PETRARCH.
            foreach (var form in forms) agents.TryAdd(PlaceNameKey.Normalise(form), code);
        }
        return new ActorCodeBook(byName, agents);
    }

    /// <summary>Actors of that name; several when the dictionaries list the name more than once.</summary>
    public IReadOnlyList<CodedActor> Named(string name) =>
        _byName.TryGetValue(PlaceNameKey.Normalise(name), out var list) ? list : [];

    public AgentCode? Agent(string phrase) => _agents.GetValueOrDefault(PlaceNameKey.Normalise(phrase));
}
