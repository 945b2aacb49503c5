using NewsletterGen.Incremental;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Search;
using NewsletterGen.Templates;

namespace NewsletterGen.Feeds;

/// <summary>Every file made from the site model without a template: the feeds, the redirect pages
/// of posts' old URLs, the search index, the sitemap and robots.txt. A narrow build's posts change
/// only the feeds and the search shards that carry them (the rest shows their URLs and dates,
/// which are part of their cards).</summary>
internal static class FeedsAndExtras
{
    /// <param name="timer">Null when the files are made beside the pages, whose stage would then
    /// be cut in two.</param>
    /// <param name="saved">A narrow build's posts, as the site holds them; null for every file.</param>
    public static IEnumerable<OutputFile> Write(Site site, TemplateSet templates, OutputCache? keys, BuildCache cache, StageTimer? timer, IReadOnlyList<Post>? saved = null)
    {
        // A feed holds the newest posts of the site or of a tag: an edit changes a few feeds at most.
        foreach (var feed in FeedSet.Write(site, keys, saved?.Select(p => p.EntryId).ToHashSet()))
        {
            yield return feed;
        }

        timer?.Mark("feeds");

        if (site.Config.SearchIndex)
        {
            foreach (var (path, bytes) in SearchIndexWriter.Write(site, keys, saved?.Select(SearchIndexWriter.ShardOf).ToHashSet()))
            {
                yield return new OutputFile(path, bytes, null, "the search index");
            }

            timer?.Mark("search index");
        }

        if (saved is not null)
        {
            yield break;
        }

        foreach (var post in site.Posts)
        {
            foreach (var alias in post.Aliases)
            {
                yield return OutputFile.FromText(Urls.OutputPath(site.Config, alias), RedirectPage.Html(post.Permalink, post.Title, site.Language), post.Source.File);
            }
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
}
