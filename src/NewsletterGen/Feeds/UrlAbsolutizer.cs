using NewsletterGen.Markdown;

namespace NewsletterGen.Feeds;

/// <summary>Makes every URL in an HTML fragment absolute, for feeds: feed readers and mail
/// services show content away from the site, where "/posts/x/" or "diagram.png" lead nowhere
/// (and many ignore xml:base). The fragment is a post body this build rendered, so a rewrite of
/// its URL attributes is exact, and cheaper than parsing every body into a DOM (which cost more
/// than all other feed work together; docs/performance.md).</summary>
public static class UrlAbsolutizer
{
    /// <param name="html">The fragment, e.g. a post's body.</param>
    /// <param name="baseUrl">The page the fragment belongs to; relative URLs resolve against it.</param>
    public static string Absolutize(string html, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUrl);
        return html.Length == 0 ? html : RawHtmlLinks.Rewrite(html, url => Resolve(baseUrl, url));
    }

    public static string Resolve(Uri baseUrl, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        return Uri.TryCreate(baseUrl, trimmed, out var absolute) ? absolute.AbsoluteUri : url;
    }
}
