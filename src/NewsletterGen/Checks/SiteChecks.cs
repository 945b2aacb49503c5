using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Checks;

/// <summary>The checks of the built site, before anything is swapped in: no two sources publish
/// at one path, every internal link and image finds its page or file (and #fragment), no page
/// loads anything from another origin, and the output folder is safe to write.</summary>
internal static class SiteChecks
{
    public static void Run(BuildContext build, IReadOnlyList<OutputFile> files, ReadDocuments read, RenderedEntries entries, SiteOutput output)
    {
        var (cache, diagnostics) = (build.Cache, build.Diagnostics);
        ReportClashes(files, cache, diagnostics);
        var links = new LinkChecker(build.Config, files, cache.KeepsForNextBuild ? cache.FragmentIds : null, read.LeftOutUrls);
        var postSources = read.Posts.ToDictionary(p => p.Path, StringComparer.Ordinal);
        Parallel.ForEach(
            entries.Posts.Select(r => (r.Entry.Url, Links: CoverLink(r.Entry, postSources[r.Entry.Source.File]).Concat(r.Markdown.Links)))
                .Concat(entries.Pages.Select(r => (r.Entry.Url, Links: r.Markdown.Links.AsEnumerable()))),
            page => links.Check(page.Url, page.Links, diagnostics));
        OriginCheck.Check(files, build.Config, build.Source, diagnostics, output.Origins);
        build.Timer.Mark("link and origin checks");
        output.Check?.Report(files, diagnostics);
    }

    /// <summary>A post's cover image, when it is a file of the site, is checked like an image in its body.</summary>
    public static IEnumerable<InternalLink> CoverLink(Post post, ParsedDocument document)
    {
        if (post.Image is { } image && image.StartsWith('/') && !image.StartsWith("//", StringComparison.Ordinal))
        {
            yield return new InternalLink(image, true, document.FrontMatter.LocationOf("image", document.Path));
        }
    }

    /// <summary>Two sources published at one path are an error; a set of paths already found free
    /// of clashes by the last build is not searched again.</summary>
    private static void ReportClashes(IReadOnlyList<OutputFile> files, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.KeepsForNextBuild)
        {
            OutputWriter.ReportClashes(files, diagnostics);
            return;
        }

        var key = new KeyBuilder();
        foreach (var file in files)
        {
            key.Add(file.Path);
        }

        var paths = key.Finish();
        if (cache.PathsWithoutClashes == paths)
        {
            return;
        }

        var clashes = new DiagnosticBag();
        OutputWriter.ReportClashes(files, clashes);
        diagnostics.AddRange(clashes);
        cache.PathsWithoutClashes = clashes.HasErrors ? null : paths;
    }
}
