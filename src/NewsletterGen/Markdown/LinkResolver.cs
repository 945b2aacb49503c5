namespace NewsletterGen.Markdown;

/// <summary>Resolves the URLs writers put in Markdown against the file they wrote them in, the
/// way their editor previews them: `diagram.png` beside a post, `other-post.md` → that post's
/// URL, `/images/x.svg` below the site's base path. Absolute URLs and fragments stay as written.</summary>
public sealed class LinkResolver
{
    private readonly string _basePath;
    private readonly IReadOnlyDictionary<string, string> _documentUrls;

    /// <param name="basePath">The base URL's path, "/" or "/newsletter/".</param>
    /// <param name="documentUrls">Source path of every post and page ("content/posts/a.md") → its URL.</param>
    public LinkResolver(string basePath, IReadOnlyDictionary<string, string> documentUrls)
    {
        _basePath = basePath;
        _documentUrls = documentUrls;
    }

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
            return _basePath.Length > 1 && !path.StartsWith(_basePath, StringComparison.Ordinal)
                ? _basePath + path[1..] + suffix
                : url;
        }

        var folder = sourcePath.Contains('/', StringComparison.Ordinal) ? sourcePath[..sourcePath.LastIndexOf('/')] : string.Empty;
        var target = Normalize(folder + "/" + Uri.UnescapeDataString(path));
        if (target is null)
        {
            return url; // climbs above the source folder: not ours to rewrite
        }

        if (IsMarkdown(target))
        {
            return _documentUrls.TryGetValue(target, out var documentUrl) ? documentUrl + suffix : null;
        }

        var published = PublishedPath(target);
        return published is null ? url : _basePath + EscapePath(published) + suffix;
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

