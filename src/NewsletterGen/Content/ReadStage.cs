using NewsletterGen.Incremental;

namespace NewsletterGen.Content;

/// <summary>The first stage: finds the site's files, reads and parses the posts and pages
/// (<see cref="DocumentStage"/>), dates posts from git where site.yml asks, keeps what is
/// published, and gives every post and page its URL. A narrow work set reads only its posts and
/// takes everything else from the last build.</summary>
internal static class ReadStage
{
    /// <returns>The documents to publish, and the documents read with their cache entries
    /// (which the Markdown stage alone needs: its texts are let go after it); null when a post of
    /// a narrow work set is no longer a published post at the same URL, or failed to parse.</returns>
    public static (ReadDocuments Read, DocumentSet Documents)? Run(BuildContext build, WorkSet work)
    {
        var (options, cache, changes, source) = (build.Options, build.Cache, build.Changes, build.Source);

        // What this build changes in the cache no longer matches the last build's result.
        cache.Last = null;
        if (work.Last is { } last)
        {
            return Narrow(build, work, last);
        }

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
        return (new ReadDocuments(listing, allPosts, posts, pages, Urls(posts, pages, documents)) { LeftOutUrls = documents.LeftOutUrls }, documents);
    }

    /// <summary>The work set's posts read again, in place of their last read; the last build's
    /// findings about every other file stand.</summary>
    private static (ReadDocuments Read, DocumentSet Documents)? Narrow(BuildContext build, WorkSet work, LastBuild last)
    {
        var read = last.Read;
        var (allPosts, posts) = (read.AllPosts.ToList(), read.Posts.ToList());
        var saved = new List<ParsedDocument>(work.Paths.Count);
        var byPath = new Dictionary<string, CachedDocument>(StringComparer.Ordinal);
        foreach (var path in work.Paths)
        {
            var document = DocumentStage.Reload(build.Source, Path.Combine(build.Source, path), true, build.Config, build.Cache);
            var at = posts.FindIndex(p => p.Path == path);
            if (document.Parsed is not { } parsed || parsed.Path != path || at < 0 || document.Url != read.Urls[path]
                || document.Diagnostics.Any(d => d.IsError) || !IsPublished(parsed, build.Options, build.Now))
            {
                return null;
            }

            allPosts[allPosts.FindIndex(p => p.Path == path)] = posts[at] = parsed;
            saved.Add(parsed);
            byPath[path] = document;
            build.Diagnostics.AddRange(document.Diagnostics);
        }

        build.Diagnostics.AddRange(last.Diagnostics.Where(d => !work.Contains(d.Location.File)));
        build.Timer.Mark("read and front matter");
        return (read with { AllPosts = allPosts, Posts = posts }, new DocumentSet(saved, [], byPath));
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
