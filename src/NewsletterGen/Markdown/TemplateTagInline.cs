using Markdig.Syntax.Inlines;

namespace NewsletterGen.Markdown;

/// <summary>A template tag the build does not run, kept in the page as the writer wrote it
/// (in a span listing pages' summaries leave out) and warned about.</summary>
public sealed class TemplateTagInline(string text, TemplateTag tag) : LeafInline
{
    public string Text { get; } = text;

    public TemplateTag Tag { get; } = tag;
}
