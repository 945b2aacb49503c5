using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

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
