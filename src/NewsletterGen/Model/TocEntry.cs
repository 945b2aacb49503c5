namespace NewsletterGen.Model;

/// <summary>A heading of a post, for its table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
