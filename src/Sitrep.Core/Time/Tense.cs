using Sitrep.Documents;
namespace Sitrep.Time;

/// <summary>Which way an underspecified date leans: "on Sunday" in "will meet on Sunday" is the next Sunday.</summary>
public enum Tense
{
    Past,
    Future,
}
