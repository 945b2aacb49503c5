using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>Resolves relative URLs in HTML that writers typed into Markdown (`&lt;img src="x.png"&gt;`,
/// `srcset`, `&lt;video poster&gt;`) the same way as Markdown links. Only attribute values are
/// touched, and only in bodies that contain raw HTML at all.</summary>
public static partial class RawHtmlLinks
{
    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*?\s)(?<name>href|src|poster|srcset)\s*=\s*(?<q>["'])(?<value>[^"'<>]*)\k<q>""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    public static string Rewrite(string html, Func<string, string> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return UrlAttribute().Replace(html, match =>
        {
            var name = match.Groups["name"].Value;
            var value = System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value);
            var rewritten = name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? string.Join(", ", value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
                {
                    var space = candidate.IndexOf(' ', StringComparison.Ordinal);
                    return space < 0 ? resolve(candidate) : resolve(candidate[..space]) + candidate[space..];
                }))
                : resolve(value);
            var q = match.Groups["q"].Value;
            return $"{name}={q}{Model.HtmlFragment.Escape(rewritten)}{q}";
        });
    }
}
