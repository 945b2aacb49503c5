using NewsletterGen.Diagnostics;

namespace NewsletterGen.Markdown;

/// <summary>Resolves the URLs writers put in Markdown against the file they wrote them in, the
/// way their editor previews them: `diagram.png` beside a post, `other-post.md` → that post's
/// URL, `/images/x.svg` below the site's base path. Absolute URLs and fragments stay as written.</summary>
public sealed class LinkResolver
{
    private readonly string _basePath;
    private readonly IReadOnlyDictionary<string, string> _documentUrls;
    private readonly IReadOnlyDictionary<string, SourceLocation> _leftOut;

    /// <param name="basePath">The base URL's path, "/" or "/newsletter/".</param>
    /// <param name="documentUrls">Source path of every post and page ("content/posts/a.md") → its URL.</param>
    /// <param name="leftOut">Source path of every post and page this build left out because its
    /// front matter failed → where its first error is.</param>
    public LinkResolver(string basePath, IReadOnlyDictionary<string, string> documentUrls, IReadOnlyDictionary<string, SourceLocation>? leftOut = null)
    {
        _basePath = basePath;
        _documentUrls = documentUrls;
        _leftOut = leftOut ?? new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
    }

    /// <summary>Where the first error is of the post or page a relative link names, when the
    /// build left that file out because its front matter failed (<see cref="Resolve"/> then
    /// returned null): the link is not broken, its target is, and the writer is told so.</summary>
    public SourceLocation? LeftOutTarget(string url, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(sourcePath);
        if (_leftOut.Count == 0)
        {
            return null;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        if (path.Length == 0 || path[0] == '/' || HasScheme(path))
        {
            return null;
        }

        var folder = sourcePath.Contains('/', StringComparison.Ordinal) ? sourcePath[..sourcePath.LastIndexOf('/')] : string.Empty;
        return Normalize(folder + "/" + Uri.UnescapeDataString(path)) is { } target ? LeftOutDocument(target) : null;
    }

    /// <summary>Where the first error is of the document at <paramref name="sourcePath"/>
    /// ("content/posts/a.md"), if the build left it out because its front matter failed.</summary>
    public SourceLocation? LeftOutDocument(string sourcePath) =>
        _leftOut.TryGetValue(sourcePath, out var at) ? at : null;

    /// <summary>The URL to write in HTML, or null when the link names a Markdown file that is not
    /// part of the site (the caller warns and keeps the link as written).</summary>
    public string? Resolve(string url, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(sourcePath);
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return url;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? string.Empty : url[cut..];
        if (path.Length == 0)
        {
            return url;
        }

        if (path[0] == '/')
        {
            return _basePath.Length > 1 && !path.StartsWith(_basePath, StringComparison.Ordinal) && !IsElsewhereOnTheHost(path)
                ? _basePath + path[1..] + suffix
                : url;
        }

        var folder = sourcePath.Contains('/', StringComparison.Ordinal) ? sourcePath[..sourcePath.LastIndexOf('/')] : string.Empty;
        var target = Normalize(folder + "/" + Uri.UnescapeDataString(path));
        if (target is null || !target.StartsWith("content/", StringComparison.Ordinal))
        {
            // Climbs out of content/ (an archive's "../../images/x.png", written for the old
            // site's URLs): nothing there is published, so it is resolved as a browser would,
            // against the page's URL, and the result is checked like any other internal link.
            return AgainstPageUrl(url, sourcePath);
        }

        if (IsMarkdown(target))
        {
            return _documentUrls.TryGetValue(target, out var documentUrl) ? documentUrl + suffix : null;
        }

        var published = PublishedPath(target);
        return published is null ? url : _basePath + EscapePath(published) + suffix;
    }

    /// <summary>The base URL's path, "/" or "/newsletter/".</summary>
    public string BasePath => _basePath;

    /// <summary>The URL of the page written from <paramref name="sourcePath"/>, if it is one.</summary>
    public string? PageUrl(string sourcePath) => _documentUrls.TryGetValue(sourcePath, out var url) ? url : null;

    /// <summary>Whether a root-relative path points to the rest of the host rather than into
    /// the site: on a site below /en/news/, "/en/community/" shares the base path's first folder
    /// but is not below it, so it was written for a sibling site and is left alone, while
    /// "/images/x.png" is the site's own and gets the base path.</summary>
    private bool IsElsewhereOnTheHost(string path)
    {
        var firstEnd = _basePath.IndexOf('/', 1);
        if (firstEnd < 0 || firstEnd == _basePath.Length - 1)
        {
            return false; // the base path is one folder deep: every other path is the site's own
        }

        return path.StartsWith(_basePath.AsSpan(0, firstEnd + 1), StringComparison.Ordinal);
    }

    /// <summary>A relative URL resolved against the URL of the page written from
    /// <paramref name="sourcePath"/> (root-relative), or as written when that page is unknown.</summary>
    private string AgainstPageUrl(string url, string sourcePath)
    {
        if (!_documentUrls.TryGetValue(sourcePath, out var pageUrl) || !pageUrl.StartsWith('/'))
        {
            return url;
        }

        var resolved = new Uri(new Uri("http://host" + pageUrl), url);
        return resolved.PathAndQuery + resolved.Fragment;
    }

    /// <summary>Where a file under content/ is published: posts keep their folder, pages and
    /// static files go to the root.</summary>
    private static string? PublishedPath(string sourcePath)
    {
        foreach (var (prefix, published) in new[] { ("content/posts/", "posts/"), ("content/pages/", string.Empty), ("content/static/", string.Empty) })
        {
            if (sourcePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return published + sourcePath[prefix.Length..];
            }
        }

        return null;
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    private static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

