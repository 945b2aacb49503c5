using System.Runtime.CompilerServices;
using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Performance;
using NewsletterGen.Search;
using NewsletterGen.Templates;

namespace NewsletterGen;

/// <summary>The build, top to bottom, one line per stage. Each stage reads immutable input,
/// reports bad input as diagnostics, and the run stops before writing if any is an error.</summary>
public static class SiteBuild
{
    /// <summary>A clean build: nothing is kept for a next build, so no keys are made.</summary>
    public static BuildResult Run(BuildOptions options) => Run(options, BuildCache.ForOneBuild());

    /// <summary>Builds with what <paramref name="cache"/> kept from the previous build of the same
    /// site (the preview server's way): only what a change affects is parsed, rendered and written
    /// again, and the output is the same, byte for byte, as a clean build's. A successful build
    /// that wrote before into the same output folder updates the changed files in place instead
    /// of swapping in a new folder.</summary>
    public static BuildResult Run(BuildOptions options, BuildCache cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cache);
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

        var settings = SettingsKey(source, options);
        if (cache.SettingsKey != settings)
        {
            cache.Forget();
            cache.SettingsKey = settings;
        }

        // A watcher's report of what changed spares looking at ten thousand files that did not.
        var changes = cache.Changes;
        cache.Changes = null;
        var now = options.Now ?? DateTimeOffset.UtcNow;

        // A save that changed only the text of posts patches the last build.
        if (PostTextRebuild.TryRun(options, cache, config, changes, now) is { } patched)
        {
            return patched;
        }

        // What this build changes in the cache no longer matches the last build's result.
        cache.Last = null;
        var listing = changes is { StructureChanged: false, Complete: true } && cache.Listing is { } kept && kept.Source == source
            ? kept.Listing
            : ContentLoader.List(source);
        cache.Listing = (source, listing);
        var documents = DocumentStage.Run(source, listing, config, cache, changes is { Complete: true } ? changes : null, diagnostics);

        // Bodies waiting as unmanaged bytes are freed after the Markdown stage, or when the
        // build ends if it stops before.
        using var waitingBodies = documents.Bodies;
        timer.Mark("read and front matter");
        var allPosts = documents.Posts;
        if (config.UseGitDates)
        {
            allPosts = WithGitDates(allPosts, GitDates.Read(source), config.TimeZone);
        }

        var posts = allPosts.Where(p => IsPublished(p, options, now)).ToList();
        var pages = documents.Pages.Where(p => options.IncludeDrafts || !p.FrontMatter.IsDraft).ToList();
        var templates = TemplateStage(source, cache, diagnostics);
        timer.Mark("parse templates");
        if (diagnostics.HasErrors || templates is null)
        {
            return BuildResult.Failed(diagnostics);
        }

        var urls = DocumentUrls(posts, pages, documents);

        // A clean build writes each page into the new site's folder as soon as it is rendered,
        // after checking what it loads, and keeps only its path: holding every page until the
        // end was a quarter of the memory of a 10,000-post build. The folder is swapped in only
        // if the build succeeds. The preview keeps its pages, for the next build.
        var unsafeOutput = options.WriteOutput ? OutputWriter.CheckOutputFolder(source, options.OutputDirectory) : null;
        using var staged = options.WriteOutput && !cache.KeepsForNextBuild && unsafeOutput is null ? StagedSite.Begin(options.OutputDirectory) : null;

