using System.Runtime.CompilerServices;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;
using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>What the last build made, kept for the next build of the same site: the preview
/// server builds again after every save, and most of the site has not changed. Every entry is
/// stored with what it was made from (a file's size and time, a document's version, the URLs a
/// post's links resolved to, the versions of the posts and templates a page shows), and is used
/// again only when all of that is unchanged, so a build with a cache makes the same bytes as a
/// clean build. A clean build is a build with an empty cache: both take the same path.
/// Not thread-safe: one build at a time uses a cache.</summary>
public sealed class BuildCache
{
    private long _version;
    private int _entryIds;

    /// <summary>A cache for a single build (`newslettergen build`): the build skips making the
    /// keys that only a next build would use.</summary>
    public static BuildCache ForOneBuild() => new() { KeepsForNextBuild = false };

    /// <summary>Whether what this build makes is kept for a next one.</summary>
    internal bool KeepsForNextBuild { get; private init; } = true;

    /// <summary>What changed since the last build, as a file watcher saw it, for the next build
    /// only; null when unknown (then every file is looked at).</summary>
    public SourceChanges? Changes { get; set; }

    /// <summary>The files found by the last build, and the source folder they were found in.</summary>
    internal (string Source, ContentListing Listing)? Listing { get; set; }

    /// <summary>site.yml's text and the options that change every page (the base URL): when
    /// they change, the cache is emptied.</summary>
    internal string? SettingsKey { get; set; }

    /// <summary>Posts and pages as read and parsed, by full path.</summary>
    internal Dictionary<string, CachedDocument> Documents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Posts and pages rendered from Markdown, by source path ("content/posts/a.md").</summary>
    internal Dictionary<string, CachedEntry> Entries { get; set; } = new(StringComparer.Ordinal);

    internal CachedTemplates? Templates { get; set; }

    /// <summary>Rendered pages, by output path.</summary>
    internal Dictionary<string, CachedOutput> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Each feed channel's files, by folder ("" for the site's, "tags/x/" for a tag's).</summary>
    internal Dictionary<string, CachedFiles> Feeds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key of the last set of output paths found free of clashes.</summary>
    internal UInt128? PathsWithoutClashes { get; set; }

    /// <summary>The sitemap, and the key of the URLs and dates it lists.</summary>
    internal CachedBytes? Sitemap { get; set; }

    /// <summary>The related posts of every post, and the order and tags they were found for.</summary>
    internal CachedRelated? Related { get; set; }

    /// <summary>Each post's feed item as serialised, by entry id, with the post's key.</summary>
    internal Dictionary<EntryId, (UInt128 Key, Feeds.SerialisedItem Item)> FeedItems { get; set; } = [];

    /// <summary>Each post's entry in the search index, by entry id.</summary>
    internal Dictionary<EntryId, CachedBytes> SearchEntries { get; set; } = [];

    /// <summary>The origin check's findings for each page it read: a page reused from the cache
    /// is the same object, and is not read again.</summary>
    internal ConditionalWeakTable<OutputFile, IReadOnlyList<Checks.OriginFinding>> Origins { get; private set; } = new();

    /// <summary>The ids of each page that a link's #fragment pointed into, kept with the page.</summary>
    internal ConditionalWeakTable<OutputFile, IReadOnlySet<string>> FragmentIds { get; private set; } = new();

    /// <summary>The last build, when it succeeded: what a rebuild after a save that changed only
    /// the text of posts builds on (a narrow <see cref="WorkSet"/>). Null after a failed build.</summary>
    internal LastBuild? Last { get; set; }

    /// <summary>The files in the output folder, as the last successful build wrote them; null
    /// before the first write.</summary>
    internal WrittenSite? Written { get; set; }

    internal long NextVersion() => Interlocked.Increment(ref _version);

    /// <summary>An id for a file read for the first time (at a path the cache does not know).</summary>
    internal EntryId NextEntryId() => new(Interlocked.Increment(ref _entryIds));

    /// <summary>Forgets everything made from the sources (site.yml changed); the record of
    /// what is in the output folder stays, since the folder still holds it.</summary>
    internal void Forget()
    {
        Documents = new(StringComparer.Ordinal);
        Last = null;
        Listing = null;
        Entries = new(StringComparer.Ordinal);
        Templates = null;
        Pages = new(StringComparer.Ordinal);
        Feeds = new(StringComparer.Ordinal);
        SearchEntries = [];
        FeedItems = [];
        Related = null;
        Sitemap = null;
        PathsWithoutClashes = null;
        Origins = new();
        FragmentIds = new();
    }
}
