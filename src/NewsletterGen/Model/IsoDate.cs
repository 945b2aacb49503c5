using System.Globalization;

namespace NewsletterGen.Model;

public static class IsoDate
{
    /// <summary>The ISO 8601 form with offset used in HTML and feeds: 2024-05-01T09:30:00+02:00.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
