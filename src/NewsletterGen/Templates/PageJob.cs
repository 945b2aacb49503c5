using NewsletterGen.Markdown;
using NewsletterGen.Model;

namespace NewsletterGen.Templates;

/// <summary>One page to render: where it goes, with which template ("post.html"), how to describe
/// the page for the layout (made only when the page is rendered: a page taken from the cache
/// needs no JSON-LD), its own variables (`post`, `pager`, `tag`, …), and what it is made from,
/// for messages.</summary>
public sealed record PageJob(string Url, string Template, Func<PageInfo> Describe, IReadOnlyDictionary<string, object?> Variables, string Origin);

/// <summary>Rendered pages kept between builds: a page whose key (everything its render reads)
/// is the one it was stored with is not rendered again.</summary>
public interface IRenderedPageCache
{
    /// <summary>The key of everything the page's render reads, or null when it cannot be known.</summary>
    UInt128? Key(PageJob job);

    /// <summary>The page kept under this key, or null. Only reads: called from parallel loops.</summary>
    Output.OutputFile? TryGet(string path, UInt128 key);

    /// <summary>Records the page this build has at <paramref name="path"/>, kept or
    /// <paramref name="rendered"/>. Called once per page, after rendering, from one thread.</summary>
    void Record(string path, UInt128 key, Output.OutputFile file, bool rendered);
}
