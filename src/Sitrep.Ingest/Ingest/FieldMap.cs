using Sitrep.Documents;
namespace Sitrep.Ingest;

/// <summary>
/// Which field or column holds what, for JSON Lines and CSV: by default text, title, url,
/// published and outlet. "--field text=body --field published=date" renames them.
/// </summary>
public sealed record FieldMap(string Text = "text", string Title = "title", string Url = "url", string Published = "published", string Outlet = "outlet")
{
    public static FieldMap Parse(IEnumerable<string> assignments)
    {
        var map = new FieldMap();
        foreach (var a in assignments)
        {
            var parts = a.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0) throw new ArgumentException($"--field '{a}': write NAME=FIELD, e.g. text=body.");
            map = parts[0].ToLowerInvariant() switch
            {
                "text" => map with { Text = parts[1] },
                "title" => map with { Title = parts[1] },
                "url" => map with { Url = parts[1] },
                "published" => map with { Published = parts[1] },
                "outlet" => map with { Outlet = parts[1] },
                var other => throw new ArgumentException($"--field '{a}': '{other}' is not one of text, title, url, published, outlet."),
            };
        }
        return map;
    }
}
