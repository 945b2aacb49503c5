namespace NewsletterGen.Content;

public sealed record ContentSources(
    IReadOnlyList<SourceDocument> Posts,
    IReadOnlyList<SourceDocument> Pages,
    IReadOnlyList<StaticFile> Files);
