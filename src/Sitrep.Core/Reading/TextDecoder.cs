using Sitrep.Documents;
using System.Text;

namespace Sitrep.Reading;

/// <summary>
/// Bytes to text: a byte-order mark decides (UTF-8, UTF-16, UTF-32); else the pattern of zero
/// bytes tells UTF-16 and UTF-32 without a mark; else strict UTF-8; else Windows-1252, the usual
/// encoding of old Western news pages. What was guessed or repaired comes back as a warning.
/// Binary data is refused with a message that says what it looks like; a stray NUL byte in a
/// text does not make it binary.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and, when the decoding had to guess or repair, why (for a warning).</summary>
    public readonly record struct Decoded(string Text, string? Warning);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        string? warning = null;
        if (Wide(bytes) is { } wide)
        {
            text = wide.Encoding.GetString(bytes[wide.MarkLength..]);
            if (wide.MarkLength == 0) warning = $"no byte-order mark; read as {wide.Name} by its zero bytes.";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = Encoding.UTF8.GetString(bytes[3..]);
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(1252).GetString(bytes);
                warning = "not valid UTF-8; read as windows-1252.";
            }
        }
        if (text.Contains('\0'))
        {
            int nul = text.AsSpan().Count('\0');
            // A damaged byte, not the end of the text: a space keeps every offset and splits no word into another.
            text = text.Replace('\0', ' ');
            warning = (warning is null ? "" : warning + " ") + $"{nul} NUL character(s) read as spaces.";
        }
        return new Decoded(text, warning);
    }

    /// <summary>A UTF-16 or UTF-32 text, by its byte-order mark or, without one, by where its zero bytes fall.</summary>
    public static (Encoding Encoding, string Name, int MarkLength)? Wide(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false), "UTF-32LE", 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false), "UTF-32BE", 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, "UTF-16LE", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, "UTF-16BE", 2);
        var head = bytes[..(Math.Min(bytes.Length, 4096) & ~3)];
        if (head.Length < 8) return null;
        Span<int> zeros = stackalloc int[4];
        for (int i = 0; i < head.Length; i++)
            if (head[i] == 0) zeros[i & 3]++;
        int quarter = head.Length / 4;
        bool Mostly(int n) => n >= quarter * 9 / 10;
        bool Rarely(int n) => n <= quarter / 20;
        // Latin text in UTF-32LE: three zero bytes after each letter; in UTF-16LE one.
        if (Rarely(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2]) && Mostly(zeros[3])) return (new UTF32Encoding(false, false), "UTF-32LE", 0);
        if (Mostly(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2]) && Rarely(zeros[3])) return (new UTF32Encoding(true, false), "UTF-32BE", 0);
        if (Rarely(zeros[0]) && Rarely(zeros[2]) && zeros[1] + zeros[3] >= quarter * 2 * 7 / 10) return (Encoding.Unicode, "UTF-16LE", 0);
        if (Rarely(zeros[1]) && Rarely(zeros[3]) && zeros[0] + zeros[2] >= quarter * 2 * 7 / 10) return (Encoding.BigEndianUnicode, "UTF-16BE", 0);
        return null;
    }

    /// <summary>What binary data looks like, or null when the bytes look like text.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return "a PDF document";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return "a ZIP archive (or a Word/OpenDocument file)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip-compressed data";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return "a PNG image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "a JPEG image";
        if (bytes.StartsWith("GIF8"u8)) return "a GIF image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])) return "an executable (ELF)";
        if (Wide(bytes) is not null) return null;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0, nul = 0;
        foreach (byte b in head)
        {
            if (b == 0) nul++;
            if (b < 0x09 || b is > 0x0D and < 0x20) control++;
        }
        // One damaged byte in an article is damage; NUL bytes all through it are a binary format.
        if (nul > Math.Max(1, head.Length / 500)) return "binary data (it contains NUL bytes)";
        return head.Length > 0 && control > head.Length / 10 ? "binary data (mostly control characters)" : null;
    }
}
