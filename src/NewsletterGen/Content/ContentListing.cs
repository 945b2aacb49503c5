namespace NewsletterGen.Content;

/// <summary>The site's files as found on disk, not yet read: full paths of the Markdown files
/// of posts and of pages, and the files copied as they are.</summary>
public sealed record ContentListing(
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Pages,
    IReadOnlyList<StaticFile> Files);
