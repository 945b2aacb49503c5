using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Markdown;

/// <summary>Kramdown attribute lists: registers their parsers, and once a document is parsed
/// gives each list to its block or span and takes it out of the document. Run only on bodies
/// holding "{:", so other posts pay nothing.</summary>
public sealed class KramdownAttributeLists : IMarkdownExtension
{
    public static bool MayHold(string body) => body.Contains("{:", StringComparison.Ordinal);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<KramdownAttributeListBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new KramdownAttributeListBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<KramdownAttributeListInlineParser>())
        {
            pipeline.InlineParsers.Add(new KramdownAttributeListInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static void Apply(MarkdownDocument document, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        var found = document.Descendants().Where(node => node is KramdownAttributeListBlock or KramdownAttributeListInline).ToList();
        foreach (var node in found)
        {
            switch (node)
            {
                case KramdownAttributeListBlock block:
                    ApplyToBlock(block);
                    Warn(block.Attributes, new SourceLocation(sourcePath, bodyLine + block.Line, block.Column + 1), diagnostics);
                    break;
                case KramdownAttributeListInline inline:
                    if (inline.PreviousSibling is { } target and not LiteralInline)
                    {
                        inline.Attributes.ApplyTo(target.GetAttributes());
                    }

                    Warn(inline.Attributes, new SourceLocation(sourcePath, bodyLine + inline.Line, inline.Column + 1), diagnostics);
                    inline.Remove();
                    break;
            }
        }
    }

    private static void ApplyToBlock(KramdownAttributeListBlock block)
    {
        var parent = block.Parent!;
        var index = parent.IndexOf(block);
        Block? target = null;
        for (var i = index - 1; i >= 0 && target is null; i--)
        {
            target = parent[i] is KramdownAttributeListBlock ? null : parent[i];
        }

        for (var i = index + 1; i < parent.Count && target is null; i++)
        {
            target = parent[i] is KramdownAttributeListBlock ? null : parent[i];
        }

        if (target is not null)
        {
            block.Attributes.ApplyTo(target.GetAttributes());
        }

        parent.RemoveAt(index);
    }

    private static void Warn(KramdownAttributes attributes, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (attributes.Dropped.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeAttribute, location,
                $"the attribute list drops {string.Join(", ", attributes.Dropped.Select(name => $"'{name}'"))}: only ids, classes, title, lang, dir, width, height, alt, target, rel, role, data-* and aria-* are kept (inline styles and scripts are forbidden by the content security policy); style the class in the theme's CSS instead");
        }
    }
}
