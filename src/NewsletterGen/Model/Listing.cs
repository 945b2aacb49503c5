namespace NewsletterGen.Model;

/// <summary>Posts listed below a URL prefix with their own paginated pages and feeds: a
/// section (/team-notes/, /team-notes/page/2/, /team-notes/feed.xml). Nothing in it is
/// particular to sections, so another grouping of posts (a language) can be listed the same way.</summary>
/// <param name="Folder">The prefix below the base path, with its trailing slash ("team-notes/").</param>
public sealed record Listing(string Folder, string Title, string Description, IReadOnlyList<Post> Posts, IReadOnlyList<Pager> Pagers, IReadOnlyList<FeedLink> Feeds)
{
    /// <summary>The first page's URL, root-relative.</summary>
    public string Url => Pagers[0].Url;

    public string Permalink { get; init; } = string.Empty;

    /// <summary>A listing's pages, feeds and permalink, made from its posts (newest first).</summary>
    public static Listing Make(SiteConfig config, string folder, string title, string description, IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(config);
        var pagers = SiteBuilder.Paginate(config, posts, folder);
        return new Listing(folder, title, description, posts, pagers, Urls.Feeds(config, folder, $"{config.Title}: {title}"))
        {
            Permalink = Urls.Absolute(config, pagers[0].Url),
        };
    }
}
