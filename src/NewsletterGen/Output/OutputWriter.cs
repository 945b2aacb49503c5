using NewsletterGen.Diagnostics;

namespace NewsletterGen.Output;

/// <summary>The only code that writes the site. It renders into a fresh folder beside the output
/// and swaps it in only when every file was written, so a failed or interrupted build leaves the
/// previous site as it was; and it refuses any path that would land outside the output folder.</summary>
public static class OutputWriter
{
    /// <summary>Writes the files into a temporary folder beside <paramref name="outputDirectory"/>,
    /// then swaps it in. A file whose bytes equal the previous build's is hard-linked from it
    /// instead of written, so it keeps its mtime. Files are written in parallel. Throws on I/O
    /// failure, after removing the temporary folder.</summary>
    public static WriteStatistics Write(IReadOnlyList<OutputFile> files, string outputDirectory, OutputMode mode = OutputMode.Replace)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var staged = StagedSite.Begin(outputDirectory, mode);
        return staged.Commit(files);
    }

    /// <summary>Brings a folder that holds <paramref name="previous"/> (as the last build wrote
    /// it) to <paramref name="files"/>, touching only what differs: every file whose bytes changed
    /// is first written to a temporary name, and only when all were written are they renamed over
    /// the old ones (<see cref="InPlaceWrite"/>), so a failed write (a full disk) leaves the old
    /// site whole and a reader never sees half a file; then files that are gone are deleted (and
    /// folders left empty). For the preview, where a whole new folder per save would cost more
    /// than the build; `build` swaps folders. Throws <see cref="OutputWriteException"/>.</summary>
    public static WriteStatistics Update(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, OutputFile> previous, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(previous);
        var output = Full(outputDirectory);
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var gone = previous.Keys.Where(p => !current.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var batch = new InPlaceWrite(output);
        var unchanged = 0;
        try
        {
            Parallel.ForEach(files, file =>
            {
                if (!StageIfChanged(file, previous, output, batch))
                {
                    Interlocked.Increment(ref unchanged);
                }
            });

            // The marker lists the folder's files: written again only when the set changed.
            if (gone.Count > 0 || current.Count != previous.Count)
            {
                batch.Stage(Path.Combine(output, OutputMarker.FileName), new OutputFile(OutputMarker.FileName, OutputMarker.Bytes(current), null, "the output marker"));
            }
        }
        catch
        {
            batch.Abort();
            throw;
        }

        batch.Commit();
        foreach (var path in gone.Select(p => Target(output, p)))
        {
            OutputWriteException.Guard(OutputActions.Remove, path, () =>
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                RemoveEmptyFolders(Path.GetDirectoryName(path)!, output);
            });
        }

        return new WriteStatistics(files.Count, unchanged);
    }

    /// <summary>Writes the files a build changed, no other, into a folder that holds
    /// <paramref name="previous"/> (as the last build wrote it), all or none as
    /// <see cref="Update"/> does. Every path is one the folder already has or a new one; nothing
    /// is deleted. For a rebuild that knows which few files a save changed: it need not look at
    /// the other ten thousand.</summary>
    public static WriteStatistics Replace(IReadOnlyList<OutputFile> changed, IReadOnlyDictionary<string, OutputFile> previous, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(previous);
        var output = Full(outputDirectory);
        var batch = new InPlaceWrite(output);
        var unchanged = 0;
        try
        {
            foreach (var file in changed)
            {
                if (!StageIfChanged(file, previous, output, batch))
                {
                    unchanged++;
                }
            }
        }
        catch
        {
            batch.Abort();
            throw;
        }

        batch.Commit();
        return new WriteStatistics(changed.Count, unchanged);
    }

    /// <summary>Stages the file unless the folder already holds it; false when it did.</summary>
    private static bool StageIfChanged(OutputFile file, IReadOnlyDictionary<string, OutputFile> previous, string output, InPlaceWrite batch)
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

        batch.Stage(target, file);
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

    internal static void RemoveEmptyFolders(string folder, string root)
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
        ReportLongNames(files, diagnostics);
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

    /// <summary>A name (between slashes) longer than 255 bytes, which no common file system
    /// takes: reported with the source that makes it, rather than met as a write that fails.
    /// Most paths are too short for any name to be that long, and are passed by one comparison.</summary>
    private static void ReportLongNames(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        const int MaxNameBytes = 255;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A UTF-16 unit is at most 3 UTF-8 bytes.
            if (file.Path.Length * 3 <= MaxNameBytes)
            {
                continue;
            }

            foreach (var range in file.Path.AsSpan().Split('/'))
            {
                var name = file.Path.AsSpan()[range];
                var bytes = System.Text.Encoding.UTF8.GetByteCount(name);
                if (bytes > MaxNameBytes && reported.Add(name.ToString()))
                {
                    // A tag's pages and feeds share the long name: it is reported once.
                    var where = file.Origin.StartsWith("content/", StringComparison.Ordinal) || file.Origin.StartsWith("templates/", StringComparison.Ordinal) ? file.Origin : "content";
                    diagnostics.Error(DiagnosticCodes.OutputNameTooLong, SourceLocation.StartOf(where),
                        $"{file.Origin} would be published as /{file.Path}, whose name '{name[..40].ToString()}…' is {bytes} bytes long; file systems allow 255. Shorten the slug, tag or file name that makes it");
                    break;
                }
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
