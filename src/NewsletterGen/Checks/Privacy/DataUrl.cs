using System.Text;

namespace NewsletterGen.Checks.Privacy;

/// <summary>The media type and text of a data: URL (RFC 2397, as the Fetch Standard reads it).</summary>
public static class DataUrl
{
    public static bool TryRead(string url, out string type, out string body)
    {
        ArgumentNullException.ThrowIfNull(url);
        type = body = "";
        var text = url.AsSpan().Trim(" \t\n\f\r\0");
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[5..];
        var comma = text.IndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var header = text[..comma].ToString().Replace(" ", "", StringComparison.Ordinal);
        type = header.Split(';')[0].ToLowerInvariant();
        var data = Uri.UnescapeDataString(text[(comma + 1)..].ToString());
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(data.Where(c => !char.IsWhiteSpace(c)))));
            }
            catch (FormatException)
            {
                body = data;
            }
        }
        else
        {
            body = data;
        }

        return true;
    }

    /// <summary>Raster images, fonts, audio and video fetch nothing further; any other type
    /// (HTML, SVG, CSS, XML, plain or no type, which browsers may sniff) is read.</summary>
    public static bool IsInert(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is "image/png" or "image/jpeg" or "image/gif" or "image/webp" or "image/avif" or "image/bmp" or "image/x-icon" or "image/vnd.microsoft.icon"
            || type.StartsWith("font/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
    }
}
