using NewsletterGen.Markdown;

namespace NewsletterGen.Templates;

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
