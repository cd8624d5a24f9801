using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sitrep.Cli;

/// <summary>
/// Checks on command-line values that parse but make no sense (--timeout 0, --near NaN,NaN,
/// --from 13/02/2020): each a parse error, so the command stops with exit 2 and a message that
/// names the option, before it reads or writes anything.
/// </summary>
public static class CommandLineValues
{
    /// <summary>An ISO 8601 calendar date, YYYY-MM-DD, and nothing else: "01/02/2020" means different days to different readers.</summary>
    public static DateOnly? IsoDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static Option<string?> MustBeIsoDate(this Option<string?> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && IsoDate(v) is null)
                r.AddError($"{option.Name} '{v}' is not a date: write it as YYYY-MM-DD (ISO 8601), e.g. 2020-03-29.");
        });
        return option;
    }

    public static Option<int> MustBeWithin(this Option<int> option, int min, int max, string what)
    {
        option.Validators.Add(r =>
        {
            int v = r.GetValueOrDefault<int>();
            if (v < min || v > max) r.AddError($"{option.Name} {v}: {what} must be from {min} to {max}.");
        });
        return option;
    }

    public static Option<int?> MustBeWithin(this Option<int?> option, int min, int max, string what)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } v && (v < min || v > max)) r.AddError($"{option.Name} {v}: {what} must be from {min} to {max}.");
        });
        return option;
    }

    public static Option<long> MustBeWithin(this Option<long> option, long min, long max, string what)
    {
        option.Validators.Add(r =>
        {
            long v = r.GetValueOrDefault<long>();
            if (v < min || v > max) r.AddError($"{option.Name} {v}: {what} must be from {min:N0} to {max:N0}.");
        });
        return option;
    }

    public static Option<double> MustBeWithin(this Option<double> option, double min, double max, string what)
    {
        option.Validators.Add(r =>
        {
            double v = r.GetValueOrDefault<double>();
            // NaN fails every comparison: it is refused with the rest.
            if (!(v >= min && v <= max)) r.AddError($"{option.Name} {v.ToString(CultureInfo.InvariantCulture)}: {what} must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        });
        return option;
    }

    public static Option<string> MustNotBeEmpty(this Option<string> option, string what)
    {
        option.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>())) r.AddError($"{option.Name} is empty: give {what}.");
        });
        return option;
    }

    public static Option<string?> MustNotBeBlank(this Option<string?> option, string what)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && string.IsNullOrWhiteSpace(v)) r.AddError($"{option.Name} is empty: give {what}.");
        });
        return option;
    }

    /// <summary>LAT,LON: latitude from -90 to 90, longitude from -180 to 180, both finite.</summary>
    public static (double Lat, double Lon)? Point(string value)
    {
        var parts = value.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
            return null;
        return (lat, lon);
    }

    public static Option<string?> MustBePoint(this Option<string?> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && Point(v) is null)
                r.AddError($"{option.Name} '{v}': write LAT,LON with the latitude from -90 to 90 and the longitude from -180 to 180, e.g. 35.47,44.39.");
        });
        return option;
    }
}
