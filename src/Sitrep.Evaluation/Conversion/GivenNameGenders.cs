using Sitrep.Lexicons;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Conversion;

/// <summary>
/// Reads the npm package gender-detection-from-name (MIT; its names/en.js, fr.js, es.js, it.js,
/// de.js and tr.js map lower-case given names to "male" or "female") into data/given-name-genders.tsv:
/// one name and its gender a line, kept where the entries for it (one or more a language: the French
/// list gives many names both ways) say one gender at least twice as often as the other ("kevin" is
/// male in five lists and female in one; "andrea", female in English and male in Italian, is left
/// out, its pronouns unchecked).
/// </summary>
public static partial class GivenNameGenders
{
    public const string Tarball = "gender-detection-from-name-1.11.5.tgz";

    private static readonly string[] Languages = ["en", "fr", "es", "it", "de", "tr"];

    [GeneratedRegex(@"^\s*\['([^']+)',\s*'(male|female)'\]")]
    private static partial Regex Entry();

    public sealed record Result(int Kept, int Conflicting);

    /// <summary>Writes the table; the names whose entries disagree are counted, not written, and the excluded ones left out.</summary>
    /// <param name="excluded">Names news uses most often as family names (data/given-name-exclusions.txt).</param>
    public static Result Convert(string tarball, string outPath, IReadOnlySet<string> excluded)
    {
        var votes = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        foreach (var language in Languages)
            foreach (var line in NpmTarball.Lines(tarball, $"package/names/{language}.js"))
                if (Entry().Match(line) is { Success: true } m)
                {
                    var (male, female) = votes.GetValueOrDefault(m.Groups[1].Value);
                    votes[m.Groups[1].Value] = m.Groups[2].Value == "male" ? (male + 1, female) : (male, female + 1);
                }
        var genders = new Dictionary<string, string>(StringComparer.Ordinal);
        int conflicting = 0;
        foreach (var (name, (male, female)) in votes)
        {
            if (excluded.Contains(name)) continue;
            if (male >= 2 * female) genders[name] = "m";
            else if (female >= 2 * male) genders[name] = "f";
            else conflicting++;
        }
        var sb = new StringBuilder();
        sb.Append("# Given names and their gender (m or f), from the npm package gender-detection-from-name 1.11.5\n");
        sb.Append("# (MIT, Davide Violante; see NOTICE), its English, French, Spanish, Italian, German and Turkish\n");
        sb.Append("# lists; a name is kept when its entries say one gender at least twice as often as the other, and\n");
        sb.Append("# is not in data/given-name-exclusions.txt. Written by: sitrep convert given-names.\n");
        sb.Append("# A person whose first name is here is not the antecedent of a pronoun of the other gender.\n");
        sb.Append("name\tgender\n");
        int kept = 0;
        foreach (var (name, gender) in genders.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(name).Append('\t').Append(gender).Append('\n');
            kept++;
        }
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
        return new Result(kept, conflicting);
    }
}
