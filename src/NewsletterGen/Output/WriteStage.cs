using NewsletterGen.Incremental;
using NewsletterGen.Templates;

namespace NewsletterGen.Output;

/// <summary>The last stage, and the only one that changes the output folder: swaps in the staged
/// site of a clean build, or, for a build with a cache that wrote into the same folder before,
/// changes only the files that differ from what the last one wrote. Runs only if the build
/// succeeded, and only then keeps its pages for the next build.</summary>
internal static class WriteStage
{
    /// <returns>How many files were left as they were.</returns>
    public static int Run(BuildContext build, SiteFiles site, SiteOutput output)
    {
        site.Keys?.Commit();
        site.Files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        if (!build.Options.WriteOutput)
        {
            return 0;
        }

        var unchanged = output.Staged is { } staged ? staged.Commit(site.Files).Unchanged : Write(site.Files, build.Options.OutputDirectory, build.Options.OutputMode, build.Cache).Unchanged;
        build.Timer.Mark("write");
        return unchanged;
    }

    /// <summary>The first write into a folder swaps in a whole new site; the next ones with the
    /// same cache change only the files that differ from what the last one wrote.</summary>
    private static WriteStatistics Write(List<OutputFile> files, string outputDirectory, OutputMode mode, BuildCache cache)
    {
        var folder = Path.GetFullPath(outputDirectory);
        var written = cache.Written;

        // Until this write has succeeded, what the folder holds is not known.
        cache.Written = null;
        var statistics = written is not null && written.Directory == folder && Directory.Exists(folder)
            ? OutputWriter.Update(files, written.Files, folder)
            : OutputWriter.Write(files, folder, mode);
        cache.Written = new WrittenSite(folder, files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        return statistics;
    }
}
