using NewsletterGen.Diagnostics;
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

/// <summary>A link or image in Markdown that points into the site: a root-relative URL as it will
/// be published ("/posts/x/#usage"), or a fragment of the same page ("#usage").</summary>
public sealed record InternalLink(string Url, bool IsImage, SourceLocation Location);
