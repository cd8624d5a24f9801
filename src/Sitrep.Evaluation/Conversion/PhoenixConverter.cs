using Sitrep.Documents;
using Sitrep.Actors;
using System.Text;

namespace Sitrep.Conversion;

/// <summary>
/// Writes the Phoenix actor and agent dictionaries as Sitrep data files, so they are reviewed,
/// diffed and loaded like the rest of data/: data/phoenix-actors.tsv (one row per actor: its
/// names, its dated codes, the line it came from) and data/phoenix-agents.tsv.
/// </summary>
public static class PhoenixConverter
{
    public static readonly string[] ActorFiles =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    public const string AgentFile = "Phoenix.agents.txt";

    public sealed record Result(int Actors, int Names, int Agents, IReadOnlyList<string> Skipped);

    public static Result Convert(string phoenixDirectory, string dataDirectory)
    {
        var skipped = new List<string>();
        var actors = new List<PhoenixActor>();
        foreach (var f in ActorFiles)
        {
            var (read, bad) = PhoenixDictionary.ReadActors(Path.Combine(phoenixDirectory, f));
            actors.AddRange(read);
            skipped.AddRange(bad);
        }
        var (agents, badAgents) = PhoenixDictionary.ReadAgents(Path.Combine(phoenixDirectory, AgentFile));
        skipped.AddRange(badAgents);

        var a = new StringBuilder();
        a.Append(Header("Named actors of the Phoenix dictionaries")
            + "# names: the actor's names, \"|\"-separated. codes: CAMEO actor codes, \"|\"-separated, each\n"
            + "# either valid always (IRQGOV) or between dates (IRQGOV@2004-08-01..2009-08-31; an open end\n"
            + "# is empty). source: the Phoenix file and line.\n"
            + "names\tcodes\tsource\n");
        foreach (var actor in actors)
            a.Append(string.Join('|', actor.Names)).Append('\t').Append(string.Join('|', actor.Codes)).Append('\t').Append(actor.Source).Append('\n');
        File.WriteAllText(Path.Combine(dataDirectory, "phoenix-actors.tsv"), a.ToString());

        var g = new StringBuilder();
        g.Append(Header("Agents of the Phoenix dictionaries: nouns that give an actor its sector", "data/agent-nouns.tsv")
            + "# forms: singular and plural (PETRARCH's rule: -s, -es, -ies, -men unless the file gives one).\n"
            + "# code: the sector code added to the actor's country (MIL, GOVMIL, COP, …).\n"
            + "forms\tcode\tsource\n");
        foreach (var agent in agents)
            g.Append(string.Join('|', agent.Forms)).Append('\t').Append(agent.Code).Append('\t').Append(agent.Source).Append('\n');
        File.WriteAllText(Path.Combine(dataDirectory, "phoenix-agents.tsv"), g.ToString());
        return new Result(actors.Count, actors.Sum(x => x.Names.Count), agents.Count, skipped);
    }

    private static string Header(string what, string ownRows = "data/actors.tsv") =>
        $"# {what}, converted by `sitrep convert phoenix ../shared/data/events/petrarch2`\n"
        + "# from PETRARCH2's Phoenix dictionaries (Open Event Data Alliance, MIT licence; see NOTICE).\n"
        + $"# Generated: edit the converter or add rows to {ownRows}, not this file.\n";
}
