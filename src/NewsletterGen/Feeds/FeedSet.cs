using System.Text.RegularExpressions;
using NewsletterGen.Content;
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
    public static IReadOnlyList<OutputFile> Write(Site site, IFeedCache? cache = null) => Write(site, cache, carrying: null);

    /// <param name="carrying">Only the channels that carry one of these posts (a narrow build's);
    /// every channel if null.</param>
    internal static IReadOnlyList<OutputFile> Write(Site site, IFeedCache? cache, IReadOnlySet<EntryId>? carrying)
    {
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        var channels = Channels(site);
        if (carrying is not null)
        {
            channels = [.. channels.Where(c => c.Posts.Any(p => carrying.Contains(p.EntryId)))];
        }

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

        Parallel.ForEach(pending, c =>
        {
            var written = WriteChannel(site, channels[c], channels[c].Posts.Select(p => items[p.Url]).ToList());
            written.CopyTo(files, 3 * c);
            if (keys[c] is { } key)
            {
                cache!.StoreChannel(channels[c].Folder, key, written);
            }
        });

        return files;
    }

    /// <summary>Every channel of the site (or of one language's edition, below its folder), in
    /// the order of <see cref="Write"/>: the site's, then each section's, then each tag's, each
    /// with its newest posts.</summary>
    private static List<FeedChannelPosts> Channels(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var size = site.Config.FeedSize;
        var folder = site.Config.EditionPath;
        var home = folder.Length == 0 ? site.BaseUrl : Urls.Absolute(site.Config, site.HomeUrl);
        var channels = new List<FeedChannelPosts>(site.Tags.Count + 1)
        {
            new(folder, site.Title, site.Description, home, site.Feeds, site.HomePosts.Take(size).ToList()),
        };
        channels.AddRange(site.Sections.Select(s => new FeedChannelPosts(s.Folder, $"{site.Title}: {s.Title}",
            s.Description.Length > 0 ? s.Description : $"{s.Title}, from {site.Title}.", s.Permalink, s.Feeds, s.Posts.Take(size).ToList())));
        channels.AddRange(site.Tags.Select(t => new FeedChannelPosts($"{folder}tags/{t.Slug}/", $"{site.Title}: {t.Name}", $"Issues of {site.Title} about {t.Name}.", t.Permalink, t.Feeds, t.Posts.Take(size).ToList())));
        return channels;
    }

    /// <summary>A channel's RSS, Atom and JSON Feed files, from its posts' serialised items (in
    /// the channel's order).</summary>
    private static OutputFile[] WriteChannel(Site site, FeedChannelPosts channelPosts, IReadOnlyList<SerialisedItem> items)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channelPosts);
        ArgumentNullException.ThrowIfNull(items);
        var config = site.Config;
        var (folder, title, description, home, links, _) = channelPosts;
        var serialised = new Dictionary<FeedItem, SerialisedItem>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            serialised[item.Item] = item;
        }

        var channel = new FeedChannel(title, description, home, config.Language, links, items.Select(i => i.Item).ToList(), config.WebSubHub);
        var origin = folder == config.EditionPath ? (folder.Length == 0 ? "the site's feeds" : $"the feeds of the '{config.Language}' edition") : $"the feeds of {folder.TrimEnd('/')}";
        return
        [
            new OutputFile(folder + "feed.xml", RssFeedWriter.Write(channel, i => serialised[i].Rss), null, origin),
            new OutputFile(folder + "atom.xml", AtomFeedWriter.Write(channel, site.Title, i => serialised[i].Atom), null, origin),
            new OutputFile(folder + "feed.json", JsonFeedWriter.Write(channel, i => serialised[i].Json), null, origin),
        ];
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
