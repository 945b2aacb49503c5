using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>Rewrites the URL attributes of HTML (href, src, poster, cite, srcset): relative URLs
/// that writers typed into Markdown as raw HTML, resolved like Markdown links; and, for feeds,
/// every URL made absolute. Attribute values quoted or not; text and code are never touched,
/// since an escaped "&amp;lt;img src=..." in a code block has no tag to match.</summary>
public static partial class RawHtmlLinks
{
    // Tags first, then attributes inside each tag: both scans are linear. (A single pattern with
    // a look-behind for the enclosing tag re-read the text before every "s" or "h" of the prose.)
    [GeneratedRegex("""<[a-zA-Z][^<>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex("""(?<=\s)(?<name>href|src|poster|cite|srcset)\s*=\s*(?:(?<q>["'])(?<value>[^"'<>]*)\k<q>|(?<value>[^\s"'<>=`]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlAttribute();

    public static string Rewrite(string html, Func<string, string> resolve)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(resolve);
        return StartTag().Replace(html, tag => RewriteTag(tag.Value, resolve));
    }

    private static string RewriteTag(string tag, Func<string, string> resolve)
    {
        return UrlAttribute().Replace(tag, match =>
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
            var quote = match.Groups["q"].Success ? match.Groups["q"].Value : "\"";
            return $"{name}={quote}{Model.HtmlFragment.Escape(rewritten)}{quote}";
        });
    }
}
