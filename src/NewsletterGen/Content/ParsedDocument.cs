namespace NewsletterGen.Content;

/// <summary>A Markdown file split into its front matter and its body. <see cref="BodyLine"/> is
/// the 1-based line of the file where the body starts.</summary>
public sealed record ParsedDocument(SourceDocument Source, FrontMatter FrontMatter, string Body, int BodyLine)
{
    public string Path => Source.Path;

    /// <summary>Given by the read stage; carried on to the post or page made of this document.</summary>
    internal EntryId Id { get; init; }
}
