namespace NewsletterGen.Feeds;

/// <summary>One URL of the sitemap, root-relative, with its last change when known and the same
/// page in other languages (hreflang code, root-relative URL), which the sitemap lists as
/// `xhtml:link` alternates; none on a site in one language.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified, IReadOnlyList<(string Language, string Url)> Alternates)
{
    public void Deconstruct(out string url, out DateTimeOffset? lastModified, out IReadOnlyList<(string Language, string Url)> alternates) =>
        (url, lastModified, alternates) = (Url, LastModified, Alternates);
}
