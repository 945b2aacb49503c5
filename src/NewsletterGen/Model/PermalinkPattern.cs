using System.Globalization;
using System.Text;
using NewsletterGen.Content;

namespace NewsletterGen.Model;

/// <summary>A post URL pattern written with Jekyll's and Hugo's words (`/:year/:month/:slug/`),
/// checked once when site.yml or a post is read, then filled in for each post.</summary>
public sealed class PermalinkPattern
{
    /// <summary>The words a pattern may use, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<string> Words = ["year", "month", "day", "slug", "title", "filename", "section"];

    /// <summary>Today's URLs: a post not in a declared section is in the section "posts".</summary>
    public static readonly PermalinkPattern Default = Parse("/:section/:slug/", mustNameEachPost: true).Pattern!;

    private readonly IReadOnlyList<Part> _parts;

    private PermalinkPattern(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>Whether the pattern names something that differs between posts (slug, title or
    /// file name): without one, every post of a day (or of the site) would share one URL.</summary>
    public bool NamesEachPost => _parts.Any(p => p.Word is "slug" or "title" or "filename");

    public bool UsesWord(string word) => _parts.Any(p => p.Word == word);

    /// <summary>Reads a pattern, or says what is wrong with it (null pattern).</summary>
    /// <param name="mustNameEachPost">A site-wide pattern must (posts would collide); one post's may not.</param>
    public static (PermalinkPattern? Pattern, string? Problem) Parse(string text, bool mustNameEachPost)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (!text.StartsWith('/') || !text.EndsWith('/') || text.StartsWith("//", StringComparison.Ordinal))
        {
            return (null, $"'{text}' must start and end with '/', such as /:year/:month/:slug/");
        }

        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ':')
            {
                literal.Append(text[i]);
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || text[end] == '_'))
            {
                end++;
            }

            var word = text[(i + 1)..end];
            if (!Words.Contains(word))
            {
                return (null, $"unknown word ':{word}' in '{text}'; a permalink may use {string.Join(", ", Words.Select(w => ":" + w))}");
            }

            parts.Add(new Part(literal.Length > 0 ? literal.ToString() : null, word));
            literal.Clear();
            i = end - 1;
        }

        parts.Add(new Part(literal.ToString(), null));
        var pattern = new PermalinkPattern(text, parts);
        if (mustNameEachPost && !pattern.NamesEachPost)
        {
            return (null, $"'{text}' has no :slug, :title or :filename, so posts would share one URL; add one, e.g. {text}:slug/");
        }

        // The literal text must make safe path segments, whatever the words become.
        var sample = pattern.Fill(new PermalinkValues("a", "a", "a", "a", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        foreach (var segment in sample.Trim('/').Split('/'))
        {
            if (!Slug.IsWellFormed(segment) || Slug.SpecialName(segment) is not null)
            {
                return (null, $"'{text}' would make the path segment '{segment}', which cannot be published; use letters, digits and hyphens between the slashes");
            }
        }

        return (pattern, null);
    }

    /// <summary>The post's URL path from the site's root ("/2024/05/01/my-post/").</summary>
    public string Fill(PermalinkValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder(Text.Length + 32);
        foreach (var part in _parts)
        {
            builder.Append(part.Before);
            builder.Append(part.Word switch
            {
                null => null,
                "year" => values.Date.Year.ToString("D4", CultureInfo.InvariantCulture),
                "month" => values.Date.Month.ToString("D2", CultureInfo.InvariantCulture),
                "day" => values.Date.Day.ToString("D2", CultureInfo.InvariantCulture),
                "slug" => values.Slug,
                "title" => values.Title,
                "filename" => values.FileName,
                "section" => values.Section,
                _ => throw new InvalidOperationException($"unknown permalink word {part.Word}"),
            });
        }

        return builder.ToString();
    }

    /// <summary>Text before a word (or the pattern's end, when <see cref="Word"/> is null).</summary>
    private sealed record Part(string? Before, string? Word);
}
