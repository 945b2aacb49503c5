using AngleSharp.Html.Parser;

namespace NewsletterGen.Html;

/// <summary>Makes every URL in an HTML fragment absolute, for feeds: feed readers and mail
/// services show content away from the site, where "/posts/x/" or "diagram.png" lead nowhere
/// (and many ignore xml:base).</summary>
public static class UrlAbsolutizer
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite", "action"];

    /// <param name="html">The fragment, e.g. a post's body.</param>
    /// <param name="baseUrl">The page the fragment belongs to; relative URLs resolve against it.</param>
    public static string Absolutize(string html, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (html.Length == 0)
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[href], [src], [poster], [cite], [action], [srcset]"))
        {
            foreach (var name in UrlAttributes)
            {
                var value = element.GetAttribute(name);
                if (value is not null)
                {
                    element.SetAttribute(name, Resolve(baseUrl, value));
                }
            }

            var srcset = element.GetAttribute("srcset");
            if (srcset is not null)
            {
                element.SetAttribute("srcset", ResolveSrcset(baseUrl, srcset));
            }
        }

        return body.InnerHtml;
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

    /// <summary>"a.png 1x, b.png 2x": each candidate's URL resolved, its descriptor kept.</summary>
    private static string ResolveSrcset(Uri baseUrl, string srcset) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? Resolve(baseUrl, candidate) : Resolve(baseUrl, candidate[..space]) + candidate[space..];
        }));
}
