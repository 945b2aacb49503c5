using NewsletterGen.Checks;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>The page left at a post's old URL (an alias): it sends browsers on at once, tells
/// search engines where the post lives now, and works without JavaScript.</summary>
public static class RedirectPage
{
    public static string Html(string targetPermalink, string title, string language)
    {
        var url = HtmlFragment.Escape(targetPermalink);
        var name = HtmlFragment.Escape(title);
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlFragment.Escape(language)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy.Value}">
            <title>{name}</title>
            <link rel="canonical" href="{url}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p>This issue has moved: <a href="{url}">{name}</a>.</p>
            </body>
            </html>

            """;
    }
}
