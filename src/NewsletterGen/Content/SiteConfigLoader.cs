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
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        var config = new SiteConfig(string.Empty, string.Empty, Unset, "en", TimeZoneInfo.Utc, [],
            SiteConfig.DefaultPostsPerPage, SiteConfig.DefaultFeedSize, extra);
        YamlValue? languages = null;
        foreach (var (key, _, value) in mapping.Entries)
        {
            if (key == "languages")
            {
                languages = value; // read after the loop: the default language may come after it
            }
            else if (With(config, key, value, reader, diagnostics) is { } set)
            {
                config = set;
            }
            else
            {
                extra[key] = YamlValues.ToData(value);
            }
        }

        var declared = languages is null ? [] : LanguagesReader.Read(reader, languages, config.Language, diagnostics);
        var whole = SourceLocation.StartOf(RelativePath);
        if (string.IsNullOrWhiteSpace(config.Title))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, whole, "site.yml needs a 'title'");
        }

        if (!mapping.Entries.Any(e => e.Key == "base_url"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteConfig, whole, "site.yml needs a 'base_url', the address the site is published at, e.g. https://example.org/");
        }

        return diagnostics.ErrorCount > errorsBefore ? null : config.WithLanguages(declared);
    }

    /// <summary>Stands for a base URL not read yet: a missing or invalid base_url is an error,
    /// so a configuration that still has it is never returned.</summary>
    private static readonly Uri Unset = new("https://base-url.invalid/");

    /// <summary>The configuration with one setting of site.yml read into it (a bad value is
    /// reported, and the setting keeps what it had), or null when the key is not a setting of
    /// the tool: templates read it as site data.</summary>
    private static SiteConfig? With(SiteConfig config, string key, YamlValue value, YamlValues reader, DiagnosticBag diagnostics) => key switch
    {
        "title" => config with { Title = reader.Text(key, value) ?? string.Empty },
        "description" => config with { Description = reader.Text(key, value) ?? string.Empty },
        "language" => config with { Language = reader.Text(key, value) ?? "en" },
        "base_url" => config with { BaseUrl = ReadBaseUrl(reader, key, value, diagnostics) ?? config.BaseUrl },
        "time_zone" => config with { TimeZone = ReadTimeZone(reader, key, value, diagnostics) ?? config.TimeZone },
        "posts_per_page" => config with { PostsPerPage = reader.WholeNumber(key, value, 1, 1000) ?? config.PostsPerPage },
        "feed_size" => config with { FeedSize = reader.WholeNumber(key, value, 1, 10000) ?? config.FeedSize },
        "websub_hub" => config with { WebSubHub = ReadHub(reader, key, value, diagnostics) ?? config.WebSubHub },
        "git_dates" => config with { UseGitDates = reader.Boolean(key, value) ?? false },
        "well_known" => config with { WellKnown = reader.Boolean(key, value) ?? false },
        "search_index" => config with { SearchIndex = reader.Boolean(key, value) ?? true },
        "allow_origins" => config with { AllowOrigins = AllowedOrigins.Read(reader, key, value, diagnostics) },
        "permalink" => config with { Permalink = ReadPermalink(reader, key, value, diagnostics) },
        "slug_from" => config with { SlugFromFileName = ReadSlugFrom(reader, key, value, diagnostics) ?? config.SlugFromFileName },
        "sections" => config with { Sections = SectionsReader.Read(reader, value, diagnostics) },
        "authors" => config with { Authors = [.. config.Authors, .. ReadAuthors(reader, value, diagnostics)] },
        _ => null,
    };

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
