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

/// <summary>A post as feeds carry it: its HTML with every URL made absolute (computed once per
/// post, however many feeds it is in) and its cover image's absolute URL.</summary>
public sealed record FeedItem(Post Post, string Content, string Summary, string? ImageUrl)
{
    public string? ImageType => ImageUrl is null ? null : Path.GetExtension(new Uri(ImageUrl).AbsolutePath).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".svg" => "image/svg+xml",
        _ => "image/*",
    };
}
