using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>What the read stage found: the site's files, every post (drafts and scheduled ones
/// too: they set when the next build is due), the posts and pages to publish, and the URL of
/// each by source path.</summary>
internal sealed record ReadDocuments(
    ContentListing Listing,
    List<ParsedDocument> AllPosts,
    List<ParsedDocument> Posts,
    List<ParsedDocument> Pages,
    IReadOnlyDictionary<string, string> Urls)
{
    /// <summary>The URLs the posts and pages left out because their front matter failed would
    /// have had, with where each one's first error is: a link to one is told why it leads nowhere.</summary>
    public IReadOnlyDictionary<string, SourceLocation> LeftOutUrls { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>The documents without their text (the file's and the body): nothing reads them
    /// once their Markdown is rendered, and a build that keeps nothing for a next one need not
    /// hold every post's text twice until its end. The same objects for the same documents in
    /// all three lists.</summary>
    public ReadDocuments WithoutText()
    {
        var light = new Dictionary<ParsedDocument, ParsedDocument>(ReferenceEqualityComparer.Instance);
        ParsedDocument Light(ParsedDocument document)
        {
            if (!light.TryGetValue(document, out var made))
            {
                light[document] = made = document with { Source = document.Source with { Text = string.Empty }, Body = string.Empty };
            }

            return made;
        }

        return this with { AllPosts = [.. AllPosts.Select(Light)], Posts = [.. Posts.Select(Light)], Pages = [.. Pages.Select(Light)] };
    }
}
