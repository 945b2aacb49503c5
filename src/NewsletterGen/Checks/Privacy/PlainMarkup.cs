using System.Buffers;
using System.Text;

namespace NewsletterGen.Checks.Privacy;

/// <summary>The fast reading of a page, for the markup the build itself writes: doctype, plain
/// start and end tags with quoted or simple attribute values, comments ended by "--&gt;", and
/// the raw text of script, style, title and textarea elements. On that markup the HTML
/// Standard's tokenizer cannot disagree with it. Anything else — a comment ended by "--!&gt;",
/// an SVG or MathML element, noscript, iframe, select, base, a refresh, an unknown character
/// reference in an attribute that matters, an unquoted value holding a quote, a NUL — and the
/// answer is "not understood", and the page is read by <see cref="ParsedMarkup"/>. Parsing every
/// page with AngleSharp would cost more than the rest of the check (docs/performance.md).</summary>
public static class PlainMarkup
{
    private static readonly SearchValues<byte> NameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"u8);
    private static readonly SearchValues<byte> AttributeNameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-"u8);
    private static readonly SearchValues<byte> UnquotedEnd = SearchValues.Create("\t\n\f\r >"u8);
    private static readonly SearchValues<byte> UnquotedOdd = SearchValues.Create("\"'<=`"u8);

    /// <summary>Adds what the page loads to <paramref name="loads"/> and returns true, or returns
    /// false (leaving <paramref name="loads"/> to be thrown away) when the page holds markup this
    /// reading does not fully understand.</summary>
    public static bool TryRead(ReadOnlySpan<byte> html, PageLoads loads)
    {
        ArgumentNullException.ThrowIfNull(loads);
        if (html.Contains((byte)0))
        {
            return false;
        }

        var at = 0;
        while (true)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0)
            {
                return true;
            }

            at += open + 1;
            if (at >= html.Length)
            {
                return true;
            }

            var next = html[at];
            if (next == '!')
            {
                at = Declaration(html, at);
            }
            else if (next == '/')
            {
                at = EndTag(html, at + 1);
            }
            else if (IsLetter(next))
            {
                at = StartTag(html, at, loads);
            }
            else if (next == '?')
            {
                return false;
            }

