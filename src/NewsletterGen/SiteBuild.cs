using NewsletterGen.Checks;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Templates;

namespace NewsletterGen;

/// <summary>The build, top to bottom, one line per stage. Each stage reads immutable input,
/// reports bad input as diagnostics, and the run stops before writing if any is an error.
/// A clean build, a rebuild with a cache and the patch of a text-only save run these stages;
/// the cache only narrows what each one works on.</summary>
public static class SiteBuild
{
    /// <summary>A clean build: nothing is kept for a next build, so no keys are made.</summary>
    public static BuildResult Run(BuildOptions options) => Run(options, BuildCache.ForOneBuild());

    /// <summary>Builds with what <paramref name="cache"/> kept from the previous build of the same
    /// site (the preview server's way): only what a change affects is parsed, rendered and written
    /// again, and the output is the same, byte for byte, as a clean build's. A successful build
    /// that wrote before into the same output folder updates the changed files in place instead
    /// of swapping in a new folder.</summary>
    public static BuildResult Run(BuildOptions options, BuildCache cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cache);
        try
        {
            if (options.WriteOutput)
            {
                // An earlier build killed while it swapped folders may have left no output folder:
                // its old site is put back before anything can fail.
                FolderSwap.Recover(OutputWriter.Full(options.OutputDirectory));
            }

            return RunOnce(options, cache);
        }
        catch (Exception e) when (OutputFault.From(e, options.OutputDirectory) is { } fault)
        {
            // A full disk, a permission, a name too long: a diagnostic, and the previous output
            // was kept (the new site is swapped in last, or its files renamed in last).
            var diagnostics = new DiagnosticBag();
            diagnostics.Add(fault);
            return BuildResult.Failed(diagnostics);
        }
    }

    private static BuildResult RunOnce(BuildOptions options, BuildCache cache)
    {
        var diagnostics = new DiagnosticBag();
        if (BuildContext.Start(options, cache, diagnostics) is not { } build)
        {
            return BuildResult.Failed(diagnostics);
        }

        if (PostTextRebuild.TryRun(build) is { } patched)
        {
            return patched;                                                                  // a save that changed only posts' text
        }

        var (read, documents) = ReadStage.Run(build);                                        // files, front matter, URLs
        using var waitingBodies = documents.Bodies;
        var templates = TemplateStage.Run(build);                                            // parsed when their text changed
        if (templates is null || diagnostics.HasErrors)
        {
            return BuildResult.Failed(diagnostics);
        }

        using var output = SiteOutput.Open(build, read.Urls);                                // staged folder, folders made ahead
        var entries = MarkdownStage.Run(build, read, documents, templates);                  // Markdown -> posts and pages
        (var site, read) = SiteModelStage.Run(build, read, entries, templates);              // order, tags, home pages, related
        var files = PageStage.Run(build, site, templates, read, entries, output);            // pages, feeds and extras, static files
        SiteChecks.Run(build, files.Files, read, entries, output);                           // clashes, links, loads
        if (build.HasFailed)
        {
            return BuildResult.Failed(diagnostics);
        }

        var unchanged = WriteStage.Run(build, files, output);                                // the only stage that writes
        var last = LastBuild.Remember(build, site, read, files.Files);                       // what the next save may patch
        return new BuildResult(true, last.Diagnostics, site.AllEditions.Sum(e => e.Posts.Count), site.Pages.Count, files.Files.Count, last.NextScheduled)
        {
            Timings = build.Timer.Stages,
            UnchangedFileCount = unchanged,
            RenderedDocuments = entries.RenderedCount,
            RenderedPages = files.RenderedPages,
            Site = site,
        };
    }
}
