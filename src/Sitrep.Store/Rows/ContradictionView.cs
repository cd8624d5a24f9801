namespace Sitrep.Rows;

public sealed record ContradictionView
{
    public string Kind { get; init; } = "";
    public string About { get; init; } = "";
    public string Sides { get; init; } = "[]";
}
