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
/// (<see cref="OutputCache"/>) and makes the rest after the pages.</summary>
internal static class PageStage
{
    public static SiteFiles Run(BuildContext build, Site site, CachedTemplates templates, ReadDocuments read, RenderedEntries entries, SiteOutput output)
    {
        var (cache, timer) = (build.Cache, build.Timer);
        var keys = cache.KeepsForNextBuild ? OutputCache.For(site, templates, entries, cache) : null;
        var besidePages = keys is null
            ? Task.Run(() => FeedsAndExtras.Write(site, templates.Set, keys: null, cache, timer: null).Select(output.Put).ToList())
            : null;
        var pages = new PageRenderer(templates.Set, site).RenderAll(build.Diagnostics, keys, output.Sink);
        var files = new List<OutputFile>(pages);
        timer.Mark("templates");
        if (besidePages is not null)
        {
            files.AddRange(besidePages.GetAwaiter().GetResult());
            timer.Mark("feeds and sitemap");
        }
        else
        {
            files.AddRange(FeedsAndExtras.Write(site, templates.Set, keys, cache, timer));
            timer.Mark("sitemap");
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

        return new SiteFiles(files, keys, keys?.RenderedCount ?? pages.Count);
    }
}
