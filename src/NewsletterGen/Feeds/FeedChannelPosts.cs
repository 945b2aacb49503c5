using System.Text.RegularExpressions;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>One feed channel: its folder ("" for the site's, "tags/x/" for a tag's), its title,
/// description, home page, links to its three formats, and its newest posts.</summary>
public sealed record FeedChannelPosts(string Folder, string Title, string Description, string Home, IReadOnlyList<FeedLink> Links, IReadOnlyList<Post> Posts);
