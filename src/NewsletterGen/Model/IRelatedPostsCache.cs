namespace NewsletterGen.Model;

/// <summary>Related posts kept between builds (see <see cref="SiteBuilder.RelatedIndices"/>).</summary>
public interface IRelatedPostsCache
{
    /// <summary>The related posts' indices for <paramref name="sorted"/>: kept ones when the posts'
    /// order and tags are those they were found for, else computed.</summary>
    int[][] GetOrAdd(IReadOnlyList<Post> sorted, Func<IReadOnlyList<Post>, int[][]> compute);
}
