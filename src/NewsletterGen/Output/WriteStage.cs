using NewsletterGen.Incremental;
using NewsletterGen.Templates;

namespace NewsletterGen.Output;

/// <summary>The last stage, and the only one that changes the output folder: swaps in the staged
/// site of a clean build, or, for a build with a cache that wrote into the same folder before,
/// changes only the files that differ from what the last one wrote (of a narrow build, only the
/// files it made are looked at). Runs only if the build succeeded, and only then keeps its pages
/// for the next build.</summary>
internal static class WriteStage
{
    /// <returns>How many files were left as they were.</returns>
    public static int Run(BuildContext build, SiteFiles site, SiteOutput output)
    {
        site.Keys?.Commit();
        if (site.Made is null)
        {
            site.Files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path)); // a narrow build's are the last build's, sorted
        }

        if (!build.Options.WriteOutput)
        {
            return 0;
        }

        var unchanged = output.Staged is { } staged ? staged.Commit(site.Files).Unchanged : Write(site, build.Options.OutputDirectory, build.Options.OutputMode, build.Cache);
        build.Timer.Mark("write");
        return unchanged;
    }

    /// <summary>The first write into a folder swaps in a whole new site; the next ones with the
    /// same cache change only the files that differ from what the last one wrote.</summary>
    /// <returns>How many files were left as they were.</returns>
    private static int Write(SiteFiles site, string outputDirectory, OutputMode mode, BuildCache cache)
    {
        var (files, folder, written) = (site.Files, Path.GetFullPath(outputDirectory), cache.Written);

        // Until this write has succeeded, what the folder holds is not known.
        cache.Written = null;
        if (written is null || written.Directory != folder || !Directory.Exists(folder))
        {
            var statistics = OutputWriter.Write(files, folder, mode);
            cache.Written = new WrittenSite(folder, files.ToDictionary(f => f.Path, StringComparer.Ordinal));
            return statistics.Unchanged;
        }

        if (site.Made is { } made)
        {
            var replaced = OutputWriter.Replace(made, written.Files, folder);
            var onDisk = new Dictionary<string, OutputFile>(written.Files, StringComparer.Ordinal);
            foreach (var file in made)
            {
                onDisk[file.Path] = file;
            }

            cache.Written = new WrittenSite(folder, onDisk);
            return files.Count - made.Count + replaced.Unchanged;
        }

        var updated = OutputWriter.Update(files, written.Files, folder);
        cache.Written = new WrittenSite(folder, files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        return updated.Unchanged;
    }
}
