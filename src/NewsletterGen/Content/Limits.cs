namespace NewsletterGen.Content;

/// <summary>Limits on what one post may ask of a build, far above what real newsletters write,
/// so that work and output grow with the content and never with its square. docs/writing.md
/// and docs/security.md name them.</summary>
public static class Limits
{
    public const int MaxTagsPerPost = 100;

    /// <summary>Characters of a tag as written (its folder name is made from it).</summary>
    public const int MaxTagLength = 100;

    /// <summary>Tags a feed item lists as its categories: an item is copied into the feeds of
    /// each of its tags, so listing them all would make feeds grow with the square of the tags.</summary>
    public const int MaxFeedCategories = 20;
}
