using NewsletterGen.Diagnostics;

namespace NewsletterGen.Markdown;

/// <summary>A link or image in Markdown that points into the site: a root-relative URL as it will
/// be published ("/posts/x/#usage"), or a fragment of the same page ("#usage").</summary>
public sealed record InternalLink(string Url, bool IsImage, SourceLocation Location);
