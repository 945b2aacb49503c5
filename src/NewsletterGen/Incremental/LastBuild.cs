using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>A successful build's result: the options it was made with (but its clock), the site,
/// every post's index in the site's list by source path, the output files sorted by path, the
/// diagnostics, the URL of every post and page by source path, the first date after the build's
/// "now" at which a post becomes published or stops being scheduled (the site then changes
/// without a save), and the next scheduled post.</summary>
internal sealed record LastBuild(
    BuildOptions Options,
    Site Site,
    IReadOnlyDictionary<string, int> PostIndex,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Urls,
    DateTimeOffset? NextChange,
    ScheduledPost? NextScheduled)
{
    /// <summary>This successful build, kept in the cache for the next build to patch when the
    /// cache keeps anything.</summary>
    public static LastBuild Remember(BuildContext build, Site site, ReadDocuments read, IReadOnlyList<OutputFile> files)
    {
        var (cache, now) = (build.Cache, build.Now);
        var found = build.Diagnostics.ToSortedList();
        var nextScheduled = NextScheduledPost(read.AllPosts, now);
        var postIndex = new Dictionary<string, int>(cache.KeepsForNextBuild ? site.Posts.Count : 0, StringComparer.Ordinal);
        if (!cache.KeepsForNextBuild)
        {
            return new LastBuild(build.Options with { Now = null }, site, postIndex, files, found, read.Urls, null, nextScheduled);
        }

        for (var i = 0; i < site.Posts.Count; i++)
        {
            postIndex[site.Posts[i].Source.File] = i;
        }

        // A post becomes published, or stops being scheduled, when the clock passes its date.
        var nextChange = read.AllPosts.Select(p => p.FrontMatter.Date).Where(d => d > now).Min();
        cache.Last = new LastBuild(build.Options with { Now = null }, site, postIndex, files, found, read.Urls, nextChange, nextScheduled);
        return cache.Last;
    }

    /// <summary>The first post, not a draft, dated after now: when a scheduled rebuild is due.</summary>
    private static ScheduledPost? NextScheduledPost(IEnumerable<ParsedDocument> posts, DateTimeOffset now) =>
        posts.Where(p => !p.FrontMatter.IsDraft && p.FrontMatter.Date > now)
            .OrderBy(p => p.FrontMatter.Date)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => new ScheduledPost(p.Path, p.FrontMatter.Title!, p.FrontMatter.Date!.Value))
            .FirstOrDefault();
}
