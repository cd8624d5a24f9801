using Sitrep.Documents;
using System.Globalization;

namespace Sitrep.Reading;

/// <summary>Publication dates as pages and options write them: "2020-03-30", "2020-03-30T10:00:00Z", "30 March 2020", "March 30, 2020".</summary>
public static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "dd/MM/yyyy", "yyyyMMdd",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
    ];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && s.Length >= 10 && char.IsDigit(s[0]))
            return DateOnly.FromDateTime(dto.DateTime);
        if (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            return DateOnly.FromDateTime(dt);
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return null;
    }
}
