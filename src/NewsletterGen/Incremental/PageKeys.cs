using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using NewsletterGen.Feeds;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Search;
using NewsletterGen.Templates;

namespace NewsletterGen.Incremental;

/// <summary>The keys of pages and feeds: strings naming the version of everything a render reads.
/// A post is named by the version of its entry (which changes with its file, its git date and
/// the URLs its links resolved to), whether it is scheduled, its tags as the site spells them,
/// and the same for its related posts. A page's key adds the versions of its template and the
/// templates it includes, and the site's lists its templates read (<see cref="TemplateDependencies"/>).
/// Everything else a template can see comes from site.yml, whose change empties the cache.
/// A template that reads the related posts of a related post (two levels deep) is not covered.</summary>
internal sealed class PageKeys : IRenderedPageCache, IFeedCache, ISearchEntryCache
{
    private readonly Site _site;
    private readonly CachedTemplates _templates;
    private readonly IReadOnlyDictionary<string, (long Full, long Card)> _versions;
    private readonly BuildCache _cache;
    private readonly ConcurrentDictionary<string, CachedOutput> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedFiles> _nextFeeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedBytes> _nextSearch = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _templateKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _siteListKeys = new(StringComparer.Ordinal);
    private int _rendered;

    /// <param name="versions">The version of every post and page, and of its card, by source path.</param>
    public PageKeys(Site site, CachedTemplates templates, IReadOnlyDictionary<string, (long Full, long Card)> versions, BuildCache cache)
    {
        _site = site;
        _templates = templates;
        _versions = versions;
        _cache = cache;
    }

    public string? Key(PageJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var key = new StringBuilder(256);
        key.Append(job.Url).Append('|').Append(TemplateKey(job.Template)).Append('|');
        foreach (var (name, value) in job.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            key.Append(name).Append('=');
            switch (value)
            {
                case null:
                    key.Append('-');
                    break;
                case Post post:
                    // The page's own post, whole; any other (newer, older) as its card.
                    AppendPost(key, post, deep: true, whole: name == "post");
                    break;
                case Pager pager:
                    key.Append(CultureInfo.InvariantCulture, $"{pager.Number}/{pager.PageCount}:");
                    AppendPosts(key, pager.Posts);
                    break;
                case Tag tag:
                    key.Append(tag.Name).Append(':');
                    AppendPosts(key, tag.Posts);
                    break;
                case Page page:
                    key.Append('E').Append(name == "entry" ? _versions[page.Source.File].Full : _versions[page.Source.File].Card);
                    break;
                case IReadOnlyList<YearGroup>:
                    AppendPosts(key, _site.Posts);
                    break;
                default:
                    return null; // a variable this key does not know how to name
            }

            key.Append(';');
        }

        return key.ToString();
    }

    public OutputFile? TryGet(string path, string key) =>
        _cache.Pages.TryGetValue(path, out var cached) && cached.Key == key ? Keep(path, cached) : null;

    /// <summary>How many pages were rendered rather than taken from the cache.</summary>
    public int RenderedCount => Volatile.Read(ref _rendered);

    public void Store(string path, string key, OutputFile file)
    {
        Interlocked.Increment(ref _rendered);
        _next[path] = new CachedOutput(key, file);
    }

    /// <summary>Replaces the cache's pages and feeds with this build's (those that are gone drop out).</summary>
    public void Commit()
    {
        _cache.Pages = new Dictionary<string, CachedOutput>(_next, StringComparer.Ordinal);
        _cache.Feeds = new Dictionary<string, CachedFiles>(_nextFeeds, StringComparer.Ordinal);
        _cache.SearchEntries = new Dictionary<string, CachedBytes>(_nextSearch, StringComparer.Ordinal);
    }

    /// <summary>A post's search entry, kept while the post (whole, with its tags as the site
    /// spells them) is the same.</summary>
    public byte[] GetOrAdd(Post post, Func<Post, byte[]> make)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(make);
        var key = new StringBuilder();
        AppendPost(key, post, deep: false, whole: true);
        var path = post.Source.File;
        var entry = _cache.SearchEntries.TryGetValue(path, out var cached) && cached.Key == key.ToString()
            ? cached
            : new CachedBytes(key.ToString(), make(post));
        _nextSearch[path] = entry;
        return entry.Bytes;
    }

    /// <summary>A feed channel's key: its title and its posts, in order, whole (feeds carry
    /// every post's full content). Everything else in a feed comes from site.yml.</summary>
    public string? ChannelKey(string title, IReadOnlyList<Post> posts)
    {
        var key = new StringBuilder().Append(title).Append('|');
        AppendPosts(key, posts, whole: true);
        return key.ToString();
    }

    public IReadOnlyList<OutputFile>? TryGetChannel(string folder, string key)
    {
        if (_cache.Feeds.TryGetValue(folder, out var cached) && cached.Key == key)
        {
            _nextFeeds[folder] = cached;
            return cached.Files;
        }

        return null;
    }

    public void StoreChannel(string folder, string key, IReadOnlyList<OutputFile> files) => _nextFeeds[folder] = new CachedFiles(key, files);

    private OutputFile Keep(string path, CachedOutput cached)
    {
        _next[path] = cached;
        return cached.File;
    }

    /// <summary>The versions of the template, the templates it includes and layout.html, and the
    /// site's lists they read.</summary>
    private string TemplateKey(string template) => _templateKeys.GetOrAdd(template, name =>
    {
        var key = new StringBuilder();
        var dependencies = _templates.Dependencies;
        var lists = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in new[] { $"templates/{name}", "templates/layout.html" })
        {
            foreach (var included in dependencies.Templates(path))
            {
                key.Append(included).Append('@').Append(_templates.Versions.GetValueOrDefault(included)).Append(',');
            }

            lists.UnionWith(dependencies.SiteListsRead(path));
        }

        foreach (var list in lists)
        {
            key.Append('|').Append(list).Append('=').Append(SiteListKey(list));
        }

        return key.ToString();
    });

    private string SiteListKey(string list) => _siteListKeys.GetOrAdd(list, name =>
    {
        var key = new StringBuilder();
        switch (name)
        {
            case "pages":
                foreach (var page in _site.Pages)
                {
                    key.Append('E').Append(_versions[page.Source.File].Card).Append(',');
                }

                break;
            case "tags":
                foreach (var tag in _site.Tags)
                {
                    key.Append(tag.Name).Append(':');
                    AppendPosts(key, tag.Posts);
                    key.Append('|');
                }

                break;
            default: // posts, years and pagers are all the posts, in order
                AppendPosts(key, _site.Posts);
                break;
        }

        return key.ToString();
    });

    private void AppendPosts(StringBuilder key, IReadOnlyList<Post> posts, bool whole = false)
    {
        key.Append(posts.Count).Append('[');
        foreach (var post in posts)
        {
            AppendPost(key, post, deep: true, whole);
        }

        key.Append(']');
    }

    /// <param name="deep">With the post's related posts (their cards).</param>
    /// <param name="whole">The post's own version, which changes with any edit; else its card's.</param>
    private void AppendPost(StringBuilder key, Post post, bool deep, bool whole = false)
    {
        var (full, card) = _versions[post.Source.File];
        key.Append(whole ? 'P' : 'C').Append(whole ? full : card);
        if (post.IsScheduled)
        {
            key.Append('s');
        }

        foreach (var tag in post.Tags)
        {
            key.Append('#').Append(tag.Name);
        }

        if (deep)
        {
            key.Append('(');
            foreach (var related in post.Related)
            {
                AppendPost(key, related, deep: false);
            }

            key.Append(')');
        }

        key.Append(',');
    }
}
