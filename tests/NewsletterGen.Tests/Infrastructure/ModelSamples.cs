using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Tests.Infrastructure;

/// <summary>Site-model records built in memory, for tests of <see cref="SiteBuilder"/> that need
/// no disk: only the fields a test is about are given, the rest are plain defaults.</summary>
public static class ModelSamples
{
    public static readonly Uri BaseUrl = new("https://example.org/");

    public static SiteConfig Config(int postsPerPage = 10, Uri? baseUrl = null) => new(
        "Test Letter",
        "A newsletter used by tests.",
        baseUrl ?? BaseUrl,
        "en",
        TimeZoneInfo.Utc,
        [],
        postsPerPage,
        SiteConfig.DefaultFeedSize,
        new Dictionary<string, object?>());

    /// <summary>A post published at <paramref name="published"/> (UTC, "2024-05-01" or "2024-05-01T09:30"),
    /// carrying tags given by name; each tag's slug is the lower-case, hyphenated name.</summary>
    public static Post Post(string slug, string published, params string[] tags)
    {
        var config = Config();
        var date = DateTimeOffset.Parse(published + (published.Contains('T', StringComparison.Ordinal) ? ":00+00:00" : "T00:00:00+00:00"), System.Globalization.CultureInfo.InvariantCulture);
        var url = Urls.Post(config, slug);
        return new Post(
            slug,
            "Title of " + slug,
            date,
            null,
            [],
            tags.Select(t => new TagRef(t, TagSlug(t), Urls.Tag(config, TagSlug(t)))).ToList(),
            HtmlFragment.Empty,
            string.Empty,
            HtmlFragment.Empty,
            0,
            url,
            Urls.Absolute(config, url),
            null,
            false,
            SourceLocation.StartOf($"content/posts/{slug}.md"),
            new Dictionary<string, object?>());
    }

    public static string TagSlug(string name) => NewsletterGen.Content.Slug.From(name);
}
