using Sitrep.Documents;
namespace Sitrep.Lexicons;

/// <summary>
/// A tab-separated data file from data/: "#" lines are comments, the first other line names the
/// columns. Values are trimmed; an empty cell reads as null.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string path, Dictionary<string, int> columns, List<string[]> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static TsvTable Load(string path)
    {
        Dictionary<string, int>? columns = null;
        var rows = new List<string[]>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select((name, i) => (name.Trim(), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
                continue;
            }
            if (cells.Length > columns.Count)
                throw new InvalidDataException($"{path}:{lineNumber}: {cells.Length} cells, but the header names {columns.Count} columns.");
            rows.Add(cells);
        }
        return new TsvTable(path, columns ?? [], rows);
    }

    public string? Get(string[] row, string column)
    {
        if (!_columns.TryGetValue(column, out int i))
            throw new InvalidDataException($"{Path}: no column '{column}'.");
        if (i >= row.Length) return null;
        var value = row[i].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string[] row, string column) =>
        Get(row, column) ?? throw new InvalidDataException($"{Path}: a row has no '{column}': {string.Join(" | ", row)}");

    public IReadOnlyList<string> List(string[] row, string column) =>
        Get(row, column) is { } v ? v.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    public bool HasColumn(string column) => _columns.ContainsKey(column);
}
