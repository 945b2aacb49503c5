using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Feeds;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Templates;

/// <summary>Renders every page with the templates, makes the feeds and extras
/// (<see cref="FeedsAndExtras"/>), and adds the files copied as they are: every file of the site.
/// A build that keeps nothing makes the feeds and extras on another thread beside the pages (they
/// read only the site model) and writes them into the new site there too, as pages are written;
/// a build that keeps its output takes unchanged pages and feeds from the cache
/// (<see cref="OutputCache"/>) and makes the rest after the pages. A narrow work set makes only
/// its posts' pages and the feeds and search shards that carry them, in place of the last build's.</summary>
internal static class PageStage
{
    public static SiteFiles Run(BuildContext build, WorkSet work, Site site, CachedTemplates templates, ReadDocuments read, RenderedEntries entries, SiteOutput output)
    {
        var (cache, timer) = (build.Cache, build.Timer);
        var saved = work.Last is { } last ? work.Paths.Select(p => last.PostIndex[p]).ToList() : null;
        var savedPosts = saved?.Select(i => site.Posts[i]).ToList();
        var keys = Keys(build, work, site, templates, entries, savedPosts);
        var besidePages = keys is null
            ? Task.Run(() => FeedsAndExtras.Write(site, templates.Set, keys: null, cache, timer: null, savedPosts).Select(output.Put).ToList())
            : null;
        var pages = new PageRenderer(templates.Set, site).RenderAll(build.Diagnostics, keys, output.Sink, saved);
        var files = new List<OutputFile>(pages);
        timer.Mark("templates");
        if (besidePages is not null)
        {
            files.AddRange(besidePages.GetAwaiter().GetResult());
            timer.Mark("feeds and sitemap");
        }
        else
        {
            files.AddRange(FeedsAndExtras.Write(site, templates.Set, keys, cache, timer, savedPosts));
            timer.Mark("sitemap");
        }

        var rendered = keys?.RenderedCount ?? pages.Count;
        if (work.Last is { } narrow)
        {
            return new SiteFiles(SortedFiles.WithReplaced(narrow.Files, files), keys, rendered, files);
        }

        files.AddRange(read.Listing.Files.Select(f => OutputFile.Copy(f.OutputPath, f.FullPath, ContentLoader.Relative(build.Source, f.FullPath))));
        if (!read.Listing.Files.Any(f => f.OutputPath == ContentSecurityPolicy.HeadersPath))
        {
            files.Add(OutputFile.FromText(ContentSecurityPolicy.HeadersPath, ContentSecurityPolicy.Headers(site.ContentSecurityPolicy), "the Content-Security-Policy"));
        }

        // Hosts that read a redirect file answer old URLs with a 301; a site's own file replaces ours.
        if (RedirectFiles.Rules(site) is { Count: > 0 } rules)
        {
            if (!read.Listing.Files.Any(f => f.OutputPath == RedirectFiles.NetlifyPath))
            {
                files.Add(OutputFile.FromText(RedirectFiles.NetlifyPath, RedirectFiles.Netlify(rules), "the redirects"));
            }

            if (!read.Listing.Files.Any(f => f.OutputPath == RedirectFiles.NginxPath))
            {
                files.Add(OutputFile.FromText(RedirectFiles.NginxPath, RedirectFiles.Nginx(rules), "the redirects"));
            }
        }

        return new SiteFiles(files, keys, rendered);
    }

    /// <summary>The output cache: none in a build that keeps nothing; for a narrow work set, the
    /// last build's keys with its posts' new versions.</summary>
    private static OutputCache? Keys(BuildContext build, WorkSet work, Site site, CachedTemplates templates, RenderedEntries entries, List<Post>? saved)
    {
        if (!build.Cache.KeepsForNextBuild)
        {
            return null;
        }

        return work.Last?.Keys is { } last && saved is not null
            ? last.Narrowed(site, saved.Select(p => (p, entries.Posts.First(r => r.Entry.EntryId == p.EntryId).Version)))
            : OutputCache.For(site, templates, entries, build.Cache);
    }
}
