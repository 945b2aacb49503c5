using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Performance;

namespace NewsletterGen.Markdown;

/// <summary>Turns a Markdown body into HTML with Markdig. One pipeline is built once and shared by
/// every thread (a built MarkdownPipeline is immutable); a renderer is made per document.</summary>
public sealed partial class MarkdownRenderer
{
    [GeneratedRegex(@"^\s*<!--\s*more\s*-->\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MoreMarker();

    // Built from explicit extensions, not UseAdvancedExtensions(): that one includes generic
    // attributes, which would eat "{braces}" written in prose.
    private readonly Pipelines _pipelines;

    private readonly LinkResolver _links;
    private readonly bool _countWords;
    private readonly RendererPool _renderers;

    /// <param name="countWords">Whether to count each body's words now, in parallel with the
    /// rest of the stage (<see cref="RenderedMarkdown.WordCount"/>); else it is
    /// <see cref="Post.NotCounted"/> and the post counts them if a template reads them.</param>
    public MarkdownRenderer(LinkResolver links, bool countWords = true)
        : this(NewPipelines(), links, countWords, null)
    {
    }

    private MarkdownRenderer(Pipelines pipelines, LinkResolver links, bool countWords, RendererPool? renderers)
    {
        _pipelines = pipelines;
        _links = links;
        _countWords = countWords;
        _renderers = renderers ?? new RendererPool(pipelines.Full);
    }

    /// <summary>A renderer that parses every document with autolinks on from the start, as the
    /// renderer did before it learned to skip them: what tests compare the usual one with.</summary>
    internal static MarkdownRenderer WithAutoLinksAlways(LinkResolver links)
    {
        var full = NewPipeline(autoLinks: true);
        return new MarkdownRenderer(new Pipelines(full, full), links, countWords: true, renderers: null);
    }

    /// <summary>A renderer that resolves links with <paramref name="links"/> and shares this one's
    /// pipeline (building a pipeline costs more than rendering a short post) and its HTML
    /// renderers.</summary>
    public MarkdownRenderer WithLinks(LinkResolver links) => new(_pipelines, links, _countWords, _renderers);

    /// <summary>Both pipelines.</summary>
    private static Pipelines NewPipelines() =>
        new(NewPipeline(autoLinks: true), NewPipeline(autoLinks: false));

    private static MarkdownPipeline NewPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        return builder
            .UseEmphasisExtras()
            .UseSmartyPants()
            .UseAlertBlocks()
            .Use(new HighlightExtension())
            .Use<TemplateTagExtension>()
            .Use<KramdownAttributeLists>()
            .UseDefinitionLists()
            .Use<VideoCardExtension>()
            .Build();
    }

    /// <summary>The pipeline with every extension, and the same without bare-URL autolinks.
    /// The autolink parser wakes on every 'h', 'f', 'm' and 'w' of the text, which cuts the
    /// text into many more pieces for the inline parser. A document is parsed without it first, and again with it only if some of its
    /// text could be an autolink (<see cref="MayHoldAutoLink"/>), which few posts have (links
    /// are written [like this](https://...), whose URL the link parser takes before any text
    /// parser sees it).</summary>
    private sealed record Pipelines(MarkdownPipeline Full, MarkdownPipeline WithoutAutoLinks);

    /// <summary>Whether a piece of text, as parsed without autolinks, could hold what the
    /// autolink parser makes a link of. That parser only starts where a piece of text starts
    /// or goes on (nowhere in code, raw HTML or a link's URL), and only matches "http://",
    /// "https://", "ftp://", "mailto:" and "www." (letters after the first in any case). The
    /// test is wider on purpose: a false "yes" costs a second parse, a false "no" would lose a
    /// link. It also reads a few characters past the piece's end: only "..." (an ellipsis) can
    /// cut one of those five in two, after "www", and no valid address follows "www..." today,
    /// but the margin costs nothing.</summary>
    private static bool MayHoldAutoLink(LiteralInline literal)
    {
        var content = literal.Content;
        if (content.Text is not { } text || content.Length <= 0)
        {
            return false;
        }

        var end = Math.Min(text.Length, content.End + 1 + "mailto:".Length);
        return MayHoldAutoLink(text.AsSpan(content.Start, end - content.Start));
    }

    /// <summary>Whether the text contains "://", or "ww." or "ailto:" in any case: one
    /// vectorised search for the colons and dots, each then looked at in place, rather than three
    /// searches of the whole text, two of them case-insensitive.</summary>
    private static bool MayHoldAutoLink(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(ColonOrDot); at >= 0;)
        {
            if (text[at] == ':'
                ? text[(at + 1)..].StartsWith("//", StringComparison.Ordinal) || (at >= 5 && text.Slice(at - 5, 5).Equals("ailto", StringComparison.OrdinalIgnoreCase))
                : at >= 2 && text.Slice(at - 2, 2).Equals("ww", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOfAny(ColonOrDot);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ColonOrDot = System.Buffers.SearchValues.Create(":.");

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="sourcePath">The file it comes from, for relative links and diagnostics.</param>
    /// <param name="bodyLine">The 1-based line of the file where the body starts.</param>
    /// <param name="summary">A summary written in front matter (plain text), if any.</param>
    public RenderedMarkdown Render(string body, string sourcePath, int bodyLine, string? summary, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        MarkdownDocument document;
        var scan = new DocumentScan();
        var tagged = TemplateTagTranslator.MayHoldTags(body);
        if (tagged)
        {
            body = new TemplateTagTranslator(_links).Translate(body, sourcePath, bodyLine, diagnostics);
        }

        try
        {
            document = Markdig.Markdown.Parse(body, _pipelines.WithoutAutoLinks);
            scan.Walk(document);
            if (scan.MayHoldAutoLink)
            {
                document = Markdig.Markdown.Parse(body, _pipelines.Full);
                scan = new DocumentScan();
                scan.Walk(document);
            }
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses pathological nesting (thousands of '>' or '- ') rather than
            // overflowing the stack; for a writer that is a content error, not a crash.
            diagnostics.Error(DiagnosticCodes.TooDeeplyNested, new SourceLocation(sourcePath, bodyLine, 1),
                "the Markdown is nested too deeply (lists, quotes or emphasis dozens of levels inside each other); flatten it");
            return RenderedMarkdown.Empty;
        }

        if (tagged)
        {
            TemplateTagFindings.Report(document, sourcePath, bodyLine, diagnostics, new TemplateTagTranslator(_links).LeftOutTarget);
        }

        if (KramdownAttributeLists.MayHold(body))
        {
            KramdownAttributeLists.Apply(document, sourcePath, bodyLine, diagnostics);
        }

        var links = RewriteLinks(scan.Links, sourcePath, bodyLine, diagnostics);
        // A renderer from the pool, first for the headings' text, then for the body. Its buffer
        // is made at least about the size of the HTML to come, so it does not grow block by block.
        var (renderer, writer) = _renderers.Rent();
        writer.GetStringBuilder().EnsureCapacity(body.Length + (body.Length / 2));
        var toc = AnchorHeadings(scan.Headings, renderer, writer);

        var summaryEnd = -1;
        var firstParagraph = (Start: -1, End: -1);
        foreach (var block in document)
        {
            var start = writer.GetStringBuilder().Length;
            renderer.Render(block);
            renderer.Writer.Flush();
            if (summaryEnd < 0 && block is HtmlBlock html && MoreMarker().IsMatch(html.Lines.ToString()))
            {
                summaryEnd = start;
            }

            if (firstParagraph.Start < 0 && block is ParagraphBlock paragraph && !(tagged && TemplateTagFindings.OnlyTags(paragraph)))
            {
                firstParagraph = (start, writer.GetStringBuilder().Length);
            }
        }

        var full = writer.ToString();
        _renderers.Return(renderer, writer);
        var summaryHtml = SummaryHtml(summary, full, summaryEnd, firstParagraph);
        if (scan.HasRawHtml)
        {
            full = RawHtmlLinks.Rewrite(full, url => _links.Resolve(url, sourcePath) ?? url);
            summaryHtml = RawHtmlLinks.Rewrite(summaryHtml, url => _links.Resolve(url, sourcePath) ?? url);
        }

        if (tagged)
        {
            summaryHtml = TemplateTagFindings.WithoutTags(summaryHtml);
        }

        var summaryText = string.IsNullOrWhiteSpace(summary) ? PlainText(summaryHtml) : summary.Trim();
        if (SummaryFootnotes.Has(summaryHtml))
        {
            summaryText = PlainText(SummaryFootnotes.Without(summaryHtml));
            summaryHtml = SummaryFootnotes.LinkToPage(summaryHtml, _links.PageUrl(sourcePath) ?? string.Empty);
        }

        return new RenderedMarkdown(new HtmlFragment(full), new HtmlFragment(summaryHtml), summaryText, _countWords ? HtmlText.CountWords(full) : Post.NotCounted, links) { Toc = toc };
    }

    /// <summary>The summary's HTML: the front matter's summary if written, else the body up to
    /// the "more" marker, else its first paragraph, else nothing.</summary>
    private static string SummaryHtml(string? written, string full, int moreMarker, (int Start, int End) firstParagraph)
    {
        if (!string.IsNullOrWhiteSpace(written))
        {
            return "<p>" + HtmlFragment.Escape(written.Trim()) + "</p>";
        }

        if (moreMarker > 0)
        {
            return full[..moreMarker].TrimEnd();
        }

        return firstParagraph.Start >= 0 ? full[firstParagraph.Start..firstParagraph.End].TrimEnd() : string.Empty;
    }

    /// <summary>Resolves a URL written in front matter (a cover image) as if it were written in
    /// the body of <paramref name="sourcePath"/>.</summary>
    public string ResolveUrl(string url, string sourcePath) => _links.Resolve(url, sourcePath) ?? url;

    /// <summary>What a link to a post or page left out of the build is told: not that it is
    /// broken, but which error to fix for it to work.</summary>
    internal static string LeftOutMessage(string link, SourceLocation error) =>
        $"'{link}' leads to a post or page left out of this build because its front matter has an error (at {error}); fix that error and this link works";

    private List<InternalLink> RewriteLinks(List<LinkInline> linkInlines, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        var internalLinks = new List<InternalLink>();
        foreach (var link in linkInlines)
        {
            if (link.Url is null)
            {
                continue;
            }

            var location = new SourceLocation(sourcePath, bodyLine + link.Line, link.Column + 1);
            var resolved = _links.Resolve(link.Url, sourcePath);
            if (resolved is null)
            {
                if (_links.LeftOutTarget(link.Url, sourcePath) is { } error)
                {
                    diagnostics.Warning(DiagnosticCodes.LinkToLeftOutDocument, location, LeftOutMessage(link.Url, error));
                }
                else
                {
                    diagnostics.Warning(DiagnosticCodes.BrokenLink, location, $"'{link.Url}' is not a post or page of this site");
                }

                continue;
            }

            link.Url = resolved;
            if (resolved.StartsWith('#') || (resolved.StartsWith('/') && !resolved.StartsWith("//", StringComparison.Ordinal)))
            {
                internalLinks.Add(new InternalLink(resolved, link.IsImage, location));
            }
        }

        return internalLinks;
    }

    /// <summary>Gives every heading a link to itself (after its text, so screen readers read the
    /// heading first), and collects the ## and ### headings for the table of contents.</summary>
    private static List<TocEntry> AnchorHeadings(List<HeadingBlock> headings, HtmlRenderer renderer, StringWriter scratch)
    {
        var toc = new List<TocEntry>();
        if (headings.Count == 0)
        {
            return toc;
        }

        foreach (var heading in headings)
        {
            var id = heading.TryGetAttributes()?.Id;
            if (string.IsNullOrEmpty(id) || heading.Inline is null)
            {
                continue;
            }

            if (heading.Level is 2 or 3)
            {
                scratch.GetStringBuilder().Clear();
                renderer.WriteLeafInline(heading);
                renderer.Writer.Flush();
                toc.Add(new TocEntry(heading.Level, id, PlainText(scratch.ToString())));
            }

            var anchor = new LinkInline("#" + id, string.Empty);
            anchor.GetAttributes().AddClass("anchor");
            anchor.GetAttributes().AddProperty("aria-label", "Link to this section");
            anchor.AppendChild(new LiteralInline("#"));
            heading.Inline.AppendChild(new LiteralInline(" "));
            heading.Inline.AppendChild(anchor);
        }

        // Back to the state of a new renderer: at the start of a line, nothing written.
        renderer.EnsureLine();
        renderer.Writer.Flush();
        scratch.GetStringBuilder().Clear();
        return toc;
    }

    /// <summary>The text of an HTML fragment, for meta descriptions and feeds' plain fields.</summary>
    public static string PlainText(string html) => HtmlText.Of(html);

    /// <summary>One walk over a parsed document, in document order (as Markdig's Descendants()),
    /// that finds everything the later steps need: its links, its headings, whether it has raw
    /// HTML and whether any of its text may hold a bare URL. Markdig's enumerators (iterators
    /// and stacks, made anew for every container) walked the tree twice.</summary>
    private sealed class DocumentScan
    {
        public List<LinkInline> Links { get; } = [];

        public List<HeadingBlock> Headings { get; } = [];

        public bool HasRawHtml { get; private set; }

        public bool MayHoldAutoLink { get; private set; }

        public void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        Headings.Add(heading);
                        break;
                    case HtmlBlock:
                        HasRawHtml = true;
                        break;
                }

                if (block is LeafBlock { Inline: { } inline })
                {
                    Walk(inline);
                }
                else if (block is ContainerBlock inner)
                {
                    Walk(inner);
                }
            }
        }

        private void Walk(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        MayHoldAutoLink = MayHoldAutoLink || MarkdownRenderer.MayHoldAutoLink(literal);
                        break;
                    case LinkInline link:
                        Links.Add(link);
                        break;
                    case HtmlInline:
                        HasRawHtml = true;
                        break;
                }

                if (inline is ContainerInline inner)
                {
                    Walk(inner);
                }
            }
        }
    }

    /// <summary>HTML renderers set up for the pipeline, each with its buffer, lent to one document
    /// at a time and reset for the next. Setting a renderer up makes two dozen object renderers,
    /// and a new buffer for each post was a large share of what the Markdown stage allocated. A
    /// renderer lost to an exception is not returned; a new one is made.</summary>
    private sealed class RendererPool(MarkdownPipeline pipeline)
    {
        // A buffer grown for an unusually long post is let go rather than kept for short ones.
        private const int LargestKeptBuffer = 1 << 20;

        private readonly ConcurrentBag<(HtmlRenderer Renderer, StringWriter Writer)> _free = [];

        public (HtmlRenderer Renderer, StringWriter Writer) Rent()
        {
            if (_free.TryTake(out var pooled))
            {
                return pooled;
            }

            var writer = new StringWriter(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            return (renderer, writer);
        }

        public void Return(HtmlRenderer renderer, StringWriter writer)
        {
            if (writer.GetStringBuilder().Capacity > LargestKeptBuffer)
            {
                return;
            }

            // Back to the state of a new renderer, as AnchorHeadings leaves it: at the start of a
            // line (indents are pushed and popped in pairs while a document renders), nothing
            // written.
            renderer.EnsureLine();
            renderer.Writer.Flush();
            writer.GetStringBuilder().Clear();
            _free.Add((renderer, writer));
        }
    }
}
