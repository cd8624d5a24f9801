using Sitrep.Documents;
using System.Globalization;

namespace Sitrep.Reading;

/// <summary>Byte counts as people read them: "512 bytes", "2.0 KB", "20.0 MB".</summary>
public static class Sizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
