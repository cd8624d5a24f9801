namespace Sitrep.Places;

/// <summary>
/// Words that name a direction or a part of something, capitalised in names ("West Wing",
/// "Eglinton Avenue West") but places only with more words around them: the gazetteer's
/// region called "West" (in Cameroon) is never what such a word means alone.
/// </summary>
public static class PlaceWords
{
    private static readonly HashSet<string> Generic = new(
        ["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Middle", "Upper", "Lower", "Inner", "Outer", "Greater", "New", "Old", "Coast", "Centre", "Center"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericLookup = Generic.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsGeneric(ReadOnlySpan<char> word) => GenericLookup.Contains(word);
}
