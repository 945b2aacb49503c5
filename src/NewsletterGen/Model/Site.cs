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

    public string SubscribeUrl => Urls.EditionPage(Config, "subscribe/");

    public string SearchUrl => Urls.EditionPage(Config, "search/");

    /// <summary>The search index's URL, or null when site.yml turns the index off
    /// (`search_index: false`): a theme's search page can test it.</summary>
    public string? SearchIndexUrl => Config.SearchIndex ? Urls.EditionPage(Config, "search/index.json") : null;

    /// <summary>The edition's first home page, archive and tag index: "/", "/archive/", "/tags/"
    /// for the default language, "/fr/", "/fr/archive/", "/fr/tags/" for French.</summary>
    public string HomeUrl => Urls.Home(Config, 1);

    public string ArchiveUrl => Urls.Archive(Config);

    public string TagsUrl => Urls.TagIndex(Config);

    /// <summary>Every language of the site, the default first (empty for a site in one language).</summary>
    public IReadOnlyList<SiteLanguage> Languages => Config.Languages;

    /// <summary>The site in each other language: its posts, tags, years and home pages, with its
    /// edition's configuration. Empty on an edition itself and for a site in one language.</summary>
    public IReadOnlyList<Site> Editions { get; init; } = [];

    /// <summary>This site and its editions, the default language first.</summary>
    internal IEnumerable<Site> AllEditions => Editions.Count == 0 ? [this] : [this, .. Editions];

    /// <summary>The policy a theme puts in each page's Content-Security-Policy meta element: the
    /// site's origin, and the origins of `allow_origins` for images, media and frames.</summary>
    public string ContentSecurityPolicy { get; } = NewsletterGen.Checks.ContentSecurityPolicy.For(Config.AllowOrigins);
}
