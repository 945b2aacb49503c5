using System.Globalization;
using System.Text;

namespace NewsletterGen.Import;

/// <summary>The text rules Jekyll and Hugo make URL segments with, so old URLs are computed as
/// those generators computed them.</summary>
public static class UrlText
{
    /// <summary>Jekyll's `Utils.slugify` in "pretty" mode, which `:title` uses: every run of
    /// characters other than letters, digits and ._~!$&amp;'()+,;=@ becomes one hyphen;
    /// <paramref name="cased"/> keeps the case (`:title`), otherwise lower case (`:slug`, "default" mode
    /// also turns those punctuation characters into hyphens).</summary>
    public static string JekyllSlug(string text, bool pretty, bool cased)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text)
        {
            var keep = char.IsLetterOrDigit(c) || (pretty && "._~!$&'()+,;=@".Contains(c, StringComparison.Ordinal));
            if (keep)
            {
                if (hyphen && result.Length > 0)
                {
                    result.Append('-');
                }

                result.Append(c);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        var slug = result.ToString();
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>Hugo's `urlize` (helpers.UnicodeSanitize, then lower case): letters, digits,
    /// marks and ./\_#+~-@ are kept, a run of spaces before a kept character is one hyphen,
    /// anything else is dropped.</summary>
    public static string HugoUrlize(string text, bool lower = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var wasSpace = false;
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var allowed = c is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@' || char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (allowed)
            {
                if (wasSpace)
                {
                    result.Append('-');
                    wasSpace = false;
                }

                result.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                wasSpace = true;
            }
        }

        var url = result.ToString();
        return lower ? url.ToLowerInvariant() : url;
    }

    /// <summary>"/a//b/" → "/a/b/": empty placeholders leave double slashes, which both
    /// generators collapse.</summary>
    public static string CollapseSlashes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new StringBuilder(path.Length + 1);
        foreach (var c in path.StartsWith('/') ? path : "/" + path)
        {
            if (c != '/' || result.Length == 0 || result[^1] != '/')
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
