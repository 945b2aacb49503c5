using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Search;
using NewsletterGen.Templates;

namespace NewsletterGen.Incremental;

/// <summary>The rebuild after the save a writer makes most: the text of a post changed, and
/// nothing that other pages show of it (its card: front matter, URL, the body members lists
/// read). Then the site is the last build's with that post's body replaced, and only the post's
/// page, the feeds it is in and the search index change. This rebuild patches the last build
/// instead of walking every unchanged post through every stage (a hash look-up or two per post
/// and stage, which at ten thousand posts is most of a save's rebuild). It checks every
/// condition under which the patch equals a full build, and answers null when one fails
/// (another file changed, the card or the URL changed, a heading another page links to
/// changed, an error): the full incremental build then runs, and gives the same bytes.</summary>
internal static class PostTextRebuild
{
    /// <summary>More posts saved at once than this (a search and replace over the archive) is
    /// left to the full build, which renders them in parallel.</summary>
    private const int MaxPosts = 16;

    public static BuildResult? TryRun(BuildContext build)
    {
        var (options, cache, config, changes, now) = (build.Options, build.Cache, build.Config, build.Changes, build.Now);
        if (!cache.KeepsForNextBuild || cache.Last is not { } last || cache.Templates is not { } templates
            || changes is not { Complete: true, StructureChanged: false } || changes.Paths.Count is 0 or > MaxPosts
            || last.Options != options with { Now = null }
            || config.UseGitDates // dates come from `git log`, which no watcher sees change
            || config.Editions.Count > 0 // a post's text may be its translations' too (title, URL): the full build links them
            || (last.NextChange is { } next && now >= next))
        {
            return null;
        }

        var folder = Path.GetFullPath(options.OutputDirectory);
        if (options.WriteOutput && (cache.Written is not { } kept || kept.Directory != folder || !Directory.Exists(folder)))
        {
            return null;
        }

        var timer = new StageTimer();
        var source = options.SourceDirectory;
        var root = Path.GetFullPath(source);

        // The saved posts, read and parsed again, each still a published post at the same URL.
        var saved = new List<(int Index, ParsedDocument Document, CachedDocument Cached)>();
        foreach (var changed in changes.Paths.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, changed).Replace('\\', '/');
            var listed = Path.Combine(source, relative);
            if (!last.PostIndex.TryGetValue(relative, out var index) || !cache.Documents.TryGetValue(listed, out var before) || !before.IsPost)
            {
                return null;
            }

            var document = DocumentStage.Reload(source, listed, true, config, cache);
            if (document.Parsed is not { } parsed || parsed.Path != relative || document.Url != before.Url
                || document.Diagnostics.Any(d => d.IsError) || !ReadStage.IsPublished(parsed, options, now))
            {
                return null;
            }

            saved.Add((index, parsed, document));
        }

        timer.Mark("read and front matter");