        // The folders of the posts' and pages' pages are made by one thread of their own while
        // the Markdown is rendered and the site model made, rather than by the threads that
        // write the pages: ten thousand folders in one folder are made one at a time, and two
        // threads making them spun on the folder's lock (3% of a build's CPU). Disposed (stopped
        // and waited for) before the staged site, whatever happens.
        using var folders = staged is null ? null : FolderMaker.Start(staged, urls.Values.Select(url => Urls.OutputPath(config, url)));
        var entries = new EntryStage(config.BasePath, urls, templates.Dependencies.BodyMembersShownInLists, cache,
            countWords: templates.Dependencies.MayRead("word_count") || templates.Dependencies.MayRead("reading_minutes") || templates.Dependencies.MayRead("json_ld"));
        var tagRefs = new TagRefs(config);
        var renderedPosts = entries.Run(posts, documents, diagnostics, (doc, md, renderer, bag) => EntryAssembler.Post(doc, md, config, renderer, bag, tagRefs))
            .Select(r => r.Entry.IsScheduled == r.Entry.Published > now ? r : r with { Entry = r.Entry with { IsScheduled = r.Entry.Published > now } })
            .ToList();
        var renderedPages = entries.Run(pages, documents, diagnostics, (doc, md, _, _) => EntryAssembler.Page(doc, md, config));
        entries.Commit();

        // Every body is rendered: their unmanaged bytes go now, not at the end of the build.
        waitingBodies?.Dispose();
        timer.Mark("markdown");

        // The site model is made on another thread while this one lets the documents' texts go
        // and looks for duplicate feed ids: the three took 45 ms one after the other, with the
        // other core idle.
        var siteModel = Task.Run(() => SiteBuilder.Build(config, renderedPosts.Select(r => r.Entry), renderedPages.Select(r => r.Entry), cache.KeepsForNextBuild ? new RelatedPostsCache(cache) : null,
            findRelated: templates.Dependencies.MayRead("related")));
        if (!cache.KeepsForNextBuild)
        {
            // Nothing reads a document's text once its Markdown is rendered, and a build that
            // keeps nothing for a next one need not hold ten thousand of them (two copies
            // each: the file's text and the body) until its end.
            (allPosts, posts, pages) = WithoutText(allPosts, posts, pages);
        }

        ReportDuplicateIds(renderedPosts.Select(r => r.Entry), diagnostics);
        var site = siteModel.GetAwaiter().GetResult();
        timer.Mark("site model");

        // Pages are kept for the next build under keys made from each entry's versions.
        var keys = cache.KeepsForNextBuild ? new OutputCache(site, templates, Versions(renderedPosts, renderedPages), cache) : null;
        var files = new List<OutputFile>();
        var origins = cache.KeepsForNextBuild ? cache.Origins : new ConditionalWeakTable<OutputFile, IReadOnlyList<Diagnostic>>();
        PageRenderer.PageSink? writeNow = staged is null ? null : (path, bytes, origin) =>
        {
            var findings = OriginCheck.Findings(path, bytes, origin, config, source);
            var put = staged.Put(path, bytes, origin);
            origins.AddOrUpdate(put, findings);
            return put;
        };
        // A build that keeps nothing makes the feeds, the sitemap and the redirect pages beside
        // the pages: they read only the site model, and made after the last page, the sitemap
        // one line after another, they left a core idle for a tenth of a second at 10,000 posts.
        // They are written into the new site there too, as pages are: written at the commit,
        // twenty megabytes of feeds at 10,000 posts were the last thing the build waited for.
        var besidePages = keys is null
            ? Task.Run(() => SiteFeeds(site, templates.Set, keys: null, cache, timer: null)
                .Select(file => writeNow is not null && file.Bytes is { } bytes ? writeNow(file.Path, bytes, file.Origin) : file)
                .ToList())
            : null;
        var pageFiles = new PageRenderer(templates.Set, site, templates.Dependencies.MayRead("json_ld")).RenderAll(diagnostics, keys, writeNow);
        files.AddRange(pageFiles);
        timer.Mark("templates");
        if (besidePages is not null)
        {
            files.AddRange(besidePages.GetAwaiter().GetResult());
            timer.Mark("feeds and sitemap");
        }
        else
        {
            files.AddRange(SiteFeeds(site, templates.Set, keys, cache, timer));
            timer.Mark("sitemap");
        }

