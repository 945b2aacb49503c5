using System.Buffers;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>The text of an HTML fragment: block tags (p, li, h2, ...) become spaces, other tags
/// vanish, entities are decoded, and white space collapses to single spaces. Written as plain
/// loops rather than three regular-expression replacements: this runs on every post body, and the
/// replacements (a match object per tag and per gap between words) were a large share of the
/// Markdown stage. The tags go in one pass into a rented buffer, and only the result becomes a string.
/// Each step gives exactly what its regular expression did; the patterns are kept below
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
        if (html.Length == 0)
        {
            return html;
        }

        // The text never grows: tags shrink to one space or nothing, entities to their character,
        // runs of white space to one space. So one rented buffer holds every step, and the only
        // strings made are the result (and the decoder's input, when there is an entity).
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var length = WithoutTags(html, buffer);
            var text = buffer.AsSpan(0, length);
            if (text.Contains('&'))
            {
                var decoded = WebUtility.HtmlDecode(new string(text));
                if (decoded.Length > buffer.Length)
                {
                    return CollapseWhiteSpace(decoded).Trim(); // not seen: decoding shortens
                }

                decoded.CopyTo(buffer);
                text = buffer.AsSpan(0, decoded.Length);
            }

            return new string(buffer, 0, CollapseAndTrim(text));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The number of words in <see cref="Of"/>(<paramref name="html"/>), without making
    /// that string: a post's word count (its reading time) is needed for every post, its text
    /// only for the search index and the rare template that prints it.</summary>
    public static int CountWords(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return 0;
        }

        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            ReadOnlySpan<char> text = buffer.AsSpan(0, WithoutTags(html, buffer));
            if (MayDecodeToWhiteSpace(text))
            {
                text = WebUtility.HtmlDecode(new string(text));
            }

            return Words(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The runs of characters that are not white space (char.IsWhiteSpace): the words
    /// of the text once collapsed. Eight ASCII characters at a time, as a post's text is: a
    /// word starts where a character is not a space and the one before it is. A block with a
    /// character outside ASCII, where white space is rarer and more varied, goes one by one.</summary>
    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var afterSpace = true;
        var at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            ref var first = ref MemoryMarshal.GetReference(chars);
            var notAscii = Vector128.Create((ushort)0xFF80);
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var four = Vector128.Create((ushort)4); // \t \n \v \f \r: 9 to 13
            for (; at + Vector128<ushort>.Count <= chars.Length; at += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref first, (nuint)at);
                if ((block & notAscii) != Vector128<ushort>.Zero)
                {
                    words += OneByOne(text.Slice(at, Vector128<ushort>.Count), ref afterSpace);
                    continue;
                }

                var spaces = (Vector128.Equals(block, space) | Vector128.LessThanOrEqual(block - tab, four)).ExtractMostSignificantBits();
                var before = (spaces << 1) | (afterSpace ? 1u : 0u);
                words += BitOperations.PopCount(~spaces & before & 0xFFu);
                afterSpace = (spaces & 0x80u) != 0;
            }
        }

        return words + OneByOne(text[at..], ref afterSpace);
    }

    private static int OneByOne(ReadOnlySpan<char> text, ref bool afterSpace)
    {
        var words = 0;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            words += !isSpace && afterSpace ? 1 : 0;
            afterSpace = isSpace;
        }

        return words;
    }

    /// <summary>Whether decoding the entities of <paramref name="text"/> could turn one into white
    /// space, and so split a word. Other entities (SmartyPants writes one for every quote and
    /// dash) stand for one character that is not white space, as their undecoded text is not:
    /// they change no word count, and decoding them made a copy of nearly every post.
    /// WebUtility knows HTML 4's named entities, whose white space ones are these four.</summary>
    private static bool MayDecodeToWhiteSpace(ReadOnlySpan<char> text) =>
        text.Contains('&')
        && (text.Contains("&#", StringComparison.Ordinal) || text.Contains("&nbsp;", StringComparison.Ordinal)
            || text.Contains("&ensp;", StringComparison.Ordinal) || text.Contains("&emsp;", StringComparison.Ordinal)
            || text.Contains("&thinsp;", StringComparison.Ordinal));

    /// <summary>Regex.Replace(Regex.Replace(html, BlockTag, " "), "&lt;[^&gt;]*&gt;", ""), in one
    /// pass, written into <paramref name="into"/>; returns the length written. Block tags (each
    /// ending at the first '&gt;' after its '&lt;') become spaces; another '&lt;' and everything
    /// up to the next '&gt;' left by the first replacement vanish, and once no such '&gt;' is
    /// left, the rest stays as text.</summary>
    private static int WithoutTags(string html, char[] into)
    {
        var written = 0;
        var at = 0;
        var removeOtherTags = true;
        while (true)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                return Copy(html, at, html.Length, into, written);
            }

            written = Copy(html, at, open, into, written);
            var blockEnd = BlockTagEnd(html, open);
            if (blockEnd >= 0)
            {
                into[written++] = ' ';
                at = blockEnd + 1;
                continue;
            }

            var close = removeOtherTags ? EndOfTag(html, open) : -1;
            if (close >= 0)
            {
                at = close + 1;
                continue;
            }

            // No '>' is left to end a tag: from here on, another '<' is text.
            removeOtherTags = false;
            into[written++] = '<';
            at = open + 1;
        }
    }

    /// <summary>The '&gt;' that ends the tag at <paramref name="open"/> once block tags are
    /// spaces: the first '&gt;' after it that does not end a block tag starting after it; -1 if
    /// there is none.</summary>
    private static int EndOfTag(string html, int open)
    {
        var from = open + 1;
        while (true)
        {
            var close = html.IndexOf('>', from);
            if (close < 0)
            {
                return -1;
            }

            // A block tag starting before this '>' ends at it (its name holds no '>').
            var consumed = false;
            for (var inner = html.IndexOf('<', from, close - from); inner >= 0; inner = html.IndexOf('<', inner + 1, close - inner - 1))
            {
                if (BlockTagEnd(html, inner) >= 0)
                {
                    consumed = true;
                    break;
                }
            }

            if (!consumed)
            {
                return close;
            }

            from = close + 1;
        }
    }

    private static int Copy(string html, int from, int to, char[] into, int written)
    {
        html.AsSpan(from, to - from).CopyTo(into.AsSpan(written));
        return written + to - from;
    }

    /// <summary>Regex.Replace(text, @"\s+", " ").Trim(), in place: returns the new length.</summary>
    private static int CollapseAndTrim(Span<char> text)
    {
        var written = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                text[written++] = ' ';
                pendingSpace = false;
            }

            text[written++] = c;
        }

        return written;
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
