namespace NewsletterGen.Checks.Privacy;

/// <summary>What one page (or stylesheet) asks a browser to do by itself, gathered element by
/// element from either reading of the page (<see cref="PlainMarkup"/> or <see cref="ParsedMarkup"/>):
/// the URLs it would fetch, the <c>&lt;base href&gt;</c> elements that would move every relative
/// URL, and the <c>&lt;meta http-equiv=refresh&gt;</c> outside the head that would send the reader
/// elsewhere. The rules for which attribute loads live here, once, so both readings apply the same.</summary>
public sealed class PageLoads
{
    private const int MaxNesting = 4;

    /// <summary>Rel values of a link element that only name a page a reader may follow: a link
    /// with any other rel token is taken as a load.</summary>
    private static readonly HashSet<string> FollowedRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "alternate", "canonical", "author", "bookmark", "external", "help", "license", "next", "prev", "previous",
        "search", "tag", "me", "nofollow", "noopener", "noreferrer", "opener", "home", "index", "shortlink", "webmention", "pingback",
    };

    /// <summary>Attributes of HTML elements whose value a browser fetches (or submits to, or pings).</summary>
    private static readonly HashSet<string> HtmlUrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "poster", "data", "background", "action", "formaction", "lowsrc", "dynsrc", "codebase", "archive", "classid",
        "code", "manifest", "ping", "icon", "xlink:href",
    };

    private static readonly HashSet<string> SvgAnimations = new(StringComparer.OrdinalIgnoreCase)
    {
        "animate", "set", "animateMotion", "animateTransform", "animateColor", "discard",
    };

    /// <summary>HTML elements whose src (srcset, poster) a policy governs with img-src, media-src or
    /// frame-src: the loads <c>allow_origins</c> in site.yml may allow.</summary>
    private static readonly HashSet<string> EmbedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "img", "source", "video", "audio", "track", "iframe",
    };

    private readonly List<bool> _embeds = [];

    private int _nesting;

    private bool _embedding;

    public List<string> Urls { get; } = [];

    /// <summary>Whether the URL at <paramref name="index"/> of <see cref="Urls"/> is an image, a
    /// video or audio source, a track or a frame written as an element's own attribute (not a CSS
    /// url(), not a stylesheet, script, font or object).</summary>
    public bool IsEmbed(int index) => _embeds[index];

    public List<string> Bases { get; } = [];

    public List<string> BodyRefreshes { get; } = [];

    /// <summary>One element and all its attributes (every occurrence of a repeated attribute:
    /// the browser keeps the first, and checking all of them cannot miss it).</summary>
    public void Element(MarkupSpace space, string name, IReadOnlyList<KeyValuePair<string, string>> attributes, bool inHead)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(attributes);
        switch (space)
        {
            case MarkupSpace.Html:
                HtmlElement(name, attributes, inHead);
                break;
            case MarkupSpace.Svg:
                SvgElement(name, attributes);
                break;
            default:
                foreach (var (attribute, value) in attributes)
                {
                    if (IsNamed(attribute, "style"))
                    {
                        Css(value);
                    }
                    else if (IsHref(attribute) || IsNamed(attribute, "src"))
                    {
                        Url(value);
                    }
                }

                break;
        }
    }

    private void HtmlElement(string name, IReadOnlyList<KeyValuePair<string, string>> attributes, bool inHead)
    {
        var isLink = IsNamed(name, "link");
        var isFollowed = IsNamed(name, "a") || IsNamed(name, "area") || (isLink && !LinkLoads(attributes));
        if (IsNamed(name, "base"))
        {
            foreach (var (attribute, value) in attributes)
            {
                if (IsNamed(attribute, "href"))
                {
                    Bases.Add(value);
                }
            }

            return;
        }

        if (IsNamed(name, "meta") && attributes.Any(a => IsNamed(a.Key, "http-equiv") && a.Value.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var (attribute, value) in attributes)
            {
                if (IsNamed(attribute, "content"))
                {
                    if (inHead)
                    {
                        Url(RefreshTarget(value));
                    }
                    else
                    {
                        BodyRefreshes.Add(value);
                    }
                }
            }
        }

        var isParam = IsNamed(name, "param");
        var isEmbed = EmbedElements.Contains(name);
        foreach (var (attribute, value) in attributes)
        {
            if (IsNamed(attribute, "style"))
            {
                Css(value);
            }
            else if (IsNamed(attribute, "srcset") || IsNamed(attribute, "imagesrcset"))
            {
                _embedding = isEmbed && IsNamed(attribute, "srcset");
                SrcSetUrls(value);
                _embedding = false;
            }
            else if (IsNamed(attribute, "srcdoc"))
            {
                Html(value);
            }
            else if (IsNamed(attribute, "href") ? !isFollowed : HtmlUrlAttributes.Contains(attribute) || (isParam && IsNamed(attribute, "value")))
            {
                _embedding = isEmbed && (IsNamed(attribute, "src") || IsNamed(attribute, "poster"));
                Url(value);
                _embedding = false;
            }
        }
    }

    /// <summary>SVG: href and xlink:href load except on a link (a); every other attribute may be a
    /// presentation attribute, whose value is CSS (<c>fill="url(…)"</c>); an animation may set
    /// an href to any of its values.</summary>
    private void SvgElement(string name, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var isLink = IsNamed(name, "a");
        var isAnimation = SvgAnimations.Contains(name);
        foreach (var (attribute, value) in attributes)
        {
            if (IsHref(attribute))
            {
                if (!isLink)
                {
                    Url(value);
                }
            }
            else
            {
                Css(value);
                if (isAnimation && (IsNamed(attribute, "to") || IsNamed(attribute, "from") || IsNamed(attribute, "by") || IsNamed(attribute, "values")))
                {
                    foreach (var part in value.Split(';'))
                    {
                        Url(part);
                    }
                }
            }
        }
    }

    private static bool LinkLoads(IReadOnlyList<KeyValuePair<string, string>> attributes) =>
        attributes.Any(a => IsNamed(a.Key, "rel") && a.Value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Any(r => !FollowedRels.Contains(r)));

    /// <summary>A URL the page fetches. A data: URL is fetched from nowhere, but what it holds may
    /// be a document or a stylesheet that fetches further, so it is read in turn.</summary>
    public void Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Urls.Add(url);
        _embeds.Add(_embedding);
        if (DataUrl.TryRead(url, out var type, out var body) && !DataUrl.IsInert(type) && _nesting < MaxNesting)
        {
            _embedding = false;
            _nesting++;
            Css(body);
            Html(body);
            _nesting--;
        }
    }

    public void SrcSetUrls(string value)
    {
        foreach (var url in SrcSet.Urls(value))
        {
            Url(url);
        }
    }

    public void Css(string css)
    {
        foreach (var url in CssUrls.Of(css))
        {
            Url(url);
        }
    }

    /// <summary>A document inside the page (an iframe's srcdoc, a data: URL): read by the real parser.</summary>
    public void Html(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (_nesting >= MaxNesting)
        {
            return;
        }

        _nesting++;
        ParsedMarkup.Read(html, this);
        _nesting--;
    }

    /// <summary>The URL of a refresh's content ("5; url=/next/"), read leniently as the HTML
    /// Standard does.</summary>
    internal static string RefreshTarget(string content)
    {
        var rest = content.AsSpan().TrimStart(" \t\n\f\r").TrimStart("0123456789.").TrimStart(" \t\n\f\r");
        if (rest.Length > 0 && rest[0] is ';' or ',')
        {
            rest = rest[1..].TrimStart(" \t\n\f\r");
        }

        if (rest.StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterUrl = rest[3..].TrimStart(" \t\n\f\r");
            if (afterUrl.StartsWith('='))
            {
                rest = afterUrl[1..].TrimStart(" \t\n\f\r");
            }
        }

        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            var close = rest[1..].IndexOf(rest[0]);
            rest = close < 0 ? rest[1..] : rest.Slice(1, close);
        }

        return rest.ToString();
    }

    private static bool IsHref(string attribute) =>
        IsNamed(attribute, "href") || attribute.EndsWith(":href", StringComparison.OrdinalIgnoreCase);

    private static bool IsNamed(string value, string lowerName) => value.Equals(lowerName, StringComparison.OrdinalIgnoreCase);
}
