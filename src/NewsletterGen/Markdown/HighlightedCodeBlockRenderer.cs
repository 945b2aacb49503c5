using System.Collections.Concurrent;
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
    // ColorCode's parser keeps state while it parses, so one is not used by two threads at
    // once; but it compiles each language's patterns on first use, so a parser per pool thread
    // (thread-local instances were made anew on every new pool thread) costs more than sharing.
    // Parsers are shared through a pool: a thread takes one, or makes one if all are in use (as
    // many as threads highlight at once), and gives it back. One parser behind a lock made the
    // other thread spin and wait whenever both rendered a post with code.
    private static readonly ConcurrentBag<CodeHighlighter> Highlighters = [];

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = (obj as FencedCodeBlock)?.Info?.Trim();
        string? html = null;
        if (!string.IsNullOrEmpty(language))
        {
            var highlighter = Highlighters.TryTake(out var free) ? free : new CodeHighlighter();
            html = highlighter.Highlight(obj.Lines.ToString(), language);

            // Not given back after an exception: its parser's state is then unknown.
            Highlighters.Add(highlighter);
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