        // Their Markdown, with the URLs of the last build (no URL changed), and their cards.
        var diagnostics = new DiagnosticBag();
        var entries = new EntryStage(config.BasePath, last.Urls, templates.Dependencies.BodyMembersShownInLists, cache);
        var site = last.Site;
        var edited = new List<(int Index, Post Post, ParsedDocument Document, Markdown.RenderedMarkdown Markdown, long Version)>();
        foreach (var (index, document, cached) in saved)
        {
            var cardBefore = cache.Entries.TryGetValue(document.Path, out var previous) ? previous.Card?.Version : null;
            var set = new DocumentSet([document], [], new Dictionary<string, CachedDocument>(StringComparer.Ordinal) { [document.Path] = cached });
            var rendered = entries.Run([document], set, diagnostics, (doc, md, renderer, bag) => EntryAssembler.Post(doc, md, config, renderer, bag))[0];
            foreach (var diagnostic in cached.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            var before = site.Posts[index];
            var post = rendered.Entry with { Tags = before.Tags, Related = before.Related, IsScheduled = rendered.Entry.Published > now };
            if (rendered.CardVersion != cardBefore || post.IsScheduled != before.IsScheduled)
            {
                return null;
            }

            site = WithPost(site, index, before, post);
            edited.Add((index, post, document, rendered.Markdown, rendered.Version));
        }

        timer.Mark("markdown");

        // Their pages; the other pages show them as cards, which are unchanged.
        var replaced = new List<OutputFile>();
        var renderer = new PageRenderer(templates.Set, site);
        foreach (var (index, post, _, _, _) in edited)
        {
            if (renderer.RenderPost(index, diagnostics) is not { } page || Find(last.Files, page.Path) is not { } at)
            {
                return null;
            }

            // A link from another page to a heading of this one was checked against its ids.
            if (cache.FragmentIds.TryGetValue(last.Files[at], out var ids))
            {
                var fresh = LinkChecker.Ids(page);
                if (!ids.SetEquals(fresh))
                {
                    return null;
                }

                cache.FragmentIds.AddOrUpdate(page, fresh);
            }

            replaced.Add(page);
        }

        timer.Mark("templates");

        // The feeds that carry them, from the items of the other posts as the last build made them.
        var items = new Dictionary<Post, SerialisedItem>(ReferenceEqualityComparer.Instance);
        foreach (var (_, post, _, _, _) in edited)
        {
            items[post] = FeedSet.ItemOf(config, post);
        }

        foreach (var channel in FeedSet.Channels(site).Where(c => c.Posts.Any(items.ContainsKey)))
        {
            var channelItems = new List<SerialisedItem>(channel.Posts.Count);
            foreach (var post in channel.Posts)
            {
                if (items.TryGetValue(post, out var item))
                {
                    channelItems.Add(item);
                }
                else if (cache.FeedItems.TryGetValue(post.Source.File, out var other))
                {
                    channelItems.Add(other.Item);
                }
                else
                {
                    return null;
                }
            }

            replaced.AddRange(FeedSet.WriteChannel(site, channel, channelItems));
        }

        timer.Mark("feeds");

        // The search index, unless site.yml turns it off: only the shards that hold these posts,
        // from the other posts' entries as they were and these posts' anew.
        var searchEntries = site.Config.SearchIndex ? new byte[site.Posts.Count][] : null;
        if (searchEntries is not null)
        {
            foreach (var (index, post, _, _, _) in edited)
            {
                searchEntries[index] = SearchIndexWriter.Entry(post, site.Language);
            }

            var shards = edited.Select(e => SearchIndexWriter.ShardOf(e.Post)).ToHashSet();
            for (var i = 0; i < site.Posts.Count; i++)
            {
                if (searchEntries[i] is null && shards.Contains(SearchIndexWriter.ShardOf(site.Posts[i])))
                {
                    if (!cache.SearchEntries.TryGetValue(site.Posts[i].Source.File, out var entry))
                    {
                        return null;
                    }

                    searchEntries[i] = entry.Bytes;
                }
            }

            replaced.AddRange(SearchIndexWriter.Shards(site, searchEntries, shards).Select(s => new OutputFile(s.Path, s.Bytes, null, "the search index")));
            timer.Mark("search index");
        }

        var files = last.Files.ToArray();
        foreach (var file in replaced)
        {
            if (Find(last.Files, file.Path) is not { } at)
            {
                return null;
            }

            files[at] = file;
        }

        // Their links (no output path changed, so every other page's links found what they found),
        // and what their pages load.
        var links = new LinkChecker(config, files, cache.FragmentIds);
        foreach (var (_, post, document, markdown, _) in edited)
        {
            links.Check(post.Url, SiteChecks.CoverLink(post, document).Concat(markdown.Links), diagnostics);
        }

        // All files, not only the replaced ones: a listing shows what posts load, and what a post
        // page loads is reported at the post, not at every listing (the others are kept findings).
        OriginCheck.Check(files, config, source, diagnostics, cache.Origins);
        timer.Mark("link and origin checks");

        // The last build's findings about other files stand; these posts' are this build's.
        var editedFiles = edited.Select(e => e.Document.Path).ToHashSet(StringComparer.Ordinal);
        var all = new DiagnosticBag();
        foreach (var diagnostic in last.Diagnostics.Where(d => !editedFiles.Contains(d.Location.File)))
        {
            all.Add(diagnostic);
        }

        all.AddRange(diagnostics);
        var sorted = all.ToSortedList();
        if (all.HasErrors || (options.WarningsAsErrors && sorted.Count > 0))
        {
            return null; // the full build reports them, with everything else it finds
        }

        // Kept for the next build from here on only: a rebuild that gives up leaves the cache as
        // the full build expects it, and the full build renders these posts itself.
        entries.CommitSome();
        foreach (var (index, post, _, _, version) in edited)
        {
            var token = OutputCache.WholeToken(version, post);
            cache.FeedItems[post.Source.File] = (token, items[post]);
            if (searchEntries is not null)
            {
                cache.SearchEntries[post.Source.File] = new CachedBytes(token, searchEntries[index]);
            }
        }

        var unchanged = files.Length - replaced.Count;
        cache.Last = null;
        if (options.WriteOutput)
        {
            var written = cache.Written!;
            cache.Written = null; // until the write has succeeded, what the folder holds is not known
            unchanged += OutputWriter.Replace(replaced, written.Files, folder).Unchanged;
            var onDisk = new Dictionary<string, OutputFile>(written.Files, StringComparer.Ordinal);
            foreach (var file in replaced)
            {
                onDisk[file.Path] = file;
            }

            cache.Written = new WrittenSite(folder, onDisk);
            timer.Mark("write");
        }

        cache.Last = last with { Site = site, Files = files, Diagnostics = sorted };
        return new BuildResult(true, sorted, site.Posts.Count, site.Pages.Count, files.Length, last.NextScheduled)
        {
            Timings = timer.Stages,
            UnchangedFileCount = unchanged,
            RenderedDocuments = edited.Count,
            RenderedPages = edited.Count,
            PatchedLastBuild = true,
            Site = site,
        };
    }

