namespace NewsletterGen.Checks.Privacy;

/// <summary>The URLs a piece of CSS (a stylesheet, a style element's text, a style attribute, an
/// SVG presentation attribute) may make a browser fetch, read with the tokenizer of CSS Syntax
/// Level 3 (§4) so that what a browser decodes is what is checked: escapes (<c>u\72l(</c>,
/// <c>\68ttp</c>, <c>http:\2f\2f</c>), comments, <c>@import"…"</c> with no space. Every url token
/// and every string token is returned: a string is how <c>@import</c>, <c>url("…")</c>,
/// <c>image-set('…')</c> and <c>src()</c> name what they load, and a string that is not a URL
/// (a font name, generated content) resolves to a path of the site, which is harmless.</summary>
public static class CssUrls
{
    public static List<string> Of(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var found = new List<string>();
        var reader = new CssTokenReader(Preprocess(css), found);
        reader.Run();
        return found;
    }

    /// <summary>§3.3: CR, FF and CRLF are newlines; NUL is U+FFFD.</summary>
    private static string Preprocess(string css) =>
        css.AsSpan().IndexOfAny('\r', '\f', '\0') < 0 ? css
            : css.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\f', '\n').Replace('\0', '\uFFFD');
}
