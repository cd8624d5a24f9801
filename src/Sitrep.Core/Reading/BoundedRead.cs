namespace Sitrep.Reading;

/// <summary>Reads a stream of unknown length (standard input) whole, but never more than a limit into memory.</summary>
public static class BoundedRead
{
    /// <summary>The bytes already read (<paramref name="head"/>) and the rest of the stream, or null as soon as they pass <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes, ReadOnlySpan<byte> head = default)
    {
        using var buffer = new MemoryStream();
        buffer.Write(head);
        if (buffer.Length > maxBytes) return null;
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.ToArray();
    }
}
