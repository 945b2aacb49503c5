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


    /// <summary>Where this configuration's edition lives below the base path: "" for the
    /// default language, "fr/" for the French edition. Posts, listings, feeds and the search
    /// index of an edition are below it; pages, assets and the 404 page are the site's.</summary>
    public string EditionPath { get; init; } = string.Empty;

    /// <summary>Every language of the site, the default first, then those of `languages:` in
    /// site.yml; empty for a site in one language.</summary>
    public IReadOnlyList<SiteLanguage> Languages { get; init; } = [];

    /// <summary>The configuration of each other language's edition (its language, title,
    /// description and <see cref="EditionPath"/>), in the order of <see cref="Languages"/>.
    /// Empty on an edition itself.</summary>
    public IReadOnlyList<SiteConfig> Editions { get; init; } = [];

    /// <summary>Whether <paramref name="code"/> is the default language or one of `languages:`.</summary>
    public bool Declares(string code) =>
        string.Equals(code, Language, StringComparison.OrdinalIgnoreCase) || Editions.Any(e => string.Equals(e.Language, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The edition of <paramref name="code"/>, or this (the default language's) when
    /// it is not a declared language.</summary>
    public SiteConfig ForLanguage(string? code)
    {
        if (code is null || Editions.Count == 0)
        {
            return this;
        }

        foreach (var edition in Editions)
        {
            if (string.Equals(edition.Language, code, StringComparison.OrdinalIgnoreCase))
            {
                return edition;
            }
        }

        return this;
    }

    /// <summary>The languages of `languages:` as site.yml declares them.</summary>
    public IReadOnlyList<LanguageSettings> DeclaredLanguages { get; init; } = [];

    /// <summary>This configuration with <paramref name="declared"/> as its other languages: their
    /// editions and the list of languages are made from it and the base URL.</summary>
    public SiteConfig WithLanguages(IReadOnlyList<LanguageSettings> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var root = this with { DeclaredLanguages = declared, Editions = [], Languages = [], EditionPath = string.Empty };
        if (declared.Count == 0)
        {
            return root;
        }

        var editions = declared.Select(d =>
        {
            var extra = new Dictionary<string, object?>(Extra, StringComparer.Ordinal);
            foreach (var (key, value) in d.Extra)
            {
                extra[key] = value;
            }

            return root with
            {
                Language = d.Code,
                Title = d.Title ?? Title,
                Description = d.Description ?? Description,
                Extra = extra,
                EditionPath = d.Code + "/",
                DeclaredLanguages = [],
                Sections = [], // a section's listing lives in the default language's folders
            };
        }).ToList();
        var home = Urls.Home(root, 1);
        var languages = new List<SiteLanguage> { new(Language, LanguageNames.Of(Language), Title, Description, home, Urls.Absolute(root, home), true) };
        languages.AddRange(editions.Select((e, i) => new SiteLanguage(e.Language, declared[i].Name ?? LanguageNames.Of(e.Language), e.Title, e.Description, Urls.Home(e, 1), Urls.Absolute(e, Urls.Home(e, 1)), false)));
        editions = [.. editions.Select(e => e with { Languages = languages })];
        return root with { Editions = editions, Languages = languages };
    }

    public SiteConfig WithBaseUrl(Uri baseUrl) => (this with { BaseUrl = baseUrl }).WithLanguages(DeclaredLanguages);
}
