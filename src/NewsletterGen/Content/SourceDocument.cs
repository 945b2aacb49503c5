namespace NewsletterGen.Content;

/// <summary>A text file of the site, decoded, with line endings normalised to \n.
/// <see cref="Path"/> is relative to the source folder, with forward slashes.</summary>
public sealed record SourceDocument(string Path, string Text);
