using System.Text;
using System.Xml;

namespace NewsletterGen.Feeds;

/// <summary>XML 1.0 forbids most control characters and lone surrogates anywhere in a document;
/// one of them in a post makes every reader reject the whole feed. They are dropped here.</summary>
public static class XmlText
{
    /// <summary>The index of the first character XML forbids, or -1.</summary>
    public static int FirstForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValidAt(text, i))
            {
                return i;
            }
        }

        return -1;
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

    public static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}
