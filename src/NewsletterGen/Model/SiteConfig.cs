namespace NewsletterGen.Model;

/// <summary>content/site.yml, validated. <see cref="BaseUrl"/> always ends with a slash.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    TimeZoneInfo TimeZone,
    IReadOnlyList<Author> Authors,
    int PostsPerPage,
    int FeedSize,
    IReadOnlyDictionary<string, object?> Extra,
    bool UseGitDates = false,
    Uri? WebSubHub = null,
    bool SearchIndex = true)
{
    public const int DefaultPostsPerPage = 10;
    public const int DefaultFeedSize = 20;

    /// <summary>The path part of the base URL ("/" or "/newsletter/"): every root-relative URL
    /// the site links to starts with it, so a site can live below a folder of its host.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public string TimeZoneId => TimeZone.Id;

    /// <summary>Whether aliases may name paths below /.well-known/ (`well_known: true`), a
    /// folder hosts and other services read, so a site publishes there only when asked.</summary>
    public bool WellKnown { get; init; }

    /// <summary>Origins other than the site's that old posts may load images, audio, video and
    /// frames from (`allow_origins:`), as "scheme://host[:port]": the origin check warns instead
    /// of refusing them, and the Content-Security-Policy lets browsers fetch them.</summary>
    public IReadOnlyList<string> AllowOrigins { get; init; } = [];

    /// <summary>The site's post URL pattern (`permalink:`); null for today's `/posts/:slug/`.</summary>
    public PermalinkPattern? Permalink { get; init; }

    /// <summary>Whether a post without `slug:` is named after its file (`slug_from: filename`,
    /// the name without a Jekyll date prefix) rather than its title.</summary>
    public bool SlugFromFileName { get; init; }

    /// <summary>The sub-folders of content/posts/ declared as sections (`sections:`), in the
    /// order site.yml lists them.</summary>
    public IReadOnlyList<SectionSettings> Sections { get; init; } = [];

    public SectionSettings? Section(string folder) => Sections.FirstOrDefault(s => s.Folder == folder);

    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}
