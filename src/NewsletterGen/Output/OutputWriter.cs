using NewsletterGen.Diagnostics;

namespace NewsletterGen.Output;

/// <summary>The only code that writes the site. It renders into a fresh folder beside the output
/// and swaps it in only when every file was written, so a failed or interrupted build leaves the
/// previous site as it was; and it refuses any path that would land outside the output folder.</summary>
public static class OutputWriter
{
    /// <summary>Checks that the output folder can be replaced safely: it is not the source folder
    /// or one of its parents, not inside content/ or templates/, and, if it exists, it holds a
    /// previous build (or nothing), not someone's documents.</summary>
    public static string? CheckOutputFolder(string sourceDirectory, string outputDirectory)
    {
        var source = Full(sourceDirectory);
        var output = Full(outputDirectory);
        if (Path.GetPathRoot(output) == output)
        {
            return $"the output folder {output} is the root of a file system";
        }

        if (IsSameOrInside(source, output))
        {
            return $"the output folder {output} holds the source folder; building would replace the sources";
        }

        foreach (var folder in new[] { "content", "templates" })
        {
            if (IsSameOrInside(output, Path.Combine(source, folder)))
            {
                return $"the output folder {output} is inside {folder}/; choose a folder such as _site";
            }
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()
            && !File.Exists(Path.Combine(output, "index.html")) && !File.Exists(Path.Combine(output, "404.html")))
        {
            return $"the output folder {output} is not empty and does not look like a built site (no index.html); it will not be replaced";
        }

        return null;
    }

    /// <summary>Writes the files into a temporary folder beside <paramref name="outputDirectory"/>,
    /// then swaps it in. A file whose bytes equal the previous build's is hard-linked from it
    /// instead of written, so it keeps its mtime. Files are written in parallel. Throws on I/O
    /// failure, after removing the temporary folder.</summary>
    public static WriteStatistics Write(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var staged = StagedSite.Begin(outputDirectory);
        return staged.Commit(files);
    }

    /// <summary>Brings a folder that holds <paramref name="previous"/> (as the last build wrote
    /// it) to <paramref name="files"/>, touching only what differs: files that are gone are
    /// deleted (and folders left empty), files whose bytes changed are written to a temporary
    /// name and renamed over the old one, so a reader never sees half a file. For the preview,
    /// where a whole new folder per save would cost more than the build; `build` swaps folders.</summary>
    public static WriteStatistics Update(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, OutputFile> previous, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(previous);
        var output = Full(outputDirectory);
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in previous.Keys.Where(p => !current.Contains(p)).Order(StringComparer.Ordinal))
        {
            var path = Target(output, gone);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            RemoveEmptyFolders(Path.GetDirectoryName(path)!, output);
        }

        var unchanged = 0;
        Parallel.ForEach(files, file =>
        {
            if (!WriteIfChanged(file, previous, output))
            {
                Interlocked.Increment(ref unchanged);
            }
        });

