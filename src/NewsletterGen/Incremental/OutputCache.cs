using System.Collections.Concurrent;
using NewsletterGen.Content;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Search;
using NewsletterGen.Templates;

namespace NewsletterGen.Incremental;

/// <summary>The output cache: pages, feeds and search entries kept from the last build, each under
/// a key that hashes the versions of everything a render reads. A post is named by the version of its entry (which changes with its file, its
/// git date and the URLs its links resolved to) or, where it is shown only as a card (in lists,
/// as a related post, as the newer or older issue), by its card's version; and by whether it is
/// scheduled, its tags as the site spells them, and its related posts' cards. A page's key adds
/// the versions of its template, the templates it includes and the layout, and the site's lists
/// they read (<see cref="TemplateDependencies"/>). Everything else a template can see comes from
/// site.yml, whose change empties the cache. When a template reads the related posts of a post
/// other than the page's own, every post's related posts are keyed by one token of the whole
/// relation and every post's card.</summary>
internal sealed class OutputCache : IRenderedPageCache, IFeedCache, ISearchEntryCache
{
    private readonly Site _site;
    private readonly CachedTemplates _templates;
    private readonly IReadOnlyDictionary<EntryId, (long Full, long Card)> _versions;
    private readonly BuildCache _cache;
    private readonly Dictionary<EntryId, PostTokens> _tokens;

    // The whole tokens of the posts narrow builds changed since the last build over everything,
    // over _tokens, which they share with it: copying ten thousand tokens per save is avoidable.
    private readonly Dictionary<EntryId, UInt128>? _changedWhole;
    private readonly Dictionary<string, CachedOutput> _next;
    private readonly ConcurrentDictionary<string, CachedFiles> _nextFeeds = new(StringComparer.Ordinal);
    private readonly Dictionary<EntryId, CachedBytes> _nextSearch;
    private readonly Dictionary<EntryId, (UInt128 Key, SerialisedItem Item)> _nextItems = [];
    private readonly Dictionary<string, UInt128> _templateKeys;
    private readonly Dictionary<string, UInt128> _siteListKeys;

    // A narrow build makes a few files: its cache adds them to the last build's instead of
    // replacing them all.
    private readonly bool _narrow;

    // Hashers reused page after page by the threads that compute keys.
    private readonly ConcurrentBag<KeyBuilder> _builders = [];
    private int _rendered;

    /// <summary>The output cache for a build whose entries are <paramref name="entries"/>.</summary>
    public static OutputCache For(Site site, CachedTemplates templates, RenderedEntries entries, BuildCache cache) =>
        new(site, templates, Versions(entries), cache);

    /// <param name="versions">The version of every post and page, and of its card, by entry id
    /// (the same in every copy of the entry).</param>
    public OutputCache(Site site, CachedTemplates templates, IReadOnlyDictionary<EntryId, (long Full, long Card)> versions, BuildCache cache)
    {
        _site = site;
        _templates = templates;
        _versions = versions;
        _cache = cache;
        _next = new(cache.Pages.Count + 64, StringComparer.Ordinal);
        _nextSearch = new(site.Posts.Count);
        _templateKeys = new(StringComparer.Ordinal);
        _siteListKeys = new(StringComparer.Ordinal);

        // A post appears in many keys (its page, its neighbours', lists, feeds): its parts are made
        // once. By entry id: related posts are other Post objects than the site's list holds.
        var allPosts = site.AllEditions.SelectMany(e => e.Posts).ToList();
        _tokens = new Dictionary<EntryId, PostTokens>(allPosts.Count);
        var related = new KeyBuilder();
        foreach (var post in allPosts)
        {
            var (full, card) = versions[post.EntryId];
            _tokens[post.EntryId] = new PostTokens(Token(related, 'P', full, post), Token(related, 'C', card, post), default);
        }

        // Related posts of related posts reach any post: then one token covers them all.
        var deep = templates.Dependencies.ReadsRelatedOfOtherPosts;
        related.Reset();
        foreach (var post in allPosts)
        {
            if (!deep)
            {
                related.Reset();
            }
            else
            {
                related.Add(_tokens[post.EntryId].Card);
            }

            foreach (var other in post.Related)
            {
                related.Add(_tokens[other.EntryId].Card);
            }

            if (!deep)
            {
                _tokens[post.EntryId] = _tokens[post.EntryId] with { Related = related.Finish() };
            }
        }

        if (deep)
        {
            var all = related.Finish();
            foreach (var post in allPosts)
            {
                _tokens[post.EntryId] = _tokens[post.EntryId] with { Related = all };
            }
        }

        // Made before the pages' keys, which are computed in parallel and only read these.
        foreach (var edition in site.AllEditions)
        {
            foreach (var list in TemplateDependencies.SiteLists)
            {
                SiteListKey(edition, list);
            }

            foreach (var path in templates.Set.Templates.Keys)
            {
                var name = path[(ContentLoader.TemplatesFolder.Length + 1)..];
                _templateKeys[EditionKey(edition, name)] = TemplateKey(edition, name);
            }
        }
    }

