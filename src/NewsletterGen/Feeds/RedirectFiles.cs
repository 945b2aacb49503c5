using System.Text;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>The posts' old URLs (aliases) as rules a host answers with a 301 before any page is
/// read: <c>_redirects</c> for Netlify and Cloudflare Pages, and an nginx <c>map</c> to include.
/// The redirect pages stay for every other host. Both are sorted by old URL, so two builds of
/// one site write the same bytes.</summary>
public static class RedirectFiles
{
    public const string NetlifyPath = "_redirects";

    public const string NginxPath = "redirects.nginx.conf";

    /// <summary>Every alias and the post's URL, both root-relative, sorted by alias.</summary>
    public static IReadOnlyList<(string From, string To)> Rules(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Posts.SelectMany(p => p.Aliases.Select(a => (From: a, To: p.Url)))
            .Where(r => r.From != r.To)
            .DistinctBy(r => r.From, StringComparer.Ordinal)
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ToList();
    }

    public static string Netlify(IReadOnlyList<(string From, string To)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder("# Written by NewsletterGen: the posts' old URLs (aliases:), answered with a 301 by Netlify and Cloudflare Pages.\n");
        foreach (var (from, to) in rules)
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        return text.ToString();
    }

    /// <summary>A map from the old URL to the new one. Keys and values are quoted (a path may
    /// hold ';' or '{'); a path cannot hold '"' or '\' (slugs and aliases refuse them), and one
    /// with '$', which nginx would read as a variable, is left to its redirect page.</summary>
    public static string Nginx(IReadOnlyList<(string From, string To)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder("""
            # Written by NewsletterGen: the posts' old URLs (aliases:), answered with a 301 by nginx.
            # Include this file in the http block, and in the site's server block add:
            #     if ($redirect_uri) { return 301 $redirect_uri; }
            map $uri $redirect_uri {

            """);
        foreach (var (from, to) in rules.Where(r => !r.From.Contains('$', StringComparison.Ordinal) && !r.To.Contains('$', StringComparison.Ordinal)))
        {
            text.Append("    \"").Append(from).Append("\" \"").Append(to).Append("\";\n");
        }

        return text.Append("}\n").ToString();
    }
}
