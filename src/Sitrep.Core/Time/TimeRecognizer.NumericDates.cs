using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>Dates written in digits: "2020-03-29", "29/03/2020".</summary>
    private void AddNumericDates(NameAlternations names)
    {
        Add("iso-date", [_digits], @"\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b", (m, text) =>
            Calendar(Int(m, "y"), Int(m, "m")!.Value, Int(m, "d")));
        Add("numeric-date", [_digits], @"\b(?<a>[0-3]?\d)[/.](?<b>[0-3]?\d)[/.](?<y>(?:19|20)\d{2})\b", (m, text) =>
        {
            int a = Int(m, "a")!.Value, b = Int(m, "b")!.Value;
            if (a > 12 && b > 12) return null;
            // Day first, as most of the world writes it, unless that cannot be ("03/29/2020").
            return b > 12 ? Calendar(Int(m, "y"), a, b) : Calendar(Int(m, "y"), b, a);
        });
    }
}
