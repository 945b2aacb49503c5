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
/// reports bad input as diagnostics, and the run stops before writing if any is an error. A
/// post or page whose front matter fails is reported and left out, and the later stages still
/// run on the others, so one run shows every diagnostic (only templates that do not parse stop
/// it early: nothing can be rendered without them).
/// A clean build, a rebuild with a cache and the rebuild after a text-only save run these same
/// stages; they differ only in the work set (<see cref="WorkSet"/>) and in what the cache hands
/// back to each stage.</summary>
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

        // After a save that changed only posts' text the build works on those posts alone; when
        // that proves too narrow, it starts again and works on everything.
        return WorkSet.Of(build) is { IsNarrow: true } narrow && Run(build, narrow) is { } patched
            ? patched
            : Run(build.Again(), WorkSet.Everything)!;
    }

    /// <returns>Null when a narrow work set missed a change: a card, a heading a link points to, an error.</returns>
    private static BuildResult? Run(BuildContext build, WorkSet work)
    {
        if (ReadStage.Run(build, work) is not { } stage)                                     // files, front matter, URLs
        {
            return null;
        }

        // Cleared so that the documents' texts can go after Markdown (a clean build lets them go).
        var (read, documents) = stage;
        stage = default;

        using var waitingBodies = documents.Bodies;
        var templates = TemplateStage.Run(build, work);                                      // parsed when their text changed
        if (templates is null || (work.IsNarrow && build.Diagnostics.HasErrors))
        {
            return Failed(build, work);
        }

        using var output = SiteOutput.Open(build);                                          // the staged folder
        if (MarkdownStage.Run(build, work, read, documents, templates) is not { } entries)   // Markdown -> posts and pages
        {
            return null;
        }

        (var site, read) = SiteModelStage.Run(build, work, read, entries, templates);        // order, tags, home pages, related
        var files = PageStage.Run(build, work, site, templates, read, entries, output);      // pages, feeds and extras, static files
        if (!SiteChecks.Run(build, work, files, read, entries, output) || build.HasFailed)   // clashes, links, loads
        {
            return Failed(build, work);
        }

        var unchanged = WriteStage.Run(build, files, output);                                // the only stage that writes
        var last = LastBuild.Remember(build, work, read, entries, site, files.Keys, files.Files); // what a narrow build builds on
        return new BuildResult(true, last.Diagnostics, site.AllEditions.Sum(e => e.Posts.Count), site.Pages.Count, files.Files.Count, last.NextScheduled)
        {
            Timings = build.Timer.Stages,
            UnchangedFileCount = unchanged,
            RenderedDocuments = entries.RenderedCount,
            RenderedPages = files.RenderedPages,
            PatchedLastBuild = work.IsNarrow,
            Site = site,
        };
    }

    /// <summary>A failed build; or, for a narrow work set, null: the build over everything reports
    /// the failure, with everything else it finds.</summary>
    private static BuildResult? Failed(BuildContext build, WorkSet work) => work.IsNarrow ? null : BuildResult.Failed(build.Diagnostics);
}
