using NewsletterGen.Incremental;
using NewsletterGen.Performance;

namespace NewsletterGen.Content;

/// <summary>The parsed posts and pages (in file order), and each one's cache entry by source path.</summary>
internal sealed record DocumentSet(List<ParsedDocument> Posts, List<ParsedDocument> Pages, IReadOnlyDictionary<string, CachedDocument> ByPath)
{
    /// <summary>In a build that keeps nothing, the documents' bodies, out of the documents (whose
    /// Body is then empty) so that each can be let go once rendered.</summary>
    public BodyStore? Bodies { get; init; }
}
