namespace Sitrep.Documents;

public enum EventStatus
{
    Reported,
    Planned,
    Claimed,
    Denied,
    Hypothetical,
    Negated,
}

public static class EventStatuses
{
    public static string ToJson(this EventStatus status) => status.ToString().ToLowerInvariant();
}
