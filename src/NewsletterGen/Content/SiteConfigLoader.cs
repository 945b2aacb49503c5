using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Reads and validates content/site.yml.</summary>
public static class SiteConfigLoader
{
    public const string RelativePath = "content/site.yml";

    public static SiteConfig? Load(string sourceDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = Path.Combine(sourceDirectory, RelativePath);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, SourceLocation.StartOf(RelativePath),
                $"no {RelativePath} in {Path.GetFullPath(sourceDirectory)}; run the command in the folder that holds content/ and templates/, or pass --source");
            return null;
        }

        var text = TextDecoder.Decode(File.ReadAllBytes(path), RelativePath, diagnostics);
        return text is null ? null : Parse(text, diagnostics);
    }

    public static SiteConfig? Parse(string yaml, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reader = new YamlValues(RelativePath, 1, diagnostics);
        var mapping = reader.ParseMapping(yaml, SourceLocation.StartOf(RelativePath), "site.yml");
        if (mapping is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var baseUrlSeen = false;
        string? title = null, description = null, language = null;
        Uri? baseUrl = null;
        var timeZone = TimeZoneInfo.Utc;
        var authors = new List<Author>();
        var postsPerPage = SiteConfig.DefaultPostsPerPage;
        var feedSize = SiteConfig.DefaultFeedSize;
        var gitDates = false;
        var searchIndex = true;
        var wellKnown = false;
        IReadOnlyList<string> allowOrigins = [];
        PermalinkPattern? permalink = null;
        var slugFromFileName = false;
        IReadOnlyList<SectionSettings> sections = [];
        YamlValue? languages = null;
        Uri? hub = null;
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);

        foreach (var (key, _, value) in mapping.Entries)
        {
            switch (key)
            {
                case "title":
                    title = reader.Text(key, value);
                    break;
                case "description":
                    description = reader.Text(key, value);
                    break;
                case "language":
                    language = reader.Text(key, value);
                    break;
                case "base_url":
                    baseUrlSeen = true;
                    baseUrl = ReadBaseUrl(reader, key, value, diagnostics);
                    break;
                case "time_zone":
                    timeZone = ReadTimeZone(reader, key, value, diagnostics) ?? timeZone;
                    break;
                case "posts_per_page":
                    postsPerPage = reader.WholeNumber(key, value, 1, 1000) ?? postsPerPage;
                    break;
                case "feed_size":
                    feedSize = reader.WholeNumber(key, value, 1, 10000) ?? feedSize;
                    break;
                case "websub_hub":
                    hub = ReadHub(reader, key, value, diagnostics) ?? hub;
                    break;
                case "git_dates":
                    gitDates = reader.Boolean(key, value) ?? false;
                    break;
                case "well_known":
                    wellKnown = reader.Boolean(key, value) ?? false;
                    break;
                case "search_index":
                    searchIndex = reader.Boolean(key, value) ?? true;
                    break;
                case "allow_origins":
                    allowOrigins = AllowedOrigins.Read(reader, key, value, diagnostics);
                    break;
                case "permalink":
                    permalink = ReadPermalink(reader, key, value, diagnostics);
                    break;
                case "slug_from":
                    slugFromFileName = ReadSlugFrom(reader, key, value, diagnostics) ?? slugFromFileName;
                    break;
                case "sections":
                    sections = SectionsReader.Read(reader, value, diagnostics);
                    break;
                case "languages":
                    languages = value;
                    break;
                case "authors":
                    authors.AddRange(ReadAuthors(reader, value, diagnostics));
                    break;
                default:
                    extra[key] = YamlValues.ToData(value);
                    break;
            }
        }

        // Read after the loop: the default language may be written after 'languages'.
        var declared = languages is null ? [] : LanguagesReader.Read(reader, languages, language ?? "en", diagnostics);
        var whole = SourceLocation.StartOf(RelativePath);
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, whole, "site.yml needs a 'title'");
        }

        if (!baseUrlSeen)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, whole, "site.yml needs a 'base_url', the address the site is published at, e.g. https://example.org/");
        }

        var errorsAfter = diagnostics.ErrorCount;
        if (errorsAfter > errorsBefore || title is null || baseUrl is null)
        {
            return null;
        }

        return new SiteConfig(title, description ?? string.Empty, baseUrl, language ?? "en", timeZone,
            authors, postsPerPage, feedSize, extra, gitDates, hub, searchIndex)
        {
            WellKnown = wellKnown,
            AllowOrigins = allowOrigins,
            Permalink = permalink,
            SlugFromFileName = slugFromFileName,
            Sections = sections,
        }.WithLanguages(declared);
    }

    /// <summary>The address the site is published at, with a trailing slash; null (reported) when
    /// it is not an absolute http(s) URL without a query or fragment.</summary>
    private static Uri? ReadBaseUrl(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var url = reader.Text(key, value);
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && string.IsNullOrEmpty(parsed.Query) && string.IsNullOrEmpty(parsed.Fragment))
        {
            return WithTrailingSlash(parsed);
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, reader.At(value), "'base_url' must be an absolute http(s) URL such as https://example.org/");
        return null;
    }

    private static TimeZoneInfo? ReadTimeZone(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var id = reader.Text(key, value);
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, reader.At(value), $"unknown time zone '{id}'; use an IANA name such as Europe/Paris or UTC");
        return null;
    }

    private static Uri? ReadHub(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var hubText = reader.Text(key, value);
        if (hubText is not null && Uri.TryCreate(hubText, UriKind.Absolute, out var hubUrl) && hubUrl.Scheme is "http" or "https")
        {
            return hubUrl;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, reader.At(value), "'websub_hub' must be an absolute http(s) URL, e.g. https://pubsubhubbub.appspot.com/");
        return null;
    }

    /// <summary>Whether slugs come from file names (`slug_from: filename`) rather than titles;
    /// null (reported) for any other word.</summary>
    private static bool? ReadSlugFrom(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        switch (reader.Text(key, value))
        {
            case "title":
                return false;
            case "filename":
                return true;
            case var other:
                diagnostics.Error(DiagnosticCodes.InvalidPermalink, reader.At(value), $"'slug_from' is 'title' or 'filename', not '{other}'");
                return null;
        }
    }

    /// <summary>A site-wide or a section's `permalink:`, reported at its line when it is unusable.</summary>
    internal static PermalinkPattern? ReadPermalink(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var text = reader.Text(key, value);
        if (text is null)
        {
            return null;
        }

        var (pattern, problem) = PermalinkPattern.Parse(text, mustNameEachPost: true);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPermalink, reader.At(value), $"permalink {problem}");
        }

        return pattern;
    }

    public static Uri WithTrailingSlash(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private static List<Author> ReadAuthors(YamlValues reader, YamlValue node, DiagnosticBag diagnostics)
    {
        var authors = new List<Author>();
        foreach (var (id, _, value) in reader.Entries(node, DiagnosticCodes.InvalidSiteConfig,
                     "'authors' must map a short id to a name, e.g.\n  authors:\n    claire:\n      name: Claire Vasseur"))
        {
            if (value is YamlText)
            {
                var name = reader.Text(id, value);
                authors.Add(new Author(id, name ?? id, null, null));
                continue;
            }

            if (value is not YamlMap fields)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, reader.At(value), $"author '{id}' must have a name, and may have a url and an email");
                continue;
            }

            string? authorName = null, url = null, email = null;
            foreach (var (field, _, v) in fields.Entries)
            {
                switch (field)
                {
                    case "name": authorName = reader.Text(field, v); break;
                    case "url": url = reader.Text(field, v); break;
                    case "email": email = reader.Text(field, v); break;
                    default:
                        diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, reader.At(v), $"unknown author field '{field}'; an author has name, url and email");
                        break;
                }
            }

            authors.Add(new Author(id, authorName ?? id, url, email));
        }

        return authors;
    }
}
