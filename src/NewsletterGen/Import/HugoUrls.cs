using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>The URL Hugo gave a page: its `url:`, else the `[permalinks]` pattern of its
/// section, else its path below content/ (with `slug:` in place of the file name), lower-cased
/// as Hugo does by default.</summary>
public sealed partial class HugoUrls
{
    [GeneratedRegex(@":(year|month|monthname|day|weekday|weekdayname|yearday|sections|section|title|slugorfilename|slug|filename|contentbasename)")]
    private static partial Regex Placeholder();

    private readonly IReadOnlyDictionary<string, string> _permalinks;

    public HugoUrls(IReadOnlyDictionary<string, string> permalinks)
    {
        _permalinks = permalinks;
    }

    /// <param name="relativePath">The file's path below content/, with forward slashes
    /// (posts/my-post.md, or posts/my-post/index.md for a bundle).</param>
    public string Url(string relativePath, string? title, string? slug, string? url, ImportDate? date)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (!string.IsNullOrWhiteSpace(url))
        {
            return UrlText.CollapseSlashes(url.Trim());
        }

        var segments = relativePath.Split('/');
        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        var folders = segments[..^1];
        if (name is "index" && folders.Length > 0)
        {
            name = folders[^1];
            folders = folders[..^1];
        }

        var section = folders.Length > 0 ? folders[0] : string.Empty;
        var slugText = string.IsNullOrWhiteSpace(slug) ? null : UrlText.HugoUrlize(slug);
        if (_permalinks.TryGetValue(section, out var pattern))
        {
            var day = date is null ? default : new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
            var titleText = UrlText.HugoUrlize(title ?? name);
            var filled = Placeholder().Replace(pattern, m => m.Groups[1].Value switch
            {
                "year" => day.ToString("yyyy", CultureInfo.InvariantCulture),
                "month" => day.ToString("MM", CultureInfo.InvariantCulture),
                "monthname" => day.ToString("MMMM", CultureInfo.InvariantCulture).ToLowerInvariant(),
                "day" => day.ToString("dd", CultureInfo.InvariantCulture),
                "weekday" => ((int)day.DayOfWeek).ToString(CultureInfo.InvariantCulture),
                "weekdayname" => day.ToString("dddd", CultureInfo.InvariantCulture).ToLowerInvariant(),
                "yearday" => day.DayOfYear.ToString(CultureInfo.InvariantCulture),
                "section" => section,
                "sections" => string.Join('/', folders),
                "title" => titleText,
                "slug" => slugText ?? titleText,
                "slugorfilename" => slugText ?? UrlText.HugoUrlize(name),
                "filename" or "contentbasename" => UrlText.HugoUrlize(name),
                _ => m.Value,
            });
            return UrlText.CollapseSlashes(filled.EndsWith('/') || Path.HasExtension(filled) ? filled : filled + "/");
        }

        var path = string.Join('/', folders.Select(f => UrlText.HugoUrlize(f))) + "/" + (slugText ?? UrlText.HugoUrlize(name)) + "/";
        return UrlText.CollapseSlashes(path);
    }

    /// <summary>An alias as Hugo reads it: a path from the site root, or, without a leading
    /// slash, relative to the page's own folder.</summary>
    public static string Alias(string alias, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var trimmed = alias.Trim();
        if (trimmed.StartsWith('/'))
        {
            return UrlText.CollapseSlashes(trimmed);
        }

        var folder = pageUrl.EndsWith('/') ? pageUrl.TrimEnd('/') : pageUrl;
        folder = folder[..(folder.LastIndexOf('/') + 1)];
        return UrlText.CollapseSlashes(folder + trimmed);
    }
}
