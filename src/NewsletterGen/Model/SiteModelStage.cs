using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;

namespace NewsletterGen.Model;

/// <summary>Makes the site model (<see cref="SiteBuilder"/>: order, tags, years, home pages,
/// related posts) from the rendered posts and pages. It is made on another thread while this one
/// lets the documents' texts go and looks for duplicate feed ids, which need not wait for it.</summary>
internal static class SiteModelStage
{
    /// <returns>The site, and the read documents, without their texts in a build that keeps nothing.</returns>
    public static (Site Site, ReadDocuments Read) Run(BuildContext build, ReadDocuments read, RenderedEntries entries, CachedTemplates templates)
    {
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
}
