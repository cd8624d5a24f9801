using Sitrep.Documents;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Reading;

namespace Sitrep.Ingest;

/// <summary>
/// Dates as feeds and old wires write them, to a day: RFC 822 with named zones ("Mon, 30 Mar
/// 2020 10:00:00 GMT", "EST"), ISO 8601 (Atom's updated/published), Reuters-21578's
/// "26-FEB-1987 15:01:01.79". The day is the one written; the zone does not move it.
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] Formats = ["d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy", "d-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss", "d-MMM-yyyy"];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (char.IsDigit(s[0]) && s.Length >= 10 && s[4] == '-' && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        // Drop the weekday and the zone: "Mon, 30 Mar 2020 10:00:00 GMT" → "30 Mar 2020 10:00:00".
        var core = Zone().Replace(Weekday().Replace(s, ""), "").Trim();
        if (DateTime.TryParseExact(core, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            return DateOnly.FromDateTime(dt);
        return DateParsing.Parse(s);
    }

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9},\s*")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+([A-Z]{1,5}|[+-]\d{2}:?\d{2})$")]
    private static partial Regex Zone();
}
