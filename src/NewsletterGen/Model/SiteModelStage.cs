using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;

namespace NewsletterGen.Model;

/// <summary>Makes the site model (<see cref="SiteBuilder"/>: order, tags, years, home pages,
/// related posts) from the rendered posts and pages. It is made on another thread while this one
/// lets the documents' texts go and looks for duplicate feed ids, which need not wait for it. A
/// narrow work set's posts, whose cards did not change, take their old places in the last
/// build's site.</summary>
internal static class SiteModelStage
{
    /// <returns>The site, and the read documents, without their texts in a build that keeps nothing.</returns>
    public static (Site Site, ReadDocuments Read) Run(BuildContext build, WorkSet work, ReadDocuments read, RenderedEntries entries, CachedTemplates templates)
    {
        if (work.Last is { } last)
        {
            var patched = last.Site;
            foreach (var path in work.Paths)
            {
                var index = last.PostIndex[path];
                patched = WithPost(patched, index, patched.Posts[index], entries.Posts.First(r => r.Entry.Source.File == path).Entry);
            }

            build.Timer.Mark("site model");
            return (patched, read);
        }

        var cache = build.Cache;
        var posts = TranslationLinker.Link(build.Config, [.. entries.Posts.Select(r => r.Entry)], build.Diagnostics);
        var model = Task.Run(() => SiteBuilder.Build(build.Config, posts, entries.Pages.Select(r => r.Entry),
            cache.KeepsForNextBuild ? new RelatedPostsCache(cache) : null, findRelated: templates.Dependencies.MayRead("related")));
        if (!cache.KeepsForNextBuild)
        {
            read = read.WithoutText();
        }

        FeedIdCheck.Run(entries.Posts.Select(r => r.Entry), build.Diagnostics);
        var site = model.GetAwaiter().GetResult();
        build.Timer.Mark("site model");
        return (site, read);
    }

    /// <summary>The site with <paramref name="entry"/> in place of <paramref name="before"/> in
    /// its lists: the posts, the post's tags, its year and its page of the home page. It keeps
    /// what the site model gave <paramref name="before"/> (its tags as the site spells them, its
    /// related posts); other posts keep the old object as a related post, which shows the same
    /// card.</summary>
    private static Site WithPost(Site site, int index, Post before, Post entry)
    {
        var after = entry with { Tags = before.Tags, RelatedSource = before.RelatedSource };
        var posts = site.Posts.ToArray();
        posts[index] = after;
        var slugs = after.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var pager = index / site.Config.PostsPerPage;
        return site with
        {
            Posts = posts,
            HomePosts = posts, // all of them: a site with sections is never narrowed
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
}
