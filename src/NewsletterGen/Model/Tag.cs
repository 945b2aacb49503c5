namespace NewsletterGen.Model;

/// <summary>A tag with every post that carries it, newest first. Tags are one page per slug, so
/// "EU AI Act" and "eu-ai-act" are the same tag, named by its most common spelling.</summary>
public sealed record Tag(string Name, string Slug, string Url, string Permalink, IReadOnlyList<Post> Posts)
{
    public int Count => Posts.Count;

    /// <summary>The tag's own RSS, Atom and JSON feeds, below its page.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
}