    /// <summary>The keys of <paramref name="last"/> for a narrow build of <paramref name="site"/>:
    /// only the saved posts' own versions changed. Their cards, their related posts, the site's
    /// lists and the templates are the same, or the work set would not be narrow.</summary>
    private OutputCache(OutputCache last, Site site, IEnumerable<(Post Post, long Version)> saved)
    {
        _narrow = true;
        _site = site;
        _templates = last._templates;
        _cache = last._cache;
        _next = new(StringComparer.Ordinal);
        _nextSearch = [];
        _templateKeys = last._templateKeys;
        _siteListKeys = last._siteListKeys;
        _versions = last._versions; // only pages' versions are read after the constructor
        _tokens = last._tokens;
        _changedWhole = last._changedWhole is null ? [] : new(last._changedWhole);
        var key = new KeyBuilder();
        foreach (var (post, version) in saved)
        {
            _changedWhole[post.EntryId] = Token(key, 'P', version, post);
        }
    }

    /// <summary>These keys with <paramref name="saved"/> (posts of <paramref name="site"/>, with
    /// the versions of their new entries) changed, for a narrow build.</summary>
    public OutputCache Narrowed(Site site, IEnumerable<(Post Post, long Version)> saved) => new(this, site, saved);

    /// <summary>How many pages were rendered rather than taken from the cache.</summary>
    public int RenderedCount => _rendered;

    public UInt128? Key(PageJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!_builders.TryTake(out var key))
        {
            key = new KeyBuilder();
        }

