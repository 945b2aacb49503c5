using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Markdown;

/// <summary>What is done, after parsing, to a body that held template tags: a warning for each
/// tag left as text, `{% raw %}` markers taken out of code (Jekyll runs Liquid before Markdown,
/// so code shown with Liquid in it was wrapped in them), and the tags kept out of summaries.</summary>
public static partial class TemplateTagFindings
{
    [GeneratedRegex("""<span class="template-tag">[^<]*</span>""")]
    private static partial Regex TagSpan();

    [GeneratedRegex("""\{%-?\s*(?:end)?raw\s*-?%\}""")]
    private static partial Regex RawMarker();

    /// <param name="leftOut">Where the first error is of the post a URL tag names, when the build
    /// left that post out because its front matter failed (else null).</param>
    public static void Report(MarkdownDocument document, string sourcePath, int bodyLine, DiagnosticBag diagnostics, Func<TemplateTag, SourceLocation?>? leftOut = null)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case TemplateTagInline tag:
                    Warn(tag, sourcePath, bodyLine, diagnostics, leftOut);
                    break;
                case CodeInline code when code.Content.Contains("raw", StringComparison.Ordinal):
                    code.Content = RawMarker().Replace(code.Content, string.Empty);
                    break;
                case CodeBlock block:
                    StripRawMarkers(block.Lines);
                    break;
            }
        }
    }

    private static void Warn(TemplateTagInline tag, string sourcePath, int bodyLine, DiagnosticBag diagnostics, Func<TemplateTag, SourceLocation?>? leftOut)
    {
        var location = new SourceLocation(sourcePath, bodyLine + tag.Line, tag.Column + 1);
        var kind = tag.Tag.Hugo ? "Hugo shortcode" : "Liquid tag";
        if (tag.Tag.Name is "post_url" or "link" or "ref" or "relref" && leftOut?.Invoke(tag.Tag) is { } error)
        {
            diagnostics.Warning(DiagnosticCodes.LinkToLeftOutDocument, location, MarkdownRenderer.LeftOutMessage(tag.Text, error));
            return;
        }

        if (tag.Tag.Name is "post_url" or "link" or "ref" or "relref")
        {
            diagnostics.Warning(DiagnosticCodes.TemplateTagTarget, location,
                $"the {kind} '{tag.Text}' names no post or page of this site, so it is shown as written; check the name, or write a relative link to the .md file instead");
            return;
        }

        diagnostics.Warning(DiagnosticCodes.TemplateTagNotRun, location,
            $"the {kind} '{tag.Text}' is not run (posts are content, not template code), so it is shown as written and left out of summaries; replace it with Markdown or HTML, or wrap it in {{% raw %}}...{{% endraw %}} to show it as text");
    }

    private static void StripRawMarkers(StringLineGroup lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            ref var line = ref lines.Lines[i];
            var text = line.Slice.ToString();
            if (text.Contains("raw", StringComparison.Ordinal) && RawMarker().IsMatch(text))
            {
                line.Slice = new StringSlice(RawMarker().Replace(text, string.Empty));
            }
        }
    }

    /// <summary>Whether a paragraph is nothing but template tags (an `{% include %}` on its own
    /// line): never a post's summary.</summary>
    public static bool OnlyTags(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is null)
        {
            return false;
        }

        for (var inline = paragraph.Inline.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not (TemplateTagInline or LineBreakInline) && !(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            {
                return false;
            }
        }

        return true;
    }

    public static string WithoutTags(string html) =>
        html.Contains("class=\"template-tag\"", StringComparison.Ordinal) ? TagSpan().Replace(html, string.Empty) : html;
}
