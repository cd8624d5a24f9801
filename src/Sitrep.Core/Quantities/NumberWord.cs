using Sitrep.Documents;
namespace Sitrep.Quantities;

public enum NumberWordKind
{
    Cardinal,
    Ordinal,
    Multiplier,
    Vague,
}

public sealed record NumberWord(string Word, double Value, NumberWordKind Kind);
