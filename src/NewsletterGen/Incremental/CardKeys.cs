using System.Collections;
using System.Globalization;
using NewsletterGen.Model;

namespace NewsletterGen.Incremental;

/// <summary>A post's or page's "card": what pages other than its own can show of it (its front
/// matter, URL, summary, and the body members some template reads of posts in lists, such as
/// reading_minutes). Two entries with equal card keys look the same on a home page, a tag page,
/// the archive, a related-posts list or a newer/older link, so an edit that changes only the rest
/// of a body leaves those pages alone. The key is a <see cref="KeyBuilder"/> hash.</summary>
internal static class CardKeys
{
    public static UInt128 Of(object entry, IReadOnlyCollection<string> bodyMembers)
    {
        var key = new KeyBuilder();
        switch (entry)
        {
            case Post post:
                key.Add('P').Add(post.Slug).Add(post.Title).Add(post.Published.ToString("O", CultureInfo.InvariantCulture))
                    .Add(post.LastUpdated?.ToString("O", CultureInfo.InvariantCulture));
                AddAll(key, post.Authors.Select(a => a.ToString()));
                AddAll(key, post.Tags.Select(t => t.ToString()));
                key.Add(post.Summary.Value).Add(post.SummaryText).Add(post.Url).Add(post.Permalink).Add(post.Image)
                    .Add(post.IsDraft ? 1 : 0).Add(post.Id);
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
                key.Add('G').Add(page.Slug).Add(page.Title).Add(page.SummaryText).Add(page.Url).Add(page.Permalink);
                AddValue(key, page.Extra);
                if (bodyMembers.Contains("content"))
                {
                    key.Add(page.Content.Value);
                }

                break;
            default:
                throw new ArgumentException($"no card for {entry.GetType().Name}", nameof(entry));
        }

        return key.Finish();
    }

    private static void AddAll(KeyBuilder key, IEnumerable<string> texts)
    {
        var items = texts.ToList();
        key.Add(items.Count);
        foreach (var text in items)
        {
            key.Add(text);
        }
    }

    /// <summary>A front matter value as YAML gives it: a scalar, a list or a mapping, nested;
    /// each container is written with its kind and size, so nesting cannot be confused.</summary>
    private static void AddValue(KeyBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Add('~');
                break;
            case string text:
                key.Add('s').Add(text);
                break;
            case IReadOnlyDictionary<string, object?> mapping:
                key.Add('{').Add(mapping.Count);
                foreach (var (name, item) in mapping.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    key.Add(name);
                    AddValue(key, item);
                }

                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                key.Add('[').Add(list.Count);
                foreach (var item in list)
                {
                    AddValue(key, item);
                }

                break;
            case IFormattable formattable:
                key.Add('f').Add(value.GetType().Name).Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Add('o').Add(value.GetType().Name).Add(value.ToString());
                break;
        }
    }
}
