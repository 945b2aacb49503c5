namespace NewsletterGen.Content;

/// <summary>The site's files as found on disk, not yet read: full paths of the Markdown files
/// of posts and of pages, and the files copied as they are; and what was found wrong while
/// looking (a link leaving the folder, a loop, a folder that cannot be read).</summary>
public sealed record ContentListing(
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Pages,
    IReadOnlyList<StaticFile> Files)
{
    public IReadOnlyList<NewsletterGen.Diagnostics.Diagnostic> Problems { get; init; } = [];
}
