using NewsletterGen.Model;

namespace NewsletterGen.Incremental;

/// <summary>Keeps the related posts of the last build while the posts' order and tags stay the
/// same (an edit of a post's text or title changes neither). The key is every post's source path
/// and tag slugs, in the site's order.</summary>
internal sealed class RelatedPostsCache(BuildCache cache) : IRelatedPostsCache
{
    public int[][] GetOrAdd(IReadOnlyList<Post> sorted, Func<IReadOnlyList<Post>, int[][]> compute)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentNullException.ThrowIfNull(compute);
        var key = new KeyBuilder();
        foreach (var post in sorted)
        {
            key.Add(post.Source.File).Add(post.Tags.Count);
            foreach (var tag in post.Tags)
            {
                key.Add(tag.Slug);
            }
        }

        var shape = key.Finish();
        if (cache.Related is { } kept && kept.Key == shape)
        {
            return kept.Indices;
        }

        var indices = compute(sorted);
        cache.Related = new CachedRelated(shape, indices);
        return indices;
    }
}