        files.AddRange(listing.Files.Select(f => OutputFile.Copy(f.OutputPath, f.FullPath, ContentLoader.Relative(source, f.FullPath))));
        if (!listing.Files.Any(f => f.OutputPath == ContentSecurityPolicy.HeadersPath))
        {
            files.Add(OutputFile.FromText(ContentSecurityPolicy.HeadersPath, ContentSecurityPolicy.HeadersFile, "the Content-Security-Policy"));
        }
        ReportClashes(files, cache, diagnostics);
        var links = new LinkChecker(config, files, cache.KeepsForNextBuild ? cache.FragmentIds : null);
        var postSources = posts.ToDictionary(p => p.Path, StringComparer.Ordinal);
        Parallel.ForEach(
            renderedPosts.Select(r => (r.Entry.Url, Links: CoverLink(r.Entry, postSources[r.Entry.Source.File]).Concat(r.Markdown.Links)))
                .Concat(renderedPages.Select(r => (r.Entry.Url, Links: r.Markdown.Links.AsEnumerable()))),
            page => links.Check(page.Url, page.Links, diagnostics));
        OriginCheck.Check(files, config, source, diagnostics, origins);
        timer.Mark("link and origin checks");
        if (unsafeOutput is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.StartOf(options.OutputDirectory), unsafeOutput);
        }

        var found = diagnostics.ToSortedList();
        if (diagnostics.HasErrors || (options.WarningsAsErrors && found.Count > 0))
        {
            return BuildResult.Failed(diagnostics);
        }

        // Pages rendered by a failed build are not kept: the next build renders them again.
        keys?.Commit();
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var unchanged = 0;
        if (options.WriteOutput)
        {
            unchanged = staged is not null ? staged.Commit(files).Unchanged : Write(files, options.OutputDirectory, cache).Unchanged;
            timer.Mark("write");
        }

        var nextScheduled = NextScheduled(allPosts, now);
        if (cache.KeepsForNextBuild)
        {
            var postIndex = new Dictionary<string, int>(site.Posts.Count, StringComparer.Ordinal);
            for (var i = 0; i < site.Posts.Count; i++)
            {
                postIndex[site.Posts[i].Source.File] = i;
            }

            // A post becomes published, or stops being scheduled, when the clock passes its date.
            var nextChange = allPosts.Select(p => p.FrontMatter.Date).Where(d => d > now).Min();
            cache.Last = new LastBuild(options with { Now = null }, site, postIndex, files, found, urls, nextChange, nextScheduled);
        }

        return new BuildResult(true, found, site.Posts.Count, site.Pages.Count, files.Count, nextScheduled)
        {
            Timings = timer.Stages,
            UnchangedFileCount = unchanged,
            RenderedDocuments = entries.RenderedCount,
            RenderedPages = keys?.RenderedCount ?? pageFiles.Count,
            Site = site,
        };
    }

    private static readonly IEqualityComparer<string> ByReference = (IEqualityComparer<object?>)ReferenceEqualityComparer.Instance;

    /// <summary>Each entry's versions, by its source path object, which every copy the site model
    /// makes of the entry shares: looking it up hashes a reference, not a path (ten thousand posts
    /// are looked up many times per build). A path that is not the same object fails loudly.</summary>
    private static Dictionary<string, (long Full, long Card)> Versions(List<Rendered<Post>> posts, List<Rendered<Page>> pages)
    {
        var versions = new Dictionary<string, (long Full, long Card)>(ByReference);
        foreach (var (path, full, card) in posts.Select(r => (r.Entry.Source.File, r.Version, r.CardVersion))
                     .Concat(pages.Select(r => (r.Entry.Source.File, r.Version, r.CardVersion))))
        {
            versions[path] = (full, card);
        }

        return versions;
    }

    /// <summary>The first write into a folder swaps in a whole new site; the next ones with the
    /// same cache change only the files that differ from what the last one wrote.</summary>
    private static WriteStatistics Write(List<OutputFile> files, string outputDirectory, BuildCache cache)
    {
        var folder = Path.GetFullPath(outputDirectory);
        var written = cache.Written;

        // Until this write has succeeded, what the folder holds is not known.
        cache.Written = null;
        var statistics = written is not null && written.Directory == folder && Directory.Exists(folder)
            ? OutputWriter.Update(files, written.Files, folder)
            : OutputWriter.Write(files, folder);
        cache.Written = new WrittenSite(folder, files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        return statistics;
    }

    /// <summary>Two sources published at one path are an error; a set of paths already found free
    /// of clashes by the last build is not searched again.</summary>
    private static void ReportClashes(List<OutputFile> files, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.KeepsForNextBuild)
        {
            OutputWriter.ReportClashes(files, diagnostics);
            return;
        }

        var key = new KeyBuilder();
        foreach (var file in files)
        {
            key.Add(file.Path);
        }

        var paths = key.Finish();
        if (cache.PathsWithoutClashes == paths)
        {
            return;
        }

        var clashes = new DiagnosticBag();
        OutputWriter.ReportClashes(files, clashes);
        diagnostics.AddRange(clashes);
        cache.PathsWithoutClashes = clashes.HasErrors ? null : paths;
    }

    /// <summary>The sitemap, written again only when a URL or a date in it changed (a post's
    /// text does not show in it).</summary>
    private static byte[] Sitemap(Site site, IReadOnlyList<string> optional, BuildCache cache)
    {
        var entries = SitemapWriter.Entries(site, optional);
        if (!cache.KeepsForNextBuild)
        {
            return SitemapWriter.Write(site.Config, entries);
        }

        var key = new KeyBuilder();
        foreach (var (url, lastModified) in entries)
        {
            key.Add(url).Add(lastModified?.UtcTicks ?? -1).Add((long)(lastModified?.Offset.TotalMinutes ?? 0));
        }

        var hash = key.Finish();
        if (cache.Sitemap is not { } kept || kept.Key != hash)
        {
            cache.Sitemap = kept = new CachedBytes(hash, SitemapWriter.Write(site.Config, entries));
        }

        return kept.Bytes;
    }

    /// <summary>What every stage depends on: site.yml as written, and the base URL given on the
    /// command line.</summary>
    private static string SettingsKey(string source, BuildOptions options)
    {
        var path = Path.Combine(source, SiteConfigLoader.RelativePath);
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        return $"{options.BaseUrl}\n{text}";
    }

    /// <summary>The templates, parsed again only when one of their texts changed. Each template
    /// keeps its version while its text is the same.</summary>
    private static CachedTemplates? TemplateStage(string source, BuildCache cache, DiagnosticBag diagnostics)
    {
        var texts = TemplateSet.ReadTexts(source, diagnostics);
        if (cache.Templates is { } cached && cached.Texts.Count == texts.Count
            && texts.All(t => cached.Texts.TryGetValue(t.Key, out var old) && old == t.Value))
        {
            return cached;
        }

        var set = TemplateSet.Parse(texts, diagnostics);
        if (set is null)
        {
            return null;
        }

        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, text) in texts)
        {
            var path = $"{ContentLoader.TemplatesFolder}/{name}";
            versions[path] = cache.Templates is { } previous && previous.Texts.TryGetValue(name, out var old) && old == text
                ? previous.Versions[path]
                : cache.NextVersion();
        }

        cache.Templates = new CachedTemplates(texts, set, new TemplateDependencies(set), versions);
        return cache.Templates;
    }

    internal static bool IsPublished(ParsedDocument post, BuildOptions options, DateTimeOffset now) =>
        (options.IncludeDrafts || !post.FrontMatter.IsDraft)
        && (options.IncludeFuture || post.FrontMatter.Date <= now);

    /// <summary>A post's cover image, when it is a file of the site, is checked like an image in its body.</summary>
    internal static IEnumerable<InternalLink> CoverLink(Post post, ParsedDocument document)
    {
        if (post.Image is { } image && image.StartsWith('/') && !image.StartsWith("//", StringComparison.Ordinal))
        {
            yield return new InternalLink(image, true, document.FrontMatter.LocationOf("image", document.Path));
        }
    }

    /// <summary>Two posts with one feed id would be one item to every feed reader: the second
    /// would never be shown.</summary>
    private static void ReportDuplicateIds(IEnumerable<Post> posts, DiagnosticBag diagnostics)
    {
        // Almost always every id is different: one pass over a set says so.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (posts.All(p => seen.Add(p.Id)))
        {
            return;
        }

        // Where the id is one of the posts' own permalink, the clash of their URLs is reported already.
        foreach (var group in posts.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1 && !g.Any(p => p.Permalink == g.Key)))
        {
            var files = group.Select(p => p.Source.File).Order(StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, SourceLocation.StartOf(files[^1]),
                $"{string.Join(" and ", files)} have the same feed id '{group.Key}'; feed readers would show only one of them");
        }
    }

    /// <summary>The documents without their text (the file's and the body): the same objects
    /// for the same documents in all three lists.</summary>
    private static (List<ParsedDocument> All, List<ParsedDocument> Posts, List<ParsedDocument> Pages) WithoutText(List<ParsedDocument> allPosts, List<ParsedDocument> posts, List<ParsedDocument> pages)
    {
        var light = new Dictionary<ParsedDocument, ParsedDocument>(ReferenceEqualityComparer.Instance);
        ParsedDocument Light(ParsedDocument document)
        {
            if (!light.TryGetValue(document, out var made))
            {
                light[document] = made = document with { Source = document.Source with { Text = string.Empty }, Body = string.Empty };
            }

            return made;
        }

        return ([.. allPosts.Select(Light)], [.. posts.Select(Light)], [.. pages.Select(Light)]);
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
    private static Dictionary<string, string> DocumentUrls(IEnumerable<ParsedDocument> posts, IEnumerable<ParsedDocument> pages, DocumentSet documents)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in posts.Concat(pages))
        {
            urls[document.Path] = documents.ByPath[document.Path].Url!;
        }

        return urls;
    }

    /// <param name="timer">Null when the feeds are made beside the pages, whose stage would
    /// then be cut in two.</param>
    private static IEnumerable<OutputFile> SiteFeeds(Site site, TemplateSet templates, OutputCache? keys, BuildCache cache, StageTimer? timer)
    {
        // A feed holds the newest posts of the site or of a tag: an edit changes a few feeds at most.
        foreach (var feed in FeedSet.Write(site, keys))
        {
            yield return feed;
        }

        timer?.Mark("feeds");

        foreach (var post in site.Posts)
        {
            foreach (var alias in post.Aliases)
            {
                yield return OutputFile.FromText(Urls.OutputPath(site.Config, alias), RedirectPage.Html(post.Permalink, post.Title, site.Language), post.Source.File);
            }
        }

        if (site.Config.SearchIndex)
        {
            yield return new OutputFile("search/index.json", SearchIndexWriter.Write(site, keys), null, "the search index");
            timer?.Mark("search index");
        }

        // The optional pages (subscribe, search) are in the sitemap when the theme makes them
        // (PageRenderer renders one for each of these templates; if it fails, so does the build).
        var optional = new[] { (Url: site.SubscribeUrl, Template: "subscribe.html"), (Url: site.SearchUrl, Template: "search.html") }
            .Where(p => templates.Contains(p.Template))
            .Select(p => p.Url)
            .ToList();
        yield return new OutputFile("sitemap.xml", Sitemap(site, optional, cache), null, "the sitemap");
        yield return OutputFile.FromText("robots.txt", SitemapWriter.Robots(site), "robots.txt");
    }
}
