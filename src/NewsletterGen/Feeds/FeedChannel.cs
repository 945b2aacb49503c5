using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>One feed, in any format: the site's or a tag's. <see cref="HomeUrl"/> is the HTML
/// page the feed stands for; all URLs are absolute.</summary>
public sealed record FeedChannel(
    string Title,
    string Description,
    string HomeUrl,
    string Language,
    IReadOnlyList<FeedLink> Links,
    IReadOnlyList<FeedItem> Items,
    Uri? Hub)
{
    public FeedLink Rss => Links[0];

    public FeedLink Atom => Links[1];

    public FeedLink Json => Links[2];

    /// <summary>The newest change among the items: a feed's date comes from its content, never
    /// from the clock, so rebuilding gives the same bytes. An empty feed says 1970.</summary>
    public DateTimeOffset Updated => Items.Count > 0 ? Items.Max(i => i.Post.LastModified) : DateTimeOffset.UnixEpoch;
}
