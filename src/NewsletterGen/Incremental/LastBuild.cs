using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>A successful build's result, what a narrow <see cref="WorkSet"/> builds on: the
/// options it was made with (but its clock), what each stage made (the documents read, the
/// rendered entries, the site, the output cache's keys, the output files sorted by path, the
/// diagnostics), every post's index in the site's list by source path, the first date after the
/// build's "now" at which a post becomes published or stops being scheduled (the site then
/// changes without a save), and the next scheduled post.</summary>
internal sealed record LastBuild(
    BuildOptions Options,
    ReadDocuments Read,
    RenderedEntries Entries,
    Site Site,
    OutputCache? Keys,
    IReadOnlyDictionary<string, int> PostIndex,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    DateTimeOffset? NextChange,
    ScheduledPost? NextScheduled)
{
    /// <summary>This successful build, kept in the cache for the next build when the cache keeps
    /// anything. A narrow build is the last one with what it changed.</summary>
    public static LastBuild Remember(BuildContext build, WorkSet work, ReadDocuments read, RenderedEntries entries, Site site, OutputCache? keys, IReadOnlyList<OutputFile> files)
    {
        var (cache, now) = (build.Cache, build.Now);
        var found = build.Diagnostics.ToSortedList();
        if (work.Last is { } last)
        {
            return cache.Last = last with { Read = read, Entries = entries, Site = site, Keys = keys, Files = files, Diagnostics = found };
        }

        var nextScheduled = NextScheduledPost(read.AllPosts, now);
        var postIndex = new Dictionary<string, int>(cache.KeepsForNextBuild ? site.Posts.Count : 0, StringComparer.Ordinal);
        var options = build.Options with { Now = null };
        if (!cache.KeepsForNextBuild)
        {
            return new LastBuild(options, read, entries, site, keys, postIndex, files, found, null, nextScheduled);
        }

        for (var i = 0; i < site.Posts.Count; i++)
        {
            postIndex[site.Posts[i].Source.File] = i;
        }

        // A post becomes published, or stops being scheduled, when the clock passes its date.
        var nextChange = read.AllPosts.Select(p => p.FrontMatter.Date).Where(d => d > now).Min();
        return cache.Last = new LastBuild(options, read, entries, site, keys, postIndex, files, found, nextChange, nextScheduled);
    }

    /// <summary>The first post, not a draft, dated after now: when a scheduled rebuild is due.</summary>
    private static ScheduledPost? NextScheduledPost(IEnumerable<ParsedDocument> posts, DateTimeOffset now) =>
        posts.Where(p => !p.FrontMatter.IsDraft && p.FrontMatter.Date > now)
            .OrderBy(p => p.FrontMatter.Date)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => new ScheduledPost(p.Path, p.FrontMatter.Title!, p.FrontMatter.Date!.Value))
            .FirstOrDefault();
}
