using System.Collections.Concurrent;

namespace NewsletterGen.Output;

/// <summary>A new site being written into a temporary folder beside the output folder, swapped
/// in by <see cref="Commit"/> only when the build has succeeded; disposing it without a commit
/// deletes it, so a failed build leaves the previous site as it was. Files can be put into it
/// while the build is still making others (<see cref="Put"/>): a page written as soon as it is
/// rendered need not be held in memory until the end, with every other page of the site. A file whose bytes equal the previous build's is hard-linked from it
/// instead of written, so it keeps its mtime. The new folder gets the marker of a site a build
/// made (<see cref="OutputMarker"/>); with <see cref="OutputMode.KeepOtherFiles"/> its files are
/// moved into the output folder (<see cref="FolderMerge"/>) instead of replacing it.</summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string? _previous;
    private readonly OutputMode _mode;
    private readonly ConcurrentDictionary<OutputFile, bool> _put = new(ReferenceEqualityComparer.Instance);

    // The folders made so far: a page whose folder another file made is written without a
    // mkdir call that would fail, then a stat.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _unchanged;
    private bool _committed;

    private StagedSite(string output, OutputMode mode)
    {
        _output = output;
        _mode = mode;
        _staging = FolderSwap.NewStaging(output);
        _previous = Directory.Exists(output) ? output : null;
    }

    /// <summary>Makes the temporary folder beside <paramref name="outputDirectory"/>, after
    /// putting back or removing what interrupted builds left there (<see cref="FolderSwap.Recover"/>).
    /// Throws <see cref="OutputWriteException"/> when the folders cannot be made.</summary>
    public static StagedSite Begin(string outputDirectory, OutputMode mode = OutputMode.Replace)
    {
        var output = OutputWriter.Full(outputDirectory);
        var parent = Path.GetDirectoryName(output)!;
        OutputWriteException.Guard(OutputActions.CreateOutputFolder, parent, () => Directory.CreateDirectory(parent));
        FolderSwap.Recover(output);
        var site = new StagedSite(output, mode);
        OutputWriteException.Guard(OutputActions.CreateFolder, site._staging, () => Directory.CreateDirectory(site._staging));
        return site;
    }

    /// <summary>Writes a page into the new site now, from bytes lent for the call only, and
    /// returns a file that reads its content from there. A page that cannot be written now (a
    /// path that is also another file's folder, which the build reports as a clash; a full disk)
    /// is returned with a copy of its bytes: <see cref="Commit"/> writes it, or throws. Safe to
    /// call from several threads.</summary>
    public OutputFile Put(string path, ReadOnlySpan<byte> bytes, string origin)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var target = Prepare(path);
            if (!Unchanged(path, bytes, target))
            {
                WholeFile.Write(target, bytes);
            }

            var staged = OutputFile.Copy(path, target, origin);
            _put[staged] = true;
            return staged;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new OutputFile(path, bytes.ToArray(), null, origin);
        }
    }

    /// <summary>Writes the files not put yet, then swaps the new site in. Throws on I/O failure,
    /// after removing the temporary folder.</summary>
    public WriteStatistics Commit(IReadOnlyList<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        ObjectDisposedException.ThrowIf(_committed, this);
        try
        {
            Parallel.ForEach(files, file =>
            {
                if (!_put.ContainsKey(file))
                {
                    OutputWriteException.Guard(OutputActions.Write, Path.Combine(_output, file.Path), () => Write(file));
                }
            });
            var marker = Path.Combine(_staging, OutputMarker.FileName);
            OutputWriteException.Guard(OutputActions.Write, Path.Combine(_output, OutputMarker.FileName),
                () => WholeFile.Write(marker, OutputMarker.Bytes(files.Select(f => f.Path))));
            if (_mode == OutputMode.KeepOtherFiles)
            {
                FolderMerge.Run(_staging, _output, files);
                _committed = true;
                OutputWriter.TryDelete(_staging);
            }
            else
            {
                FolderSwap.Swap(_staging, _output);
                _committed = true;
            }
        }
        catch
        {
            OutputWriter.TryDelete(_staging);
            throw;
        }

        return new WriteStatistics(files.Count, _unchanged);
    }

    /// <summary>Deletes the temporary folder unless it was swapped in.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            _committed = true;
            OutputWriter.TryDelete(_staging);
        }
    }

    private string Write(OutputFile file)
    {
        var target = Prepare(file.Path);
        if (file.Bytes is not null)
        {
            if (!Unchanged(file.Path, file.Bytes, target))
            {
                WholeFile.Write(target, file.Bytes);
            }
        }
        else if (_previous is not null && OutputWriter.IsUnchanged(file, Path.Combine(_previous, file.Path)) && HardLink.TryCreate(Path.Combine(_previous, file.Path), target))
        {
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            try
            {
                File.Copy(file.CopyFrom!, target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && !CanRead(file.CopyFrom!))
            {
                throw new OutputWriteException(OutputActions.Read, file.CopyFrom!, e);
            }
        }

        return target;
    }

    /// <summary>Whether a source file can be opened: asked only after a copy failed, to say
    /// whether the source or the output is at fault.</summary>
    private static bool CanRead(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Where a file goes in the new site, its folder made.</summary>
    private string Prepare(string path)
    {
        // Each file's folder is made where the file is written, in the parallel loops: a site
        // has a folder per post, and making them all one after another before writing anything
        // left the other core idle. CreateDirectory is idempotent and safe when
        // two files of one folder race to make it.
        var target = OutputWriter.Target(_staging, path);
        MakeFolder(Path.GetDirectoryName(target)!);
        return target;
    }

    private void MakeFolder(string folder)
    {
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>Whether the previous site has the file with these bytes, in which case it is
    /// hard-linked into the new one (keeping its mtime) rather than written.</summary>
    private bool Unchanged(string path, ReadOnlySpan<byte> bytes, string target)
    {
        if (_previous is not null && OutputWriter.IsUnchanged(bytes, Path.Combine(_previous, path)) && HardLink.TryCreate(Path.Combine(_previous, path), target))
        {
            Interlocked.Increment(ref _unchanged);
            return true;
        }

        return false;
    }
}
