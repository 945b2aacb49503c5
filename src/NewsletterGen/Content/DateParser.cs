using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Content;

/// <summary>Reads the dates writers write, as YAML 1.1 and 1.2 timestamps allow and Jekyll's and
/// Hugo's archives hold them: 2024-05-01, 2024-05-01 09:30, 2024-05-01T09:30:00+02:00,
/// 2024-05-01T07:30:00Z, 2013-11-22 5:00:00 +0000 (one-digit hour, spaces before an offset
/// without a colon), 2024-05-01t09:30:00.25-05. A date without an offset is a time on the site's clock.</summary>
public static partial class DateParser
{
    public const string Expected = "2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00";

    // YAML's timestamp: one- or two-digit month, day and hour; T, t or spaces between date and
    // time; any number of fraction digits; spaces before the offset; an offset of hours alone
    // (-05), with minutes (+01:00), or, as Ruby writes it, without the colon (+0100). Seconds
    // may be left out, as writers do. [0-9], not \d, which also matches other scripts' digits.
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?)?[ \t]*(?:([Zz])|([+-])([0-9]{1,2})(?::?([0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
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

        // Ticks are tenths of a microsecond: digits past the seventh are dropped.
        var digits = match.Groups[7].Success ? match.Groups[7].Value : "0";
        var fraction = digits.Length > 7 ? digits[..7] : digits.PadRight(7, '0');
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
        if (match.Groups[8].Success)
        {
            offset = TimeSpan.Zero;
        }
        else if (match.Groups[9].Success)
        {
            var (hours, minutes) = (Part(10), Part(11));
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (match.Groups[9].Value == "-" ? -1 : 1);
        }
        else
        {
            offset = timeZone.GetUtcOffset(clock);
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
