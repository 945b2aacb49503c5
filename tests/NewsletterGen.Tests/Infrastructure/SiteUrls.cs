namespace NewsletterGen.Tests.Infrastructure;

/// <summary>Maps the URLs a built page links to back to files of the output, the way a static
/// web server would: a folder URL serves its index.html.</summary>
public static class SiteUrls
{
    public static readonly Uri DefaultBase = new("https://example.org/");

    /// <summary>The absolute URL at which an output file is served: "page/2/index.html" →
    /// https://example.org/page/2/, "404.html" → https://example.org/404.html.</summary>
    public static Uri PageUrl(string outputPath, Uri? baseUrl = null)
    {
        var path = outputPath == "index.html" ? string.Empty
            : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length]
            : outputPath;
        return new Uri(baseUrl ?? DefaultBase, path);
    }

    /// <summary>The output file that <paramref name="href"/>, written in <paramref name="outputPath"/>,
    /// leads to; null when it leads off the site (another host, mailto:, ...).</summary>
    public static string? TargetFile(string href, string outputPath, Uri? baseUrl = null)
    {
        var root = baseUrl ?? DefaultBase;
        var target = new Uri(PageUrl(outputPath, root), href);
        if (target.Scheme is not ("http" or "https") || !string.Equals(target.Authority, root.Authority, StringComparison.OrdinalIgnoreCase)
            || !target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath[root.AbsolutePath.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
