using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>A Markdown body as HTML, with the parts lists and feeds need, and the links it makes
/// to the site itself (checked once every page is known).</summary>
public sealed record RenderedMarkdown(HtmlFragment Html, HtmlFragment Summary, string SummaryText, int WordCount, IReadOnlyList<InternalLink> Links)
{
    public static readonly RenderedMarkdown Empty = new(HtmlFragment.Empty, HtmlFragment.Empty, string.Empty, 0, []);

    /// <summary>The ## and ### headings, in order.</summary>
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
}
