namespace NewsletterGen.Model;

/// <summary>One page of the home page's list. <see cref="PreviousUrl"/> leads to newer posts,
/// <see cref="NextUrl"/> to older ones; both are null at the ends.</summary>
public sealed record Pager(int Number, int PageCount, IReadOnlyList<Post> Posts, string Url, string? PreviousUrl, string? NextUrl);
