using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NewsletterGen.Markdown;

/// <summary>Puts <see cref="VideoCardBlockRenderer"/> in place of Markdig's raw HTML block renderer.</summary>
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
    }
}
