using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>The text of an HTML fragment: block tags (p, li, h2, ...) become spaces, other tags
/// vanish, entities are decoded, and white space collapses to single spaces. Written as plain
/// loops rather than three regular-expression replacements: this runs on every post body, and the
/// replacements (a match object per tag and per gap between words) were a quarter of the Markdown
/// stage. Each step gives exactly what its regular expression did; the patterns are kept below
/// as the definition, and the rare tag name with non-ASCII letters is still matched by them.</summary>
public static partial class HtmlText
{
    // Tags that separate words when a page is read as text; inline tags (em, a, code) do not.
    [GeneratedRegex(@"</?(?:p|div|h[1-6]|li|ul|ol|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|figure|figcaption|dl|dt|dd|section|aside|details|summary|img)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr", "tr", "td", "th", "table", "thead", "tbody",
        "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "section", "aside", "details", "summary", "img",
    };

    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return CollapseWhiteSpace(WebUtility.HtmlDecode(RemoveTags(BlockTagsToSpaces(html)))).Trim();
    }

    /// <summary>Regex.Replace(html, BlockTag, " "): left to right, each match ends at the first
    /// '&gt;' after its '&lt;'.</summary>
    private static string BlockTagsToSpaces(string html)
    {
        StringBuilder? result = null;
        var copied = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = BlockTagEnd(html, at);
            if (end < 0)
            {
                at = html.IndexOf('<', at + 1);
                continue;
            }

            result ??= new StringBuilder(html.Length);
            result.Append(html, copied, at - copied).Append(' ');
            copied = end + 1;
            at = html.IndexOf('<', copied);
        }

        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The index of the '&gt;' that ends a block tag starting at <paramref name="at"/>, or -1.</summary>
    private static int BlockTagEnd(string html, int at)
    {
        var start = at + 1;
        if (start < html.Length && html[start] == '/')
        {
            start++;
        }

        // The pattern's \b after the name: the name is the whole run of word characters.
        var end = start;
        var ascii = true;
        while (end < html.Length && IsWordCharacter(html[end]))
        {
            ascii &= char.IsAscii(html[end]);
            end++;
        }

        if (end == start)
        {
            return -1;
        }

        if (!ascii)
        {
            // Case-insensitive matching knows equivalents such as the Kelvin sign for "k".
            var match = BlockTag().Match(html, at);
            return match.Success && match.Index == at ? at + match.Length - 1 : -1;
        }

        return BlockNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(html.AsSpan(start, end - start))
            ? html.IndexOf('>', end)
            : -1;
    }

    /// <summary>What \b counts as a word character: letters, decimal digits, non-spacing marks,
    /// connector punctuation, and the zero-width (non-)joiners.</summary>
    private static bool IsWordCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (char.IsAscii(c))
        {
            return false;
        }

        return c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Regex.Replace(text, "&lt;[^&gt;]*&gt;", ""): a '&lt;' and everything up to the next '&gt;'.</summary>
    private static string RemoveTags(string text)
    {
        var at = text.IndexOf('<', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0)
        {
            var end = text.IndexOf('>', at + 1);
            if (end < 0)
            {
                break;
            }

            result.Append(text, copied, at - copied);
            copied = end + 1;
            at = text.IndexOf('<', copied);
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Regex.Replace(text, @"\s+", " "): every run of white space becomes one space. Most
    /// runs already are one space, so the text is copied only if one is not.</summary>
    private static string CollapseWhiteSpace(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end - i > 1 || text[i] != ' ')
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, i - copied).Append(' ');
                copied = end;
            }

            i = end - 1;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }
}
