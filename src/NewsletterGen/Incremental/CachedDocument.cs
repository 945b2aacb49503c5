using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Incremental;

/// <summary>A Markdown file as last read: its size and modification time on disk when it was
/// read, its entry id (kept while the file keeps its path), the decoded text, the front matter,
/// its URL, and what reading it reported.</summary>
internal sealed record CachedDocument(
    long Length,
    DateTime LastWriteUtc,
    DateTime ReadAtUtc,
    bool IsPost,
    long Version,
    EntryId Id,
    SourceDocument? Source,
    ParsedDocument? Parsed,
    string? Url,
    IReadOnlyList<Diagnostic> Diagnostics);
