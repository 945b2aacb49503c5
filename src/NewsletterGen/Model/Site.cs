namespace NewsletterGen.Model;

/// <summary>The whole site, as templates and feeds see it. Immutable: built once by
/// <see cref="SiteBuilder"/>, then read by every page render in parallel.</summary>
public sealed record Site(
    SiteConfig Config,
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<YearGroup> Years,
    IReadOnlyList<Pager> Pagers)
{
    public string Title => Config.Title;

    /// <summary>The posts of the home pages and the site's feeds: all, but those of sections
    /// with `in_main_feed: false`.</summary>
    public IReadOnlyList<Post> HomePosts { get; init; } = Posts;

    /// <summary>Each declared section's listing, in site.yml's order.</summary>
    public IReadOnlyList<Listing> Sections { get; init; } = [];

    public string Description => Config.Description;

    public string BaseUrl => Config.BaseUrl.AbsoluteUri;

    public string Language => Config.Language;

    public string TimeZone => Config.TimeZoneId;

    public IReadOnlyList<Author> Authors => Config.Authors;

    public IReadOnlyDictionary<string, object?> Extra => Config.Extra;

    /// <summary>The site's RSS, Atom and JSON feeds.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; } = Urls.Feeds(Config, string.Empty, Config.Title);

    public string FeedUrl => Feeds[0].Url;

    public string FeedPermalink => Feeds[0].Permalink;

    public string SubscribeUrl => Urls.Root(Config, "subscribe/");

    public string SearchUrl => Urls.Root(Config, "search/");

    /// <summary>The search index's URL, or null when site.yml turns the index off
    /// (`search_index: false`): a theme's search page can test it.</summary>
    public string? SearchIndexUrl => Config.SearchIndex ? Urls.Root(Config, "search/index.json") : null;

    /// <summary>The policy a theme puts in each page's Content-Security-Policy meta element: the
    /// site's origin, and the origins of `allow_origins` for images, media and frames.</summary>
    public string ContentSecurityPolicy { get; } = NewsletterGen.Checks.ContentSecurityPolicy.For(Config.AllowOrigins);
}
