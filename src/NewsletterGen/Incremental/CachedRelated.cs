namespace NewsletterGen.Incremental;

/// <summary>The indices of each post's related posts, for the posts' order and tags in <see cref="Key"/>.</summary>
internal sealed record CachedRelated(UInt128 Key, int[][] Indices);
