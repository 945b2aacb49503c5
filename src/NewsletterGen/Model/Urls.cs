namespace NewsletterGen.Model;

/// <summary>The one place that knows the URL scheme. Every URL a template sees is computed here;
/// "root-relative" URLs include the base URL's path, so a site can live below a folder.</summary>
public static class Urls
{
    public static string Root(SiteConfig config, string relative)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(relative);

        // Idempotent, so a template may pass post.url (which has the base path) or "/archive/".
        if (config.BasePath.Length > 1 && relative.StartsWith(config.BasePath, StringComparison.Ordinal))
        {
            return relative;
        }

        return config.BasePath + relative.TrimStart('/');
    }

    public static string Absolute(SiteConfig config, string rootRelative)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new Uri(config.BaseUrl, rootRelative).AbsoluteUri;
    }

    /// <summary>A URL written by a writer (a cover image: "https://…", "/images/a.png" or
    /// "a.png" beside the post) made absolute from the page it belongs to.</summary>
    public static string AbsoluteFrom(SiteConfig config, string pagePermalink, string url)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return url.StartsWith('/') ? Absolute(config, Root(config, url)) : new Uri(new Uri(pagePermalink), url).AbsoluteUri;
    }

    public static string Post(SiteConfig config, string slug) => Root(config, $"{config.EditionPath}posts/{slug}/");

    public static string Page(SiteConfig config, string slug) => Root(config, $"{slug}/");

    public static string Tag(SiteConfig config, string slug) => Root(config, $"{config.EditionPath}tags/{slug}/");

    /// <summary>The three feeds of a folder of the site's edition: "" for the edition, "tags/x/" for a tag.</summary>
    public static IReadOnlyList<FeedLink> Feeds(SiteConfig config, string folder, string title)
    {
        ArgumentNullException.ThrowIfNull(config);
        FeedLink Link(string format, string mediaType, string file)
        {
            var url = Root(config, config.EditionPath + folder + file);
            return new FeedLink($"{title} ({format})", format, mediaType, url, Absolute(config, url));
        }

        return [
            Link("RSS", "application/rss+xml", "feed.xml"),
            Link("Atom", "application/atom+xml", "atom.xml"),
            Link("JSON Feed", "application/feed+json", "feed.json"),
        ];
    }

    public static string TagIndex(SiteConfig config) => Root(config, config.EditionPath + "tags/");

    public static string Archive(SiteConfig config) => Root(config, config.EditionPath + "archive/");

    public static string Home(SiteConfig config, int page) => Listing(config, config.EditionPath, page);

    /// <summary>A page of a listing below a folder ("" for the home page, "team-notes/" for a
    /// section, "fr/" for the French edition's home).</summary>
    public static string Listing(SiteConfig config, string folder, int page) =>
        page <= 1 ? Root(config, folder) : Root(config, $"{folder}page/{page}/");

    /// <summary>A page of the edition that every language has (search/, subscribe/).</summary>
    public static string EditionPage(SiteConfig config, string relative)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Root(config, config.EditionPath + relative);
    }

    /// <summary>The file behind a pretty URL: "/blog/posts/x/" → "posts/x/index.html".</summary>
    public static string OutputPath(SiteConfig config, string rootRelativeUrl)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rootRelativeUrl);
        var path = rootRelativeUrl.StartsWith(config.BasePath, StringComparison.Ordinal)
            ? rootRelativeUrl[config.BasePath.Length..]
            : rootRelativeUrl.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
