
namespace Sitrep.Documents;

/// <summary>The parts of a person's name as written: "Col. Myles B. Caggins III".</summary>
public sealed record PersonName(string Full)
{
    public string? Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    public string? Given { get; init; }

    public string? Family { get; init; }

    public string? Suffix { get; init; }

    /// <summary>The family name without a particle such as "al-", for matching "Kadhimi" to "al-Kadhimi".</summary>
    public string? FamilyCore => Family is null ? null : StripParticle(Family);

    public static string StripParticle(string name)
    {
        foreach (var p in Particles)
            if (name.Length > p.Length && name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return name[p.Length..];
        return name;
    }

    private static readonly string[] Particles = ["al-", "el-", "as-", "ad-", "ar-", "an-", "at-", "az-", "ash-"];
}
