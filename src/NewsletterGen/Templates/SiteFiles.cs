using NewsletterGen.Incremental;
using NewsletterGen.Output;

namespace NewsletterGen.Templates;

/// <summary>Every file of the site as the page stage made it, the output cache that keeps them for
/// the next build (null in a build that keeps nothing), how many pages were rendered rather than
/// taken from the cache, and, in a narrow build, the files it made (the others are the last
/// build's, and are written already).</summary>
internal sealed record SiteFiles(List<OutputFile> Files, OutputCache? Keys, int RenderedPages, IReadOnlyList<OutputFile>? Made = null);
