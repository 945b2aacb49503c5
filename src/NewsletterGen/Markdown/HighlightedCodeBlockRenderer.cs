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
    // A highlighter keeps state while it parses, so it is never shared between threads: this
    // renderer belongs to one HtmlRenderer, which renders one document at a time.
    private readonly CodeHighlighter _highlighter = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = (obj as FencedCodeBlock)?.Info?.Trim();
        string? html = null;
        if (!string.IsNullOrEmpty(language))
        {
            html = _highlighter.Highlight(obj.Lines.ToString(), language);
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
