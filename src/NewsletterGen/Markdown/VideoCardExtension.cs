using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NewsletterGen.Markdown;

/// <summary>Puts <see cref="VideoCardBlockRenderer"/> and <see cref="VideoCardInlineRenderer"/> in place of Markdig's raw HTML renderers.</summary>
internal sealed class VideoCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlBlockRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<HtmlBlockRenderer>(new VideoCardBlockRenderer());
        }

        if (renderer is HtmlRenderer inline && inline.ObjectRenderers.FindExact<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>() is not null)
        {
            inline.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new VideoCardInlineRenderer());
        }
    }
}