        try
        {
            return Key(job, key.Reset());
        }
        finally
        {
            _builders.Add(key);
        }
    }

    private UInt128? Key(PageJob job, KeyBuilder key)
    {
        var site = job.Edition ?? _site;
        key.Add(job.Url).Add(_templateKeys.TryGetValue(EditionKey(site, job.Template), out var template) ? template : TemplateKey(site, job.Template));
        foreach (var (name, value) in job.Variables)
        {
            key.Add(name);
            switch (value)
            {
                case null:
                    key.Add(-1);
                    break;
                case Post post:
                    // The page's own post, whole; any other (newer, older) as its card.
                    AddPost(key, post, deep: true, whole: name == "post");
                    break;
                case Pager pager:
                    key.Add(pager.Number).Add(pager.PageCount);
                    AddPosts(key, pager.Posts);
                    break;
                case Tag tag:
                    key.Add(tag.Name);
                    AddPosts(key, tag.Posts);
                    break;
                case Listing listing:
                    // Its pages hold its posts (the pager, keyed above); the listing adds its words and links.
                    key.Add(listing.Folder).Add(listing.Title).Add(listing.Description).Add(listing.Posts.Count);
                    break;
                case Page page:
                    key.Add(name == "entry" ? _versions[page.EntryId].Full : _versions[page.EntryId].Card);
                    break;
                case IReadOnlyList<YearGroup>:
                    key.Add(SiteListKey(site, "years"));
                    break;
                default:
                    return null; // a variable this key does not know how to name
            }
        }

        return key.Finish();
    }

    public OutputFile? TryGet(string path, UInt128 key) =>
        _cache.Pages.TryGetValue(path, out var cached) && cached.Key == key ? cached.File : null;

    public void Record(string path, UInt128 key, OutputFile file, bool rendered)
    {
        _rendered += rendered ? 1 : 0;
        _next[path] = new CachedOutput(key, file);
    }

    /// <summary>A feed channel's key: its title and its posts, in order, whole (feeds carry
    /// every post's full content). Everything else in a feed comes from site.yml.</summary>
    public UInt128? ChannelKey(string title, IReadOnlyList<Post> posts)
    {
        var key = new KeyBuilder().Add(title);
        AddPosts(key, posts, whole: true);
        return key.Finish();
    }

    public IReadOnlyList<OutputFile>? TryGetChannel(string folder, UInt128 key)
    {
        if (_cache.Feeds.TryGetValue(folder, out var cached) && cached.Key == key)
        {
            _nextFeeds[folder] = cached;
            return cached.Files;
        }

        return null;
    }

    public void StoreChannel(string folder, UInt128 key, IReadOnlyList<OutputFile> files) => _nextFeeds[folder] = new CachedFiles(key, files);

    /// <summary>A post's feed item, kept while the post (whole) is the same.</summary>
    public SerialisedItem? TryGetItem(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return _cache.FeedItems.TryGetValue(post.EntryId, out var kept) && kept.Key == Whole(post) ? kept.Item : null;
    }

    public void RecordItem(Post post, SerialisedItem item)
    {
        ArgumentNullException.ThrowIfNull(post);
        _nextItems[post.EntryId] = (Whole(post), item);
    }

    /// <summary>A post's search entry, kept while the post (whole, with its tags as the site
    /// spells them) is the same.</summary>
    public byte[]? TryGet(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return _cache.SearchEntries.TryGetValue(post.EntryId, out var cached) && cached.Key == Whole(post) ? cached.Bytes : null;
    }

    public void Record(Post post, byte[] entry)
    {
        ArgumentNullException.ThrowIfNull(post);
        _nextSearch[post.EntryId] = new CachedBytes(Whole(post), entry);
    }

    /// <summary>Replaces the cache's pages, feeds and search entries with this build's (those
    /// that are gone drop out).</summary>
    public void Commit()
    {
        if (_narrow)
        {
            CommitSome();
            return;
        }

        _cache.Pages = new Dictionary<string, CachedOutput>(_next, StringComparer.Ordinal);
        _cache.Feeds = new Dictionary<string, CachedFiles>(_nextFeeds, StringComparer.Ordinal);
        _cache.SearchEntries = _nextSearch;

        // Items of channels this build did not write stay as they were, those of posts that
        // are gone go.
        foreach (var (id, item) in _nextItems)
        {
            _cache.FeedItems[id] = item;
        }

        var current = _site.AllEditions.SelectMany(e => e.Posts).Select(p => p.EntryId).ToHashSet();
        foreach (var gone in _cache.FeedItems.Keys.Where(id => !current.Contains(id)).ToList())
        {
            _cache.FeedItems.Remove(gone);
        }
    }

    /// <summary>Adds a narrow build's pages, feeds, items and search entries to the cache's.</summary>
    private void CommitSome()
    {
        foreach (var (path, page) in _next)
        {
            _cache.Pages[path] = page;
        }

        foreach (var (folder, files) in _nextFeeds)
        {
            _cache.Feeds[folder] = files;
        }

        foreach (var (id, entry) in _nextSearch)
        {
            _cache.SearchEntries[id] = entry;
        }

        foreach (var (id, item) in _nextItems)
        {
            _cache.FeedItems[id] = item;
        }
    }

    /// <summary>The versions of the template, the templates it includes and layout.html, and the
    /// site's lists they read.</summary>
    /// <summary>The name of a template in an edition: its pages read that edition's lists.</summary>
    private static string EditionKey(Site edition, string name) => edition.Config.EditionPath + name;

    private UInt128 TemplateKey(Site site, string name)
    {
        var key = new KeyBuilder();
        var dependencies = _templates.Dependencies;
        var lists = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in new[] { $"templates/{name}", "templates/layout.html" })
        {
            foreach (var included in dependencies.Templates(path))
            {
                key.Add(included).Add(_templates.Versions.GetValueOrDefault(included));
            }

            lists.UnionWith(dependencies.SiteListsRead(path));
        }

        foreach (var list in lists)
        {
            key.Add(list).Add(SiteListKey(site, list));
        }

        return key.Finish();
    }

    private UInt128 SiteListKey(Site site, string name)
    {
        if (_siteListKeys.TryGetValue(EditionKey(site, name), out var known))
        {
            return known;
        }

        var key = new KeyBuilder();
        switch (name)
        {
            case "pages":
                foreach (var page in site.Pages)
                {
                    key.Add(_versions[page.EntryId].Card);
                }

                break;
            case "tags":
                foreach (var tag in site.Tags)
                {
                    key.Add(tag.Name);
                    AddPosts(key, tag.Posts);
                }

                break;
            case "posts":
                AddPosts(key, site.Posts);
                break;
            default: // years, pagers, home posts and sections are all the posts, in order, too (which are in each comes from site.yml)
                return _siteListKeys[EditionKey(site, name)] = SiteListKey(site, "posts");
        }

        return _siteListKeys[EditionKey(site, name)] = key.Finish();
    }

    private void AddPosts(KeyBuilder key, IReadOnlyList<Post> posts, bool whole = false)
    {
        key.Add(posts.Count);
        foreach (var post in posts)
        {
            AddPost(key, post, deep: true, whole);
        }
    }

    /// <param name="deep">With the post's related posts (their cards).</param>
    /// <param name="whole">The post's own version, which changes with any edit; else its card's.</param>
    private void AddPost(KeyBuilder key, Post post, bool deep, bool whole = false)
    {
        var tokens = _tokens[post.EntryId];
        key.Add(whole ? Whole(post) : tokens.Card);
        if (deep)
        {
            key.Add(tokens.Related);
        }
    }

    /// <summary>The token of a post shown whole (its own page, feeds, search).</summary>
    private UInt128 Whole(Post post) =>
        _changedWhole is not null && _changedWhole.TryGetValue(post.EntryId, out var changed) ? changed : _tokens[post.EntryId].Whole;

    /// <summary>A post's token: its version, whether it is scheduled, and its tags' names.</summary>
    private static UInt128 Token(KeyBuilder key, char kind, long version, Post post)
    {
        key.Reset().Add(kind).Add(version).Add(post.IsScheduled ? 1 : 0);
        foreach (var tag in post.Tags)
        {
            key.Add(tag.Name);
        }

        // A translation added, removed or retitled changes the post's page (its switcher and
        // hreflang links), though not the post's own file.
        foreach (var translation in post.Translations)
        {
            key.Add(translation.Lang).Add(translation.Url).Add(translation.Title);
        }

        return key.Finish();
    }

    /// <summary>A post's parts of a key: whole, as a card, and its related posts' cards.</summary>
    private sealed record PostTokens(UInt128 Whole, UInt128 Card, UInt128 Related);

    /// <summary>Each entry's versions, by entry id.</summary>
    private static Dictionary<EntryId, (long Full, long Card)> Versions(RenderedEntries entries)
    {
        var versions = new Dictionary<EntryId, (long Full, long Card)>(entries.Posts.Count + entries.Pages.Count);
        foreach (var rendered in entries.Posts)
        {
            versions[rendered.Entry.EntryId] = (rendered.Version, rendered.CardVersion);
        }

        foreach (var rendered in entries.Pages)
        {
            versions[rendered.Entry.EntryId] = (rendered.Version, rendered.CardVersion);
        }

        return versions;
    }
}
