using Sitrep.Documents;
namespace Sitrep.Events;

/// <summary>A word before an attack noun that says how it was done ("missile attacks").</summary>
public sealed record AttackModifier(string Word, string Mode, string Cameo, string AcledEventType, string AcledSubEventType);
