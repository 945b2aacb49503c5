using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Content;

/// <summary>Reads the dates writers write: 2024-05-01, 2024-05-01 09:30, 2024-05-01T09:30:00+02:00,
/// 2024-05-01T07:30:00Z. A date without an offset is a time on the site's clock.</summary>
public static partial class DateParser
{
    public const string Expected = "2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00";

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(timeZone);
        value = default;
        var match = IsoDate().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups[7].Success ? match.Groups[7].Value.PadRight(7, '0') : "0";
        DateTime clock;
        try
        {
            clock = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified)
                .AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // 2024-02-30, 25:00 and the like
        }

        TimeSpan offset;
        if (!match.Groups[8].Success)
        {
            offset = timeZone.GetUtcOffset(clock);
        }
        else if (match.Groups[8].Value is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else
        {
            var o = match.Groups[8].Value.Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(o.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(o.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (o[0] == '-' ? -1 : 1);
        }

        try
        {
            value = TimeZoneInfo.ConvertTime(new DateTimeOffset(clock, offset), timeZone);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // 0001-01-01T00:00+14:00 is before the first representable instant
        }
    }
}
