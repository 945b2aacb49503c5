using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Templates;

namespace NewsletterGen;

/// <summary>The build, top to bottom, one line per stage. Each stage reads immutable input,
/// reports bad input as diagnostics, and the run stops before writing if any is an error.</summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var source = options.SourceDirectory;

        var config = SiteConfigLoader.Load(source, diagnostics);
        if (config is null)
        {
            return BuildResult.Failed(diagnostics);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            config = config.WithBaseUrl(SiteConfigLoader.WithTrailingSlash(baseUrl));
        }

        var sources = ContentLoader.Load(source, diagnostics);
        var posts = ParseAll(sources.Posts, config, isPost: true, diagnostics).Where(p => IsPublished(p, options)).ToList();
        var pages = ParseAll(sources.Pages, config, isPost: false, diagnostics);
        var templates = TemplateSet.Load(source, diagnostics);
        if (diagnostics.HasErrors || templates is null)
        {
            return BuildResult.Failed(diagnostics);
        }

        var renderer = new MarkdownRenderer(new LinkResolver(config.BasePath, DocumentUrls(posts, pages, config)));
        var site = SiteBuilder.Build(
            config,
            RenderAll(posts, renderer, diagnostics, (doc, md) => EntryAssembler.Post(doc, md, config, diagnostics)),
            RenderAll(pages, renderer, diagnostics, (doc, md) => EntryAssembler.Page(doc, md, config)));

        var files = new List<OutputFile>();
        files.AddRange(new PageRenderer(templates, site).RenderAll(diagnostics));
        files.AddRange(SiteFeeds(site));
        files.AddRange(sources.Files.Select(f => OutputFile.Copy(f.OutputPath, f.FullPath, ContentLoader.Relative(source, f.FullPath))));
        OutputWriter.ReportClashes(files, diagnostics);
        if (options.WriteOutput && OutputWriter.CheckOutputFolder(source, options.OutputDirectory) is { } unsafeOutput)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.StartOf(options.OutputDirectory), unsafeOutput);
        }

        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(diagnostics);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        if (options.WriteOutput)
        {
            OutputWriter.Write(files, options.OutputDirectory);
        }

        return new BuildResult(true, diagnostics.ToSortedList(), site.Posts.Count, site.Pages.Count, files.Count);
    }

    private static List<ParsedDocument> ParseAll(IReadOnlyList<SourceDocument> documents, SiteConfig config, bool isPost, DiagnosticBag diagnostics)
    {
        var parsed = new ParsedDocument?[documents.Count];
        Parallel.For(0, documents.Count, i => parsed[i] = FrontMatterParser.Parse(documents[i], config.TimeZone, isPost, diagnostics));
        return parsed.OfType<ParsedDocument>().ToList();
    }

    private static bool IsPublished(ParsedDocument post, BuildOptions options) =>
        (options.IncludeDrafts || !post.FrontMatter.IsDraft)
        && (options.IncludeFuture || post.FrontMatter.Date <= (options.Now ?? DateTimeOffset.UtcNow));

    /// <summary>Every post's and page's URL by source path, so Markdown links between files
    /// become links between pages before any body is rendered.</summary>
    private static Dictionary<string, string> DocumentUrls(IEnumerable<ParsedDocument> posts, IEnumerable<ParsedDocument> pages, SiteConfig config)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            urls[post.Path] = Urls.Post(config, EntryAssembler.PostSlug(post));
        }

        foreach (var page in pages)
        {
            urls[page.Path] = Urls.Page(config, EntryAssembler.PageSlug(page));
        }

        return urls;
    }

    private static List<T> RenderAll<T>(List<ParsedDocument> documents, MarkdownRenderer renderer, DiagnosticBag diagnostics, Func<ParsedDocument, RenderedMarkdown, T> assemble)
    {
        var results = new T[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var doc = documents[i];
            var summary = doc.FrontMatter.Summary;
            results[i] = assemble(doc, renderer.Render(doc.Body, doc.Path, doc.BodyLine, summary, diagnostics));
        });
        return results.ToList();
    }

    private static IEnumerable<OutputFile> SiteFeeds(Site site)
    {
        var config = site.Config;
        var feedPosts = site.Posts.Take(config.FeedSize).ToList();
        yield return new OutputFile("feed.xml", RssFeedWriter.Write(site, feedPosts, site.FeedPermalink, site.Title, site.Description, site.BaseUrl), null, "the RSS feed");
        yield return new OutputFile("sitemap.xml", SitemapWriter.Write(site), null, "the sitemap");
        yield return OutputFile.FromText("robots.txt", SitemapWriter.Robots(site), "robots.txt");
    }
}
