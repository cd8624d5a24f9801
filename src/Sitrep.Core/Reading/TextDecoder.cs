using Sitrep.Documents;
using System.Text;

namespace Sitrep.Reading;

/// <summary>
/// Bytes to text: a byte-order mark decides; else strict UTF-8; else Windows-1252 (with a
/// warning), the usual encoding of old Western news pages. Binary data is refused with a
/// message that says what it looks like.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string? Fallback) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0) return "binary data (it contains NUL bytes)";
            if (b < 0x09 || b is > 0x0D and < 0x20) control++;
        }
        return head.Length > 0 && control > head.Length / 10 ? "binary data (mostly control characters)" : null;
    }
}
