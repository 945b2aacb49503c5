using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NewsletterGen.Html;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Feeds;

/// <summary>Every feed of the site: RSS, Atom and JSON Feed for the whole newsletter and for each
/// tag. A post's HTML is made absolute once, whatever the number of feeds it appears in.</summary>
public static partial class FeedSet
{
    public static IReadOnlyList<OutputFile> Write(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        var size = config.FeedSize;
        var channels = new List<(string Folder, string Title, string Description, string Home, IReadOnlyList<FeedLink> Links, IReadOnlyList<Post> Posts)>
        {
            (string.Empty, site.Title, site.Description, site.BaseUrl, site.Feeds, site.Posts.Take(size).ToList()),
        };
        channels.AddRange(site.Tags.Select(t => ($"tags/{t.Slug}/", $"{site.Title}: {t.Name}", $"Issues of {site.Title} about {t.Name}.", t.Permalink, t.Feeds, (IReadOnlyList<Post>)t.Posts.Take(size).ToList())));

        var items = new ConcurrentDictionary<string, FeedItem>(StringComparer.Ordinal);
        Parallel.ForEach(channels.SelectMany(c => c.Posts).DistinctBy(p => p.Url), post => items[post.Url] = Item(config, post));

        var files = new List<OutputFile>();
        foreach (var (folder, title, description, home, links, posts) in channels)
        {
            var channel = new FeedChannel(title, description, home, config.Language, links, posts.Select(p => items[p.Url]).ToList(), config.WebSubHub);
            var origin = folder.Length == 0 ? "the site's feeds" : $"the feeds of {folder.TrimEnd('/')}";
            files.Add(new OutputFile(folder + "feed.xml", RssFeedWriter.Write(channel), null, origin));
            files.Add(new OutputFile(folder + "atom.xml", AtomFeedWriter.Write(channel, site.Title), null, origin));
            files.Add(new OutputFile(folder + "feed.json", JsonFeedWriter.Write(channel), null, origin));
        }

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
