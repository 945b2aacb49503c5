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
    /// folder: no separators, no dot segments, nothing a file system treats specially.</summary>
    public static bool IsSafe(string slug)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug is "." or ".." || slug.Length > 200)
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

        // Names Windows reserves for devices, with or without an extension: a site built or
        // checked out there could not hold such a folder.
        var stem = slug.Split('.')[0].ToUpperInvariant();
        return stem is not ("CON" or "PRN" or "AUX" or "NUL")
            && !(stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && stem[3] is >= '0' and <= '9');
    }
}
