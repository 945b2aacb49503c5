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
    private static readonly string[] OptionalTemplates = ["subscribe.html", "search.html"];

    /// <param name="timer">Null when the files are made beside the pages, whose stage would then
    /// be cut in two.</param>
    /// <param name="saved">A narrow build's posts, as the site holds them; null for every file.</param>
    public static IEnumerable<OutputFile> Write(Site site, TemplateSet templates, OutputCache? keys, BuildCache cache, StageTimer? timer, IReadOnlyList<Post>? saved = null)
    {
        // A feed holds the newest posts of the site or of a tag: an edit changes a few feeds at most.
        // Each language's edition has its own feeds and search index, below its folder.
        var carrying = saved?.Select(p => p.EntryId).ToHashSet();
        foreach (var edition in site.AllEditions)
        {
            foreach (var feed in FeedSet.Write(edition, keys, carrying))
            {
                yield return feed;
            }
        }

        timer?.Mark("feeds");

        if (site.Config.SearchIndex)
        {
            var shards = saved?.Select(SearchIndexWriter.ShardOf).ToHashSet();
            foreach (var edition in site.AllEditions)
            {
                foreach (var (path, bytes) in SearchIndexWriter.Write(edition, keys, shards))
                {
                    yield return new OutputFile(path, bytes, null, "the search index");
                }
            }

            timer?.Mark("search index");
        }

        if (saved is not null)
        {
            yield break;
        }

        foreach (var post in site.AllEditions.SelectMany(e => e.Posts))
        {
            foreach (var alias in post.Aliases)
            {
                yield return OutputFile.FromText(Urls.OutputPath(site.Config, alias), RedirectPage.Html(post.Permalink, post.Title, post.Language is { Length: > 0 } language ? language : site.Language), post.Source.File);
            }
        }

        // The optional pages (subscribe, search) are in the sitemap when the theme makes them
        // (PageRenderer renders one for each of these templates; if it fails, so does the build).
        var optional = OptionalTemplates.Where(templates.Contains).ToList();
        yield return new OutputFile("sitemap.xml", Sitemap(site, optional, cache), null, "the sitemap");
        yield return OutputFile.FromText("robots.txt", SitemapWriter.Robots(site), "robots.txt");
    }

    /// <summary>The sitemap, written again only when a URL or a date in it changed (a post's
    /// text does not show in it).</summary>
    private static byte[] Sitemap(Site site, IReadOnlyList<string> optionalTemplates, BuildCache cache)
    {
        var entries = SitemapWriter.Entries(site, optionalTemplates);
        if (!cache.KeepsForNextBuild)
        {
            return SitemapWriter.Write(site.Config, entries);
        }

        var key = new KeyBuilder();
        foreach (var (url, lastModified, alternates) in entries)
        {
            key.Add(url).Add(lastModified?.UtcTicks ?? -1).Add((long)(lastModified?.Offset.TotalMinutes ?? 0)).Add(alternates.Count);
            foreach (var (language, alternate) in alternates)
            {
                key.Add(language).Add(alternate);
            }
        }

        var hash = key.Finish();
        if (cache.Sitemap is not { } kept || kept.Key != hash)
        {
            cache.Sitemap = kept = new CachedBytes(hash, SitemapWriter.Write(site.Config, entries));
        }

        return kept.Bytes;
    }
}
