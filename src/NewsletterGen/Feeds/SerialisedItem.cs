using System.Text.RegularExpressions;

namespace NewsletterGen.Feeds;

/// <summary>A feed item and its bytes in each format, made once and copied into every feed.</summary>
public sealed record SerialisedItem(FeedItem Item, byte[] Rss, byte[] Atom, byte[] Json)
{
    public static SerialisedItem Of(FeedItem item) =>
        new(item, RssFeedWriter.Item(item), AtomFeedWriter.Entry(item), JsonFeedWriter.Item(item));
}
