namespace Sitrep.Documents;

public enum EntityKind
{
    Person,
    Organisation,
    ArmedGroup,
    Military,
    Police,
    Government,
    Coalition,
    Party,
    Media,
    Country,
    City,
    Region,
    /// <summary>A place the text names whose type nobody listed (the entity tagger found it): a town, a river, a district.</summary>
    Place,
    Facility,
    Group,
}

public static class EntityKinds
{
    public static string ToJson(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organisation => "organisation",
        EntityKind.ArmedGroup => "armed_group",
        EntityKind.Military => "military",
        EntityKind.Police => "police",
        EntityKind.Government => "government",
        EntityKind.Coalition => "coalition",
        EntityKind.Party => "party",
        EntityKind.Media => "media",
        EntityKind.Country => "country",
        EntityKind.City => "city",
        EntityKind.Region => "region",
        EntityKind.Place => "place",
        EntityKind.Facility => "facility",
        EntityKind.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static EntityKind Parse(string value) => value switch
    {
        "person" => EntityKind.Person,
        "organisation" or "organization" => EntityKind.Organisation,
        "armed_group" => EntityKind.ArmedGroup,
        "military" => EntityKind.Military,
        "police" => EntityKind.Police,
        "government" => EntityKind.Government,
        "coalition" => EntityKind.Coalition,
        "party" => EntityKind.Party,
        "media" => EntityKind.Media,
        "country" => EntityKind.Country,
        "city" => EntityKind.City,
        "region" => EntityKind.Region,
        "place" => EntityKind.Place,
        "facility" => EntityKind.Facility,
        "group" => EntityKind.Group,
        _ => throw new InvalidDataException($"Unknown entity kind '{value}'."),
    };

    /// <summary>Places: what a map can show.</summary>
    public static bool IsPlace(this EntityKind kind) =>
        kind is EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Place or EntityKind.Facility;

    /// <summary>Parties that can act in an event: everything but places and social groups.</summary>
    public static bool IsActor(this EntityKind kind) => !kind.IsPlace();

    public static bool IsArmed(this EntityKind kind) =>
        kind is EntityKind.Military or EntityKind.ArmedGroup or EntityKind.Coalition or EntityKind.Police;
}
