namespace NewsletterGen.Markdown;

/// <summary>A post or page with its rendered Markdown, its version and its card's version.</summary>
internal sealed record Rendered<T>(T Entry, RenderedMarkdown Markdown, long Version, long CardVersion);
