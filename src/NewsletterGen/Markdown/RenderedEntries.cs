using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>The posts and pages with their rendered Markdown, in file order, and how many were
/// rendered rather than taken from the cache.</summary>
internal sealed record RenderedEntries(List<Rendered<Post>> Posts, List<Rendered<Page>> Pages, int RenderedCount);
