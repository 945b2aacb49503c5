using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Performance;

namespace NewsletterGen.Content;

/// <summary>The parsed posts and pages (in file order), and each one's cache entry by source path.</summary>
internal sealed record DocumentSet(List<ParsedDocument> Posts, List<ParsedDocument> Pages, IReadOnlyDictionary<string, CachedDocument> ByPath)
{
    /// <summary>In a build that keeps nothing, the documents' bodies, out of the documents (whose
    /// Body is then empty) so that each can be let go once rendered.</summary>
    public BodyStore? Bodies { get; init; }

    /// <summary>The posts and pages left out of the build because their front matter (or their
    /// reading) failed, by source path ("content/posts/a.md"), with where the first error is.</summary>
    public IReadOnlyDictionary<string, SourceLocation> LeftOut { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>The URLs the documents left out would have had (those whose title could be
    /// read), with where each one's first error is.</summary>
    public IReadOnlyDictionary<string, SourceLocation> LeftOutUrls { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
}
