using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsletterGen.Html;

/// <summary>The URLs an HTML page makes a browser load by itself: the sources of images, scripts,
/// frames and media, stylesheets and icons in link elements, and url() and @import in style
/// elements and style attributes. Links a reader follows (a href, canonical, alternate) are not
/// loads.
///
/// The page is read once, as UTF-8 bytes, by a small tokenizer (tags, quoted attribute values,
/// comments, and the raw text of script and style elements), rather than by regular expressions
/// over decoded text: this check reads every page of every build, and decoding each page and
/// running three case-insensitive patterns over it was a tenth of a large build's CPU time. Text
/// is not markup, so a url() written in a code sample in a post is not taken for a load.</summary>
public static partial class HtmlLoads
{
    [GeneratedRegex("""(?:url\(\s*['"]?|@import\s+['"])(?<value>(?:[a-z][a-z0-9+.-]*:)?//[^'")\s]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssReference();

    /// <summary>What a tag is to this check. Known from the name's bytes without making a
    /// string: a page has hundreds of tags.</summary>
    private enum TagKind
    {
        Other,
        Loading, // src, srcset, poster, data, xlink:href load
        LoadingByHref, // image and use (SVG): href loads too
        Script, // loads by src; its text is raw
        Style, // its text is CSS
        Link, // loads by href when rel says so
    }

    private static readonly HashSet<string> LoadingRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch", "mask-icon",
    };

    private static readonly SearchValues<byte> NameEnd = SearchValues.Create("\t\n\f\r />"u8);

    /// <summary>The absolute and relative URLs the page would load, in document order.</summary>
    public static List<string> Of(ReadOnlySpan<byte> html)
    {
        var loads = new List<string>();
        var at = 0;
        while (true)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0)
            {
                return loads;
            }

            at += open + 1;
            if (at >= html.Length)
            {
                return loads;
            }

            var next = html[at];
            if (next == '!')
            {
                at = SkipPast(html, at, html[at..].StartsWith("!--"u8) ? "-->"u8 : ">"u8);
            }
            else if (next == '/' || next == '?')
            {
                at = SkipPast(html, at, ">"u8);
            }
            else if (IsAsciiLetter(next))
            {
                at = StartTag(html, at, loads);
            }
        }
    }

    /// <summary>The absolute and relative URLs a stylesheet would load.</summary>
    public static IEnumerable<string> OfCss(string css) =>
        CssReference().Matches(css).Select(m => m.Groups["value"].Value);

    /// <summary>Reads the start tag whose name begins at <paramref name="at"/>; returns where
    /// reading goes on (after the tag, or after the raw text of a script or style element).</summary>
    private static int StartTag(ReadOnlySpan<byte> html, int at, List<string> loads)
    {
        var nameLength = html[at..].IndexOfAny(NameEnd);
        nameLength = nameLength < 0 ? html.Length - at : nameLength;
        var kind = KindOf(html.Slice(at, nameLength));
        var isLoading = kind is TagKind.Loading or TagKind.LoadingByHref or TagKind.Script;
        var isLink = kind == TagKind.Link;
        at += nameLength;

        // The attributes this check reads, first occurrence of each (as browsers keep them).
        string? src = null, srcset = null, poster = null, data = null, href = null, xlinkHref = null, rel = null;
        while (at < html.Length)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/'))
            {
                at++;
            }

            if (at >= html.Length || html[at] == '>')
            {
                at++;
                break;
            }

            var attributeStart = at;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not (byte)'/' and not (byte)'>' && (html[at] != '=' || at == attributeStart))
            {
                at++;
            }

            var attribute = html[attributeStart..at];
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length || html[at] != '=')
            {
                continue; // an attribute without a value
            }

            at++;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            ReadOnlySpan<byte> value;
            if (at < html.Length && html[at] is (byte)'"' or (byte)'\'')
            {
                var quote = html[at++];
                var length = html[at..].IndexOf(quote);
                length = length < 0 ? html.Length - at : length;
                value = html.Slice(at, length);
                at = Math.Min(html.Length, at + length + 1);
            }
            else
            {
                var start = at;
                while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
                {
                    at++;
                }

                value = html[start..at];
            }

            if (attribute.Length > 10)
            {
                continue; // no attribute read here has a longer name
            }

            if (IsNamed(attribute, "style"u8))
            {
                loads.AddRange(OfCss(Decode(value)));
            }
            else if (isLoading || isLink)
            {
                if (IsNamed(attribute, "src"u8)) { src ??= Decode(value); }
                else if (IsNamed(attribute, "srcset"u8)) { srcset ??= Decode(value); }
                else if (IsNamed(attribute, "poster"u8)) { poster ??= Decode(value); }
                else if (IsNamed(attribute, "data"u8)) { data ??= Decode(value); }
                else if (IsNamed(attribute, "href"u8)) { href ??= Decode(value); }
                else if (IsNamed(attribute, "xlink:href"u8)) { xlinkHref ??= Decode(value); }
                else if (IsNamed(attribute, "rel"u8)) { rel ??= Decode(value); }
            }
        }

        if (isLink)
        {
            if (rel is not null && href is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LoadingRels.Contains))
            {
                loads.Add(href);
            }
        }
        else if (isLoading)
        {
            AddIfPresent(loads, src);
            AddIfPresent(loads, poster);
            AddIfPresent(loads, data);
            AddIfPresent(loads, xlinkHref);
            if (kind == TagKind.LoadingByHref)
            {
                AddIfPresent(loads, href);
            }

            if (srcset is not null)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    loads.Add(candidate.Split(' ')[0]);
                }
            }
        }

        // Script and style elements hold raw text up to their end tag: a "<" in a script is not
        // a tag, and a style element's text is CSS.
        if (kind is TagKind.Script or TagKind.Style)
        {
            var end = IndexOfEndTag(html, at, kind == TagKind.Script ? "script"u8 : "style"u8);
            if (kind == TagKind.Style)
            {
                loads.AddRange(OfCss(Encoding.UTF8.GetString(html[at..end])));
            }

            return end;
        }

        return at;
    }

    private static void AddIfPresent(List<string> loads, string? value)
    {
        if (value is not null)
        {
            loads.Add(value);
        }
    }

    /// <summary>Where "&lt;/name" begins (any case), or the end of the page.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> name)
    {
        while (at < html.Length)
        {
            var open = html[at..].IndexOf("</"u8);
            if (open < 0)
            {
                return html.Length;
            }

            at += open;
            var candidate = html.Slice(at + 2, Math.Min(name.Length, html.Length - at - 2));
            if (candidate.Length == name.Length && Ascii.EqualsIgnoreCase(candidate, name))
            {
                return at;
            }

            at += 2;
        }

        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> end)
    {
        var found = html[at..].IndexOf(end);
        return found < 0 ? html.Length : at + found + end.Length;
    }

    private static bool IsNamed(ReadOnlySpan<byte> attribute, ReadOnlySpan<byte> lowerName) =>
        attribute.Length == lowerName.Length && Ascii.EqualsIgnoreCase(attribute, lowerName);

    /// <summary>An attribute value as the browser reads it: UTF-8, character references decoded.</summary>
    private static string Decode(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    private static TagKind KindOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 when IsNamed(name, "img"u8) => TagKind.Loading,
        3 when IsNamed(name, "use"u8) => TagKind.LoadingByHref,
        4 when IsNamed(name, "link"u8) => TagKind.Link,
        5 when IsNamed(name, "style"u8) => TagKind.Style,
        5 when IsNamed(name, "frame"u8) || IsNamed(name, "audio"u8) || IsNamed(name, "video"u8) || IsNamed(name, "track"u8)
            || IsNamed(name, "embed"u8) || IsNamed(name, "input"u8) => TagKind.Loading,
        5 when IsNamed(name, "image"u8) => TagKind.LoadingByHref,
        6 when IsNamed(name, "script"u8) => TagKind.Script,
        6 when IsNamed(name, "iframe"u8) || IsNamed(name, "source"u8) || IsNamed(name, "object"u8) => TagKind.Loading,
        _ => TagKind.Other,
    };

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
