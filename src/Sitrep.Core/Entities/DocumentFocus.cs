using Sitrep.Documents;
namespace Sitrep.Entities;

/// <summary>
/// The country a document is about, by its place mentions: countries named count twice, cities,
/// facilities and demonyms once. Used to read aliases that depend on it ("Kurdish forces").
/// </summary>
public static class DocumentFocus
{
    public static string? Country(IEnumerable<Mention> mentions)
    {
        var score = Scores(mentions);
        if (score.Count == 0) return null;
        var ranked = score.OrderByDescending(p => p.Value).ToArray();
        return ranked.Length > 1 && ranked[0].Value == ranked[1].Value ? null : ranked[0].Key;
    }

    /// <summary>Each country's weight in the document.</summary>
    public static Dictionary<string, int> Scores(IEnumerable<Mention> mentions)
    {
        var score = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Referent is not { } r || r.Country is not { } c) continue;
            int w = r.Kind switch
            {
                EntityKind.Country when m.Form != MentionForm.Demonym => 2,
                EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Place or EntityKind.Facility => 1,
                _ => 0,
            };
            if (w > 0) score[c] = score.GetValueOrDefault(c) + w;
        }
        return score;
    }
}