    /// <summary>The site with <paramref name="after"/> in place of <paramref name="before"/> in
    /// its lists: the posts, the post's tags, its year and its page of the home page. Other
    /// posts' related posts keep the old object, which shows the same card.</summary>
    private static Site WithPost(Site site, int index, Post before, Post after)
    {
        var posts = site.Posts.ToArray();
        posts[index] = after;
        var slugs = after.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var pager = index / site.Config.PostsPerPage;
        return site with
        {
            Posts = posts,
            Tags = [.. site.Tags.Select(t => slugs.Contains(t.Slug) ? t with { Posts = Replace(t.Posts, before, after) } : t)],
            Years = [.. site.Years.Select(y => y.Year == after.Published.Year ? y with { Posts = Replace(y.Posts, before, after) } : y)],
            Pagers = [.. site.Pagers.Select((p, i) => i == pager ? p with { Posts = Replace(p.Posts, before, after) } : p)],
        };
    }

    private static Post[] Replace(IReadOnlyList<Post> posts, Post before, Post after)
    {
        var copy = posts.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            // By reference: records compare by value, which would compare whole bodies.
            if (ReferenceEquals(copy[i], before))
            {
                copy[i] = after;
                return copy;
            }
        }

        throw new InvalidOperationException($"{before.Source.File} is not in a list that should hold it");
    }

    /// <summary>The index of the file at <paramref name="path"/> in files sorted by path.</summary>
    private static int? Find(IReadOnlyList<OutputFile> files, string path)
    {
        var (low, high) = (0, files.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(files[middle].Path, path);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }
}
