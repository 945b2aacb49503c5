namespace NewsletterGen.Model;

/// <summary>Builds the site model from posts and pages: ordering, tags, archive years and
/// pagination. A pure function: no disk, no clock. Every list has a total order (date, then
/// slug), so two builds of the same input give the same site.</summary>
public static class SiteBuilder
{
    /// <param name="relatedCache">Related posts kept from an earlier build: finding them is the
    /// one step here that grows faster than the number of posts, and an edit rarely changes any
    /// post's tags or place in the order.</param>
    /// <param name="findRelated">Whether to find related posts now, because a template is
    /// expected to show them; else they are found when a template first reads one.</param>
    public static Site Build(SiteConfig config, IEnumerable<Post> posts, IEnumerable<Page> pages, IRelatedPostsCache? relatedCache = null, bool findRelated = true)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(pages);
        if (config.Editions.Count == 0)
        {
            return BuildEdition(config, posts, pages, relatedCache, findRelated);
        }

        // One site per language, each with its own order, tags, years, home pages and related
        // posts; the pages (about, colophon) are the site's, shown in every edition's menu.
        var byLanguage = posts.ToLookup(p => config.ForLanguage(p.Language).Language, StringComparer.Ordinal);
        var pageList = pages.ToList();
        var editions = config.Editions.Select(e => BuildEdition(e, byLanguage[e.Language], pageList, null, findRelated)).ToList();
        return BuildEdition(config, byLanguage[config.Language], pageList, relatedCache, findRelated) with { Editions = editions };
    }

    private static Site BuildEdition(SiteConfig config, IEnumerable<Post> posts, IEnumerable<Page> pages, IRelatedPostsCache? relatedCache, bool findRelated)
    {

        var sorted = posts
            .OrderByDescending(p => p.Published)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();

        var tagNames = CanonicalTagNames(sorted);
        sorted = sorted.Select(p => Canonical(p.Tags, tagNames, config) is var tags && ReferenceEquals(tags, p.Tags) ? p : p with { Tags = tags }).ToList();

        var related = new RelatedPosts(relatedCache);
        sorted = [.. sorted.Select((post, i) => post with { RelatedSource = (related, i) })];
        related.Bind(sorted);
        if (findRelated)
        {
            related.Find();
        }

        // Each tag's posts in one pass over the posts, newest first as they are.
        var postsByTag = new Dictionary<string, List<Post>>(tagNames.Count, StringComparer.Ordinal);
        foreach (var post in sorted)
        {
            foreach (var tag in post.Tags)
            {
                if (!postsByTag.TryGetValue(tag.Slug, out var list))
                {
                    postsByTag[tag.Slug] = list = [];
                }

                list.Add(post);
            }
        }

        var tags = postsByTag
            .Select(entry =>
            {
                var url = Urls.Tag(config, entry.Key);
                return new Tag(tagNames[entry.Key], entry.Key, url, Urls.Absolute(config, url), entry.Value)
                {
                    Feeds = Urls.Feeds(config, $"tags/{entry.Key}/", $"{config.Title}: {tagNames[entry.Key]}"),
                };
            })
            .OrderBy(t => t.Name, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();

        var years = sorted
            .GroupBy(p => p.Published.Year)
            .Select(g => new YearGroup(g.Key, g.ToList()))
            .ToList();

        var sortedPages = pages
            .OrderBy(p => p.Title, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();

        // A section's posts are also on the home pages and in the site's feeds unless it says not.
        var hidden = config.Sections.Where(s => !s.InMainFeed).Select(s => s.Folder).ToHashSet(StringComparer.Ordinal);
        var home = hidden.Count == 0 ? sorted : sorted.Where(p => p.Section is null || !hidden.Contains(p.Section)).ToList();
        var sections = config.Sections
            .Select(s => Listing.Make(config, s.Folder + "/", s.Title, s.Description, sorted.Where(p => p.Section == s.Folder).ToList()))
            .ToList();
        return new Site(config, sorted, sortedPages, tags, years, Paginate(config, home, config.EditionPath)) { HomePosts = home, Sections = sections };
    }

    /// <summary>Splits the posts into pages of the home page. There is always a first page, even
    /// for a newsletter without a single issue yet.</summary>
    public static IReadOnlyList<Pager> Paginate(SiteConfig config, IReadOnlyList<Post> posts, string folder = "")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(posts);
        var size = config.PostsPerPage;
        var count = Math.Max(1, (posts.Count + size - 1) / size);
        var pagers = new List<Pager>(count);
        for (var number = 1; number <= count; number++)
        {
            var slice = posts.Skip((number - 1) * size).Take(size).ToList();
            pagers.Add(new Pager(
                number,
                count,
                slice,
                Urls.Listing(config, folder, number),
                number > 1 ? Urls.Listing(config, folder, number - 1) : null,
                number < count ? Urls.Listing(config, folder, number + 1) : null));
        }

        return pagers;
    }

    public const int RelatedCount = 3;

    /// <summary>For each post, the indices of the posts sharing the most tags with it, newest
    /// first among equals. Counted through each tag's list of posts (a hash lookup per shared
    /// tag), never by comparing every post with every other one. It depends only on the order of
    /// the posts and their tags.</summary>
    public static int[][] RelatedIndices(IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var tag in posts[i].Tags)
            {
                if (!byTag.TryGetValue(tag.Slug, out var list))
                {
                    byTag[tag.Slug] = list = [];
                }

                list.Add(i);
            }
        }

        var result = new int[posts.Count][];
        Parallel.For(
            0,
            posts.Count,
            () => (Counts: new int[posts.Count], Touched: new List<int>()),
            (i, _, scratch) =>
            {
                // Count shared tags in a reusable array, then keep the best three in one pass:
                // sorting every candidate made this stage grow faster than the site.
                foreach (var tag in posts[i].Tags)
                {
                    foreach (var other in byTag[tag.Slug])
                    {
                        if (other != i && scratch.Counts[other]++ == 0)
                        {
                            scratch.Touched.Add(other);
                        }
                    }
                }

                Span<int> best = stackalloc int[RelatedCount];
                var found = 0;
                foreach (var candidate in scratch.Touched)
                {
                    // Posts are sorted newest first, so a lower index is a newer post.
                    var slot = found;
                    while (slot > 0 && Better(candidate, best[slot - 1], scratch.Counts))
                    {
                        slot--;
                    }

                    if (slot < RelatedCount)
                    {
                        var last = Math.Min(found, RelatedCount - 1);
                        for (var k = last; k > slot; k--)
                        {
                            best[k] = best[k - 1];
                        }

                        best[slot] = candidate;
                        found = Math.Min(found + 1, RelatedCount);
                    }
                }

                var related = best[..found].ToArray();

                foreach (var touched in scratch.Touched)
                {
                    scratch.Counts[touched] = 0;
                }

                scratch.Touched.Clear();
                result[i] = related;
                return scratch;
            },
            _ => { });
        return result;
    }

    private static bool Better(int candidate, int than, int[] counts) =>
        counts[candidate] > counts[than] || (counts[candidate] == counts[than] && candidate < than);

    /// <summary>For each tag slug, the spelling most posts use; ties go to the spelling that sorts
    /// first, so the choice does not depend on file order.</summary>
    private static Dictionary<string, string> CanonicalTagNames(IEnumerable<Post> posts)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var tag in posts.SelectMany(p => p.Tags))
        {
            if (!spellings.TryGetValue(tag.Slug, out var counts))
            {
                spellings[tag.Slug] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            counts[tag.Name] = counts.GetValueOrDefault(tag.Name) + 1;
        }

        return spellings.ToDictionary(
            s => s.Key,
            s => s.Value.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    private static bool IsCanonical(IReadOnlyList<TagRef> tags, Dictionary<string, string> names)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i].Name != names[tags[i].Slug])
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (tags[j].Slug == tags[i].Slug)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static IReadOnlyList<TagRef> Canonical(IReadOnlyList<TagRef> tags, Dictionary<string, string> names, SiteConfig config)
    {
        // Most posts already spell each tag the common way, once: their list is kept as it is
        // (its URLs were made from the same slugs and site.yml).
        if (IsCanonical(tags, names))
        {
            return tags;
        }

        return tags.DistinctBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new TagRef(names[t.Slug], t.Slug, Urls.Tag(config, t.Slug)))
            .ToList();
    }
}
