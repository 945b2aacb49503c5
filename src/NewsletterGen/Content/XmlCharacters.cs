using System.Text;
using System.Xml;

namespace NewsletterGen.Content;

/// <summary>XML 1.0 forbids most control characters and lone surrogates anywhere in a document;
/// one of them in a post makes every reader reject the whole feed. They are dropped here.</summary>
public static class XmlCharacters
{
    /// <summary>The index of the first character XML forbids, or -1.</summary>
    public static int FirstForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every character from U+0020 to U+D7FF is allowed: a vectorised scan skips those, and
        // only the rest (line breaks, tabs, characters beyond U+D7FF) is looked at one by one.
        // Every source file passes through here before it is parsed.
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (!IsValidAt(text, i))
            {
                return i;
            }

            i++;
        }
    }

    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsValidAt(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsValidAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return XmlConvert.IsXmlChar(c);
    }
}
