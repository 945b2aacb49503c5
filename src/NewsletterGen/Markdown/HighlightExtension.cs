using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsletterGen.Markdown;

/// <summary>Installs <see cref="HighlightedCodeBlockRenderer"/> in place of Markdig's code block
/// renderer.</summary>
internal sealed class HighlightExtension : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
        }
    }
}
