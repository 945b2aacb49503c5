using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;

namespace NewsletterGen.Incremental;

/// <summary>A post or page made from a parsed document: valid while the document is the same
/// version, its git date is the same, and each link it resolved to another document still
/// resolves to the same URL.</summary>
internal sealed record CachedEntry(
    string Path,
    long DocumentVersion,
    DateTimeOffset? Updated,
    IReadOnlyList<KeyValuePair<string, string?>> Lookups,
    object Entry,
    RenderedMarkdown Markdown,
    long Version,
    IReadOnlyList<Diagnostic> Diagnostics,
    Card? Card);
