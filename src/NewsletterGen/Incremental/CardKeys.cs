using System.Collections;
using System.Globalization;
using System.Text;
using NewsletterGen.Model;

namespace NewsletterGen.Incremental;

/// <summary>A post's or page's "card": what pages other than its own can show of it (its front
/// matter, URL, summary, and the body members some template reads of posts in lists, such as
/// reading_minutes). Two entries with equal card keys look the same on a home page, a tag page,
/// the archive, a related-posts list or a newer/older link, so an edit that changes only the rest
/// of a body leaves those pages alone. Every string is written with its length, so no two
/// different cards can make the same key.</summary>
internal static class CardKeys
{
    public static string Of(object entry, IReadOnlyCollection<string> bodyMembers)
    {
        var key = new StringBuilder(512);
        switch (entry)
        {
            case Post post:
                key.Add(post.Slug).Add(post.Title).Add(post.Published.ToString("O", CultureInfo.InvariantCulture))
                    .Add(post.LastUpdated?.ToString("O", CultureInfo.InvariantCulture));
                AddAll(key, post.Authors.Select(a => a.ToString()));
                AddAll(key, post.Tags.Select(t => t.ToString()));
                key.Add(post.Summary.Value).Add(post.SummaryText).Add(post.Url).Add(post.Permalink).Add(post.Image)
                    .Add(post.IsDraft ? "draft" : "published").Add(post.Id);
                AddAll(key, post.Aliases);
                AddValue(key, post.Extra);
                foreach (var member in bodyMembers)
                {
                    key.Add(member).Add(member switch
                    {
                        "content" => post.Content.Value,
                        "text" => post.Text,
                        "toc" or "has_toc" => string.Join('\n', post.Toc),
                        "word_count" => post.WordCount.ToString(CultureInfo.InvariantCulture),
                        "reading_minutes" => post.ReadingMinutes.ToString(CultureInfo.InvariantCulture),
                        _ => throw new ArgumentException($"unknown body member '{member}'", nameof(bodyMembers)),
                    });
                }

                break;
            case Page page:
                key.Add(page.Slug).Add(page.Title).Add(page.SummaryText).Add(page.Url).Add(page.Permalink);
                AddValue(key, page.Extra);
                if (bodyMembers.Contains("content"))
                {
                    key.Add(page.Content.Value);
                }

                break;
            default:
                throw new ArgumentException($"no card for {entry.GetType().Name}", nameof(entry));
        }

        return key.ToString();
    }

    private static StringBuilder Add(this StringBuilder key, string? text) =>
        text is null ? key.Append("~;") : key.Append(text.Length).Append(':').Append(text).Append(';');

    private static void AddAll(StringBuilder key, IEnumerable<string> texts)
    {
        key.Append('[');
        foreach (var text in texts)
        {
            key.Add(text);
        }

        key.Append(']');
    }

    /// <summary>A front matter value as YAML gives it: a scalar, a list or a mapping, nested.</summary>
    private static void AddValue(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append("~;");
                break;
            case string text:
                key.Add(text);
                break;
            case IReadOnlyDictionary<string, object?> mapping:
                key.Append('{');
                foreach (var (name, item) in mapping.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    key.Add(name);
                    AddValue(key, item);
                }

                key.Append('}');
                break;
            case IEnumerable items:
                key.Append('[');
                foreach (var item in items)
                {
                    AddValue(key, item);
                }

                key.Append(']');
                break;
            case IFormattable formattable:
                key.Add(value.GetType().Name + "=" + formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Add(value.GetType().Name + "=" + value);
                break;
        }
    }
}
