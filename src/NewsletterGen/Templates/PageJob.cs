using NewsletterGen.Model;

namespace NewsletterGen.Templates;

/// <summary>One page to render: where it goes, with which template ("post.html"), the page's
/// description for the layout, its own variables (`post`, `pager`, `tag`, …), and what it is
/// made from, for messages.</summary>
public sealed record PageJob(string Url, string Template, PageInfo Page, IReadOnlyDictionary<string, object?> Variables, string Origin);

/// <summary>Rendered pages kept between builds: a page whose key (everything its render reads)
/// is the one it was stored with is not rendered again. Called from several threads.</summary>
public interface IRenderedPageCache
{
    /// <summary>The key of everything the page's render reads, or null when it cannot be known.</summary>
    string? Key(PageJob job);

    Output.OutputFile? TryGet(string path, string key);

    void Store(string path, string key, Output.OutputFile file);
}