        return new WriteStatistics(files.Count, unchanged);
    }

    /// <summary>Writes the files a build changed, no other, into a folder that holds
    /// <paramref name="previous"/> (as the last build wrote it). Every path is one the folder
    /// already has or a new one; nothing is deleted. For a rebuild that knows which few files a
    /// save changed: it need not look at the other ten thousand.</summary>
    public static WriteStatistics Replace(IReadOnlyList<OutputFile> changed, IReadOnlyDictionary<string, OutputFile> previous, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(previous);
        var output = Full(outputDirectory);
        var unchanged = 0;
        foreach (var file in changed)
        {
            if (!WriteIfChanged(file, previous, output))
            {
                unchanged++;
            }
        }

        return new WriteStatistics(changed.Count, unchanged);
    }

    /// <summary>Writes the file unless the folder already holds it; false when it did. The file
    /// is written to a temporary name and renamed over the old one, so a reader never sees half
    /// a file.</summary>
    private static bool WriteIfChanged(OutputFile file, IReadOnlyDictionary<string, OutputFile> previous, string output)
    {
        // The same object the last build wrote there: not even its path needs looking at.
        if (previous.TryGetValue(file.Path, out var old) && ReferenceEquals(file, old))
        {
            return false;
        }

        var target = Target(output, file.Path);
        if (old is not null && IsSame(file, old, target))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            if (file.Bytes is not null)
            {
                FileBytes.Write(temporary, file.Bytes);
            }
            else
            {
                File.Copy(file.CopyFrom!, temporary);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return true;
    }

    /// <summary>Whether the file on disk, written from <paramref name="old"/>, already holds what
    /// <paramref name="file"/> would write: the same bytes, or for a copied file, the same content
    /// as its source.</summary>
    private static bool IsSame(OutputFile file, OutputFile old, string target)
    {
        if (file.Bytes is not null)
        {
            return old.Bytes is not null && old.Bytes.AsSpan().SequenceEqual(file.Bytes) && File.Exists(target);
        }

        var disk = new FileInfo(target);
        return disk.Exists && disk.LinkTarget is null && new FileInfo(file.CopyFrom!).Length == disk.Length && FilesEqual(file.CopyFrom!, target);
    }

    private static void RemoveEmptyFolders(string folder, string root)
    {
        while (folder.Length > root.Length && IsSameOrInside(folder, root) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    internal static string Target(string staging, string relativePath) =>
        Resolve(staging, relativePath) ?? throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");

    /// <summary>Whether the previous build's file has exactly <paramref name="bytes"/>.</summary>
    internal static bool IsUnchanged(ReadOnlySpan<byte> bytes, string previousPath)
    {
        var old = new FileInfo(previousPath);
        return old.Exists && old.LinkTarget is null && SameBytes(old, bytes);
    }

    private static bool SameBytes(FileInfo old, ReadOnlySpan<byte> bytes) =>
        old.Length == bytes.Length && File.ReadAllBytes(old.FullName).AsSpan().SequenceEqual(bytes);

    /// <summary>Whether the previous build's file has exactly the bytes this build would write.</summary>
    internal static bool IsUnchanged(OutputFile file, string previousPath)
    {
        var old = new FileInfo(previousPath);
        if (!old.Exists || old.LinkTarget is not null)
        {
            return false;
        }

        if (file.Bytes is not null)
        {
            return SameBytes(old, file.Bytes);
        }

        var source = new FileInfo(file.CopyFrom!);
        return source.Length == old.Length && FilesEqual(source.FullName, previousPath);
    }

    private static bool FilesEqual(string a, string b)
    {
        using var first = File.OpenRead(a);
        using var second = File.OpenRead(b);
        Span<byte> x = stackalloc byte[8192];
        Span<byte> y = stackalloc byte[8192];
        while (true)
        {
            var read = first.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            if (second.ReadAtLeast(y[..read], read, throwOnEndOfStream: false) != read || !x[..read].SequenceEqual(y[..read]))
            {
                return false;
            }

            if (read < x.Length)
            {
                return true;
            }
        }
    }

    /// <summary>The full path of an output file, or null when the relative path would escape the
    /// folder (".." segments, rooted paths, drive letters).</summary>
    public static string? Resolve(string root, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal)
            || relativePath.Split('/', '\\').Any(s => s is ".." or "." or ""))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(Full(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Reports output paths that two sources would both write, naming both: the same
    /// file twice, or a file where another source needs a folder ("feed.xml" as a page slug).
    /// Paths differing only in case clash too, since many hosts' file systems ignore case.</summary>
    public static void ReportClashes(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!HasClash(files))
        {
            return;
        }

        foreach (var group in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Report(group.Select(f => f.Origin), "/" + group.Key, diagnostics);
        }

        var folders = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            for (var slash = file.Path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
            {
                folders.TryAdd(file.Path[..slash], file);
            }
        }

        foreach (var file in files)
        {
            if (folders.TryGetValue(file.Path, out var inside))
            {
                Report([file.Origin, inside.Origin], $"/{file.Path} (a file, and the folder of /{inside.Path})", diagnostics);
            }
        }
    }

    /// <summary>Whether two files have one path, or a file's path is another's folder. Almost
    /// never: one pass over a set of the paths says so without making a group per path and a
    /// string per folder, on the build's last, single-threaded stretch.</summary>
    private static bool HasClash(IReadOnlyList<OutputFile> files)
    {
        var paths = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (!paths.Add(file.Path))
            {
                return true;
            }
        }

        var folders = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in files)
        {
            for (var slash = file.Path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
            {
                if (folders.Contains(file.Path.AsSpan(0, slash)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Report(IEnumerable<string> origins, string where, DiagnosticBag diagnostics)
    {
        var names = origins.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var file = names.FirstOrDefault(o => o.Contains('/', StringComparison.Ordinal)) ?? "content";
        diagnostics.Error(DiagnosticCodes.DuplicateUrl, SourceLocation.StartOf(file),
            $"{string.Join(" and ", names)} would all be published as {where}; give one of them another slug");
    }

    internal static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        TryDelete(old);
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the build itself succeeded or already failed.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
