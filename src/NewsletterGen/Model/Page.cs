using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Model;

/// <summary>A standalone page such as /about/: not dated, not in lists or feeds.</summary>
public sealed record Page(
    string Slug,
    string Title,
    HtmlFragment Content,
    string SummaryText,
    string Url,
    string Permalink,
    SourceLocation Source,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>The identity of the page's file (<see cref="Content.EntryId"/>).</summary>
    internal EntryId EntryId { get; init; }
}
