using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>Renders every code block as `&lt;div class="code"&gt;&lt;pre tabindex="0"&gt;&lt;code&gt;`: highlighted
/// when ColorCode knows the language, escaped text otherwise. The tabindex lets keyboard users
/// scroll a long line (WCAG 2.1.1; axe's scrollable-region-focusable).</summary>
internal sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    // ColorCode's parser keeps state while it parses, so it is not shared between threads at
    // once; but it compiles each language's patterns into code on first use, so one instance
    // behind a lock beats one per thread (measured: thread-local instances recompiled on every
    // new pool thread, and the finalizers of those compiled patterns showed up in profiles).
    private static readonly CodeHighlighter Highlighter = new();
    private static readonly Lock HighlighterGate = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = (obj as FencedCodeBlock)?.Info?.Trim();
        string? html = null;
        if (!string.IsNullOrEmpty(language))
        {
            lock (HighlighterGate)
            {
                html = Highlighter.Highlight(obj.Lines.ToString(), language);
            }
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"code\"><pre tabindex=\"0\"><code");
        if (!string.IsNullOrEmpty(language))
        {
            renderer.Write(" class=\"language-").Write(HtmlFragment.Escape(language.Split(' ')[0])).Write("\"");
        }

        renderer.Write(">");
        if (html is null)
        {
            renderer.WriteLeafRawLines(obj, true, true);
        }
        else
        {
            renderer.Write(html).Write("\n"); // Markdig ends every code line, the last one too, with a newline
        }

        renderer.WriteLine("</code></pre></div>");
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
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
        }
    }
}
