namespace NewsletterGen.Output;

/// <summary>Moves a new site's files from its temporary folder into an output folder that is kept
/// (`--keep-other-files`, for publishing into a git checkout): every file the build made is put in
/// place by a rename, files an earlier build made (listed in its marker) that this build does not
/// make are removed, and everything else (.git/, CNAME, a README) is left alone. Before anything
/// moves, the marker lists the files of both builds, so a merge cut short leaves no file of ours
/// that the next build would not know to remove.</summary>
public static class FolderMerge
{
    /// <summary>Moves <paramref name="files"/> (written into <paramref name="staging"/>, with its
    /// marker) into <paramref name="output"/>. Throws <see cref="OutputWriteException"/>.</summary>
    public static void Run(string staging, string output, IReadOnlyList<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var previous = OutputMarker.Read(output) ?? new HashSet<string>();
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        OutputWriteException.Guard(OutputActions.CreateFolder, output, () => Directory.CreateDirectory(output));
        WriteMarker(output, previous.Concat(current));

        var gone = previous.Where(p => !current.Contains(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in gone)
        {
            // A file of an earlier build, unless someone made a folder of it since.
            if (OutputWriter.Resolve(output, path) is { } full && File.Exists(full))
            {
                OutputWriteException.Guard(OutputActions.Remove, full, () => File.Delete(full));
            }
        }

        foreach (var path in current.Order(StringComparer.Ordinal))
        {
            var from = OutputWriter.Target(staging, path);
            var to = OutputWriter.Target(output, path);
            OutputWriteException.Guard(OutputActions.Write, to, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(from, to, overwrite: true);
            });
        }

        foreach (var path in gone)
        {
            if (OutputWriter.Resolve(output, path) is { } full)
            {
                OutputWriter.RemoveEmptyFolders(Path.GetDirectoryName(full)!, output);
            }
        }

        WriteMarker(output, current);
    }

    private static void WriteMarker(string output, IEnumerable<string> paths)
    {
        var marker = Path.Combine(output, OutputMarker.FileName);
        var temporary = Path.Combine(output, $"{OutputMarker.FileName}.tmp-{Guid.NewGuid():N}");
        OutputWriteException.Guard(OutputActions.Write, marker, () =>
        {
            WholeFile.Write(temporary, OutputMarker.Bytes(paths));
            File.Move(temporary, marker, overwrite: true);
        });
    }
}
