using System.Text;
using AnyAscii;

namespace NewsletterGen.Content;

/// <summary>Turns titles, tags and file names into URL path segments: lower-case ASCII letters,
/// digits and single hyphens ("Souveraineté numérique" → "souverainete-numerique").</summary>
public static class Slug
{
    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜ");

    public static string From(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most titles and tags are ASCII already, and transliterating walks them char by char
        // through AnyAscii's tables (tags are slugged once per post that has them).
        var ascii = System.Text.Ascii.IsValid(text) ? text : Localize(text, language).Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Transliteration rules that depend on the language: German writes "ä" as "ae"
    /// when it has no umlauts (Größe → groesse), where a plain transliteration gives "a".
    /// Polish "ł" → "l" and French "œ" → "oe" come right from the general rules.</summary>
    private static string Localize(string text, string? language)
    {
        if (language is null || !language.StartsWith("de", StringComparison.OrdinalIgnoreCase) || text.AsSpan().IndexOfAny(Umlauts) < 0)
        {
            return text;
        }

        return text.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal);
    }

    /// <summary>A safe slug to suggest in place of an unsafe one.</summary>
    public static string Suggest(string unsafeSlug)
    {
        var suggestion = From(unsafeSlug);
        return IsSafe(suggestion) ? suggestion : "my-issue";
    }

    /// <summary>Whether a slug written by hand is one path segment that stays inside the output
    /// folder (<see cref="IsWellFormed"/>) and names nothing a file system or a host treats
    /// specially (<see cref="SpecialName"/>).</summary>
    public static bool IsSafe(string slug) => IsWellFormed(slug) && SpecialName(slug) is null;

    /// <summary>Whether a slug written by hand is one path segment, with no character a file
    /// system or a URL gives a meaning to, and short enough for any file system.</summary>
    public static bool IsWellFormed(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (string.IsNullOrWhiteSpace(slug) || slug is "." or ".." || slug.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (c is '/' or '\\' or ':' or '?' or '#' or '%' or '*' or '"' or '<' or '>' or '|' || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest slug: file systems allow 255 bytes in a name.</summary>
    public const int MaxLength = 200;

    /// <summary>Why hosts or file systems treat a path segment specially, or null when they do
    /// not: such a name, as a slug, an alias or a tag's folder, would be hidden, refused or read
    /// as the host's configuration instead of being published as a page.</summary>
    /// <param name="allowWellKnown">Whether `.well-known` is allowed (site.yml `well_known: true`).</param>
    public static string? SpecialName(string segment, bool allowWellKnown = false)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.StartsWith('.'))
        {
            return segment.Equals(".well-known", StringComparison.OrdinalIgnoreCase)
                ? (allowWellKnown ? null : "'.well-known' holds files hosts and other services read (security.txt, ACME challenges); set well_known: true in site.yml to publish there")
                : "a name starting with '.' is a hidden file or folder, which hosts refuse to serve or treat as their own (.htaccess, .git)";
        }

        if (segment.Equals("_redirects", StringComparison.OrdinalIgnoreCase) || segment.Equals("_headers", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{segment}' is a file Netlify and Cloudflare Pages read as their configuration";
        }

        if (segment.Equals("CNAME", StringComparison.OrdinalIgnoreCase))
        {
            return "'CNAME' is the file GitHub Pages reads as the site's domain";
        }

        return IsDeviceName(segment) ? $"'{segment}' is a name Windows reserves for a device, so the site could not be checked out or built there" : null;
    }

    /// <summary>CON, PRN, AUX, NUL, COM0-9 and LPT0-9, in any case, with or without an extension.</summary>
    private static bool IsDeviceName(string segment)
    {
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? segment.AsSpan() : segment.AsSpan(0, dot);
        if (stem.Length == 3)
        {
            return stem.Equals("CON", StringComparison.OrdinalIgnoreCase) || stem.Equals("PRN", StringComparison.OrdinalIgnoreCase)
                || stem.Equals("AUX", StringComparison.OrdinalIgnoreCase) || stem.Equals("NUL", StringComparison.OrdinalIgnoreCase);
        }

        return stem.Length == 4 && char.IsAsciiDigit(stem[3])
            && (stem.StartsWith("COM", StringComparison.OrdinalIgnoreCase) || stem.StartsWith("LPT", StringComparison.OrdinalIgnoreCase));
    }
}
