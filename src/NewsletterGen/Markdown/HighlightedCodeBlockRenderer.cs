using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>Renders fenced code blocks whose language ColorCode knows as highlighted HTML;
/// every other code block is left to Markdig's own renderer.</summary>
internal sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    // ColorCode's parser is not safe to share between threads; each rendering thread gets one.
    private static readonly ThreadLocal<CodeHighlighter> Highlighter = new(() => new CodeHighlighter());

    private readonly CodeBlockRenderer _fallback;

    public HighlightedCodeBlockRenderer(CodeBlockRenderer fallback) => _fallback = fallback;

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = (obj as FencedCodeBlock)?.Info?.Trim();
        var html = string.IsNullOrEmpty(language) ? null : Highlighter.Value!.Highlight(obj.Lines.ToString(), language);
        if (html is null)
        {
            _fallback.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"code\"><pre><code class=\"language-")
            .Write(HtmlFragment.Escape(language!))
            .Write("\">")
            .Write(html)
            .WriteLine("\n</code></pre></div>"); // Markdig ends every code line, the last one too, with a newline
    }
}

/// <summary>Installs <see cref="HighlightedCodeBlockRenderer"/> in place of Markdig's code block renderer.</summary>
internal sealed class HighlightExtension : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } original)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(original));
        }
    }
}
