namespace NewsletterGen.Content;

/// <summary>A text file of the site, decoded, with line endings normalised to \n.
/// <see cref="Path"/> is relative to the source folder, with forward slashes.</summary>
public sealed record SourceDocument(string Path, string Text);

/// <summary>A file copied to the output as it is: an image beside a post, a stylesheet.</summary>
public sealed record StaticFile(string OutputPath, string FullPath);

public sealed record ContentSources(
    IReadOnlyList<SourceDocument> Posts,
    IReadOnlyList<SourceDocument> Pages,
    IReadOnlyList<StaticFile> Files);
