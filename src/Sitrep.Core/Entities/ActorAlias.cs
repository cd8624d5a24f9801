using Sitrep.Documents;
namespace Sitrep.Entities;

/// <summary>A name of an actor; <see cref="Context"/> limits it to documents about one country.</summary>
public sealed record ActorAlias(string Text, string? Context)
{
    public static ActorAlias Parse(string value)
    {
        int at = value.LastIndexOf('@');
        if (at > 0 && value.Length - at == 3 && char.IsUpper(value[at + 1]) && char.IsUpper(value[at + 2]))
            return new ActorAlias(value[..at], value[(at + 1)..]);
        return new ActorAlias(value, null);
    }
}
