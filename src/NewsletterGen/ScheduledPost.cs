namespace NewsletterGen;

/// <summary>A post that is dated in the future, so not yet published.</summary>
public sealed record ScheduledPost(string Path, string Title, DateTimeOffset Date);
