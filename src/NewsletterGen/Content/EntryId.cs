namespace NewsletterGen.Content;

/// <summary>The identity of a post or page across the copies the build makes of it (the site
/// model gives each post its tags and related posts in a copy): given when its file is first
/// read, and kept while the file keeps its path, so that the output cache can name an entry by a
/// number instead of by its source path's characters.</summary>
internal readonly record struct EntryId(int Value);
