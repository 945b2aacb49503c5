namespace NewsletterGen.Model;

/// <summary>Finds the related posts of a site's posts (<see cref="SiteBuilder.RelatedIndices"/>)
/// once, when the first is asked for, or ahead of that when a template is expected to show them
/// (<see cref="Find"/>). Each list holds the site's own post objects, so a related post has its
/// related posts too. Bound to the site's posts once, by SiteBuilder, before the site is shared;
/// safe to read from the threads that render pages.</summary>
internal sealed class RelatedPosts
{
    private readonly IRelatedPostsCache? _cache;
    private readonly Lazy<IReadOnlyList<Post>[]> _lists;
    private IReadOnlyList<Post>? _posts;

    public RelatedPosts(IRelatedPostsCache? cache)
    {
        _cache = cache;
        _lists = new Lazy<IReadOnlyList<Post>[]>(Compute, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The posts of the site, in its order, whose related posts this finds.</summary>
    internal void Bind(IReadOnlyList<Post> posts)
    {
        if (_posts is not null)
        {
            throw new InvalidOperationException("related posts are bound to one site's posts");
        }

        _posts = posts;
    }

    /// <summary>The related posts of the post at <paramref name="index"/> in the site's order.</summary>
    public IReadOnlyList<Post> Of(int index) => _lists.Value[index];

    /// <summary>Finds them now, rather than when the first is read.</summary>
    public void Find() => _ = _lists.Value;

    private IReadOnlyList<Post>[] Compute()
    {
        var posts = _posts ?? throw new InvalidOperationException("related posts were asked for before the site's posts were known");
        var indices = _cache is null ? SiteBuilder.RelatedIndices(posts) : _cache.GetOrAdd(posts, SiteBuilder.RelatedIndices);
        var lists = new IReadOnlyList<Post>[posts.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [.. indices[i].Select(r => posts[r])];
        }

        return lists;
    }
}
