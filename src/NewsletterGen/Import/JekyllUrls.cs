using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>The URL Jekyll gave a post: the `permalink:` of _config.yml (a style name or a
/// pattern; `date` by default) or of the post, with Jekyll's placeholders.</summary>
public sealed partial class JekyllUrls
{
    [GeneratedRegex(@":(year|short_year|month|i_month|short_month|long_month|day|i_day|y_day|hour|minute|second|title|slug|categories|output_ext|name)")]
    private static partial Regex Placeholder();

    public JekyllUrls(string? permalink)
    {
        Pattern = (permalink?.Trim()) switch
        {
            null or "" or "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            var custom => custom,
        };
    }

    public string Pattern { get; }

    /// <param name="fileSlug">The file name without its date and extension.</param>
    /// <param name="slug">The post's `slug:`, if any.</param>
    public string Url(string fileSlug, string? slug, ImportDate date, IReadOnlyList<string> categories, string? postPermalink)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(categories);
        var title = UrlText.JekyllSlug(slug ?? fileSlug, pretty: true, cased: true);
        var day = new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, DateTimeKind.Unspecified);
        var template = string.IsNullOrWhiteSpace(postPermalink) ? Pattern : postPermalink.Trim();
        var url = Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "year" => date.Year.ToString("D4", CultureInfo.InvariantCulture),
            "short_year" => (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("D2", CultureInfo.InvariantCulture),
            "i_month" => date.Month.ToString(CultureInfo.InvariantCulture),
            "short_month" => day.ToString("MMM", CultureInfo.InvariantCulture),
            "long_month" => day.ToString("MMMM", CultureInfo.InvariantCulture),
            "day" => date.Day.ToString("D2", CultureInfo.InvariantCulture),
            "i_day" => date.Day.ToString(CultureInfo.InvariantCulture),
            "y_day" => day.DayOfYear.ToString("D3", CultureInfo.InvariantCulture),
            "hour" => date.Hour.ToString("D2", CultureInfo.InvariantCulture),
            "minute" => date.Minute.ToString("D2", CultureInfo.InvariantCulture),
            "second" => date.Second.ToString("D2", CultureInfo.InvariantCulture),
            "title" or "name" => title,
            "slug" => UrlText.JekyllSlug(slug ?? fileSlug, pretty: false, cased: false),
            "categories" => string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            "output_ext" => ".html",
            _ => m.Value,
        });
        return UrlText.CollapseSlashes(url);
    }
}
