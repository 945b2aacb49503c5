using System.Text.RegularExpressions;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>A post's slug and URL: its own `permalink:`, else its section's pattern, else the
/// site's (<see cref="SiteConfig.Permalink"/>), else `/posts/:slug/`.</summary>
public static partial class PostPermalink
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();

    private const string PostsFolder = "content/posts/";

    /// <summary>The post's slug: its `slug:`, else made from its title or (`slug_from:
    /// filename`) its file name.</summary>
    public static string Slug(ParsedDocument document, SiteConfig config, string? language)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        return document.FrontMatter.Slug
            ?? (config.SlugFromFileName ? FileName(document.Path) : Content.Slug.From(document.FrontMatter.Title!, language ?? config.Language));
    }

    /// <summary>The file's name without a Jekyll date prefix and its extension, kept as written
    /// when it is a plain URL segment (an old URL keeps its case), made a slug otherwise.</summary>
    public static string FileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        if (stem is "index" && Path.GetFileName(Path.GetDirectoryName(path)) is { Length: > 0 } folder)
        {
            stem = folder; // a Hugo bundle (my-post/index.md) is named by its folder
        }

        stem = DatePrefix().Replace(stem, string.Empty);
        return stem.Length > 0 && stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && Content.Slug.IsSafe(stem)
            ? stem
            : Content.Slug.From(stem) is { Length: > 0 } made ? made : "post";
    }

    /// <summary>The declared section a post's file is in (its first folder below
    /// content/posts/), or null.</summary>
    public static SectionSettings? SectionOf(string path, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(config);
        return config.Sections.Count > 0 && FolderOf(path) is { } folder ? config.Section(folder) : null;
    }

    /// <summary>The first folder below content/posts/ of a post's file, or null when it is right there.</summary>
    public static string? FolderOf(string path)
    {
        if (!path.StartsWith(PostsFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var slash = path.IndexOf('/', PostsFolder.Length);
        if (slash < 0)
        {
            return null;
        }

        // A bundle (content/posts/my-post/index.md, its images beside it) is one post, not a folder of posts.
        var rest = path.AsSpan(slash + 1);
        return rest is "index.md" or "index.markdown" ? null : path[PostsFolder.Length..slash];
    }

    /// <summary>The pattern a post's URL is made with.</summary>
    public static PermalinkPattern PatternFor(ParsedDocument document, SectionSettings? section, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        if (document.FrontMatter.Permalink is { } own)
        {
            return own;
        }

        if (section is null)
        {
            return config.Permalink ?? PermalinkPattern.Default;
        }

        // A section's URLs start with its folder unless the site's pattern places it elsewhere.
        return section.Permalink ?? (config.Permalink is { } site && site.UsesWord("section") ? site : PermalinkPattern.Default);
    }

    /// <summary>The post's root-relative URL (with the base path).</summary>
    public static string Url(ParsedDocument document, SiteConfig config, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        var slug = Slug(document, config, language);
        var section = SectionOf(document.Path, config);
        var pattern = PatternFor(document, section, config);
        if (ReferenceEquals(pattern, PermalinkPattern.Default) && section is null)
        {
            return Urls.Post(config, slug); // today's URLs, the common case, without filling a pattern
        }

        var fm = document.FrontMatter;
        var title = pattern.UsesWord("title") ? Content.Slug.From(fm.Title!, language ?? config.Language) : string.Empty;
        var fileName = pattern.UsesWord("filename") ? FileName(document.Path) : string.Empty;
        var values = new PermalinkValues(slug, title.Length > 0 ? title : slug, fileName, section?.Folder ?? "posts", fm.Date ?? DateTimeOffset.UnixEpoch);
        return Urls.Root(config, config.EditionPath + pattern.Fill(values).TrimStart('/'));
    }
}