            if (at < 0)
            {
                return false;
            }
        }
    }

    /// <summary>A comment or the doctype, from the "!"; where reading goes on, or -1.</summary>
    private static int Declaration(ReadOnlySpan<byte> html, int at)
    {
        if (html[at..].StartsWith("!--"u8))
        {
            var body = at + 3;
            if (html[body..].StartsWith(">"u8) || html[body..].StartsWith("->"u8))
            {
                return -1;
            }

            var end = html[body..].IndexOf("-->"u8);
            if (end < 0 || html.Slice(body, end + 3).IndexOf("--!"u8) >= 0)
            {
                return -1;
            }

            return body + end + 3;
        }

        if (html.Length - at >= 8 && Ascii.EqualsIgnoreCase(html.Slice(at, 8), "!doctype"u8))
        {
            var close = html[at..].IndexOf((byte)'>');
            return close < 0 ? -1 : at + close + 1;
        }

        return -1;
    }

    /// <summary>An end tag from its name: only "&lt;/name&gt;", with spaces before the "&gt;".</summary>
    private static int EndTag(ReadOnlySpan<byte> html, int at)
    {
        if (at >= html.Length || !IsLetter(html[at]))
        {
            return -1;
        }

        var length = html[at..].IndexOfAnyExcept(NameBytes);
        if (length < 0)
        {
            return -1;
        }

        at += length;
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }

        return at < html.Length && html[at] == '>' ? at + 1 : -1;
    }

    /// <summary>What a start tag is to this reading, known from its name's bytes without making a
    /// string: a page has hundreds of tags.</summary>
    private enum TagKind
    {
        Other,
        Link, // a or area: its href is followed, not loaded
        NotUnderstood,
        Script,
        Style,
        Title,
        TextArea,
    }

    private static int StartTag(ReadOnlySpan<byte> html, int at, PageLoads loads)
    {
        var length = html[at..].IndexOfAnyExcept(NameBytes);
        if (length < 0 || !(IsSpace(html[at + length]) || html[at + length] is (byte)'/' or (byte)'>'))
        {
            return -1;
        }

        var nameBytes = html.Slice(at, length);
        var kind = KindOf(nameBytes);
        if (kind == TagKind.NotUnderstood)
        {
            return -1;
        }

        at += length;
        List<KeyValuePair<string, string>>? attributes = null;
        while (true)
        {
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length)
            {
                return -1;
            }

            if (html[at] == '>')
            {
                at++;
                break;
            }

            if (html[at] == '/')
            {
                if (at + 1 < html.Length && html[at + 1] == '>')
                {
                    at += 2;
                    break;
                }

                return -1;
            }

            at = Attribute(html, at, kind, ref attributes);
            if (at < 0)
            {
                return -1;
            }
        }

        if (attributes is not null)
        {
            var name = Encoding.ASCII.GetString(nameBytes).ToLowerInvariant();
            if (name == "meta" && attributes.Any(a => a.Key == "http-equiv" && a.Value.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }

            loads.Element(MarkupSpace.Html, name, attributes, inHead: false);
        }

        return kind switch
        {
            TagKind.Script => RawText(html, at, "</script"u8, loads, isCss: false),
            TagKind.Style => RawText(html, at, "</style"u8, loads, isCss: true),
            TagKind.Title => RawText(html, at, "</title"u8, loads, isCss: false),
            TagKind.TextArea => RawText(html, at, "</textarea"u8, loads, isCss: false),
            _ => at,
        };
    }

    /// <summary>One attribute from its name; where reading goes on, or -1. Only attributes that
    /// can matter to the check are kept (as strings).</summary>
    private static int Attribute(ReadOnlySpan<byte> html, int at, TagKind kind, ref List<KeyValuePair<string, string>>? attributes)
    {
        if (html[at] is (byte)'-' or (byte)'.' || !AttributeNameBytes.Contains(html[at]))
        {
            return -1;
        }

        var length = html[at..].IndexOfAnyExcept(AttributeNameBytes);
        if (length < 0)
        {
            return -1;
        }

        var nameBytes = html.Slice(at, length);
        at += length;
        if (!(IsSpace(html[at]) || html[at] is (byte)'=' or (byte)'/' or (byte)'>'))
        {
            return -1;
        }

        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }

        var matters = Matters(nameBytes, kind);
        if (at >= html.Length || html[at] != '=')
        {
            if (matters)
            {
                (attributes ??= []).Add(new(Encoding.ASCII.GetString(nameBytes).ToLowerInvariant(), ""));
            }

            return at;
        }

        at++;
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }

        if (at >= html.Length)
        {
            return -1;
        }

        ReadOnlySpan<byte> value;
        if (html[at] is (byte)'"' or (byte)'\'')
        {
            var quote = html[at++];
            var close = html[at..].IndexOf(quote);
            if (close < 0)
            {
                return -1;
            }

            value = html.Slice(at, close);
            at += close + 1;
            if (at >= html.Length || !(IsSpace(html[at]) || html[at] is (byte)'/' or (byte)'>'))
            {
                return -1;
            }
        }
        else
        {
            var end = html[at..].IndexOfAny(UnquotedEnd);
            if (end <= 0)
            {
                return -1;
            }

            value = html.Slice(at, end);
            if (value.IndexOfAny(UnquotedOdd) >= 0)
            {
                return -1;
            }

            at += end;
        }

        if (!matters)
        {
            return at;
        }

        var text = Encoding.UTF8.GetString(value);
        if (text.Contains('&', StringComparison.Ordinal))
        {
            var decoded = Decode(text);
            if (decoded is null)
            {
                return -1;
            }

            text = decoded;
        }

        (attributes ??= []).Add(new(Encoding.ASCII.GetString(nameBytes).ToLowerInvariant(), text));
        return at;
    }

    /// <summary>Whether <see cref="PageLoads"/> may read this attribute of an HTML element this
    /// reading understands (a refresh's content and a param's value never reach it). A rel
    /// decides whether a link element loads; an a or area is followed whatever its rel says.</summary>
    private static bool Matters(ReadOnlySpan<byte> name, TagKind kind) => name.Length switch
    {
        3 => Is(name, "src"u8) || (Is(name, "rel"u8) && kind != TagKind.Link),
        4 => Is(name, "href"u8) ? kind != TagKind.Link : Is(name, "data"u8) || Is(name, "ping"u8) || Is(name, "code"u8) || Is(name, "icon"u8),
        5 => Is(name, "style"u8),
        6 => Is(name, "srcset"u8) || Is(name, "poster"u8) || Is(name, "srcdoc"u8) || Is(name, "action"u8) || Is(name, "lowsrc"u8) || Is(name, "dynsrc"u8),
        7 => Is(name, "archive"u8) || Is(name, "classid"u8),
        8 => Is(name, "codebase"u8) || Is(name, "manifest"u8),
        10 => Is(name, "background"u8) || Is(name, "formaction"u8) || Is(name, "http-equiv"u8),
        11 => Is(name, "imagesrcset"u8),
        _ => false,
    } || (name.Length > 5 && name.IndexOf((byte)':') >= 0);

    private static TagKind KindOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        1 when Is(name, "a"u8) => TagKind.Link,
        3 when Is(name, "svg"u8) => TagKind.NotUnderstood,
        4 when Is(name, "area"u8) => TagKind.Link,
        4 when Is(name, "math"u8) || Is(name, "base"u8) => TagKind.NotUnderstood,
        5 when Is(name, "style"u8) => TagKind.Style,
        5 when Is(name, "title"u8) => TagKind.Title,
        5 when Is(name, "param"u8) => TagKind.NotUnderstood,
        6 when Is(name, "script"u8) => TagKind.Script,
        3 when Is(name, "xmp"u8) => TagKind.NotUnderstood,
        6 when Is(name, "iframe"u8) || Is(name, "select"u8) => TagKind.NotUnderstood,
        7 when Is(name, "noembed"u8) => TagKind.NotUnderstood,
        8 when Is(name, "noscript"u8) || Is(name, "noframes"u8) || Is(name, "frameset"u8) => TagKind.NotUnderstood,
        8 when Is(name, "textarea"u8) => TagKind.TextArea,
        9 when Is(name, "plaintext"u8) => TagKind.NotUnderstood,
        _ => TagKind.Other,
    };

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> lowerName) => name.Length == lowerName.Length && Ascii.EqualsIgnoreCase(name, lowerName);

    /// <summary>The text of a script, style, title or textarea element, up to "&lt;/name&gt;"
    /// (a script holding "&lt;!--" is not understood: its end depends on what follows).</summary>
    private static int RawText(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> endTag, PageLoads loads, bool isCss)
    {
        var end = IndexOfIgnoreCase(html, at, endTag);
        if (end < 0 || end + endTag.Length >= html.Length || html[end + endTag.Length] != '>')
        {
            return -1;
        }

        var text = html[at..end];
        if (endTag.SequenceEqual("</script"u8) && text.IndexOf("<!--"u8) >= 0)
        {
            return -1;
        }

        if (isCss)
        {
            loads.Css(Encoding.UTF8.GetString(text));
        }

        return end + endTag.Length + 1;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> lowerText)
    {
        while (at < html.Length)
        {
            var open = html[at..].IndexOf("</"u8);
            if (open < 0)
            {
                return -1;
            }

            at += open;
            if (html.Length - at >= lowerText.Length && Ascii.EqualsIgnoreCase(html.Slice(at, lowerText.Length), lowerText))
            {
                return at;
            }

            at += 2;
        }

        return -1;
    }

    /// <summary>An attribute value with its character references decoded, when each is one of
    /// the few the build writes (&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and numeric
    /// ones with a semicolon); null otherwise, since HTML's rules for the others (legacy names
    /// without a semicolon, 2,231 names) are the parser's business.</summary>
    internal static string? Decode(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '&')
            {
                text.Append(c);
                continue;
            }

            var next = i + 1 < value.Length ? value[i + 1] : ' ';
            if (!char.IsAsciiLetterOrDigit(next) && next != '#')
            {
                text.Append('&');
                continue;
            }

            var semicolon = value.IndexOf(';', i);
            if (semicolon < 0)
            {
                return null;
            }

            var reference = value.AsSpan(i + 1, semicolon - i - 1);
            string? decoded = reference switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => Numeric(reference),
            };
            if (decoded is null)
            {
                return null;
            }

            text.Append(decoded);
            i = semicolon;
        }

        return text.ToString();
    }

    private static string? Numeric(ReadOnlySpan<char> reference)
    {
        if (reference.Length < 2 || reference[0] != '#')
        {
            return null;
        }

        var isHex = reference[1] is 'x' or 'X';
        var digits = reference[(isHex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 6
            || !int.TryParse(digits, isHex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        {
            return null;
        }

        return char.ConvertFromUtf32(code);
    }

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
