using Sitrep.Documents;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeHollow.FeedReader;
using Sylvan.Data.Csv;

namespace Sitrep.Ingest;

/// <summary>
/// Expands what the user names into reports, in a stable order (the order decides the store's
/// ids, so a resumed ingest ends with the same database as an uninterrupted one): files,
/// directories (recursively, sorted), globs ("feeds/*.jsonl"), "-" for standard input, JSON
/// Lines, CSV, RSS/Atom feed files and feed URLs, and Reuters-21578 SGML. A source that cannot
/// be read at all becomes one failed item naming it and why; the others go on.
/// </summary>
public sealed partial class IngestSources(FieldMap fields, Func<Stream> standardInput, HttpClient? http = null, long maxBytes = 32L << 20)
{
    private readonly HashSet<string> _exclude = new(StringComparer.Ordinal);

    /// <summary>Files never to read as reports: the store's own file and its journals, when it lies among the sources.</summary>
    public IngestSources Excluding(string sqlitePath)
    {
        var full = Path.GetFullPath(sqlitePath);
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) _exclude.Add(full + suffix);
        return this;
    }

    public IEnumerable<IngestItem> Expand(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            if (source == "-")
            {
                foreach (var item in FromStandardInput()) yield return item;
                continue;
            }
            if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var item in FromUrl(source)) yield return item;
                continue;
            }
            var files = Files(source).ToList();
            if (files.Count == 0)
            {
                yield return new IngestItem(source) { Error = $"{source}: no such file or directory, and no file matches it." };
                continue;
            }
            foreach (var file in files.Where(f => !_exclude.Contains(Path.GetFullPath(f))))
                foreach (var item in FromFile(file)) yield return item;
        }
    }

    /// <summary>
    /// Standard input: JSON Lines are streamed, row by row, however long; anything else is one
    /// report, read up to the limit for one input and refused past it without reading the rest.
    /// </summary>
    private IEnumerable<IngestItem> FromStandardInput()
    {
        var input = standardInput();
        var head = new byte[512];
        int n = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (ContainerKind("-", Head(head[..n])) == Container.JsonLines)
        {
            foreach (var item in JsonLines("-", () => new ConcatenatedStream(head[..n], input))) yield return item;
            yield break;
        }
        if (Reading.BoundedRead.ReadAtMost(input, maxBytes, head.AsSpan(0, n)) is not { } bytes)
        {
            yield return new IngestItem("-") { Error = $"-: standard input is more than the limit of {Reading.Sizes.Format(maxBytes)} for one input (raise it with --max-bytes, or give JSON Lines, which are read row by row)." };
            yield break;
        }
        foreach (var item in FromBytes("-", bytes)) yield return item;
    }

    /// <summary>The bytes already read to look at the input, then the rest of it.</summary>
    private sealed class ConcatenatedStream(byte[] first, Stream rest) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < first.Length)
            {
                int n = Math.Min(count, first.Length - _position);
                Array.Copy(first, _position, buffer, offset, n);
                _position += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A file, a directory's files (recursively, sorted by path), or a glob's matches.</summary>
    public static IEnumerable<string> Files(string source)
    {
        if (File.Exists(source)) return [source];
        if (Directory.Exists(source))
            return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
        if (source.IndexOfAny(['*', '?']) < 0) return [];
        var dir = Path.GetDirectoryName(source);
        var root = string.IsNullOrEmpty(dir) ? "." : dir;
        if (root.IndexOfAny(['*', '?']) >= 0 || !Directory.Exists(root)) return [];
        var pattern = Path.GetFileName(source);
        return Directory.EnumerateFiles(root, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// A file: JSON Lines and CSV are streamed (a container may be far larger than one report);
    /// anything else is read whole, after its size is checked against the limit for one input.
    /// </summary>
    private IEnumerable<IngestItem> FromFile(string path)
    {
        string head;
        long length;
        try
        {
            length = new FileInfo(path).Length;
            using var f = File.OpenRead(path);
            var buffer = new byte[512];
            int n = f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            head = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestItem(path) { Error = $"{path}: cannot be read: {e.Message}" }];
        }
        Stream Open() => File.OpenRead(path);
        return ContainerKind(path, head) switch
        {
            Container.JsonLines => JsonLines(path, Open),
            Container.Csv => Csv(path, Open, Path.GetExtension(path).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ','),
            _ when length > maxBytes => [new IngestItem(path) { Error = $"{path}: {Reading.Sizes.Format(length)} is more than the limit of {Reading.Sizes.Format(maxBytes)} for one input (raise it with --max-bytes)." }],
            _ => ReadWhole(path),
        };
    }

    private IEnumerable<IngestItem> ReadWhole(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestItem(path) { Error = $"{path}: cannot be read: {e.Message}" }];
        }
        return FromBytes(path, bytes);
    }

    private enum Container { None, JsonLines, Csv, Reuters, Feed }

    private static Container ContainerKind(string name, string head)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" || ext == "" && head.StartsWith('{')) return Container.JsonLines;
        if (ext is ".csv" or ".tsv") return Container.Csv;
        if (ext == ".sgm" || head.StartsWith("<!DOCTYPE lewis", StringComparison.OrdinalIgnoreCase)) return Container.Reuters;
        if (ext is ".rss" or ".atom" || (ext is ".xml" or "") && (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal)))
            return Container.Feed;
        return Container.None;
    }

    private static string Head(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');

    /// <summary>By extension, else by the first bytes: a container of many reports, or one report.</summary>
    private IEnumerable<IngestItem> FromBytes(string name, byte[] bytes)
    {
        Stream Open() => new MemoryStream(bytes, writable: false);
        return ContainerKind(name, Head(bytes)) switch
        {
            Container.JsonLines => JsonLines(name, Open),
            Container.Csv => Csv(name, Open, Path.GetExtension(name).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ','),
            Container.Reuters => Reuters(name, bytes),
            Container.Feed => Feed(name, bytes),
            _ => [new IngestItem(name) { Bytes = bytes }],
        };
    }

    private IEnumerable<IngestItem> JsonLines(string name, Func<Stream> open)
    {
        int lineNumber = 0;
        using var reader = new StreamReader(open(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var key = $"{name}:{lineNumber}";
            IngestItem item;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string? Field(string field) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var text = Field(fields.Text);
                item = string.IsNullOrWhiteSpace(text)
                    ? new IngestItem(key) { Error = $"{key}: no text in the field '{fields.Text}'." }
                    : new IngestItem(key) { Text = text, Title = Field(fields.Title), Url = Field(fields.Url), Outlet = Field(fields.Outlet), Published = FeedDates.Parse(Field(fields.Published)) };
            }
            catch (JsonException e)
            {
                item = new IngestItem(key) { Error = $"{key}: not a JSON object: {e.Message}" };
            }
            catch (InvalidOperationException e)
            {
                // Well-formed JSON whose string is not text: a lone surrogate escape ("\ud800").
                item = new IngestItem(key) { Error = $"{key}: a string in the row is not valid text ({e.Message})" };
            }
            yield return item;
        }
    }

    /// <summary>CSV rows as they are read: a row that breaks the format ends the file with an error naming it; the rows before stay.</summary>
    private IEnumerable<IngestItem> Csv(string name, Func<Stream> open, char delimiter)
    {
        CsvDataReader? csv = null;
        string? error = null;
        try
        {
            csv = CsvDataReader.Create(new StreamReader(open(), Encoding.UTF8), new CsvDataReaderOptions { Delimiter = delimiter, MaxBufferSize = 1 << 26 });
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            error = $"{name}: not readable CSV: {e.Message}";
        }
        if (csv is null)
        {
            yield return new IngestItem(name) { Error = error };
            yield break;
        }
        using (csv)
        {
            int Column(string field)
            {
                for (int i = 0; i < csv.FieldCount; i++)
                    if (string.Equals(csv.GetName(i), field, StringComparison.OrdinalIgnoreCase)) return i;
                return -1;
            }
            int text = Column(fields.Text), title = Column(fields.Title), url = Column(fields.Url), published = Column(fields.Published), outlet = Column(fields.Outlet);
            if (text < 0)
            {
                yield return new IngestItem(name) { Error = $"{name}: no column '{fields.Text}' (name the text column with --field text=COLUMN)." };
                yield break;
            }
            string? Cell(int i) => i >= 0 && csv.GetString(i) is { Length: > 0 } v ? v : null;
            int row = 1;
            while (true)
            {
                bool more;
                try
                {
                    more = csv.Read();
                }
                catch (Exception e) when (e is CsvFormatException or IOException)
                {
                    error = $"{name}:{row + 1}: not readable CSV: {e.Message}";
                    more = false;
                }
                if (error is not null) { yield return new IngestItem(name) { Error = error }; yield break; }
                if (!more) yield break;
                row++;
                var key = $"{name}:{row}";
                var body = Cell(text);
                yield return body is null
                    ? new IngestItem(key) { Error = $"{key}: the text column is empty." }
                    : new IngestItem(key) { Text = body, Title = Cell(title), Url = Cell(url), Outlet = Cell(outlet), Published = FeedDates.Parse(Cell(published)) };
            }
        }
    }

    private static IEnumerable<IngestItem> Feed(string name, byte[] bytes)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(bytes);
        }
        catch (Exception e)
        {
            return [new IngestItem(name) { Error = $"{name}: not a readable RSS or Atom feed: {e.Message}" }];
        }
        return feed.Items.Select((entry, i) =>
        {
            var key = $"{name}#{entry.Id ?? entry.Link ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            // Content, else description: either may be HTML; the reader takes the text out of it.
            var body = entry.Content is { Length: > 0 } c ? c : entry.Description;
            if (string.IsNullOrWhiteSpace(body)) return new IngestItem(key) { Error = $"{key}: the entry has no content or description." };
            var html = $"<html><head><title>{System.Net.WebUtility.HtmlEncode(entry.Title ?? "")}</title></head><body><p>{body}</p></body></html>";
            var published = FeedDates.Parse(entry.PublishingDateString) ?? (entry.PublishingDate is { } pd ? DateOnly.FromDateTime(pd) : (DateOnly?)null)
                            ?? FeedDates.Parse(UpdatedOf(entry));
            return new IngestItem(key) { Bytes = Encoding.UTF8.GetBytes(html), Title = entry.Title, Url = entry.Link, Outlet = feed.Title, Published = published };
        }).ToList();
    }

    /// <summary>Atom's &lt;updated&gt;, which FeedReader keeps only on the specific item.</summary>
    private static string? UpdatedOf(FeedItem entry) =>
        entry.SpecificItem is CodeHollow.FeedReader.Feeds.AtomFeedItem atom ? atom.UpdatedDateString : null;

    private static IEnumerable<IngestItem> Reuters(string name, byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        foreach (Match m in ReutersStory().Matches(text))
        {
            var story = m.Value;
            var id = ReutersNewId().Match(story) is { Success: true } n ? n.Groups[1].Value : m.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var key = $"{name}#NEWID={id}";
            string? Tag(Regex r) => r.Match(story) is { Success: true } t ? System.Net.WebUtility.HtmlDecode(t.Groups[1].Value).Replace("\u0003", "").Trim() : null;
            var body = Tag(ReutersBody());
            if (string.IsNullOrWhiteSpace(body)) continue; // Brief items without a body carry no report.
            yield return new IngestItem(key) { Text = body, Title = Tag(ReutersTitle()), Outlet = "Reuters", Published = FeedDates.Parse(Tag(ReutersDate())) };
        }
    }

    private IEnumerable<IngestItem> FromUrl(string url)
    {
        if (http is null) return [new IngestItem(url) { Error = $"{url}: fetching from the network is off." }];
        byte[] bytes;
        try
        {
            bytes = http.GetByteArrayAsync(url).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            var why = e is TaskCanceledException ? $"no answer within {http.Timeout.TotalSeconds:0} s" : e.Message;
            return [new IngestItem(url) { Error = $"{url}: cannot be fetched: {why}" }];
        }
        var items = FromBytes(url, bytes).ToList();
        // A page keeps its address; an entry of a feed never takes the feed's (a feed of one
        // entry without a link would be stored under it, and every later entry skipped as "already stored").
        return ContainerKind(url, Head(bytes)) == Container.None && items.Count == 1 && items[0].Url is null ? [items[0] with { Url = url }] : items;
    }

    [GeneratedRegex(@"<REUTERS\b.*?</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex ReutersStory();

    [GeneratedRegex(@"NEWID=""(\d+)""")]
    private static partial Regex ReutersNewId();

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex ReutersBody();

    [GeneratedRegex(@"<TITLE>(.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex ReutersTitle();

    [GeneratedRegex(@"<DATE>(.*?)</DATE>", RegexOptions.Singleline)]
    private static partial Regex ReutersDate();
}
