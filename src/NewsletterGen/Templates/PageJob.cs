using NewsletterGen.Model;

namespace NewsletterGen.Templates;

/// <summary>One page to render: where it goes, with which template ("post.html"), how to describe
/// the page for the layout (made only when the page is rendered: a page taken from the cache
/// needs no JSON-LD), its own variables (`post`, `pager`, `tag`, …), and what it is made from,
/// for messages.</summary>
public sealed record PageJob(string Url, string Template, Func<PageInfo> Describe, IReadOnlyDictionary<string, object?> Variables, string Origin)
{
    /// <summary>The edition the page belongs to, which templates see as `site` (its language,
    /// title, posts and feeds); null for the site itself (the default language).</summary>
    public Site? Edition { get; init; }
}
