using NewsletterGen.Content;
using NewsletterGen.Incremental;
using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>Renders the Markdown of the posts and pages to publish and assembles each into a
/// <see cref="Post"/> or <see cref="Page"/> (<see cref="EntryStage"/>, which takes from the cache
/// what did not change), then lets go of the bodies still waiting as bytes. A narrow work set
/// renders only its posts, into the last build's list.</summary>
internal static class MarkdownStage
{
    /// <returns>Null when a post of a narrow work set changed its card (what other pages show of
    /// it) or whether it is scheduled: then other pages change too.</returns>
    public static RenderedEntries? Run(BuildContext build, WorkSet work, ReadDocuments read, DocumentSet documents, CachedTemplates templates)
    {
        var (config, now, diagnostics) = (build.Config, build.Now, build.Diagnostics);
        var reads = templates.Dependencies;
        var entries = new EntryStage(config.BasePath, read.Urls, reads.BodyMembersShownInLists, build.Cache,
            countWords: reads.MayRead("word_count") || reads.MayRead("reading_minutes") || reads.MayRead("json_ld"), leftOut: documents.LeftOut);
        var tagRefs = new TagRefs(config);
        var posts = entries.Run(work.IsNarrow ? documents.Posts : read.Posts, documents, diagnostics, (doc, md, renderer, bag) => EntryAssembler.Post(doc, md, config, renderer, bag, tagRefs))
            .Select(r => r.Entry.IsScheduled == r.Entry.Published > now ? r : r with { Entry = r.Entry with { IsScheduled = r.Entry.Published > now } })
            .ToList();
        if (work.Last is { } last)
        {
            return Narrow(build, last, posts, entries);
        }

        var pages = entries.Run(read.Pages, documents, diagnostics, (doc, md, _, _) => EntryAssembler.Page(doc, md, config));
        entries.Commit();

        // Every body is rendered: what still waits (bodies left out) goes now, not at the end of the build.
        documents.Bodies?.Dispose();
        build.Timer.Mark("markdown");
        return new RenderedEntries(posts, pages, entries.RenderedCount);
    }

    /// <summary>The last build's entries with the work set's posts in place of their last renders.</summary>
    private static RenderedEntries? Narrow(BuildContext build, LastBuild last, List<Rendered<Post>> saved, EntryStage entries)
    {
        var posts = last.Entries.Posts.ToList();
        foreach (var rendered in saved)
        {
            var at = posts.FindIndex(r => r.Entry.EntryId == rendered.Entry.EntryId);
            if (at < 0 || posts[at].CardVersion != rendered.CardVersion || posts[at].Entry.IsScheduled != rendered.Entry.IsScheduled)
            {
                return null;
            }

            posts[at] = rendered;
        }

        entries.CommitSome();
        build.Timer.Mark("markdown");
        return new RenderedEntries(posts, last.Entries.Pages, entries.RenderedCount);
    }
}
