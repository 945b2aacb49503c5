using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>A Markdown body as HTML, with the parts lists and feeds need.</summary>
public sealed record RenderedMarkdown(HtmlFragment Html, HtmlFragment Summary, string SummaryText, int WordCount);
