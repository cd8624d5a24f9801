using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Ingest;

namespace Sitrep.Queue;

/// <summary>
/// A report on the broker: what an <see cref="IngestItem"/> holds (its bytes or its text, and what
/// its container says about it), as JSON. Its id for the broker's duplicate window is the hash of
/// that JSON, so publishing the same report twice within the window stores one message.
/// </summary>
public sealed record ReportMessage
{
    public required string Key { get; init; }
    public byte[]? Bytes { get; init; }
    public string? Text { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public string? Published { get; init; }
    /// <summary>The publishing command's --published (YYYY-MM-DD) and --outlet: fallbacks, as in a direct ingest.</summary>
    public string? FallbackPublished { get; init; }
    public string? FallbackOutlet { get; init; }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static ReportMessage Of(IngestItem item) => new()
    {
        Key = item.Key, Bytes = item.Bytes, Text = item.Text, Title = item.Title, Url = item.Url, Outlet = item.Outlet,
        Published = item.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FallbackPublished = item.FallbackPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), FallbackOutlet = item.FallbackOutlet,
    };

    public IngestItem ToItem() => new(Key)
    {
        Bytes = Bytes, Text = Text, Title = Title, Url = Url, Outlet = Outlet,
        Published = Day(Published), FallbackPublished = Day(FallbackPublished), FallbackOutlet = FallbackOutlet,
    };

    private static DateOnly? Day(string? s) => s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The message, or null when the bytes are not one (they go to the dead letters with that reason).</summary>
    public static ReportMessage? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportMessage>(data, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string IdOf(byte[] serialized) => Convert.ToHexStringLower(SHA256.HashData(serialized));
}
