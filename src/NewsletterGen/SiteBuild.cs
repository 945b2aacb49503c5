using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Html;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Search;
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
        var timer = new StageTimer();

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
        sources = sources with { Posts = RemoveForbiddenCharacters(sources.Posts, diagnostics), Pages = RemoveForbiddenCharacters(sources.Pages, diagnostics) };
        timer.Mark("read files");
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var allPosts = ParseAll(sources.Posts, config, isPost: true, diagnostics);
        if (config.UseGitDates)
        {
            allPosts = WithGitDates(allPosts, GitDates.Read(source), config.TimeZone);
        }

        var posts = allPosts.Where(p => IsPublished(p, options, now)).ToList();
        var pages = ParseAll(sources.Pages, config, isPost: false, diagnostics).Where(p => options.IncludeDrafts || !p.FrontMatter.IsDraft).ToList();
        timer.Mark("front matter");
        var templates = TemplateSet.Load(source, diagnostics);
        timer.Mark("parse templates");
        if (diagnostics.HasErrors || templates is null)
        {
            return BuildResult.Failed(diagnostics);
        }

        var renderer = new MarkdownRenderer(new LinkResolver(config.BasePath, DocumentUrls(posts, pages, config)));
        var renderedPosts = RenderAll(posts, renderer, diagnostics, (doc, md) => EntryAssembler.Post(doc, md, config, renderer, diagnostics) with { IsScheduled = doc.FrontMatter.Date > now });
        var renderedPages = RenderAll(pages, renderer, diagnostics, (doc, md) => EntryAssembler.Page(doc, md, config));
        timer.Mark("markdown");
        ReportDuplicateIds(renderedPosts.Select(r => r.Entry), diagnostics);
        var site = SiteBuilder.Build(config, renderedPosts.Select(r => r.Entry), renderedPages.Select(r => r.Entry));
        timer.Mark("site model");

        var files = new List<OutputFile>();
        files.AddRange(new PageRenderer(templates, site).RenderAll(diagnostics));
        timer.Mark("templates");
        files.AddRange(SiteFeeds(site, files));
        timer.Mark("feeds and sitemap");
        files.AddRange(sources.Files.Select(f => OutputFile.Copy(f.OutputPath, f.FullPath, ContentLoader.Relative(source, f.FullPath))));
        OutputWriter.ReportClashes(files, diagnostics);
        var links = new LinkChecker(config, files);
        var postSources = posts.ToDictionary(p => p.Path, StringComparer.Ordinal);
        Parallel.ForEach(
            renderedPosts.Select(r => (r.Entry.Url, Links: CoverLink(r.Entry, postSources).Concat(r.Markdown.Links)))
                .Concat(renderedPages.Select(r => (r.Entry.Url, Links: r.Markdown.Links.AsEnumerable()))),
            page => links.Check(page.Url, page.Links, diagnostics));
        OriginCheck.Check(files, config, source, diagnostics);
        timer.Mark("link and origin checks");
        if (options.WriteOutput && OutputWriter.CheckOutputFolder(source, options.OutputDirectory) is { } unsafeOutput)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.StartOf(options.OutputDirectory), unsafeOutput);
        }

        if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.ToSortedList().Count > 0))
        {
            return BuildResult.Failed(diagnostics);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var unchanged = 0;
        if (options.WriteOutput)
        {
            unchanged = OutputWriter.Write(files, options.OutputDirectory).Unchanged;
            timer.Mark("write");
        }

        return new BuildResult(true, diagnostics.ToSortedList(), site.Posts.Count, site.Pages.Count, files.Count, NextScheduled(allPosts, now))
        {
            Timings = timer.Stages,
            UnchangedFileCount = unchanged,
            Site = site,
        };
    }

    private static List<ParsedDocument> ParseAll(IReadOnlyList<SourceDocument> documents, SiteConfig config, bool isPost, DiagnosticBag diagnostics)
    {
        var parsed = new ParsedDocument?[documents.Count];
        Parallel.For(0, documents.Count, i => parsed[i] = FrontMatterParser.Parse(documents[i], config.TimeZone, isPost, diagnostics));
        return parsed.OfType<ParsedDocument>().ToList();
    }

    private static bool IsPublished(ParsedDocument post, BuildOptions options, DateTimeOffset now) =>
        (options.IncludeDrafts || !post.FrontMatter.IsDraft)
        && (options.IncludeFuture || post.FrontMatter.Date <= now);

    /// <summary>A post's cover image, when it is a file of the site, is checked like an image in its body.</summary>
    private static IEnumerable<InternalLink> CoverLink(Post post, Dictionary<string, ParsedDocument> documents)
    {
        if (post.Image is { } image && image.StartsWith('/') && !image.StartsWith("//", StringComparison.Ordinal))
        {
            var document = documents[post.Source.File];
            yield return new InternalLink(image, true, document.FrontMatter.LocationOf("image", document.Path));
        }
    }

    /// <summary>Two posts with one feed id would be one item to every feed reader: the second
    /// would never be shown.</summary>
    private static void ReportDuplicateIds(IEnumerable<Post> posts, DiagnosticBag diagnostics)
    {
        // Where the id is one of the posts' own permalink, the clash of their URLs is reported already.
        foreach (var group in posts.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1 && !g.Any(p => p.Permalink == g.Key)))
        {
            var files = group.Select(p => p.Source.File).Order(StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, SourceLocation.StartOf(files[^1]),
                $"{string.Join(" and ", files)} have the same feed id '{group.Key}'; feed readers would show only one of them");
        }
    }

    /// <summary>A post without `updated` was last updated when it was last committed, if that is
    /// after its publication date.</summary>
    private static List<ParsedDocument> WithGitDates(List<ParsedDocument> posts, IReadOnlyDictionary<string, DateTimeOffset> commits, TimeZoneInfo timeZone) =>
        posts.Select(p => p.FrontMatter.Updated is null && commits.TryGetValue(p.Path, out var committed) && committed > p.FrontMatter.Date
                ? p with { FrontMatter = p.FrontMatter with { Updated = TimeZoneInfo.ConvertTime(committed, timeZone) } }
                : p)
            .ToList();

    /// <summary>The first post, not a draft, dated after now: when a scheduled rebuild is due.</summary>
    private static ScheduledPost? NextScheduled(IEnumerable<ParsedDocument> posts, DateTimeOffset now) =>
        posts.Where(p => !p.FrontMatter.IsDraft && p.FrontMatter.Date > now)
            .OrderBy(p => p.FrontMatter.Date)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => new ScheduledPost(p.Path, p.FrontMatter.Title!, p.FrontMatter.Date!.Value))
            .FirstOrDefault();

    /// <summary>Every post's and page's URL by source path, so Markdown links between files
    /// become links between pages before any body is rendered.</summary>
    private static Dictionary<string, string> DocumentUrls(IEnumerable<ParsedDocument> posts, IEnumerable<ParsedDocument> pages, SiteConfig config)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            urls[post.Path] = Urls.Post(config, EntryAssembler.PostSlug(post, config));
        }

        foreach (var page in pages)
        {
            urls[page.Path] = Urls.Page(config, EntryAssembler.PageSlug(page));
        }

        return urls;
    }

    private static List<(T Entry, RenderedMarkdown Markdown)> RenderAll<T>(List<ParsedDocument> documents, MarkdownRenderer renderer, DiagnosticBag diagnostics, Func<ParsedDocument, RenderedMarkdown, T> assemble)
    {
        var results = new (T, RenderedMarkdown)[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var doc = documents[i];
            var markdown = renderer.Render(doc.Body, doc.Path, doc.BodyLine, doc.FrontMatter.Summary, diagnostics);
            results[i] = (assemble(doc, markdown), markdown);
        });
        return results.ToList();
    }

    /// <summary>Characters that XML and HTML forbid (a stray U+0001 pasted from a PDF) would make
    /// feeds unreadable and pages invalid: they are removed, and the writer is told where the
    /// first one was.</summary>
    private static List<SourceDocument> RemoveForbiddenCharacters(IEnumerable<SourceDocument> documents, DiagnosticBag diagnostics)
    {
        var result = new List<SourceDocument>();
        foreach (var document in documents)
        {
            var index = XmlText.FirstForbidden(document.Text);
            if (index < 0)
            {
                result.Add(document);
            }
            else
            {
                result.Add(document with { Text = XmlText.Clean(document.Text) });
                var line = document.Text.AsSpan(0, index).Count('\n') + 1;
                var column = index - document.Text.LastIndexOf('\n', Math.Max(0, index - 1));
                diagnostics.Warning(DiagnosticCodes.XmlForbiddenCharacter, new SourceLocation(document.Path, line, column),
                    $"the character U+{(int)document.Text[index]:X4} is not allowed in HTML or XML; it was removed");
            }
        }

        return result;
    }

    private static IEnumerable<OutputFile> SiteFeeds(Site site, IReadOnlyList<OutputFile> pages)
    {
        foreach (var feed in FeedSet.Write(site))
        {
            yield return feed;
        }

        foreach (var post in site.Posts)
        {
            foreach (var alias in post.Aliases)
            {
                yield return OutputFile.FromText(Urls.OutputPath(site.Config, alias), RedirectPage.Html(post.Permalink, post.Title, site.Language), post.Source.File);
            }
        }

        yield return new OutputFile("search/index.json", SearchIndexWriter.Write(site), null, "the search index");
        // The optional pages (subscribe, search) are in the sitemap when the theme made them.
        var optional = new[] { site.SubscribeUrl, site.SearchUrl }.Where(url => pages.Any(p => p.Path == Urls.OutputPath(site.Config, url))).ToList();
        yield return new OutputFile("sitemap.xml", SitemapWriter.Write(site, optional), null, "the sitemap");
        yield return OutputFile.FromText("robots.txt", SitemapWriter.Robots(site), "robots.txt");
    }
}
