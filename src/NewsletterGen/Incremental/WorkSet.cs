namespace NewsletterGen.Incremental;

/// <summary>What one build works on. Every build runs the same stages; they differ only in this.
/// <see cref="Everything"/>: every file is listed, and every post and page goes through every
/// stage, where the cache hands back what did not change (a clean build has an empty cache). A
/// narrow set: the posts whose text a save changed, on top of the last build (<see cref="Last"/>),
/// which supplies everything else as it was; each stage reads, renders, checks and writes only
/// what those posts touch (their pages, the feeds and the search shard that carry them). Walking
/// ten thousand unchanged posts through every stage, a hash look-up or two each, is most of an
/// incremental rebuild, and this save is the one a writer makes most.</summary>
/// <param name="Paths">The saved posts, by source path ("content/posts/a.md"), in order.</param>
internal sealed record WorkSet(LastBuild? Last, IReadOnlyList<string> Paths)
{
    /// <summary>More posts saved at once than this (a search and replace over the archive) are
    /// left to the whole build, which renders them in parallel.</summary>
    private const int MaxPosts = 16;

    public static WorkSet Everything { get; } = new(null, []);

    public bool IsNarrow => Last is not null;

    /// <summary>Whether a source path is one of the saved posts.</summary>
    public bool Contains(string path) => Paths.Contains(path, StringComparer.Ordinal);

    /// <summary>The narrow set when the watcher's report can only be a change of posts' text
    /// that the last build knows; else everything. The stages confirm the rest, and a narrow set
    /// that proves too narrow (the file is no longer a published post at the same URL, its card
    /// changed, a heading another page links to changed, an error) makes the build start again
    /// with everything, which gives the same bytes.</summary>
    public static WorkSet Of(BuildContext build)
    {
        var (options, cache, changes) = (build.Options, build.Cache, build.Changes);
        if (!cache.KeepsForNextBuild || cache.Last is not { } last || cache.Templates is null
            || changes is not { Complete: true, StructureChanged: false } || changes.Paths.Count is 0 or > MaxPosts
            || last.Options != options with { Now = null }
            || build.Config.UseGitDates // dates come from `git log`, which no watcher sees change
            || build.Config.Sections.Count > 0 // a post is also in its section's pages and feeds, which a narrow set does not follow
            || build.Config.Editions.Count > 0 // a post's text may be its translations' too (title, URL): the whole build links them
            || (last.NextChange is { } next && build.Now >= next))
        {
            return Everything;
        }

        // Only the folder the last build wrote is patched: it holds every other file already.
        var folder = Path.GetFullPath(options.OutputDirectory);
        if (options.WriteOutput && (cache.Written is not { } written || written.Directory != folder || !Directory.Exists(folder)))
        {
            return Everything;
        }

        var root = Path.GetFullPath(options.SourceDirectory);
        var paths = changes.Paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return paths.All(last.PostIndex.ContainsKey) ? new WorkSet(last, paths) : Everything;
    }
}
