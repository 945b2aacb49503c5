namespace NewsletterGen.Model;

/// <summary>What a <see cref="PermalinkPattern"/>'s words become for one post: each already a
/// safe path segment, and the date in the site's time zone.</summary>
public sealed record PermalinkValues(string Slug, string Title, string FileName, string Section, DateTimeOffset Date);
