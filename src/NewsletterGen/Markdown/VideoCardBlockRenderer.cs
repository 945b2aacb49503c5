using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsletterGen.Markdown;

/// <summary>Renders raw HTML blocks as Markdig does, but with the iframes of known video hosts
/// made into link cards (<see cref="VideoEmbedCards"/>).</summary>
internal sealed class VideoCardBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            return;
        }

        if (!MayHoldIframe(obj))
        {
            renderer.WriteLeafRawLines(obj, true, false);
            return;
        }

        renderer.EnsureLine();
        renderer.Write(VideoEmbedCards.Rewrite(obj.Lines.ToString()));
        renderer.WriteLine();
    }

    /// <summary>Looked for line by line, without joining the lines: most HTML blocks hold none.</summary>
    private static bool MayHoldIframe(HtmlBlock block)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Lines[i].Slice.AsSpan().Contains("<iframe", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
