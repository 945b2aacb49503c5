using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>A date as an archive wrote it, read loosely (Jekyll writes `2013-11-22 5:00:00 +0000`,
/// Hugo `2019-03-04T10:00:00Z`) and written back in the form the build reads. The clock is kept
/// as written, because that is the clock Jekyll and Hugo took the year, month and day of the old
/// URL from.</summary>
public sealed partial record ImportDate(int Year, int Month, int Day, int Hour, int Minute, int Second, bool HasTime, string? Offset)
{
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Loose();

    public static ImportDate? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Loose().Match(text.Trim().Trim('"', '\''));
        if (!match.Success)
        {
            return null;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var (year, month, day, hour, minute, second) = (Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        string? offset = null;
        if (match.Groups[7].Success)
        {
            var o = match.Groups[7].Value.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant();
            offset = o == "Z" ? "Z" : $"{o[..3]}:{o[3..]}";
        }

        return new ImportDate(year, month, day, hour, minute, second, match.Groups[4].Success, offset);
    }

    public DateOnly Date => new(Year, Month, Day);

    /// <summary>2013-11-22, or 2013-11-22T05:00:00+00:00: forms the build reads.</summary>
    public override string ToString() =>
        HasTime
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}:{Second:D2}{Offset}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

    /// <summary>The instant, for comparisons (a missing offset is read as UTC).</summary>
    public DateTimeOffset Instant
    {
        get
        {
            var offset = Offset is null or "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(Offset.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture) * (Offset[0] == '-' ? -1 : 1);
            return new DateTimeOffset(Year, Month, Day, Hour, Minute, Second, offset);
        }
    }
}
