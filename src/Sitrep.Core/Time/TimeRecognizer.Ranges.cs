using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Ranges of days, months and years: "March 3-5, 2020", "from March to May", "2015-2017".</summary>
    private void AddRanges(NameAlternations names)
    {
        string mon = names.Month, monFull = names.MonthFull;
        // Ranges: "March 3-5, 2020", "3 to 5 March", "March 30 to April 2", "from March to May 2020", "2015-2017", "between 2015 and 2017"
        const string To = @"(?:\s*[-–]\s*|\s+(?i:to|until|through|till)\s+)";
        Add("range-days", [_monthNames, _digits], $@"{Lead(@"(?:\b(?i:from)\s+)?")}\b(?<mon>{mon})\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?{To}(?:(?<mon2>{mon})\s+)?(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[:.]\d)(?:,?\s+{Year}\b)?", (m, text) =>
            Range(Calendar(YearOf(m), Month(m), Int(m, "d1")), Calendar(YearOf(m), m.Groups["mon2"].Success ? MonthOf(m, "mon2") : Month(m), Int(m, "d2"))));
        Add("range-days-first", [_monthNames, _digits], $@"{Lead(@"(?:\b(?i:from)\s+)?")}\b(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?<mon1>{mon}))?{To}(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>{mon})(?:,?\s+{Year})?\b", (m, text) =>
            Range(Calendar(YearOf(m), m.Groups["mon1"].Success ? MonthOf(m, "mon1") : Month(m), Int(m, "d1")), Calendar(YearOf(m), Month(m), Int(m, "d2"))));
        Add("range-months", [_fullMonths], $@"{Lead(@"(?:\b(?<between>(?i:from|between))\s+)?")}\b(?<mon1>{monFull})(?:\s+(?<y1>(?:19|20)\d{{2}}))?(?:{To}|\s+(?<and>and)\s+)(?<mon>{monFull})(?:,?\s+{Year})?\b", (m, text) =>
        {
            if (m.Groups["and"].Success && !m.Groups["between"].Success) return null;
            int? endYear = YearOf(m);
            return Range(Calendar(Int(m, "y1") ?? endYear, MonthOf(m, "mon1"), null), Calendar(endYear, Month(m), null));
        });
        Add("range-years", [_digits], $@"{Lead(@"(?:\b(?<between>(?i:from|between))\s+)?")}\b(?<y1>(?:19|20)\d{{2}})(?:\s*[-–]\s*|\s+(?i:to|until|through|till)\s+|\s+(?<and>and)\s+)(?<y2>(?:19|20)\d{{2}}|\d{{2}})\b(?![-–/.]\d)", (m, text) =>
        {
            if (m.Groups["and"].Success && !m.Groups["between"].Success) return null;
            int start = Int(m, "y1")!.Value, end = Int(m, "y2")!.Value;
            if (end < 100) end += start / 100 * 100;
            if (end <= start) return null;
            return Range(new TimexSpec(TimexKind.Calendar) { Year = start }, new TimexSpec(TimexKind.Calendar) { Year = end });
        }, trimPrefix: false);
    }
}
