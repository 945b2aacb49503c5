using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace NewsletterGen.Markdown;

/// <summary>Renders raw HTML inside a paragraph as Markdig does, but a known video player's
/// iframe becomes a link to the video (<see cref="VideoEmbedCards.InlineLink"/>), and its closing
/// tag, the next raw HTML of the paragraph, is dropped with it.</summary>
internal sealed class VideoCardInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            return;
        }

        var link = obj.Tag.Length > 7 && obj.Tag[1] is 'i' or 'I' ? VideoEmbedCards.InlineLink(obj.Tag) : null;
        if (link is null)
        {
            renderer.Write(obj.Tag);
            return;
        }

        renderer.Write(link);
        for (var next = obj.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is HtmlInline html)
            {
                if (html.Tag.StartsWith("</iframe", StringComparison.OrdinalIgnoreCase))
                {
                    html.Tag = string.Empty;
                }

                break;
            }
        }
    }
}
