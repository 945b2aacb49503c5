using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NewsletterGen.Markdown;

/// <summary>Registers <see cref="TemplateTagInlineParser"/> and renders what it finds as
/// `&lt;span class="template-tag"&gt;` with the tag's text, escaped.</summary>
internal sealed class TemplateTagExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TemplateTagInlineParser>())
        {
            pipeline.InlineParsers.Add(new TemplateTagInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Renderer>())
        {
            html.ObjectRenderers.Add(new Renderer());
        }
    }

    private sealed class Renderer : HtmlObjectRenderer<TemplateTagInline>
    {
        protected override void Write(HtmlRenderer renderer, TemplateTagInline obj) =>
            renderer.Write("<span class=\"template-tag\">").WriteEscape(obj.Text).Write("</span>");
    }
}
