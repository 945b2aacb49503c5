namespace NewsletterGen.Content;

/// <summary>The first stage: finds the site's files, reads and parses the posts and pages
/// (<see cref="DocumentStage"/>), dates posts from git where site.yml asks, keeps what is
/// published, and gives every post and page its URL.</summary>
internal static class ReadStage
{
    /// <returns>The documents to publish, and every document as read with its cache entry
    /// (which the Markdown stage alone needs: its texts are let go after it).</returns>
    public static (ReadDocuments Read, DocumentSet Documents) Run(BuildContext build)
    {
        var (options, cache, changes, source) = (build.Options, build.Cache, build.Changes, build.Source);

        // What this build changes in the cache no longer matches the last build's result.
        cache.Last = null;
        var listing = changes is { StructureChanged: false, Complete: true } && cache.Listing is { } kept && kept.Source == source
            ? kept.Listing
            : ContentLoader.List(source);
        cache.Listing = (source, listing);
        build.Diagnostics.AddRange(listing.Problems);
        listing = PostFolderNotes.Apply(listing, source, build.Config, build.Diagnostics);
        var documents = DocumentStage.Run(source, listing, build.Config, cache, changes is { Complete: true } ? changes : null, build.Diagnostics);
        build.Timer.Mark("read and front matter");

        var allPosts = documents.Posts;
        if (build.Config.UseGitDates)
        {
            allPosts = WithGitDates(allPosts, GitDates.Read(source), build.Config.TimeZone);
        }

        var posts = allPosts.Where(p => IsPublished(p, options, build.Now)).ToList();
        var pages = documents.Pages.Where(p => options.IncludeDrafts || !p.FrontMatter.IsDraft).ToList();
        (posts, pages) = UrlCollisions.Report(posts, pages, d => documents.ByPath[d.Path].Url!, build.Config, build.Diagnostics);
        return (new ReadDocuments(listing, allPosts, posts, pages, Urls(posts, pages, documents)), documents);
    }

    public static bool IsPublished(ParsedDocument post, BuildOptions options, DateTimeOffset now) =>
        (options.IncludeDrafts || !post.FrontMatter.IsDraft)
        && (options.IncludeFuture || post.FrontMatter.Date <= now);

    /// <summary>A post without `updated` was last updated when it was last committed, if that is
    /// after its publication date.</summary>
    private static List<ParsedDocument> WithGitDates(List<ParsedDocument> posts, IReadOnlyDictionary<string, DateTimeOffset> commits, TimeZoneInfo timeZone) =>
        posts.Select(p => p.FrontMatter.Updated is null && commits.TryGetValue(p.Path, out var committed) && committed > p.FrontMatter.Date
                ? p with { FrontMatter = p.FrontMatter with { Updated = TimeZoneInfo.ConvertTime(committed, timeZone) } }
                : p)
            .ToList();

    /// <summary>Every post's and page's URL by source path, so Markdown links between files
    /// become links between pages before any body is rendered.</summary>
    private static Dictionary<string, string> Urls(IEnumerable<ParsedDocument> posts, IEnumerable<ParsedDocument> pages, DocumentSet documents)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in posts.Concat(pages))
        {
            urls[document.Path] = documents.ByPath[document.Path].Url!;
        }

        return urls;
    }
}
