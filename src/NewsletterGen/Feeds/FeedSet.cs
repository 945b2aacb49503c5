using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NewsletterGen.Html;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Feeds;

/// <summary>Every feed of the site: RSS, Atom and JSON Feed for the whole newsletter and for each
/// tag. A post's HTML is made absolute once, and its item serialised once per format, whatever the
/// number of feeds it appears in.</summary>
public static partial class FeedSet
{
    /// <param name="cache">Feeds kept from an earlier build: a channel whose posts are the same
    /// versions is not written again.</param>
    public static IReadOnlyList<OutputFile> Write(Site site, IFeedCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        var size = config.FeedSize;
        var channels = new List<(string Folder, string Title, string Description, string Home, IReadOnlyList<FeedLink> Links, IReadOnlyList<Post> Posts)>
        {
            (string.Empty, site.Title, site.Description, site.BaseUrl, site.Feeds, site.Posts.Take(size).ToList()),
        };
        channels.AddRange(site.Tags.Select(t => ($"tags/{t.Slug}/", $"{site.Title}: {t.Name}", $"Issues of {site.Title} about {t.Name}.", t.Permalink, t.Feeds, (IReadOnlyList<Post>)t.Posts.Take(size).ToList())));

        var files = new OutputFile[channels.Count * 3];
        var keys = new UInt128?[channels.Count];
        var pending = new List<int>(channels.Count);
        for (var c = 0; c < channels.Count; c++)
        {
            keys[c] = cache?.ChannelKey(channels[c].Title, channels[c].Posts);
            if (keys[c] is { } key && cache!.TryGetChannel(channels[c].Folder, key) is { Count: 3 } kept)
            {
                for (var f = 0; f < 3; f++)
                {
                    files[(3 * c) + f] = kept[f];
                }
            }
            else
            {
                pending.Add(c);
            }
        }

        var needed = pending.SelectMany(c => channels[c].Posts).DistinctBy(p => p.Url).ToList();
        var made = new SerialisedItem[needed.Count];
        Parallel.For(0, needed.Count, i => made[i] = cache?.TryGetItem(needed[i]) ?? SerialisedItem.Of(Item(config, needed[i])));
        var items = new Dictionary<string, SerialisedItem>(needed.Count, StringComparer.Ordinal);
        for (var i = 0; i < needed.Count; i++)
        {
            items[needed[i].Url] = made[i];
            cache?.RecordItem(needed[i], made[i]);
        }

        // Keyed by the item object (records compare by value, which would hash whole post bodies).
        var serialised = new Dictionary<FeedItem, SerialisedItem>(ReferenceEqualityComparer.Instance);
        foreach (var item in items.Values)
        {
            serialised[item.Item] = item;
        }

        Parallel.ForEach(pending, c =>
        {
            var (folder, title, description, home, links, posts) = channels[c];
            var channel = new FeedChannel(title, description, home, config.Language, links, posts.Select(p => items[p.Url].Item).ToList(), config.WebSubHub);
            var origin = folder.Length == 0 ? "the site's feeds" : $"the feeds of {folder.TrimEnd('/')}";
            files[3 * c] = new OutputFile(folder + "feed.xml", RssFeedWriter.Write(channel, i => serialised[i].Rss), null, origin);
            files[(3 * c) + 1] = new OutputFile(folder + "atom.xml", AtomFeedWriter.Write(channel, site.Title, i => serialised[i].Atom), null, origin);
            files[(3 * c) + 2] = new OutputFile(folder + "feed.json", JsonFeedWriter.Write(channel, i => serialised[i].Json), null, origin);
            if (keys[c] is { } key)
            {
                cache!.StoreChannel(folder, key, files[(3 * c)..((3 * c) + 3)]);
            }
        });

        return files;
    }

    // Heading anchors help on the site; in a feed reader they are stray "#" signs.
    [GeneratedRegex("""\s?<a href="#[^"]*" class="anchor"[^>]*>#</a>""")]
    private static partial Regex HeadingAnchor();

    private static FeedItem Item(SiteConfig config, Post post)
    {
        var permalink = new Uri(post.Permalink);
        return new FeedItem(
            post,
            UrlAbsolutizer.Absolutize(HeadingAnchor().Replace(post.Content.Value, string.Empty), permalink),
            UrlAbsolutizer.Absolutize(post.Summary.Value, permalink),
            post.Image is { Length: > 0 } image ? Urls.AbsoluteFrom(config, post.Permalink, image) : null);
    }
}

/// <summary>A feed item and its bytes in each format, made once and copied into every feed.</summary>
public sealed record SerialisedItem(FeedItem Item, byte[] Rss, byte[] Atom, byte[] Json)
{
    public static SerialisedItem Of(FeedItem item) =>
        new(item, RssFeedWriter.Item(item), AtomFeedWriter.Entry(item), JsonFeedWriter.Item(item));
}

/// <summary>Feeds kept between builds, one channel (its RSS, Atom and JSON files) at a time.
/// Called from several threads.</summary>
public interface IFeedCache
{
    /// <summary>The key of everything a channel's files are made from, or null when it cannot be known.</summary>
    UInt128? ChannelKey(string title, IReadOnlyList<Post> posts);

    IReadOnlyList<OutputFile>? TryGetChannel(string folder, UInt128 key);

    void StoreChannel(string folder, UInt128 key, IReadOnlyList<OutputFile> files);

    /// <summary>The post's item as an earlier build serialised it, or null. Only reads: called
    /// from parallel loops.</summary>
    SerialisedItem? TryGetItem(Post post);

    /// <summary>Records the post's item in this build. Called from one thread.</summary>
    void RecordItem(Post post, SerialisedItem item);
}
