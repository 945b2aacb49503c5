namespace NewsletterGen.Model;

/// <summary>What every template knows about the page being rendered. <see cref="Feeds"/> are the
/// feeds the page announces for autodiscovery: the site's, and on a tag page the tag's first.</summary>
public sealed record PageInfo(string Kind, string Title, string Description, string Url, string Permalink, IReadOnlyList<FeedLink> Feeds)
{
    /// <summary>The absolute URL of the page's image (a post's cover), for og:image; or null.</summary>
    public string? Image { get; init; }

    /// <summary>The page in each language of the site, for a language switcher and hreflang
    /// (empty on a site in one language).</summary>
    public IReadOnlyList<PageAlternate> Alternates { get; init; } = [];

    /// <summary>The absolute URL hreflang="x-default" names: the page in the default language,
    /// when it has one and other languages have the same page; else null.</summary>
    public string? HreflangDefault { get; init; }

    private HtmlFragment? _jsonLd;

    /// <summary>Makes <see cref="JsonLd"/> the first time a template reads it: serialising it is a
    /// few per cent of rendering a post, and many themes never print it.</summary>
    internal Func<HtmlFragment>? MakeJsonLd { get; init; }

    /// <summary>The page's schema.org description as JSON-LD, or null.</summary>
    public HtmlFragment? JsonLd
    {
        get => _jsonLd ??= MakeJsonLd?.Invoke();
        init => _jsonLd = value;
    }
}
