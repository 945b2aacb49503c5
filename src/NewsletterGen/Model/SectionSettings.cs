namespace NewsletterGen.Model;

/// <summary>A sub-folder of content/posts/ declared in site.yml's `sections:`: its posts get
/// their own listing and feeds below /<see cref="Folder"/>/, and its own URL pattern.</summary>
/// <param name="Folder">The folder's name below content/posts/, also the URL prefix and `:section`.</param>
/// <param name="InMainFeed">Whether its posts are also on the home pages and in the site's feeds.</param>
/// <param name="Permalink">Its own pattern; null for the site's when it has `:section`, else `/:section/:slug/`.</param>
public sealed record SectionSettings(string Folder, string Title, string Description, bool InMainFeed, PermalinkPattern? Permalink);
